"""A bare holiday name that the tagger's table dates on one country's day ("Independence Day", 4 July)
is no entry on a page whose places lie in another country, which keeps a day of that name of its own:
it is listed for review instead. A page in the country that keeps the table's day, or a page of no
known country, still gets it."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY, page_events

_ACCRA = ("Independence Day Public Holiday\nPress Notice\n\n"
          "Residents are told that Thursday, 6th March 2031 is a public holiday across the country. "
          "The parade will be held at the Black Star Square in Accra, Ghana.")


def _result(text: str, published: str):
    page = f"---\npublished: {published}\n---\n{text}\n"
    return process_document(parse_document(page.encode(), "page.txt"), Options(today=BUILD_DAY))


def test_a_name_another_country_dates_gives_no_entry():
    result = _result(_ACCRA, "2031-02-20")
    assert all(e.start != date(2031, 7, 4) for e in result.events)
    assert any(e.start == date(2031, 3, 6) for e in result.events)


def test_the_left_out_name_is_listed_for_review():
    result = _result(_ACCRA, "2031-02-20")
    assert any(u.expr == "Independence Day" and "no calendar entry" in u.reason for u in result.unresolved)


def test_the_country_that_keeps_the_day_still_gets_it():
    events = page_events("Independence Day Public Holiday\nPress Notice\n\nThe town offices in Lexington, "
                         "Massachusetts, will be closed for the holiday.", "2031-06-20")
    assert any(e.start == date(2031, 7, 4) for e in events)
