"""An event noun in a clause opened after the date ("..., since the event was to be held next
door") does not name the date when the date's own clause names its subject before it: the days
told beside a postponement ("The lying in state ... is set for Saturday 8th & Sunday 9th") are not
the postponed concert's days."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

POSTPONED = """The harbour jazz concert which had been set for this Saturday (8th Feb, 2020) has been postponed.

The town is in mourning. The lying in state of the late mayor is set for Saturday 8th & Sunday 9th at the town hall, which makes things hard, since the event was to be held next door.

After talks with the council, the concert has been moved from 8th February 2020 to 15th February 2020, at the same venue.
"""


def test_side_days_beside_a_postponement_are_not_the_postponed_events_days():
    concerts = [e.start for e in page_events(POSTPONED, "2020-02-07") if "concert" in e.title.lower()]
    assert concerts == [date(2020, 2, 15)]


def test_an_event_noun_in_a_later_clause_names_the_date_when_nothing_before_it_does():
    text = "On Saturday 8th at the park, since the event is free this year, the flower fair expects crowds."
    titles = [e.title for e in page_events(text, "2020-02-07")]
    assert titles and not any("since" in t.lower() for t in titles)


def test_the_dates_own_subject_keeps_its_title_beside_a_later_clause():
    text = "The flower fair is on Saturday 8th at the park, since the event is free this year."
    assert [(e.title, e.start) for e in page_events(text, "2020-02-07")] == [("Flower fair", date(2020, 2, 8))]
