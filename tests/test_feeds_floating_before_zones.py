"""Floating clock times are written before any VTIMEZONE, zoned events after theirs.

node-ical reads a floating DTSTART in the first VTIMEZONE it has already parsed, so a
floating "17:00" written after an Asia/Kolkata VTIMEZONE became 11:30 UTC there while
ical.js, icalendar, ical and vobject kept 17:00 floating. Clients such as Outlook want
a VTIMEZONE before the events that name it, so zoned events still come after theirs.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from calfeed.feeds.ical import calendar_bytes
from calfeed.model import Event
from test_feeds_ical import STAMP, both

EVENTS = [
    Event("talk@t", "Evening talk", "event", datetime(2024, 9, 9, 16, 30), None, False, "exact",
          tz="Asia/Kolkata"),
    Event("mass@t", "Weekend Mass", "event", datetime(2024, 9, 14, 17, 0), None, False, "exact",
          rrule="FREQ=WEEKLY;BYDAY=SA;COUNT=3"),
    Event("club@t", "Reading club", "meeting", datetime(2024, 10, 2, 18, 0), None, False, "exact"),
    Event("fair@t", "Book fair", "event", date(2024, 9, 1), None, True, "exact"),
    Event("call@t", "Results call", "meeting", datetime(2024, 7, 30, 10, 0), None, False, "exact",
          tz="America/Chicago"),
]


def _blocks(raw: bytes) -> list[tuple[str, str]]:
    """(component, UID or TZID) in the order the feed writes them."""
    out: list[tuple[str, str]] = []
    kind = ""
    for line in raw.decode("utf-8").split("\r\n"):
        if line in ("BEGIN:VEVENT", "BEGIN:VTIMEZONE"):
            kind = line.removeprefix("BEGIN:")
        elif kind and line.startswith(("UID:", "TZID:")):
            out.append((kind, line.split(":", 1)[1]))
            kind = ""
    return out


def test_floating_events_come_before_every_vtimezone():
    order = _blocks(calendar_bytes(EVENTS, "t", STAMP))
    first_zone = next(i for i, (kind, _) in enumerate(order) if kind == "VTIMEZONE")
    floating = [i for i, (kind, uid) in enumerate(order) if uid in ("mass@t", "club@t")]
    assert floating and max(floating) < first_zone


def test_zoned_events_come_after_their_vtimezone():
    order = _blocks(calendar_bytes(EVENTS, "t", STAMP))
    where = {name: i for i, (_, name) in enumerate(order)}
    assert where["Asia/Kolkata"] < where["talk@t"]
    assert where["America/Chicago"] < where["call@t"]


def test_both_parsers_read_the_same_times_after_the_reordering():
    ours, theirs = both(calendar_bytes(EVENTS, "t", STAMP))
    mass = ours["mass@t"].decoded("DTSTART")
    assert mass == datetime(2024, 9, 14, 17, 0) and mass.tzinfo is None
    assert theirs["mass@t"].dtstart.value.tzinfo is None
    assert [o.hour for o in theirs["mass@t"].getrruleset()] == [17, 17, 17]
    talk = ours["talk@t"].decoded("DTSTART")
    assert talk.astimezone(timezone.utc) == datetime(2024, 9, 9, 11, 0, tzinfo=timezone.utc)
    assert theirs["talk@t"].dtstart.value.utcoffset() == timedelta(hours=5, minutes=30)
    assert theirs["call@t"].dtstart.value.utcoffset() == timedelta(hours=-5)
    assert ours["fair@t"].decoded("DTSTART") == date(2024, 9, 1)


def test_a_feed_without_floating_times_keeps_its_zones_first():
    zoned = [e for e in EVENTS if e.tz or e.all_day]
    order = _blocks(calendar_bytes(zoned, "t", STAMP))
    assert [kind for kind, _ in order[:2]] == ["VTIMEZONE", "VTIMEZONE"]
