"""A schedule verb that is as often a noun ("recess") is a noun after an article or inside words a
preposition opens ("adjourned for summer recess on 20 July"): the verb of a later joined clause then takes
the subject of the sentence, not words that run through that noun."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_recess_after_for_is_a_noun_and_the_later_verb_keeps_the_subject():
    for opening in ("The Chamber adjourned for summer recess", "The Chamber adjourned for the summer recess"):
        events = tagged_events(opening + " on 20 July and will sit again on 6 September.", published=date(2027, 7, 21))
        assert [(e.start, e.title) for e in events] == [(date(2027, 9, 6), "Chamber sits")]


def test_recess_after_an_auxiliary_or_a_bare_subject_is_a_verb():
    events = tagged_events("Both Chambers will recess on 12 February and resume on 1 March.", published=date(2027, 1, 5))
    assert any(e.title == "Both Chambers recess" for e in events)
    events = tagged_events("The Chambers recess on 12 February and resume on 1 March.", published=date(2027, 1, 5))
    assert any(e.title == "Chambers recess" for e in events)


def test_recess_heading_a_noun_phrase_after_its_determiner_is_no_verb():
    # review 25 S6: "The morning recess" is the break, not a body that recesses on that day
    events = tagged_events("The morning recess on 5 December is shortened.", published=date(2026, 11, 20))
    assert [e.title for e in events] == []
    events = tagged_events("The Houses recess on 13 February.", published=date(2026, 11, 20))
    assert [e.start for e in events] == [date(2027, 2, 13)]
