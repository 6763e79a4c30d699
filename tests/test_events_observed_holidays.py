"""A holiday as the subject of a verb of keeping with the day written after it (R69 class 1, page
06): "Labour Day will be observed on Monday, 5 May" is Labour Day on 5 May, titled with the holiday,
and the holiday's own reckoned day gives no second entry. A holiday named with another verb, or a
verb of keeping with something else between it and the day, is left as before."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2025, 3, 2)


def _entries(text: str):
    return [(e.title, e.start) for e in tagged_events(text + "\n", published=PUBLISHED)]


def test_a_holiday_observed_on_a_written_day_is_that_holiday_then():
    assert _entries("Labour Day will be observed on Monday, 5 May.") == [("Labour Day", date(2025, 5, 5))]


def test_a_celebrated_holiday_keeps_its_name_and_not_its_reckoned_day():
    assert _entries("Eid al-Adha will be celebrated on Monday, June 16.") == [("Eid al-Adha", date(2025, 6, 16))]


def test_after_a_fronted_clause_and_before_a_second_verb():
    text = ("The moon was seen tonight; therefore, Eid al-Adha will be observed on Monday, June 16 "
            "and will be marked with prayers at the stadium.")
    assert _entries(text) == [("Eid al-Adha", date(2025, 6, 16))]


def test_words_between_the_participle_and_the_day_leave_it_alone():
    assert _entries("Christmas will be celebrated with a party on 20 December.") == [
        ("Celebration", date(2025, 12, 20))]
