"""Two entries of one day are compared as a pair (told_twice.same_event), and each pair asked for
the proper name of both entries' sentences ("Red Arrows" / "Harbour Pride": two events),
reading each sentence again: a day of many entries told in long sentences (a page of
Date/Event/Time blocks that lost its line breaks) cost its pairs times its sentences' length
(whole build of such a page 20 -> 80 KB: 76.8 s at 80 KB). A merge now reads each sentence's
name once (subject_names.SubjectNames) and the pairs compare the sets."""

from __future__ import annotations

from datetime import datetime

import pytest

import calfeed.events.told_twice as told_twice
from calfeed.events.told_twice import merge_told_twice, same_event
from calfeed.model import Event, SourceRef
from test_timex_speed_guard import _seconds

TITLES = ("Quiz night", "Book club", "Choir rehearsal", "Craft fair", "Film night", "Coffee morning")
FILLER = "the stalls open early and the band plays on the green while "


def _entry(number: int, sentence: str, title: str | None = None) -> Event:
    return Event(uid=str(number), title=title or f"{TITLES[number % len(TITLES)]} {number}", kind="event",
                 start=datetime(2029, 5, 5, 10, 0), end=None, all_day=False, precision="exact",
                 sources=[SourceRef("page.txt", "", "5 May", sentence, 0, 5)])


def _merge_one_day(entries: int, filler: int) -> float:
    made = [_entry(k, FILLER * filler + f"Marlow Fair number {k} ends.") for k in range(entries)]
    return _seconds(lambda: merge_told_twice(list(made)))


def test_sixteen_times_longer_sentences_do_not_cost_sixteen_times_per_pair():
    """Sixty entries of one day, 1,770 pairs: their sentences sixteen times as long cost 9.7x the
    time when each pair read both sentences, 1.5x now (each read once)."""
    _merge_one_day(10, 1)           # warm up: the word tables load once
    ratio = _merge_one_day(60, 16) / max(_merge_one_day(60, 1), 1e-3)
    assert ratio < 4, f"{ratio:.1f}x the time for sentences 16x as long"


@pytest.mark.parametrize("one, two, apart", [
    ("The Red Arrows fill the sky on Sunday.", "Also on Sunday is Harbour Pride in the park.", True),
    ("The Red Arrows fill the sky on Sunday.", "On Sunday the Red Arrows land at noon.", False),
    ("The Annual General Meeting is on Sunday.", "Also on Sunday is Harbour Pride in the park.", False),
    ("the stalls open on Sunday.", "Also on Sunday is Harbour Pride in the park.", False),
])
def test_two_named_things_of_one_day_stay_apart(one: str, two: str, apart: bool):
    first, second = _entry(1, one, "Road closures"), _entry(2, two, "Road closures")
    assert same_event(first, second) is not apart
    assert (len(told_twice._cliques([first, second])) == 0) is apart
