"""A bracket that only says a kept day is a holiday ("(two days national holiday)") names no
entry when the clause opens with the day's own name and says it is observed or celebrated then:
the name titles the entry. Other clauses keep what they had."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2023, 3, 1)


def _titles(text: str) -> list[tuple[str, date]]:
    return [(e.title, e.start) for e in tagged_events(text, published=PUBLISHED)]


def test_an_observed_day_with_a_holiday_gloss_is_titled_by_its_name():
    assert _titles("Vesak is officially observed between the 12th and 14th of May (two days national holiday).") == [
        ("Vesak", date(2023, 5, 12))]


def test_a_celebrated_day_with_an_article_in_its_gloss():
    assert _titles("Deepavali is celebrated on 12 November (a public holiday).") == [("Deepavali", date(2023, 11, 12))]


def test_a_closure_glossed_as_a_holiday_keeps_its_title():
    assert _titles("The office will be closed on 25 December (public holiday).") == [
        ("Public holiday", date(2023, 12, 25))]
