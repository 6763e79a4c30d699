"""A date line over a short label that ends in a reporting verb ("15 June 2026" / "Results
announced", "Friday 29 May 2026" / "Winners announced"): the list names what happens that day,
it does not report what someone said then, so the day is an entry named by the label. A line
of prose under a date that reports a statement stays no entry. The pages are my own."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def _titles(text: str, published: date) -> dict[date, str]:
    return {e.start: e.title for e in page_events(text, published.isoformat(), "doc.txt")}


def test_tight_date_over_label_pairs_with_an_announced_label():
    text = ("Call for projects\n\nKey dates\n12 March 2026\nCall opens\n15 June 2026\nResults announced\n"
            "1 September 2026\nFirst payments made\n")
    got = _titles(text, date(2026, 1, 5))
    assert got[date(2026, 6, 15)] == "Results announced"


def test_blocks_set_apart_with_a_confirmed_label():
    text = ("Photo competition 2026\n\nTimetable\n\nMonday 2 March 2026\nEntries open\n\nFriday 17 April 2026\n"
            "Closing date for entries\n\nFriday 29 May 2026\nShortlist confirmed\n\nSaturday 20 June 2026\n"
            "Exhibition opening\n")
    got = _titles(text, date(2026, 1, 5))
    assert got[date(2026, 5, 29)] == "Shortlist confirmed"


def test_a_reported_statement_under_a_date_is_no_entry():
    text = "News\n\nMonday 2 March 2026\nThe minister announced the new budget at the town hall.\n"
    assert _titles(text, date(2026, 3, 5)) == {}
