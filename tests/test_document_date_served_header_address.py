"""A saved copy's site header day ("Sunday, 14 April 2030" alone on its first line) above a story
its address files years before ("/2019/05/06/"), whose text writes only years nearer the
address's: the header is when the copy was served, so the address dates the page and the header
gives no entry (R77 class 2). A header the text's years agree with, or one no later than the
address's day, stands."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY

URL = "https://news.example/2019/05/06/harbour-board-moves-regatta-dates/"
STORY = ("Sunday, 14 April 2030\n\n"
         "Harbour board moves regatta dates\n\n"
         "The Harbour Board of Port Ellery has moved the autumn regatta with immediate effect.\n\n"
         "Speaking in Port Ellery this morning, board chair Tomas Verhoek says the dinghy races will start on "
         "9th and end on 12th October 2019, while the keelboat races will start on 2nd October and end on "
         "5th November.\n\n"
         "The board expects the prize list to be published before the end of February 2020.\n")


def _reference(text: str, url: str | None):
    doc = Document(path="doc.txt", text=text, url=url)
    return infer_reference_date(doc, tag(text, None), today=date(2031, 1, 5))


def test_a_header_the_address_and_the_written_years_outdate_loses_to_the_address():
    found = _reference(STORY, URL)
    assert found.value == date(2019, 5, 6), found


def test_the_served_header_gives_no_entry_and_year_less_days_fall_in_the_address_year():
    page = f"---\ntitle: Harbour board moves regatta dates\nurl: {URL}\n---\n{STORY}"
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    days = {e.start.date() if hasattr(e.start, "date") else e.start for e in events}
    assert not any(day.year == 2030 for day in days), events
    assert any(day == date(2019, 10, 2) for day in days), events


def test_a_header_kept_when_a_written_year_is_as_near_it():
    text = STORY.replace("before the end of February 2020", "before the end of February 2030")
    found = _reference(text, URL)
    assert found.value == date(2030, 4, 14), found


def test_a_header_kept_without_an_address_day():
    found = _reference(STORY, "https://news.example/harbour-board-moves-regatta-dates/")
    assert found.value == date(2030, 4, 14), found


def test_a_header_kept_when_no_later_than_the_address():
    text = STORY.replace("Sunday, 14 April 2030", "Monday, 6 May 2019")
    found = _reference(text, URL)
    assert found.value == date(2019, 5, 6) and not found.inferred, found


YEARLESS_URL = "https://news.example/2027/02/08/lantern-fair-dates-set/"
YEARLESS = ("Saturday, 15 November 2031\n\n"
            "Lantern fair dates set\n\n"
            "The town council of Port Ellery has announced that the lantern fair will be held from "
            "February 24 to April 2.\n\n"
            "This after the fair was put off last month during the storm season, which began on "
            "January 11 and was over on February 2.\n")


def test_a_header_in_a_later_year_over_a_text_writing_no_year_loses_to_the_address():
    found = _reference(YEARLESS, YEARLESS_URL)
    assert found.value == date(2027, 2, 8), found


def test_year_less_days_under_a_lost_header_fall_in_the_address_year():
    page = f"---\ntitle: Lantern fair dates set\nurl: {YEARLESS_URL}\n---\n{YEARLESS}"
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    days = {e.start.date() if hasattr(e.start, "date") else e.start for e in events}
    assert date(2027, 2, 24) in days and not any(day.year == 2031 for day in days), events


def test_a_header_in_the_address_year_over_a_text_writing_no_year_stands():
    text = YEARLESS.replace("Saturday, 15 November 2031", "Tuesday, 9 February 2027")
    found = _reference(text, YEARLESS_URL)
    assert found.value == date(2027, 2, 9), found
