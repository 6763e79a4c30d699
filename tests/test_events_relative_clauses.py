"""A date in a relative clause dates the noun the clause describes ("the summer recess, which
begins on 22 July"), and a bare year after a noun and "for" is what the noun covers."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 3, 3)


def _entries(text: str) -> list[tuple[str, date]]:
    return [(e.title, e.start) for e in tagged_events(text, published=PUBLISHED)]


def test_the_relative_clause_dates_its_own_noun_not_the_nearer_event_word():
    assert _entries("A decision on the planning reforms is expected before the summer recess, "
                    "which begins on 22 July.") == [("Summer recess begins", date(2027, 7, 22))]


def test_a_relative_clause_about_the_event_itself_keeps_its_name_and_verb():
    assert _entries("The consultation, which closes on 3 May, asks about fares.") == [
        ("Consultation closes", date(2027, 5, 3))]


def test_a_relative_clause_without_a_beginning_or_end_is_read_as_before():
    assert _entries("The minister cited the report, which was published on 3 May.") == []


def test_a_year_a_noun_is_for_is_no_date_of_it():
    assert _entries("Subscriptions for 2027 (£5) are now due.") == []
    assert _entries("The conference is scheduled for 2028.") == [("Conference", date(2028, 1, 1))]
