"""A day counted from something the document does not date ("on the first evening", "the
Monday before their talk") is not invented: the entry goes to the review report."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed
from calfeed.events import frame_events
from calfeed.model import Document, ReferenceDate
from calfeed.timex import tag

FESTIVAL = ("The festival runs from Friday 4 June to Sunday 13 June 2027 across twelve venues in Bristol. "
            "Early-bird prices end on 31 March. The opening concert takes place in Queen Square on the first "
            "evening at 7.30pm.")
SEMINAR = ("- 26 January 2027: Tom Reyes (Leeds), \"Bayesian nowcasting of GDP\"\n"
           "- 9 February 2027: no seminar (reading week)\n\n"
           "Speakers are asked to send their slides by noon on the Monday before their talk.")


def _unresolved(text: str) -> list[str]:
    doc = Document(path="doc.txt", text=text)
    reference = ReferenceDate(date(2027, 2, 1), False, "test")
    _, unresolved = frame_events(doc, tag(text, reference.value), reference, lambda d, s, e: "")
    return [u.reason for u in unresolved]


def test_a_clock_on_an_unnamed_evening_borrows_no_earlier_date():
    assert "Opening concert" not in framed(FESTIVAL, published=date(2027, 2, 1))
    assert any("the first evening" in reason for reason in _unresolved(FESTIVAL))


def test_a_weekday_before_an_undated_talk_is_no_deadline():
    found = framed(SEMINAR, published=date(2027, 1, 5))
    assert not any(e.kind == "deadline" for e in found.values())
    assert any("the monday before" in reason.lower() for reason in _unresolved(SEMINAR))


def test_a_weekday_before_a_written_date_still_counts():
    found = framed("The reception will take place on the Monday before 15 March 2027 at 18:00.",
                   published=date(2027, 1, 5))
    assert "Reception" in found
