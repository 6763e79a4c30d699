"""A school calendar's own days are events: "INSET Day on Monday 3rd June", "Sports Day: Friday
5th July", "Staff training day on ..." name a day the school keeps (closed to pupils, or a fixture
of the year), as an open day or a parents' evening does."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[str, str]]:
    result = process_document(Document(path="school.md", text=text, published=date(2027, 5, 1)),
                              Options(today=date(2027, 5, 1)))
    return sorted((e.start.isoformat()[:10], e.title) for e in result.events)


def test_an_inset_day_on_a_day_is_an_entry():
    text = "## Summer Term\n\nINSET Day on Monday 7th June\n\nTerm ends: Wednesday 21st July\n"
    assert ("2027-06-07", "INSET Day") in _entries(text)


def test_sports_day_and_a_training_day_are_entries():
    text = ("The Sports Day will be held on Friday 9th July, weather permitting.\n\n"
            "School is closed to pupils for a staff training day on Friday 28th May.\n")
    days = [day for day, _ in _entries(text)]
    assert days == ["2027-05-28", "2027-07-09"]
