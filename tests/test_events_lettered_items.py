"""A timetable lettered "a)", "b)" ...: the letter and its bracket open the item and are no word of
its subject, so a row is titled by what it says ("Receipt of revised draft", the body that sends
remarks), not by the letter ("Deadline for b") or by a cut phrase ("Receipt"). R54 shape."""

from __future__ import annotations

from events_helpers import page_entries

PAGE = """The plan for the handbook revision, agreed in May 2026, has moved a little and now reads:

a) Revised draft to be received by the 14th April 2027.

b) DVLA to provide remarks so that any edits can be made by Monday 3rd May.

c) Survey to be opened on 10th May.
"""


def test_letters_are_no_part_of_the_titles():
    entries = {str(start)[:10]: title for title, _, start in page_entries(PAGE, "2027-01-20")}
    assert "draft" in entries["2027-04-14"].lower(), entries
    second = entries["2027-05-03"]
    assert "dvla" in second.lower() or "remarks" in second.lower(), entries
    assert not any(t.lower().endswith((" a", " b", " c")) for t in entries.values()), entries
