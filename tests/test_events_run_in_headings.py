"""Run-in paragraph headings, occasions
"until the X deadline", closing verbs after "run for", a second "in PLACE on DATE" group."""
# Provenance: Round-6b red-team classes in the events stage.

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


OFFICE_HOURS = ("LOIs are due on Friday, January 15, 2027 at 5:00 p.m. Central Time.\n\n"
                "Staff also hold drop-in office hours every Tuesday afternoon from 1 to 3 p.m. until the LOI "
                "deadline; no appointment is needed.\n")


def test_occasions_until_a_named_deadline_are_a_series_ended_by_that_deadline_not_a_deadline():
    events = tagged_events(OFFICE_HOURS, published=date(2026, 11, 1))
    (hours,) = [e for e in events if e.rrule]
    assert hours.kind == "meeting" and "deadline" not in hours.title.lower()
    assert "UNTIL=20270115" in hours.rrule
    assert [e.title for e in events if e.kind == "deadline"] == ["Deadline for LOIs"]


def test_occasions_until_an_undated_deadline_are_an_open_series_not_a_deadline():
    (hours,) = tagged_events("Staff hold drop-in office hours every Tuesday afternoon from 1 to 3 p.m. "
                             "until the LOI deadline.", published=date(2026, 11, 1))
    assert (hours.kind, hours.rrule) == ("meeting", "FREQ=WEEKLY;BYDAY=TU")



@pytest.mark.parametrize("sentence", [
    "The consultation will run for 12 weeks and closes at 11:59pm on 14 September 2027.",
    "The consultation closes at 11:59pm on 14 September 2027."])
def test_a_closing_verb_governing_the_date_makes_it_a_deadline(sentence):
    (closing,) = tagged_events(sentence, published=PUBLISHED)
    assert (closing.kind, closing.title) == ("deadline", "Consultation closes")


@pytest.mark.parametrize("sentence", [
    "We will hold stakeholder events in Manchester on 14 July and in Cardiff on 21 July.",
    "We will hold stakeholder events on 14 July in Manchester and on 21 July in Cardiff.",
    "We will hold a stakeholder event in Manchester on 14 July and another in Cardiff on 21 July."])
def test_each_place_and_date_group_is_its_own_entry(sentence):
    events = tagged_events(sentence, published=PUBLISHED)
    assert sorted((e.start, e.location) for e in events) == [
        (date(2027, 7, 14), "Manchester"), (date(2027, 7, 21), "Cardiff")]
