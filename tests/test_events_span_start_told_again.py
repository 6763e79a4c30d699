"""A stretch's first day told again as its start: "The library survey will be open from 2 May to
30 May" and then "The survey begins on 2 May" gave a one-day "Survey opens" beside the stretch, a
second entry for one thing on its first day. A one-day entry titled for its event's start, on the
first day of exactly one stretch with the same subject, or with a stand-in noun that names nothing
of its own ("The exercise is likely to commence on ..."), folds into the stretch; another thing
that opens that day keeps its entry."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

BUILD_DAY = date(2026, 12, 3)


def _entries(body: str) -> list[tuple[date, date]]:
    page = f"---\ntitle: Parish notes\npublished: 2030-02-20\n---\nParish notes\n\n{body}\n"
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    return sorted((e.start, e.end) for e in events)


def test_the_same_subject_begins_on_the_first_day():
    body = ("The Pellam library survey will be open from 2 May to 30 May.\n\n"
            "The survey begins on 2 May and readers can answer online or at the desk.")
    assert _entries(body) == [(date(2030, 5, 2), date(2030, 5, 30))]


def test_a_hedged_start_of_a_stand_in_noun():
    body = ("The display of the ratepayers' register starts on Monday, 4 March 2030 and ends on Friday, "
            "8 March 2030, the council clerk said.\n\n"
            "The exercise is likely to commence on Monday, 4 March 2030.")
    assert _entries(body) == [(date(2030, 3, 4), date(2030, 3, 8))]


def test_a_stand_in_noun_that_begins():
    body = ("Meter readers will visit every street in Dunmore from 11 March to 22 March.\n\n"
            "The exercise begins on 11 March in the harbour wards.")
    assert _entries(body) == [(date(2030, 3, 11), date(2030, 3, 22))]


def test_another_thing_opening_that_day_keeps_its_entry():
    body = ("The Pellam craft fair will be held from 2 May to 9 May in the market hall.\n\n"
            "The new Pellam museum opens on 2 May.")
    assert _entries(body) == [(date(2030, 5, 2), date(2030, 5, 2)), (date(2030, 5, 2), date(2030, 5, 9))]
