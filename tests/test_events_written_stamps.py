"""A news page stamps its story with the moment it was written ("Written: 2031-03-04 11:27:43",
often glued to a second "Updated:" stamp on the same line): that moment is the page's own date,
never an event titled "Written". The stamp word is a heading label (heading_labels)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

STORY = ("Lantern Walk Returns to the Old Harbour\n\n"
         "Written: 2031-03-04 11:27:43{joint}Updated: 2031-03-04 12:02:19\n\n"
         "The town's lantern walk will be held on Saturday, March 15, starting at the ferry steps.\n")


def _entries(text: str, **fields) -> list[tuple[str, date | datetime]]:
    return [(e.title, e.start) for e in tagged_events(text, **fields)]


def test_a_written_stamp_is_no_event():
    for joint in ("", " ", " | "):
        text = STORY.format(joint=joint)
        assert _entries(text) == [("Town's lantern walk", date(2031, 3, 15))]
        assert _entries(text, published=date(2031, 3, 4)) == [("Town's lantern walk", date(2031, 3, 15))]


def test_a_written_stamp_dates_the_page():
    text = STORY.format(joint="")
    doc = Document(path="doc.txt", text=text)
    reference = infer_reference_date(doc, tag(text, None))
    assert reference.value == date(2031, 3, 4)
    assert not reference.inferred or "heading" in reference.reason


def test_a_written_exam_day_is_still_an_event():
    text = "Entrance tests for the music school\n\nWritten exam: 12 May 2031, 9:30 a.m.\n"
    assert ("Written exam", datetime(2031, 5, 12, 9, 30)) in _entries(text, published=date(2031, 3, 4))
