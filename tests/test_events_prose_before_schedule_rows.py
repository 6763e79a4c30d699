"""A letter that talks about its timetable in prose before it lists it ("I will put on one more Mass
at 9:15pm") over a day heading and rows their clocks open ("9:15pm Easter Vigil Mass"): the row is
the entry, and the prose that names its clock in passing is that row told again, not a second
entry. Rows alone are unchanged."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PROSE = (
    "From Canon Hugh 2-3-2026\n\n"
    "Lent has only started, but I want to give you our Easter Mass schedule now so that you can plan "
    "your visits home. Most of our families come to Mass on Holy Saturday. The 7:30 Mass fills up "
    "early, sometimes past the point of comfort. This year the parish will keep the 7:30 Holy Saturday "
    "Mass as before. I will put on one more Mass at 9:15pm and I ask those who usually come at 7:30 but "
    "could come later to try it.\n\n"
)
ROWS = (
    "The 2026 Easter Mass Schedule is as follows:\n\n"
    "April 4th Holy Saturday\n\n"
    "7:30pm Easter Vigil Mass\n\n"
    "9:15pm Easter Vigil Mass\n\n"
    "April 5th Easter Sunday\n\n"
    "9:00am Easter Sunday Mass\n"
)


def _entries(text: str) -> list[tuple[str, str]]:
    doc = Document("letter.md", text, title="From Canon Hugh 2-3-2026", published=date(2026, 3, 2))
    events = process_document(doc, Options(today=date(2026, 6, 1))).events
    return sorted((str(e.start), e.title) for e in events)


def test_a_prose_clock_folds_into_the_row_it_names():
    entries = _entries(PROSE + ROWS)
    assert [title for start, title in entries if start == "2026-04-04 21:15:00"] == ["Easter Vigil Mass"]
    assert ("2026-04-04 19:30:00", "Easter Vigil Mass") in entries
    assert ("2026-04-05 09:00:00", "Easter Sunday Mass") in entries


def test_rows_alone_are_unchanged():
    assert _entries(ROWS) == [("2026-04-04 19:30:00", "Easter Vigil Mass"),
                              ("2026-04-04 21:15:00", "Easter Vigil Mass"),
                              ("2026-04-05 09:00:00", "Easter Sunday Mass")]
