"""A range whose end stands in a bracket of its own right after its start ("02/03/2030 (until
09/03/2030)", a schedule row's phase) is one range, and it takes the closing bracket, so a label
glued after the bracket still names the row's stretch (R55 page 04's shape). A bracket that holds
more than the end ("(until 6 May if it rains)") joins nothing."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

from calfeed.timex import tag

ROWS = """Timetable
02/03/2030 (until 09/03/2030)Review phase: read the entries and comment on them.
10/03/2030, 2pmClosing call (link to follow)
"""


def test_the_bracketed_end_closes_the_range():
    found = [(t.text, t.value) for t in tag("from 02/03/2030 (until 09/03/2030) the archive is shut", None)]
    assert found == [("02/03/2030 (until 09/03/2030)", "2030-03-02")]


def test_the_row_is_a_stretch_named_by_its_glued_label():
    stretches = [(e.start, e.end) for e in page_events(ROWS, "2030-01-20") if e.title.startswith("Review phase")]
    assert stretches == [(date(2030, 3, 2), date(2030, 3, 9))]


def test_a_bracket_holding_more_than_the_end_joins_nothing():
    found = [t.text for t in tag("The fete is on 4 May 2030 (until 6 May 2030 if it rains).", None)]
    assert found == ["4 May 2030", "6 May 2030"]
