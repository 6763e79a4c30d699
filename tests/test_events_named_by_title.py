"""Titles that say what the event is: a bare "the workshop" takes the document title's name
for it, and a cue word opening a phrase's tail ("on open budget data") is part of the name."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed


def test_the_workshop_of_a_titled_document_is_named_as_its_title_names_it():
    found = framed("The workshop will be held on 30 June 2027 in Amsterdam.",
                   title="CFP — Workshop on Civic Data (CivicData 2027)", published=date(2027, 1, 5))
    assert list(found) == ["Workshop on Civic Data"]


def test_a_title_naming_another_kind_of_event_leaves_the_name_alone():
    found = framed("The workshop will be held on 30 June 2027 in Amsterdam.",
                   title="Annual conference on civic data", published=date(2027, 1, 5))
    assert list(found) == ["Workshop"]


def test_a_cue_word_after_a_link_is_part_of_the_name_and_a_webinar_is_online():
    found = framed("Join us on Tuesday, April 6, 2027 at 11:00 a.m. ET for a webinar on open budget data.",
                   published=date(2027, 3, 1))
    assert list(found) == ["Webinar on open budget data"]
    assert found["Webinar on open budget data"].location == "Online"
