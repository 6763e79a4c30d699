"""A flattened table row whose cells each carry their old day in a bracket ("Tuesday, 14th May 2030
(Previously scheduled for 15th May 2030)** Wednesday, 15th May 2030 (...)**"): each cell's first
day is the entry, named by the header cell over it; the bracketed day is a note of its cell, no
cell and no entry, even when it is the same day as the next cell's (R55 page 03's shape). A header
cut "Date of Board Sitting Date of Statement" names the cells "Board Sitting" and "Statement"."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

TABLE = """Board Sittings and Statement Calendar in 2030

Round No. Date of Board Sitting Date of Statement
1 Monday, 21st January 2030 Tuesday, 22nd January 2030
2 Tuesday, 14th May 2030 (Previously scheduled for 15th May 2030)** Wednesday, 15th May 2030 (Previously scheduled for 16th May 2030)**
3 Thursday, 12th September 2030 (Previously scheduled for 19th September 2030)*** Friday, 13th September 2030 (Previously scheduled for 20th September 2030)***

** Both new dates were announced on 2 April 2030
"""


def _entries():
    return sorted((e.start, e.title) for e in page_events(TABLE, "2030-01-05"))


def test_each_moved_cell_gives_its_new_day_named_by_its_header():
    assert _entries() == [
        (date(2030, 1, 21), "Board Sitting"), (date(2030, 1, 22), "Statement"),
        (date(2030, 5, 14), "Board Sitting"), (date(2030, 5, 15), "Statement"),
        (date(2030, 9, 12), "Board Sitting"), (date(2030, 9, 13), "Statement")]


def test_no_old_day_is_kept():
    days = {e.start for e in page_events(TABLE, "2030-01-05")}
    assert not days & {date(2030, 5, 16), date(2030, 9, 19), date(2030, 9, 20)}
