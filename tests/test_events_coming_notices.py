"""Letters or invitations sent or issued "in the coming weeks" date a notice, as "announced in the
coming weeks" does (window_notice_verbs): no month-long milestone of sending. An occasion in the coming
weeks keeps its tentative window."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

RELEASE = date(2031, 6, 2)


def test_letters_sent_in_the_coming_weeks_give_no_entry() -> None:
    assert tagged_events("Welcome letters will be sent to new members in the coming weeks.", published=RELEASE) == []


def test_letters_issued_over_the_next_few_weeks_give_no_entry() -> None:
    assert tagged_events("Letters confirming the new bin days will be issued over the next few weeks.",
                         published=RELEASE) == []


def test_a_meeting_in_the_coming_weeks_keeps_its_window() -> None:
    events = tagged_events("A follow-up meeting of the working group will take place in the coming weeks.",
                           published=RELEASE)
    assert [(e.start, e.precision) for e in events] == [(RELEASE, "approximate")]
