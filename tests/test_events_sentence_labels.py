"""A timetable written as run-on sentences, each a label, its colon and a dated clock ("Entry to the
arena: 21:00 hours (9pm) Friday 14th August."): each sentence is an entry named by its label, as the
same rows on lines of their own are (R61 page 06's shape, in other words). A row whose label says a
place opens ("Main car park opens: ...") is an entry of its own too, not a note folded into another
entry of that day. Prose around the date ("The hall, we think: Friday 14th August") names nothing."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

from calfeed.events.label_block import sentence_label
from calfeed.timex import tag

PAGE = """Summer Fair 2015

The council is glad to open the showground for the summer fair. Entry is free, subject to the fair rules.
     Main car park opens: 19:00 hours (7pm) Friday 14th August. Entry to the arena: 21:00 hours (9pm) Friday 14th August. Arena closes: 08:00 hours (8am) Saturday 15th August. Last admission to main car park: 05:00 hours (5am) Saturday 15th August. Main car park to be cleared: 12:00 hours (12pm) Saturday 15th August.
"""


def _entries() -> dict[str, datetime]:
    return {e.title: e.start for e in page_events(PAGE, "2015-07-20")}


def test_each_labelled_sentence_is_an_entry_named_by_its_label():
    found = _entries()
    assert found.get("Entry to the arena") == datetime(2015, 8, 14, 21, 0)
    assert found.get("Last admission to main car park") == datetime(2015, 8, 15, 5, 0)
    assert found.get("Main car park to be cleared") == datetime(2015, 8, 15, 12, 0)


def test_a_labelled_opening_row_stays_an_entry():
    found = _entries()
    assert [start for title, start in found.items() if title.endswith("car park opens")] == [datetime(2015, 8, 14, 19, 0)]


def test_prose_around_the_date_is_no_label():
    text = "We asked about the hall, and the answer was this: Friday 14th August works for us."
    day = next(t for t in tag(text, datetime(2015, 7, 20).date()) if "August" in t.text)
    assert sentence_label(text, 0, day) is None
    labelled = "Entry to the arena: Friday 14th August."
    day = next(t for t in tag(labelled, datetime(2015, 7, 20).date()) if "August" in t.text)
    assert sentence_label(labelled, 0, day) == "Entry to the arena"
