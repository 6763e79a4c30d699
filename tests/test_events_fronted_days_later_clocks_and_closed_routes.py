"""A travel notice fronts its days and tells the time later in the sentence: "This Friday
(March 8) and next Friday (March 15) rail replacement coaches will be running ... from 10pm" is
two entries at 22:00 named by the subject after the days; and a closing verb with a route or a
venue for its object ("contractors will close the bridge ... until about 9am") is a closure of
that place, no deadline."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

NOTICE_DAY = date(2024, 3, 6)


def _entries(text: str) -> list[tuple[object, str, str]]:
    return sorted((e.start, e.title, e.kind) for e in tagged_events(text, published=NOTICE_DAY))


def test_fronted_days_share_the_clock_later_in_their_sentence():
    text = ("This Friday (March 8) and next Friday (March 15) rail replacement coaches will be running "
            "between Ashford and Dover from 10pm, the operator said.")
    assert _entries(text) == [(datetime(2024, 3, 8, 22), "Rail replacement coaches", "event"),
                              (datetime(2024, 3, 15, 22), "Rail replacement coaches", "event")]


def test_a_subject_after_a_fronted_day_and_its_comma_names_it():
    assert _entries("On Saturday, 9 March, shuttle buses will run between the two campuses.") == [
        (date(2024, 3, 9), "Shuttle buses", "event")]


def test_closing_a_route_is_a_closure_of_it():
    text = "On Sunday (March 10) contractors will close the bridge between Elm Street and the station until about 9am."
    ((start, title, kind),) = _entries(text)
    assert (start if isinstance(start, date) and not isinstance(start, datetime) else start.date()) == date(2024, 3, 10)
    assert (title, kind) == ("Bridge closes", "event")


def test_what_closes_with_no_place_for_an_object_stays_a_deadline():
    assert _entries("Submissions will close on Sunday, March 10.") == [(date(2024, 3, 10), "Submissions close", "deadline")]


def test_two_entries_of_different_names_do_not_share_a_later_clock():
    text = "On Friday (March 8) the market opens and on Saturday (March 9) the fair opens at 10am."
    found = _entries(text)
    assert all(not (isinstance(s, datetime) and s.date() == date(2024, 3, 8)) for s, _, _ in found)
