"""A move told as a range whose new date is a week of a month ("moved from June to the last week of
July", "transfer the harvest holidays from October, to the second week of November") gives the whole
week, not its seventh day alone: the tagger's range keeps only the last day of its last part, which
is all of a day, month or year but one day of a week (R80 class 3: holidays moved to a
week of a month gave nothing). "transfer" moves a date as "move" does (moving_verb_forms)."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_events


def _spans(text: str, published: str) -> set[tuple[date, date | None]]:
    return {(e.start, e.end) for e in page_events(text, published)}


MOVES = [
    ("The Orlen river fair has been moved from June 2031 to the last week of July 2031.", "2031-05-10",
     (date(2031, 7, 25), date(2031, 7, 31))),
    ("The Tessel Congress has approved a decree to transfer the harvest public holidays from October 2031, to "
     "the second week of November 2031.", "2031-09-10", (date(2031, 11, 8), date(2031, 11, 14))),
    ("The Pellow harvest holidays will be transferred from 3 October 2031 to 10 October 2031.", "2031-09-10",
     (date(2031, 10, 10), date(2031, 10, 10))),
]


@pytest.mark.parametrize("text, published, span", MOVES)
def test_a_move_to_a_week_gives_the_week(text, published, span):
    spans = _spans(text, published)
    assert span in spans, spans
    assert not any(start.month in (6, 10) and start.day == 1 for start, _ in spans), spans


def test_a_range_to_a_week_with_no_move_stays_a_range():
    spans = _spans("The Orlen river survey runs from June 2031 to the last week of July 2031.", "2031-05-10")
    assert not any(start == date(2031, 7, 25) for start, _ in spans), spans
