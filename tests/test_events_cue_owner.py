"""A deadline word standing after one date
and right before another is the later date's ("Election notices were circulated on Wednesday
19th July, with the nomination deadline of 3pm on Wednesday 30th August"), and notices are
no election."""
# Provenance: Round-8b red-team class B2 (07) in the events stage.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_deadline_word_right_before_a_later_date_is_that_date_s():
    text = ("Election notices were circulated on Wednesday 19th July, with the nomination deadline of 3pm on "
            "Wednesday 30th August.")
    events = tagged_events(text, published=date(2023, 8, 1))
    assert not any(e.title.startswith(("Deadline for election", "Election")) for e in events)   # notices: no election
    (deadline,) = [e for e in events if e.kind == "deadline"]
    assert deadline.title == "Nomination deadline" and deadline.start.date() == date(2023, 8, 30)


def test_a_deadline_word_after_its_own_date_stays_its():
    events = tagged_events("Abstracts are welcome until 5 May 2023, the deadline for this year.",
                           published=date(2023, 3, 1))
    assert [e.kind for e in events if e.start == date(2023, 5, 5)] == ["deadline"]
