"""Bare days listed under a lead-in that names deadlines and nothing else ("The deadlines for
2027:" / "• Monday 3 May 2027" / ...) are each a deadline, named by the lead-in's own words
("Proposal deadline") or, when it says only "deadlines", by the page's title; a shared line
below ("All deadlines are at 5 pm Central European Time") then times every one of them."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _deadlines(text: str, **fields) -> list[tuple[str, str, object, str | None]]:
    return sorted((e.title, e.kind, e.start, e.tz) for e in tagged_events(text, **fields))


def test_each_bare_day_under_a_named_deadlines_lead_in_is_a_deadline_at_the_shared_clock():
    text = ("Proposal deadlines for 2027:\n\n"
            "  • Monday 3 May 2027\n"
            "  • Friday 2 July 2027\n"
            "  • Wednesday 15 September 2027\n\n"
            "All deadlines are at 5 pm Central European Time.\n")
    assert _deadlines(text, published=date(2027, 2, 1)) == [
        ("Proposal deadline", "deadline", datetime(2027, 5, 3, 17), "Europe/Brussels"),
        ("Proposal deadline", "deadline", datetime(2027, 7, 2, 17), "Europe/Brussels"),
        ("Proposal deadline", "deadline", datetime(2027, 9, 15, 17), "Europe/Brussels")]


def test_a_lead_in_saying_only_deadlines_takes_the_page_title():
    text = ("Travel bursaries\n\n"
            "The deadlines this year:\n\n"
            "- 12 March 2027\n"
            "- 9 June 2027\n")
    found = _deadlines(text, published=date(2027, 2, 1), title="Travel bursaries for young researchers")
    assert found == [("Travel bursaries for young researchers: deadline", "deadline", date(2027, 3, 12), None),
                     ("Travel bursaries for young researchers: deadline", "deadline", date(2027, 6, 9), None)]


def test_a_lead_in_with_no_deadline_word_leaves_bare_days_alone():
    text = ("Our favourite days:\n\n"
            "- 12 March 2027\n"
            "- 9 June 2027\n")
    assert not any(e.kind == "deadline" for e in tagged_events(text, published=date(2027, 2, 1)))
