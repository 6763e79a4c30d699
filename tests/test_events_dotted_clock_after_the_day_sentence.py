"""A dotted clock ("10.30") after "at" or "from" in the sentence right after its event's day is that
day's hour: "A march ... in Dunmore on Monday." / "The march is planned to leave the station at 10.30"
is a march at 10:30 on the Monday (R76 class 6: the dotted clock was dropped, as its own sentence names
no day, and the march stayed day-only). A lead that also leads prices ("at") counted only with a day
in the clock's own sentence; the sentence before (past a paragraph break) now counts too, when the
clock's sentence opens by pointing back to it ("The", "It": dotted_clock_follow_openers). A price word
after the number ("10.30 euros") or a price verb before it ("closed at") still makes it no clock."""

from __future__ import annotations

import pytest

from events_helpers import page_events

PUBLISHED = "2031-09-13"


def _starts(text: str) -> set[str]:
    return {e.start.strftime("%Y-%m-%dT%H:%M") if not e.all_day else e.start.isoformat()
            for e in page_events(text, PUBLISHED)}


PAGES = [
    ("A national march by the Corrow dock workers is expected to disrupt trams in Dunmore on Monday.\n\n"
     "The march is planned to leave Dunmore Central station at 10.30 towards Harbour Square.",
     "2031-09-15T10:30"),
    ("The Pellow book fair will be held in the town hall on Saturday 20 September. The fair opens "
     "from 9.30 at the Mill.", "2031-09-20T09:30"),
    ("Varn rowing club holds its open regatta on the lake on Sunday.\n\nThe regatta is planned to start at "
     "11.15 from the boathouse.", "2031-09-14T11:15"),
]


@pytest.mark.parametrize("text, start", PAGES)
def test_a_dotted_clock_in_the_next_sentence_times_the_day(text, start):
    starts = _starts(text)
    assert start in starts, starts


NOT_CLOCKS = [
    "The Corrow fish market reopens on Monday.\n\nCod is expected to sell at 10.30 euros a kilo.",
    "The Dunmore exchange reopens on Monday.\n\nThe index closed at 10.30 on its last day of trading.",
]


@pytest.mark.parametrize("text", NOT_CLOCKS)
def test_a_price_after_the_day_sentence_stays_no_clock(text):
    starts = _starts(text)
    assert not [s for s in starts if "T10:30" in s], starts


def test_a_next_sentence_about_other_events_does_not_take_the_day():
    """The next sentence opens on other events (dotted_clock_follow_openers has no "Other"): its
    clock is not the walk's day's."""
    starts = _starts("The Dunmore walk sets off from the old tower on 11 October.\n\nOther events on Harbour Day "
                     "itself include a guided tour starting from the mill at 14.00.")
    assert "2031-10-11T14:00" not in starts, starts
