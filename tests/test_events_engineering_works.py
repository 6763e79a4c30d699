"""Works that shut a railway line or a road for some days ("From Friday 8 until Monday 11 March
there will also be engineering works on the coastal line") are planned around as an outage is: the
stretch is an entry named by the works. "works" alone (a works department, collected works)
names no occasion (R55 page 05's shape)."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def _entries(text: str):
    return [(e.title, e.start, e.end) for e in page_events(text, "2030-02-01")]


def test_engineering_works_over_a_stretch_of_days():
    assert _entries("From Friday 8 until Monday 11 March, there will also be engineering works on the coastal line.") == [
        ("Engineering works on the coastal line", date(2030, 3, 8), date(2030, 3, 11))]


def test_roadworks_written_after_the_stretch():
    assert _entries("There will be roadworks on Mill Lane from 4 to 6 March.") == [
        ("Roadworks on Mill Lane", date(2030, 3, 4), date(2030, 3, 6))]


def test_a_works_department_is_no_occasion():
    assert _entries("The works depot of the borough moved to Quay Street on 3 March.") == []
