"""A holiday's day written beside its name wins over the table's day, and the table's fixed day
counts only in the country whose holiday it is.

"until Independence Day, August 9" ends a run on 9 August (the tagger joins the name to its day:
timex/holiday_apposed_days.py), not on the 4 July of the table; and a page about another country
(here one it names in passing, "the government of Vanuatu", with no place after "in") gets no 4
July entry from the bare name: the name is listed for review (foreign_holidays). A list of closed days
whose lines open with the holiday's name ("- Labor Day, September 1, 2031") keeps one entry per line,
titled by the name."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY

_RUN = ("Ribbon Week announced\n\n"
        "The culture office has announced that Ribbon Week will open on August 3 and run until "
        "Independence Day, August 9, when the ribbons are taken down.")

_NAMED = ("Public holiday declared for Independence Day\n\n"
          "The cabinet secretary has declared that Independence Day is a public holiday for the "
          "government of Vanuatu and the private sector, and staff of the government of Vanuatu are asked "
          "to return on Tuesday 18 July 2023.")


def _result(text: str, published: str):
    page = f"---\npublished: {published}\n---\n{text}\n"
    return process_document(parse_document(page.encode(), "page.txt"), Options(today=BUILD_DAY))


def test_a_run_until_a_holiday_ends_on_the_day_written_beside_it():
    events = _result(_RUN, "2031-07-20").events
    assert [(e.start, e.end) for e in events if e.start == date(2031, 8, 3)] == [(date(2031, 8, 3), date(2031, 8, 9))]
    assert all(e.start != date(2031, 7, 4) and e.end != date(2031, 7, 4) for e in events)


def test_a_bare_holiday_name_on_a_page_naming_another_country_gives_no_table_day():
    result = _result(_NAMED, "2023-06-30")
    assert all(e.start != date(2023, 7, 4) for e in result.events)
    assert any(u.expr == "Independence Day" and "no calendar entry" in u.reason for u in result.unresolved)



def test_a_holiday_name_led_by_other_words_is_reckoned_by_its_name():
    from calfeed.events.foreign_holidays import _keepers
    assert _keepers("the upcoming Independence Day") == frozenset({"US"})
    assert _keepers("Independence Day") == frozenset({"US"})
    assert _keepers("the upcoming Harvest Day") is None


_CLOSED_DAYS = ("Days the reading room is shut\n\n"
                "The reading room will not open on these days:\n"
                "- Labor Day, September 1, 2031\n"
                "- Thanksgiving Day, November 27, 2031\n"
                "- Christmas Day, December 25, 2031\n")


def test_list_lines_opened_by_a_holiday_name_keep_their_titled_days():
    events = _result(_CLOSED_DAYS, "2031-06-02").events
    assert sorted((e.start, e.title) for e in events) == [
        (date(2031, 9, 1), "Labor Day"), (date(2031, 11, 27), "Thanksgiving Day"), (date(2031, 12, 25), "Christmas Day")]
