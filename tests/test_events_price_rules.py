"""A price rule's weekdays and hours say when a new price applies; they are no weekly series
(calfeed.events.price_rules). The day the price changes stays the entry."""
# Provenance: session 52, R65 page 06 (class 5, a rate rule read as a weekly milestone).

from __future__ import annotations

import pytest

from events_helpers import page_events

LEAD = "Fares on the two city ferries will change on Jan. 1, the port board said.\n\n"


def _series(text: str) -> list[str]:
    return [e.title for e in page_events(LEAD + text, "2018-11-20") if e.rrule is not None]


@pytest.mark.parametrize("verb", ["will go up", "goes up", "will rise", "rises", "will increase", "increases"])
def test_a_fare_rising_on_weekday_mornings_is_no_weekly_series(verb: str) -> None:
    text = f"The harbour ferry fare {verb} to $9 on weekdays between 6 a.m. and 9 a.m.\n"
    assert _series(text) == []


@pytest.mark.parametrize("mark", ["$", "£", "€"])
def test_each_currency_mark_makes_an_amount(mark: str) -> None:
    text = f"The harbour ferry fare will go up to {mark}9 on weekdays between 6 a.m. and 9 a.m.\n"
    assert _series(text) == []


def test_the_day_the_price_changes_is_kept() -> None:
    text = "The harbour ferry fare will go up to $9 on weekdays between 6 a.m. and 9 a.m.\n"
    assert [str(e.start)[:10] for e in page_events(LEAD + text, "2018-11-20")] == ["2019-01-01"]


def test_a_priced_weekly_class_without_a_change_stays_a_series() -> None:
    text = "Yoga classes in the hall cost $10 and are held on Tuesdays at 6 p.m.\n"
    assert _series(text) != []
