"""A zone abbreviation glossed by a town in brackets ("10:00 AM AEST (Brisbane)", "7pm AEST
(Brisbane time)", "9:00 PM AEDT (Sydney)"): the town says whose clock the abbreviation is. A
standard-time abbreviation read as the table's city (Sydney for AEST) takes that city's summer
offset; a glossing town that keeps the standard offset all year (Brisbane) keeps it. A town whose
zone changes its clock leaves the table's reading alone."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _zones(text: str, published: date = date(2027, 1, 12)):
    return [e.tz for e in tagged_events(text, published=published)]


def test_aest_glossed_by_brisbane_is_brisbane_time_in_summer():
    text = ("**Session 5 - Reef monitoring update**\n"
            "Thursday, 11 March 2027, 10:00 AM AEST (Brisbane) / 5:30 AM IST\n")
    assert _zones(text) == ["Australia/Brisbane"]


def test_brisbane_time_in_brackets_after_the_clock():
    text = "The information webinar will start at 7pm AEST (Brisbane time) on Wednesday 20 January 2027."
    assert _zones(text) == ["Australia/Brisbane"]


def test_a_deadline_in_aest_glossed_by_brisbane():
    text = "Nominations close 5 p.m. AEST (Brisbane), Friday 19 February 2027."
    assert _zones(text) == ["Australia/Brisbane"]


def test_aedt_glossed_by_sydney_stays_sydney():
    text = "The panel will meet on Thursday 11 February 2027 at 9:00 PM AEDT (Sydney)."
    assert _zones(text) == ["Australia/Sydney"]


def test_cet_glossed_by_a_town_that_changes_its_clock_keeps_the_table_zone():
    text = "The call will be held on 1 July 2027 at 10:00 CET (Berlin)."
    assert _zones(text) == ["Europe/Brussels"]
