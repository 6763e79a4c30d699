"""Days listed under the one month written for them, all following each other, are one stretch:
"the carnival returns on 8, 9 and 10 of February" runs 8 to 10 February, as "from 8 to 10
February" does (R80 class 1: three one-day entries, the last two false). A list with a gap ("3, 4
and 6 March", "3, 17 and 24 April") stays one entry a day, and so do days each written with their
own month ("Monday, 8 March, Tuesday, 9 March")."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_events


def _spans(text: str, published: str) -> set[tuple[date, date | None]]:
    return {(e.start, e.end) for e in page_events(text, published)}


RUNS = [
    ("The Orlen street carnival will be back in the old port on 8, 9 and 10 of February 2031, the mayor said.",
     "2030-12-10", {(date(2031, 2, 8), date(2031, 2, 10))}),
    ("The Pellow harvest fair will be held on March 3, 4 and 5, 2031.", "2030-12-10",
     {(date(2031, 3, 3), date(2031, 3, 5))}),
    ("The Tessel lantern festival takes place on 9, 10, 11 and 12 July 2031 in the park.", "2031-05-01",
     {(date(2031, 7, 9), date(2031, 7, 12))}),
]


@pytest.mark.parametrize("text, published, spans", RUNS)
def test_listed_days_that_follow_each_other_are_one_run(text, published, spans):
    assert _spans(text, published) == spans


APART = [
    ("The Orlen library will be closed on 3, 17 and 24 April 2031.", "2030-12-10",
     {(date(2031, 4, d), date(2031, 4, d)) for d in (3, 17, 24)}),
    ("The Pellow harvest fair will be held on 3, 4 and 6 March 2031.", "2030-12-10",
     {(date(2031, 3, d), date(2031, 3, d)) for d in (3, 4, 6)}),
]


@pytest.mark.parametrize("text, published, spans", APART)
def test_a_list_with_a_gap_stays_one_entry_a_day(text, published, spans):
    assert _spans(text, published) == spans
