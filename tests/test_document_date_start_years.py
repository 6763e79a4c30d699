"""A bare year after "from" or "starting" (start_year_leads.txt) is when a state starts ("routes run by
the city from 2024"): told in a future sentence it does not say the page was written before that year
ends, so the weekday of a year-less day ("As of Monday, December 1, the new fares will apply") picks its
year as it would without it, not an older one that fits the weekday and precedes the year (R69 class 5,
page 14's shape)."""

from __future__ import annotations

from document_date_helpers import reference_day as _reference

FARES = ("As of Monday, December 1, new ferry fares will apply on the river routes.\n"
         "On the nine river routes run by the harbour board {lead} 2024, a single ticket will cost 3 euros.\n")


def test_a_start_year_does_not_push_the_weekday_back():
    value = _reference(FARES.format(lead="from"))
    assert value is not None and value.year == 2025          # Monday 1 December: 2025, not 2014


def test_starting_is_a_start_year_too():
    value = _reference(FARES.format(lead="starting"))
    assert value is not None and value.year == 2025


def test_a_target_year_still_bounds_the_page():
    value = _reference(FARES.format(lead="until"))            # "until 2024": a horizon, the page before it
    assert value is not None and value.year < 2025
