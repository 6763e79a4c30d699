"""A heading line that ends on a clock gives the time of the rows listed under it ("Lunchtime
talks, 1 p.m." over "4 March: <title>" rows), bulleted or not, up to the next section's heading."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

TALKS = """# Spring talks at the Town Museum

Lunchtime talks, 1 p.m.

4 March: The railway comes to town
18 March: Mills and millers of the valley
1 April: Letters from the front

Tickets £5, booking advised.
"""

LECTURES = """Evening lectures – 7.30pm

- 12 February: Bees and the garden
- 26 February: Reading old maps
- 12 March: A year of birds
"""

SECTIONS = """# What's on at the Town Museum

Lunchtime talks, 1 p.m.

4 March: The railway comes to town
18 March: Mills and millers of the valley

Family workshops

25 March: Build a clay pot
8 April: Paper kites
"""


def _starts(text: str) -> dict[str, date | datetime]:
    return {e.title: e.start for e in page_events(text, "2027-01-10")}


def test_rows_under_a_heading_clock_start_at_it():
    starts = _starts(TALKS)
    assert starts["The railway comes to town"] == datetime(2027, 3, 4, 13)
    assert starts["Mills and millers of the valley"] == datetime(2027, 3, 18, 13)
    assert starts["Letters from the front"] == datetime(2027, 4, 1, 13)


def test_bulleted_rows_take_the_heading_clock_too():
    assert {start for start in _starts(LECTURES).values()} == {
        datetime(2027, 2, 12, 19, 30), datetime(2027, 2, 26, 19, 30), datetime(2027, 3, 12, 19, 30)}


def test_rows_under_the_next_section_heading_keep_their_day():
    starts = _starts(SECTIONS)
    assert starts["Mills and millers of the valley"] == datetime(2027, 3, 18, 13)
    assert starts["Build a clay pot"] == date(2027, 3, 25)
    assert starts["Paper kites"] == date(2027, 4, 8)
