"""A verb's object that holds a name's initials written with full stops ("the U.K. Heritage
stamp") is read whole: the stops between and after single capitals end no phrase, so the entry
is titled by what is acted on, not by the body that acts."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_initials_with_stops_inside_an_object_keep_the_object_whole():
    events = tagged_events("The Royal Mint will release the U.K. Heritage coin on May 4.", published=date(2024, 2, 1))
    assert [(e.title, e.start) for e in events] == [("Release of the U.K. Heritage coin", date(2024, 5, 4))]


def test_an_object_after_initials_is_found_whatever_acts():
    events = tagged_events("Our club will publish the E.U. Cycling guide on June 2.", published=date(2024, 2, 1))
    assert [e.title for e in events] == ["Publication of the E.U. Cycling guide"]


def test_initials_that_end_the_sentence_end_the_phrase():
    events = tagged_events("The trust will publish its report on June 2 in the U.S.", published=date(2024, 2, 1))
    assert [e.title for e in events] == ["Publication of report"]
