"""Class D (round 32): a timetable whose Day column stands in the cell before each year-less
date ("Sunday | June 4 | 08:00-20:00 |") dates the page by the weekdays as much as "Sunday 4
June" would: the year whose days fall on those weekdays, not the day of the build."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = date(2026, 11, 30)


def _result(text: str):
    return process_document(Document("a.txt", text), Options(today=TODAY))


def test_weekday_cells_before_year_less_days_choose_the_year():
    # 4-6 June fall on Sunday-Tuesday in 2023 (and 2028: too far ahead of the build)
    text = ("Set-up | Date | Access hours |\n"
            "Sunday* | June 4 | 08:00-20:00 |\n"
            "Show | Date | Opening hours |\n"
            "Monday | June 5 | 09:00-18:00 |\n"
            "Tuesday | June 6 | 09:00-16:00 |\n")
    result = _result(text)
    assert result.reference.value.year == 2023, result.reference
    assert "weekday" in result.reference.reason


def test_a_weekday_cell_far_from_its_day_names_no_weekday():
    # the weekday and the date are not neighbouring cells: no clue, the build day stays
    text = "Notes: Sunday is quiet | the fair | opens | June 4 |\n"
    assert _result(text).reference.value.year != 2023
