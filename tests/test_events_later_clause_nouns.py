"""An event noun in a clause opened after the date (", since the fair was due to be held there")
does not name the date when the date's own clause names its subject before it: another thing's days
told beside a postponement are not the postponed event's days."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

POSTPONED = """The spring craft fair planned for this Sunday (15th March, 2026) has been postponed.

The bridge will be shut. Resurfacing of the bridge deck is set for Sunday 15th & Monday 16th from dawn, which leaves no way in for traders, since the fair was due to be held beside it.

Having spoken to the organisers, the fair has been moved from 15th March 2026 to 22nd March 2026, in the same place.
"""


def test_side_days_beside_a_postponement_are_not_the_postponed_events_days():
    fairs = [e.start for e in page_events(POSTPONED, "2026-03-12") if "fair" in e.title.lower()]
    assert fairs == [date(2026, 3, 22)]


def test_an_event_noun_in_a_later_clause_names_the_date_when_nothing_before_it_does():
    text = "On Saturday 8th at the park, since the event is free this year, the flower fair expects crowds."
    titles = [e.title for e in page_events(text, "2020-02-07")]
    assert titles and not any("since" in t.lower() for t in titles)


def test_the_dates_own_subject_keeps_its_title_beside_a_later_clause():
    text = "The flower fair is on Saturday 8th at the park, since the event is free this year."
    assert [(e.title, e.start) for e in page_events(text, "2020-02-07")] == [("Flower fair", date(2020, 2, 8))]
