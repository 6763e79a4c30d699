"""Consultation windows told with clocks: "for consultation from 11 January
2018 (10am) – 22 February 2018 (5pm)" opens at 10:00 on the first day and closes, a deadline,
at 17:00 on the last; a window within one day stays one timed entry."""
# Provenance: red team 10b #8.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _entries(text: str, published: date):
    return [(e.kind, e.title, e.start, e.end) for e in tagged_events(text, published=published)]


def test_a_bracketed_clock_window_opens_and_closes():
    found = _entries("We will publish the next iteration of the Local Plan (pre-submission plan) for consultation "
                     "from 11 January 2018 (10am) – 22 February 2018 (5pm).", date(2017, 11, 1))
    assert [(k, s) for k, _, s, _ in found] == [("milestone", datetime(2018, 1, 11, 10)),
                                                ("deadline", datetime(2018, 2, 22, 17))]
    assert [t for _, t, _, _ in found] == ["Consultation opens", "Consultation closes"]


def test_a_timed_consultation_over_weeks_closes_with_a_deadline():
    found = _entries("The Draft Local Plan was published for consultation from 10am 4 July to 5pm 29 August 2017.",
                     date(2017, 6, 1))
    assert ("deadline", datetime(2017, 8, 29, 17)) in [(k, s) for k, _, s, _ in found]


def test_a_consultation_session_within_one_day_stays_one_entry():
    found = _entries("A consultation drop-in will be held on 3 March 2027 from 10am to 4pm at the library.",
                     date(2027, 2, 1))
    assert len(found) == 1 and found[0][2] == datetime(2027, 3, 3, 10)
