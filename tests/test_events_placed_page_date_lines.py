"""A page's own date line may carry the newsroom's town before the day, with no comma and no dash
("Lyon 3 March 2031" under the headline): when that day is the one the page's markup or front
matter says it was published, and the text tells of later days, the line dates the page and gives
no entry, as a bare date line repeating the publication day gives none (page_dates). A banner's
town and day on any other day stays an event's."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

STORY = ("# Seminar: Water Rights in Border Regions\n\n"
         "Annual Water Forum\n\n"
         "{line}\n\n"
         "The forum's secretariat is organising a seminar on water rights on 19 March 2031 "
         "(14.00 to 16.00 CET) for members and partners.\n")


def _days(events) -> list[date]:
    return [e.start.date() if isinstance(e.start, datetime) else e.start for e in events]


def test_a_town_and_the_publication_day_under_the_headline_give_no_entry():
    events = tagged_events(STORY.format(line="Lyon 3 March 2031"), published=date(2031, 3, 3))
    assert _days(events) == [date(2031, 3, 19)]


def test_a_town_a_comma_and_the_publication_day_give_no_entry_either():
    events = tagged_events(STORY.format(line="Lyon, 3 March 2031"), published=date(2031, 3, 3))
    assert _days(events) == [date(2031, 3, 19)]


def test_a_town_and_another_day_than_the_publication_day_stay_an_entry():
    events = tagged_events(STORY.format(line="Lyon 12 March 2031"), published=date(2031, 3, 3))
    assert date(2031, 3, 12) in _days(events)
