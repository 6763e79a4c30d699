""""Of course" is an adverb, not a course: "Christmas falls on a Monday, with Christmas Eve, of
course on Sunday" named a 'Course' workshop on the page's day (red team 43 doc 06). A course
people take still names its day."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_entries

PUBLISHED = "2027-04-01"


@pytest.mark.parametrize("text", [
    "The fair falls on a Saturday this year, with the setting up, of course on Friday, we will need helpers.",
    "We will, of course, hold the parish picnic on Sunday 13 June.",
    "The hall is of course closed on Monday 3 May.",
])
def test_of_course_names_no_course(text):
    found = page_entries(text, PUBLISHED)
    assert not any("course" in title.lower() or kind == "workshop" for title, kind, _ in found), found


def test_a_course_still_names_its_day():
    found = page_entries("The first aid course will run on 12 June 2027 in the village hall.", PUBLISHED)
    assert any("course" in title.lower() and start == date(2027, 6, 12) for title, _, start in found), found
