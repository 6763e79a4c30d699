"""Rows of an opening-hours table that say places are shut: a row whose every place cell is
CLOSED is an all-day "Closed" entry, runs of such days one entry; a row where only some places
close is titled by their column names; hours rows and rows that name something stay as they were."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

from calfeed.events.closed_rows import closed_title
from calfeed.events.table_rows import pipe_cells

BRANCHES = """# Holiday opening hours

Our branches keep shorter hours over the holidays.

| Day | Central Library | Northside | Harbour Road |
|---|---|---|---|
| Thursday 24 December | 9am-3pm | 9am-3pm | 10am-2pm |
| Friday 25 December | CLOSED | CLOSED | CLOSED |
| Saturday 26 December | CLOSED | CLOSED | CLOSED |
| Sunday 27 December | CLOSED | CLOSED | 10am-4pm |
| Monday 28 December | 9am-5pm | CLOSED | 10am-4pm |
| Friday 1 January | Closed | Closed | Closed |

Normal hours resume on Saturday 2 January.
"""

SERVICES = """# Christmas and New Year service times

Date | Recycling centre | Council offices
Wednesday 24 December | 8am to 1pm | 9am to 12 noon
Thursday 25 December | Closed | Closed
Friday 26 December | Closed | Closed
Wednesday 31 December | 8am to 4pm | Closed
Thursday 1 January | Closed | Closed
"""

# no header row over the place columns: which places close on the 29th, nothing says
UNNAMED = """Holiday hours at the pools

Wednesday 23 December | 6am-8pm | 6am-8pm |
Thursday 24 December | 6am-1pm | CLOSED |
Friday 25 December | CLOSED | CLOSED |
"""


def _entries(text: str, published: str) -> dict[tuple[date, date], str]:
    return {(e.start, e.end): e.title for e in page_events(text, published)}


def test_rows_where_every_place_closes_are_closed_entries_one_per_run():
    entries = _entries(BRANCHES, "2026-12-01")
    assert entries[(date(2026, 12, 25), date(2026, 12, 26))] == "Closed"
    assert entries[(date(2027, 1, 1), date(2027, 1, 1))] == "Closed"


def test_a_row_where_some_places_close_names_them_and_is_all_day():
    entries = _entries(BRANCHES, "2026-12-01")
    assert entries[(date(2026, 12, 27), date(2026, 12, 27))] == "Closed: Central Library, Northside"
    assert entries[(date(2026, 12, 28), date(2026, 12, 28))] == "Closed: Northside"


def test_a_bare_pipe_table_with_a_header_line():
    entries = _entries(SERVICES, "2025-12-01")
    assert entries[(date(2025, 12, 25), date(2025, 12, 26))] == "Closed"
    assert entries[(date(2025, 12, 31), date(2025, 12, 31))] == "Closed: Council Offices"
    assert entries[(date(2026, 1, 1), date(2026, 1, 1))] == "Closed"


def test_closed_rows_under_a_headerless_row_are_no_past_narration():
    entries = _entries(UNNAMED, "2026-12-01")
    assert entries.get((date(2026, 12, 25), date(2026, 12, 25))) == "Closed"
    assert not any(start == date(2026, 12, 24) for start, _ in entries)    # which pool closes: unnamed


def test_a_row_with_a_name_or_no_closed_cell_is_no_closure():
    row = "| Office party | Friday 18 December | Closed |"
    cells = pipe_cells(row, 0, len(row))
    day = (row.index("Friday"), row.index("Friday") + len("Friday 18 December"))
    assert closed_title(row, cells, None, [day], 1) is None
    hours = "| Monday 4 January | Normal hours | 9am-5pm |"
    cells = pipe_cells(hours, 0, len(hours))
    spans = [(hours.index("Monday"), hours.index("Monday") + 16), (hours.index("9am"), hours.index("9am") + 7)]
    assert closed_title(hours, cells, None, spans, 0) is None
