"""A grant page that opens with its window's lines ("Opens: Monday 1 March 2027" / "Closes:
11:59pm, Sunday 14 March 2027") has no label line over them: the window is the page's own, so
the page's title names its opening milestone and closing deadline (ev28b; a leftover seen on a
real page, whose entries were titled "Opens" and "Closes" as plain events). A line of prose above
the window lines keeps them as they were, since the window may then be another's."""
# Provenance: session 28, ev28b; written in the shape of a council's grant page.

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str, title: str | None):
    doc = Document("grants.txt", text, published=date(2027, 1, 11), title=title)
    return [(e.title, e.kind, e.start) for e in process_document(doc, Options(today=date(2027, 1, 11))).events]


def test_window_lines_opening_a_titled_page_are_its_window():
    text = "Opens: Monday 1 March 2027\nCloses: 11:59pm, Sunday 14 March 2027\n"
    assert _entries(text, "Small Grants Fund 2027 – Apply") == [
        ("Small Grants Fund 2027 opens", "milestone", date(2027, 3, 1)),
        ("Small Grants Fund 2027 closes", "deadline", datetime(2027, 3, 14, 23, 59)),
    ]


def test_a_label_line_still_names_its_window():
    text = "Round 2\nOpens: Monday 1 March 2027\nCloses: 11:59pm, Sunday 14 March 2027\n"
    assert [t for t, _, _ in _entries(text, "Small Grants Fund 2027")] == ["Round 2 opens", "Round 2 closes"]
