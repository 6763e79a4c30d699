"""Round-6b red-team classes in the events stage: run-in paragraph headings, occasions
"until the X deadline", closing verbs after "run for", a second "in PLACE on DATE" group."""

from __future__ import annotations

from datetime import date

import pytest
from events_helpers import tagged_events

PUBLISHED = date(2027, 6, 22)
MILESTONE = "A new heat pump warranty standard will be published by the end of this year."


@pytest.mark.parametrize("heading", [
    "**Consumer protection.** ", "5. **Consumer protection.** ", "**Consumer protection**. ",
    "*Consumer protection.* ", "__Consumer protection:__ ", "**Consumer protection:** ",
    "**Consumer protection** – ", "Consumer protection: ", "5. Consumer protection. "])
def test_a_run_in_heading_does_not_hide_the_paragraphs_date(heading):
    events = tagged_events(heading + MILESTONE, published=PUBLISHED)
    assert [(e.kind, e.title, e.start) for e in events] == [
        ("milestone", "New heat pump warranty standard published", date(2027, 12, 1))]


def test_a_run_in_heading_is_no_title_of_the_event_in_its_paragraph():
    events = tagged_events("**Workshops.** We will hold a workshop in Leeds on 3 March 2028.", published=PUBLISHED)
    assert [(e.title, e.location) for e in events] == [("Workshop", "Leeds")]


def test_a_label_line_is_still_a_label():
    events = tagged_events("Meeting of the Board\n\n**Date:** Thursday 11 March 2027\n"
                           "**Venue:** Village Hall, Little Haddon\n", published=date(2027, 2, 1))
    assert [(e.title, e.start, e.location) for e in events] == [
        ("Meeting of the Board", date(2027, 3, 11), "Village Hall, Little Haddon")]
