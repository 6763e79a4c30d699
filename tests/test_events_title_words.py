"""Titles taken from the right words of their sentence: the object a fronted clause gives the act
its deadline's noun names. Test pages are made-up notices of the shapes the R56 development
round showed (session 43)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

KEY_DATES = """Key dates

If you would like to apply for a parking permit, completed applications must reach the office by 4pm on 9 March 2029.

If you would like to apply for a visitor badge, completed applications must reach the office by 4pm on 16 March 2029.
"""


def test_a_fronted_clause_says_which_applications_a_deadline_is_for():
    # On the parent: both deadlines were titled 'Completed applications'.
    titles = sorted(e.title for e in tagged_events(KEY_DATES, published=date(2029, 2, 1)))
    assert titles == ["Completed applications for a parking permit", "Completed applications for a visitor badge"]


def test_an_upload_deadline_is_named_by_what_is_uploaded():
    # On the parent: 'Deadline for clubs' (the subject), which says nothing of what is due.
    events = tagged_events("Clubs should upload their match reports for the spring league by 14th April 2026.",
                           published=date(2026, 3, 2))
    assert [(e.title, e.kind) for e in events] == [("Upload of match reports for the spring league", "deadline")]


def test_a_meeting_reported_by_a_spokesperson_is_named_by_who_meets():
    # On the parent: 'Race secretary Dana Whitlow meeting' (the one who said it).
    text = ("Race secretary Dana Whitlow said the organisers will meet once more early on Thursday, at 6:15 a.m., "
            "to study the fog forecast.")
    assert [e.title for e in tagged_events(text, published=date(2023, 7, 12))] == ["Organisers meeting"]
