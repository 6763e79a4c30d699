"""A schedule row naming what the organisers do to the items a deadline gathered ("Date for
verification of entries: March 10") is that step, an event titled by it: not the deadline for
the items, and not titled by the fuller phrase of the items another row wrote ("lodging
nominations"). R54 shape: an election timetable's rows one under another."""

from __future__ import annotations

import pytest

from events_helpers import page_entries

PAGE = """Club ballot 2027: the timetable

Call for candidates: March 3

Last date for lodging nominations: March 9

{row}: March 10

Last date for withdrawing a nomination: March 12

Date of voting: March 20
"""


@pytest.mark.parametrize("row, word", [
    ("Date for verification of nominations", "verification"),
    ("Vetting of nominations", "vetting"),
])
def test_the_handling_row_is_its_own_step(row, word):
    entries = {str(start)[:10]: (title, kind) for title, kind, start in page_entries(PAGE.format(row=row), "2027-02-01")}
    title, kind = entries["2027-03-10"]
    assert word in title.lower() and "lodging" not in title.lower(), entries
    assert kind == "event", entries
    assert entries["2027-03-09"][1] == "deadline", entries
