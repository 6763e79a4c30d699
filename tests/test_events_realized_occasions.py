""""Realize" for "carry out", as translated copy writes it: "the selection of delegates will be
realized on Friday and Saturday" tells when the selection takes place, an event over the two days,
not a milestone "Selection of delegates realized" on each (R80 class 1). The forms are event verbs
(event_verbs), as "will be held" is."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def test_an_occasion_realized_on_two_weekdays_is_one_event_over_both():
    events = page_events("The Orlen board said its selection of delegates will be realized on Friday and Saturday.",
                         "2031-03-05")
    assert [(e.title, e.kind, e.start, e.end) for e in events] == [
        ("Selection of delegates", "event", date(2031, 3, 7), date(2031, 3, 8))]


def test_an_occasion_realised_on_a_day_is_an_event():
    events = page_events("The Orlen count of the ballots will be realised on 3 May 2031.", "2031-03-05")
    assert [(e.kind, e.start) for e in events] == [("event", date(2031, 5, 3))]
