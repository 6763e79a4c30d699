"""A monthly series on a page with no date of its own starts on the meeting the page dates:
"Library Board meetings are held on the second Wednesday of each month. ... Our next Library
Board meeting will be held on Wednesday, March 11" runs from 11 March, not from the page's
guessed date weeks before it (R48 class F: a council's "every first and third Tuesday" began
on 7 January beside its written next meeting, Tuesday, September 1).
"""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY

HEAD = ("Library Board\n\nLibrary Board meetings 2026\n\nLibrary Board meetings are held on the second "
        "Wednesday of each month. ")


def _series_start(sentence: str) -> date:
    result = process_document(parse_document((HEAD + sentence + "\n").encode(), "page.txt"), Options(today=BUILD_DAY))
    assert result.reference.inferred
    (series,) = [e for e in result.events if e.rrule]
    return series.start


def test_the_series_runs_from_the_meeting_the_page_dates():
    assert _series_start("Meetings that fall on a holiday move to the following week. Our next Library Board "
                         "meeting will be held on Wednesday, March 11 at 6 p.m. in the reading room.") == date(2026, 3, 11)


def test_a_meeting_off_the_rule_is_not_one_of_the_series():
    assert _series_start("A special Library Board meeting will be held on Monday, March 16 at 6 p.m. "
                         "in the reading room.") == date(2026, 2, 11)


def test_another_bodys_meeting_does_not_move_it():
    assert _series_start("Our next Finance Committee meeting will be held on Wednesday, March 11 at 6 p.m. "
                         "in the reading room.") == date(2026, 1, 14)
