"""A festival whose opening is dated in one sentence ("On Friday 4 June 2032, the old market will stage
the opening of the fair") and whose end a relative clause of a later sentence tells ("Throughout
the fair, which will end on 20 June, ...") is one stretch from the opening day to the closing day,
not an opening day and a closing deadline; a relative clause about another noun leaves both days."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

_MAY = date(2032, 5, 20)


def _entries(text: str) -> list[tuple[str, date, date]]:
    return [(e.kind, e.start, e.end) for e in tagged_events(text, published=_MAY)]


def test_an_opening_and_a_relative_close_are_one_stretch():
    entries = _entries("Summer in Tolvik\n\nOn Friday 4 June 2032, the old market square of Tolvik will stage the "
                       "opening of the fair Summer in Tolvik.\n\nThroughout the fair, which is to close on 20 June, "
                       "the square will hold concerts and plays.")
    assert entries == [("event", date(2032, 6, 4), date(2032, 6, 20))]


def test_a_relative_close_of_another_thing_is_no_end_of_the_festival():
    entries = _entries("Summer in Tolvik\n\nOn Friday 4 June 2032, the old market square of Tolvik will stage the "
                       "opening of the fair Summer in Tolvik.\n\nVisitors can also see the harbour museum, "
                       "which closes on 20 June for repairs.")
    assert (date(2032, 6, 4), date(2032, 6, 20)) not in [(first, last) for _, first, last in entries]
