"""A bound at a month's end is its last day (session 27, ev27a; a leftover seen on a real works notice:
"by the end of July 2021" became a window over the month's last third instead of a day):

- "will be completed by the end of July 2021" is a milestone on 31 July 2021, exact;
- "must be submitted by the end of July 2021" / "no later than the end of March 2022" are deadlines
  on the month's last day;
- without a bound word "the end of July" stays the window it was ("The festival runs at the end of
  July 2021"), and a year's end stays no entry ("Net zero by the end of 2030" is a horizon).
"""
# Provenance: session 27, ev27a (our own sentences, after a council's works notice).

from datetime import date

import pytest

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

HEAD = "Published: 10 May 2021\n\n"


def _events(text: str):
    return process_document(Document(path="p.txt", text=HEAD + text), Options(today=date(2021, 5, 10))).events


@pytest.mark.parametrize("sentence, day, kind", [
    ("The works will be completed by the end of July 2021.", date(2021, 7, 31), "milestone"),
    ("Applications must be submitted by the end of July 2021.", date(2021, 7, 31), "deadline"),
    ("Comments must be received no later than the end of March 2022.", date(2022, 3, 31), "deadline"),
])
def test_a_bound_at_a_month_end_is_its_last_day(sentence, day, kind):
    events = _events(sentence)
    assert [(e.start, e.end, e.kind, e.precision) for e in events] == [(day, day, kind, "exact")]


def test_the_end_of_a_month_without_a_bound_stays_a_window():
    events = _events("The festival runs at the end of July 2021.")
    assert [(e.start, e.end, e.precision) for e in events] == [(date(2021, 7, 21), date(2021, 7, 31), "approximate")]


def test_a_year_end_bound_stays_a_horizon():
    assert [e for e in _events("The council aims to reach net zero by the end of 2030.") if e.start.year == 2030
            and e.start.month < 12] == []
