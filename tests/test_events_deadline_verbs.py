"""Deadlines told with a verb: "are requested to pre-register by", "must
pre-register by", "submitted up to, and including, midnight on"; and a bracketed aside with
no date of its own ("(as listed on the Share Register)") tells no tense to the dates outside it."""
# Provenance: red team 10b #7.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

AGM = ("Shareholders and duly appointed proxyholders who wish to attend, participate and vote at the meeting "
       "are requested to pre-register by providing their full name (as listed on the Share Register), address, "
       "identification number, contact number and e-mail address by September 21, 2020 via email.")


def _day(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _deadlines(events):
    return [(e.title, _day(e.start)) for e in events if e.kind == "deadline"]


def test_requested_to_pre_register_by_a_date_is_a_registration_deadline():
    found = tagged_events(AGM, published=date(2020, 9, 4))
    assert _deadlines(found) == [("Registration for shareholders", date(2020, 9, 21))]


def test_an_undated_notice_is_not_dated_after_its_deadline_by_an_aside():
    found = tagged_events(AGM)
    assert _deadlines(found) == [("Registration for shareholders", date(2020, 9, 21))]


def test_who_wish_to_attend_the_meeting_must_pre_register_is_no_meeting():
    found = tagged_events("Shareholders who wish to attend the meeting must pre-register by September 21, 2020.",
                          published=date(2020, 9, 4))
    assert [(e.kind, _day(e.start)) for e in found] == [("deadline", date(2020, 9, 21))]


def test_submitted_up_to_and_including_midnight_is_a_submission_deadline():
    found = tagged_events("The prize is now taking entries. Artworks submitted up to, and including, midnight on "
                          "14 March 2025 go before the spring jury.", published=date(2025, 1, 6))
    assert [(e.kind, e.title, _day(e.start)) for e in found] == [
        ("deadline", "Submission of artworks", date(2025, 3, 14))]


def test_submitted_up_to_a_date_is_a_submission_deadline():
    found = tagged_events("Entries submitted up to 31 July 2025 will be judged in August.", published=date(2025, 6, 1))
    assert ("deadline", date(2025, 7, 31)) in [(e.kind, _day(e.start)) for e in found]


def test_once_registered_names_no_registration():
    found = tagged_events("Once registered, you must submit your paper by September 25, 2020.", published=date(2020, 9, 4))
    assert [(e.kind, e.title) for e in found] == [("deadline", "Submission of paper")]
