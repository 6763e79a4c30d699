"""A slug that names a run of days in one month with its year ("whats-on-this-week-march-3-9-2031",
"3-9-march-2031"): the page is about those days (a week's listing, an event's dates), so it is read
from the first of them, or from a year-less day it writes in the weeks before, not from the build
day; its year-less days then fall in that year. A present-tense listing of a stage panto is an event."""
# Provenance: session 59, R72 class 1 (a week's listing whose only year is in its address: its
# "until" day went to the year after the build, its "from ... to ..." gave nothing).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.edition_years import address_date, address_years

BUILD_DAY = date(2035, 12, 1)
WEEK = "https://news.example.com/articles/view/whats-on-this-week-march-3-9-2031.55120"
TEXT = ("STAGE\n\nThe Snow Queen\n\n"
        "The Harbour Players are staging their spring panto at the Old Town Hall from March 5 to March 20.\n\n"
        "Tickets can be bought at the door.\n")


def _doc(url: str) -> Document:
    return Document("page.md", "", url=url)


def _run(text: str, url: str = WEEK):
    return process_document(Document("page.md", text, url=url), Options(today=BUILD_DAY))


def test_a_month_word_with_two_days_and_a_year_names_their_run():
    assert address_date(_doc(WEEK)) == (date(2031, 3, 3), date(2031, 3, 9), "march-3-9-2031")
    assert address_date(_doc("https://example.org/fair/3-9-march-2031/")) == (
        date(2031, 3, 3), date(2031, 3, 9), "3-9-march-2031")
    assert address_years(_doc(WEEK)) == {2031}


def test_a_backward_run_or_two_runs_name_no_days():
    assert address_date(_doc("https://example.org/fair-march-9-3-2031")) is None
    assert address_date(_doc("https://example.org/fair-march-3-9-2031-and-april-6-8-2031")) is None


def test_the_page_is_read_from_the_first_day_of_the_run():
    result = _run(TEXT)
    assert result.reference.value == date(2031, 3, 3)
    assert "march-3-9-2031" in result.reference.reason
    spans = {(e.start, e.end) for e in result.events}
    assert (date(2031, 3, 5), date(2031, 3, 20)) in spans


def test_a_year_less_day_in_the_weeks_before_the_run_opens_the_reading():
    result = _run(TEXT + "\nBooking for the members' preview closes on February 20.\n")
    assert result.reference.value == date(2031, 2, 20)
    assert {e.start.year for e in result.events} == {2031}


def test_a_panto_staged_over_a_run_of_days_is_an_event():
    text = "The Harbour Players are staging their spring panto at the Old Town Hall from March 5 to March 20.\n"
    result = process_document(Document("page.md", text, published=date(2031, 3, 1)), Options(today=BUILD_DAY))
    assert [(e.start, e.end) for e in result.events] == [(date(2031, 3, 5), date(2031, 3, 20))]
