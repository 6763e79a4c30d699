"""A sentence whose subject is "no <things>" and whose verb says they happen ("No games will be
played on 1 January", "No services are held on Boxing Day") tells a day without them: no entry."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_no_fixtures_played_on_a_day_is_no_entry():
    text = ("The winter schedule for the hockey league is out. The first round is on Saturday 3 January "
            "2027 at 14:00. No games will be played on 1 January, so that players get a rest.")
    events = tagged_events(text, published=date(2026, 11, 20))
    assert date(2027, 1, 1) not in [e.start.date() if isinstance(e.start, datetime) else e.start for e in events]


def test_other_passive_phrasings_give_no_entry():
    for sentence in ("No services are held on 26 December.",
                     "No bins will be collected on Friday 25 December.",
                     "No lessons will be taught on 4 May.",
                     "No sittings are scheduled for 23 December."):
        text = "The office reopens after the holiday season. " + sentence
        events = tagged_events(text, published=date(2026, 11, 20))
        assert events == [], sentence


def test_a_subject_that_is_no_denial_keeps_its_day():
    text = "Tickets will be sold on 4 May at the box office."
    events = tagged_events(text, published=date(2026, 11, 20))
    assert [e.start.date() if isinstance(e.start, datetime) else e.start for e in events] == [date(2027, 5, 4)]
