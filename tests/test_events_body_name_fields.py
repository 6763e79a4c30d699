"""A body's name that lists its fields ("Office of Arts and Festivals") holds an event noun as a
field, not an event: what the body says is due names the entry, not the body."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_an_event_noun_listed_as_a_field_of_a_body_is_no_event():
    events = tagged_events("The Ministry of Youth and Training said the new term will start on 3 March 2025.",
                           published=date(2025, 1, 10))
    assert [(e.title, e.kind) for e in events] == [("New term starts", "event")]


def test_several_fields_with_commas_are_one_name():
    events = tagged_events("The Office of Sport, Arts and Festivals said the season will start on 3 March 2025.",
                           published=date(2025, 1, 10))
    assert [e.title for e in events] == ["Season starts"]


def test_a_field_noun_outside_a_body_name_still_names_the_event():
    events = tagged_events("Safety and Training will be held on 3 March 2025.", published=date(2025, 1, 10))
    assert [e.title for e in events] == ["Safety and Training"]
