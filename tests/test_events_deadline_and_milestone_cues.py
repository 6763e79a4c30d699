"""Deadline and milestone cues: what is accepted or due through a day, what the organiser will do
by a day, "at the latest"; a deadline is named by what is due, and "due to" a cause is none."""
# Provenance: Round-4 red-team classes in the events stage.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_comments_accepted_through_a_day_is_a_deadline():
    events = tagged_events("Written comments will be accepted through 5 p.m. March 5 and may be emailed to the clerk.",
                           published=date(2027, 2, 20))
    assert [(e.kind, e.start) for e in events] == [("deadline", datetime(2027, 3, 5, 17))]


def test_what_the_organiser_will_do_by_a_day_is_a_milestone():
    text = ("Decisions will be sent by February 10. Shortlisted candidates will be contacted by Friday 19 February. "
            "Proposals must be received by 3 February.")
    events = tagged_events(text, published=date(2027, 1, 10))
    assert sorted((e.title, e.kind) for e in events) == [
        ("Decisions sent", "milestone"), ("Receipt of proposals", "deadline"),
        ("Shortlisted candidates contacted", "milestone")]


def test_a_day_followed_by_latest_is_a_deadline():
    events = tagged_events("Documents should reach the secretariat twelve weeks before, i.e. on 18/01/2027 latest.",
                           published=date(2026, 11, 10))
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2027, 1, 18))]


def test_a_deadline_is_named_by_what_is_due_not_the_event_word_inside_it():
    text = ("Applications to register to vote must reach the Electoral Registration Officer by midnight on "
            "19 April 2027. New applications to vote by post, or changes to postal votes, must reach the "
            "Electoral Registration Officer by 5pm on Tuesday 20 April 2027.")
    titles = [e.title for e in tagged_events(text, published=date(2027, 3, 20))]
    assert titles == ["Deadline for applications to register to vote", "Deadline for new applications to vote by post"]


def test_due_to_a_cause_is_no_deadline():
    events = tagged_events("The campus will be closed tomorrow, Wednesday 20 January, due to severe weather.",
                           published=date(2027, 1, 19))
    assert [(e.title, e.kind) for e in events] == [("Campus closure", "event")]


def test_a_product_s_end_of_support_is_a_deadline():
    # R63 class 10 (page 19's shape): the last day a product is serviced is a cut-off, named by it;
    # a forum's label line above the sentence stays out of the title
    events = tagged_events("Version 8 End of Support 2031\n\n  • Thread Author\nVersion 8 hits its end of support "
                           "on October 9, 2031; from then on the vendor ships no fixes.",
                           published=date(2031, 8, 1))
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2031, 10, 9))]
    assert "end of support" in events[0].title.lower() and "thread" not in events[0].title.lower()
