"""VTIMEZONEs: read back by vobject (which builds the zone from the component body,
as Thunderbird's ical.js does) they must give the same offsets as the zone database."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import vobject

from calfeed.feeds.ical import calendar_bytes
from calfeed.feeds.vtimezone import is_fixed_offset, load_zone, observances, vtimezone
from calfeed.model import Event

STAMP = datetime(2025, 1, 1, tzinfo=timezone.utc)
ZONES = ["Europe/London", "Europe/Brussels", "America/New_York", "Australia/Sydney", "Asia/Jerusalem", "America/Sao_Paulo",
         "Africa/Casablanca", "Asia/Karachi", "Pacific/Chatham", "America/Santiago", "Asia/Kolkata"]


def forget_vobject_zones() -> None:
    """vobject keeps the first VTIMEZONE it saw per TZID for the whole process; start afresh."""
    vars(vobject.icalendar)["__tzidMap"].clear()


def zone_from_feed(zone: str, first: int, last: int):
    """The tzinfo vobject builds from the VTIMEZONE calfeed writes for events in these years."""
    forget_vobject_zones()
    events = [Event(f"{year}@t", "x", "event", datetime(year, 6, 1, 12), None, False, "exact", tz=zone)
              for year in (first, last)]
    return vobject.readOne(calendar_bytes(events, "t", STAMP).decode()).vevent_list[0].dtstart.value.tzinfo


@pytest.mark.parametrize("zone", ZONES)
def test_offsets_match_the_zone_database(zone):
    first, last = 2010, 2016
    read = zone_from_feed(zone, first, last)
    truth = ZoneInfo(zone)
    moment = datetime(first, 1, 1, 12, tzinfo=timezone.utc)
    mismatches = []
    while moment.year <= last:
        if moment.astimezone(read).utcoffset() != moment.astimezone(truth).utcoffset():
            mismatches.append(moment)
        moment += timedelta(hours=23)  # drifts through the hours of the day
    assert not mismatches, mismatches[:5]


def test_regular_zone_is_written_with_yearly_rules_that_hold_later_too():
    rules = [o.rule for o in observances("Europe/Brussels", 2011, 2011) if o.rule]
    assert rules == ["FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"]
    read = zone_from_feed("Europe/Brussels", 2011, 2011)
    summer = datetime(2030, 7, 1, 12, tzinfo=timezone.utc)
    assert summer.astimezone(read).utcoffset() == timedelta(hours=2)


def test_irregular_zone_gets_one_component_per_transition():
    found = observances("Asia/Jerusalem", 2010, 2012)
    assert all(o.rule is None for o in found)
    assert [o.onset.date() for o in found[1:3]] == [date(2010, 3, 26), date(2010, 9, 12)]


def test_zone_without_daylight_saving_has_one_standard_component():
    component = vtimezone("Asia/Karachi", 2020, 2022).to_ical().decode()
    assert component.count("BEGIN:STANDARD") == 1 and "DAYLIGHT" not in component
    assert "TZOFFSETTO:+0500" in component


def test_southern_zone_starts_in_daylight_time():
    first = observances("Australia/Sydney", 2024, 2024)[0]
    assert first.is_dst and first.offset_to == timedelta(hours=11)


def test_onset_is_wall_clock_of_the_previous_offset():
    spring = [o for o in observances("America/New_York", 2025, 2025) if o.is_dst][0]
    assert spring.onset == datetime(2007, 3, 11, 2, 0) and spring.offset_from == timedelta(hours=-5)
    assert spring.rule == "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"  # the law in force since 2007


def test_gmt_zone_in_later_years_is_not_mistaken_for_utc():
    # vobject compares a zone with UTC over 2000-2020; a London zone starting in 2027
    # would look like UTC there and be swapped for pytz's (an hour off in winter).
    read = zone_from_feed("Europe/London", 2027, 2027)
    assert datetime(2027, 11, 4, 18, tzinfo=timezone.utc).astimezone(read).utcoffset() == timedelta(0)
    assert datetime(2027, 7, 4, 18, tzinfo=timezone.utc).astimezone(read).utcoffset() == timedelta(hours=1)
    assert type(read).__module__.startswith("dateutil")


@pytest.mark.parametrize("zone, utc_hour, utc_minute", [
    ("Etc/GMT+12", 11, 59),     # AoE, UTC-12: 23:59 there is 11:59 UTC the next day
    ("Etc/GMT-2", 21, 59),      # UTC+2
    ("UTC+05:30", 18, 29),      # an offset the tz database has no zone for
    ("UTC-03:30", 3, 29),
])
def test_fixed_offset_zones_are_written_in_utc_without_a_vtimezone(zone, utc_hour, utc_minute):
    event = Event("d@t", "Deadline", "deadline", datetime(2026, 3, 1, 23, 59), None, False, "exact", tz=zone)
    feed = calendar_bytes([event], "t", STAMP).decode()
    assert "VTIMEZONE" not in feed and "TZID" not in feed
    start = vobject.readOne(feed).vevent.dtstart.value
    day = 2 if utc_hour < 12 else 1
    assert start == datetime(2026, 3, day, utc_hour, utc_minute, tzinfo=timezone.utc)


def test_an_offset_name_is_a_fixed_zone_and_a_civil_name_is_not():
    assert is_fixed_offset("UTC+05:30") and load_zone("UTC+05:30").utcoffset(None) == timedelta(hours=5, minutes=30)
    assert load_zone("UTC-09:30").utcoffset(None) == -timedelta(hours=9, minutes=30)
    assert not is_fixed_offset("Asia/Kolkata") and not is_fixed_offset("UTC+5:30x")
