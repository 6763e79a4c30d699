"""A stretch whose end is told in another calendar first and then as the Gregorian day ("the leave will
begin on 12 March 2031 and end on the fourteenth of Shaban 1452 H, corresponding to 17 March 2031") is
one entry over both days (R81 class 3: the holiday came out as its first day alone). The tagger reads
the ending clause, the other calendar's day and the link ("corresponding to") between the two days as
one range's link (timex/converted_ends.py); another subject before the other day keeps two entries."""
# Provenance: session 68 (ev68c), R81 class 3 (page 18), in words of our own.

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_events


def _spans(text: str, published: str) -> set[tuple[date, date | None]]:
    return {(e.start, e.end) for e in page_events(text, published)}


RUNS = [
    ("The labour office told all staff that the lantern fair holidays will begin on the third of Shaban 1452, "
     "corresponding to the 12th March, 2031 and ends on the eighth of Shaban 1452 H, corresponding to "
     "17th March, 2031 . Offices reopen on Tuesday, March 18, 2031", "2031-03-02",
     (date(2031, 3, 12), date(2031, 3, 17))),
    ("The Tarrow fair holidays will begin on 12 March 2031 and end on the eighth of Nisan 5791, "
     "equivalent to 17 March 2031.", "2031-03-02", (date(2031, 3, 12), date(2031, 3, 17))),
]


@pytest.mark.parametrize("text, published, span", RUNS)
def test_an_end_told_in_another_calendar_first_ends_the_run(text, published, span):
    spans = _spans(text, published)
    assert span in spans, spans


def test_another_subject_before_the_other_calendar_keeps_two_days():
    text = ("The Tarrow fast will end on 3 April 2031 and the lantern fair ends on the ninth of Nisan 5791, "
            "corresponding to 9 April 2031.")
    spans = _spans(text, "2031-03-02")
    assert (date(2031, 4, 3), date(2031, 4, 9)) not in spans, spans
