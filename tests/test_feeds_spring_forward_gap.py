"""A wall clock that never happens (the hour skipped when summer time starts) is written as the
time that exists at the same instant, so every client puts the entry at one moment."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import icalendar
import vobject

from calfeed.feeds.ical import calendar_bytes
from calfeed.feeds.vtimezone import existing_wall_clock, load_zone
from calfeed.model import Event

STAMP = datetime(2025, 1, 10, tzinfo=timezone.utc)


def read_back(raw: bytes) -> tuple[icalendar.Event, object]:
    vars(vobject.icalendar)["__tzidMap"].clear()   # vobject caches zones per process
    (ours,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    (theirs,) = vobject.readOne(raw.decode("utf-8")).vevent_list
    return ours, theirs


def test_a_skipped_hour_moves_forward_by_the_gap():
    # Southern spring: clocks in Sydney jumped from 02:00 to 03:00 on 4 October 2015.
    sydney = load_zone("Australia/Sydney")
    assert existing_wall_clock(datetime(2015, 10, 4, 2, 0), sydney) == datetime(2015, 10, 4, 3, 0)
    # Central Europe: 02:30 on 30 March 2025 never happened.
    berlin = load_zone("Europe/Berlin")
    assert existing_wall_clock(datetime(2025, 3, 30, 2, 30), berlin) == datetime(2025, 3, 30, 3, 30)


def test_times_that_exist_come_back_unchanged():
    berlin = load_zone("Europe/Berlin")
    for wall in (datetime(2025, 3, 30, 1, 59), datetime(2025, 3, 30, 3, 0), datetime(2025, 10, 26, 2, 30),
                 datetime(2025, 7, 1, 12, 0)):
        assert existing_wall_clock(wall, berlin) == wall


def test_both_parsers_put_a_gap_entry_at_the_rfc_instant():
    event = Event("gap@t", "Night walk", "event", datetime(2025, 3, 30, 2, 30), datetime(2025, 3, 30, 4, 0),
                  False, "exact", tz="Europe/Berlin")
    raw = calendar_bytes([event], "t", STAMP)
    assert b"DTSTART;TZID=Europe/Berlin:20250330T033000" in raw
    ours, theirs = read_back(raw)
    # RFC 5545 3.3.5: the offset before the gap (+01:00) reads 02:30 as 01:30 UTC.
    expected = datetime(2025, 3, 30, 1, 30, tzinfo=timezone.utc)
    assert ours.decoded("DTSTART").astimezone(timezone.utc) == expected
    assert theirs.dtstart.value.astimezone(timezone.utc) == expected
    assert theirs.dtend.value - theirs.dtstart.value == timedelta(minutes=30)
    assert "02:30 does not happen in Europe/Berlin on 2025-03-30" in str(ours["DESCRIPTION"])


def test_an_end_in_the_gap_moves_and_an_ordinary_entry_says_nothing():
    ends_in_gap = Event("e@t", "Late show", "event", datetime(2025, 3, 30, 0, 30), datetime(2025, 3, 30, 2, 15),
                        False, "exact", tz="Europe/Berlin")
    ours, theirs = read_back(calendar_bytes([ends_in_gap], "t", STAMP))
    assert theirs.dtend.value.replace(tzinfo=None) == datetime(2025, 3, 30, 3, 15)
    assert "does not happen" in str(ours["DESCRIPTION"])
    plain = Event("p@t", "Talk", "event", datetime(2025, 3, 29, 2, 30), None, False, "exact", tz="Europe/Berlin")
    ours, _ = read_back(calendar_bytes([plain], "t", STAMP))
    assert "does not happen" not in str(ours["DESCRIPTION"])
    assert ours.decoded("DTSTART").replace(tzinfo=None) == datetime(2025, 3, 29, 2, 30)


def test_a_series_keeps_its_wall_clock():
    weekly = Event("w@t", "Early market", "event", datetime(2025, 3, 30, 2, 30), None, False, "exact",
                   tz="Europe/Berlin", rrule="FREQ=WEEKLY;COUNT=3")
    raw = calendar_bytes([weekly], "t", STAMP)
    assert b"DTSTART;TZID=Europe/Berlin:20250330T023000" in raw


def test_pytz_zones_move_the_same_way():
    import pytz

    berlin = pytz.timezone("Europe/Berlin")
    assert existing_wall_clock(datetime(2025, 3, 30, 2, 30), berlin) == datetime(2025, 3, 30, 3, 30)
    assert existing_wall_clock(datetime(2025, 10, 26, 2, 30), berlin) == datetime(2025, 10, 26, 2, 30)
