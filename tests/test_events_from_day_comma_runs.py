"""A stretch opened by "from" on a day followed by a comma and a clause that ends it ("welcomes visitors
from Thursday, May 8, and runs until May 18") is one entry over both days (R81 class 3: the fair came
out as its first day alone). The comma after a day that "from" leads opens no list's next item
(connectors.tsv role range_end_clause_after_from_day); a year written only after the second day dates
both ("from May 8 to May 18, 2031")."""
# Provenance: session 68 (ev68c), R81 class 3 (page 21), in words of our own.

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_events


def _spans(text: str, published: str) -> set[tuple[date, date | None]]:
    return {(e.start, e.end) for e in page_events(text, published)}


RUNS = [
    "The Norvale Glass Fair will welcome visitors from Thursday, May 8, and runs until May 18.",
    "The Norvale Glass Fair will welcome visitors from May 8, and runs until May 18.",
    "The Norvale Glass Fair will welcome visitors from Thursday, May 8, and will run until May 18, 2031.",
    "The Norvale Glass Fair will welcome visitors from May 8 to May 18, 2031.",
]


@pytest.mark.parametrize("text", RUNS)
def test_a_from_day_and_its_ending_clause_are_one_run(text):
    spans = _spans(text, "2031-04-20")
    assert (date(2031, 5, 8), date(2031, 5, 18)) in spans, spans


def test_a_comma_day_without_from_stays_a_day():
    text = "The Norvale Glass Fair opened on Thursday, May 8, and the garden show runs until May 18."
    spans = _spans(text, "2031-05-10")
    assert (date(2031, 5, 8), date(2031, 5, 18)) not in spans, spans
