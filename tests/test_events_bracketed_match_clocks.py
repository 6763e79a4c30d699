"""A match's start clock in brackets after its day ("on Sunday afternoon (kick-off at 4pm)")
is that day's clock, also when the day is a part of one (clock_joiners, attached_clock), and a
clause after ", while" with a present verb of its own ("while the two clubs meet ...") is
that clause's event, not the sentence's first one (R62 class 3: the match's clock went to a
show told of in the same sentence, and the match was missed)."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.events.attached_clock import attached_clocks
from calfeed.timex import tag
from events_helpers import page_events

PUBLISHED = "2023-07-25"


def _entries(text: str) -> list[tuple[date | datetime, str]]:
    return sorted(((e.start, e.title) for e in page_events(text, PUBLISHED)), key=lambda x: (str(x[0]), x[1]))


def test_a_bracketed_kick_off_clock_is_its_part_of_days_clock():
    text = "Rovers and United meet in a friendly at Dalymount Park on Sunday afternoon (kick-off at 3pm).\n"
    assert [start for start, _ in _entries(text)] == [datetime(2023, 7, 30, 15, 0)]


def test_a_clock_outside_the_part_of_day_is_not_its_clock():
    for part, attached in (("afternoon", True), ("morning", False)):
        text = f"Rovers and United meet in a friendly at Dalymount Park on Sunday {part} (kick-off at 3pm).\n"
        ordered = sorted(tag(text, date(2023, 7, 25)), key=lambda t: t.start)
        found = attached_clocks(text, ordered)
        assert bool(found) == attached, part


def test_the_clock_stays_with_its_own_clause_after_while():
    text = ("The Harbour Kite Festival is also held on Saturday and Sunday, while Rovers and United meet "
            "in a friendly at Dalymount Park on Sunday afternoon (kick-off at 3pm).\n")
    entries = _entries(text)
    assert (datetime(2023, 7, 30, 15, 0), "Rovers and United meeting") in entries or any(
        start == datetime(2023, 7, 30, 15, 0) and "Rovers" in title for start, title in entries)
    assert not any(isinstance(start, datetime) and "Kite" in title for start, title in entries)
