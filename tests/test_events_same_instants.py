"""One instant written once a zone ("PC – 3 p.m. PT", "PC – 6 p.m. ET", ...) is one entry, in the
zone told first (same_instants.py); the same clock in other zones is other moments and stays."""

from __future__ import annotations

from datetime import datetime

from calfeed.model import Event, SourceRef
from events_helpers import page_events

_TIMES = ("Starfall Tactics unlocks worldwide this Thursday, March 12. Here is when you can play it:\n\n"
          "Pacific Time\n\n"
          "Desktop – March 12, 7 a.m. PT\n\n"
          "Eastern Time\n\n"
          "Desktop – March 12, 10 a.m. ET\n\n"
          "Greenwich Mean Time\n\n"
          "Desktop – March 12, 2 p.m. GMT\n\n"
          "Japan Standard Time\n\n"
          "Desktop – March 12, 11 p.m. JST\n")


def test_a_release_written_zone_by_zone_is_one_entry_in_the_first_zone():
    desktop = [e for e in page_events(_TIMES, "2026-03-09") if e.title == "Desktop"]
    assert [(e.start, e.tz) for e in desktop] == [(datetime(2026, 3, 12, 7, 0), "America/Los_Angeles")]
    assert len(desktop[0].sources) == 4


def _entry(title: str, at: datetime, tz: str, offset: int) -> Event:
    return Event(uid=f"{offset}@t", title=title, kind="event", start=at, end=None, all_day=False,
                 precision="exact", tz=tz, sources=[SourceRef("d.txt", "u", "x", "s", offset, offset + 1)])


def test_one_clock_in_two_zones_is_two_moments():
    from calfeed.events.same_instants import merge_same_instants   # (imported here: the page tests run on the parent commit too)

    kept = merge_same_instants([_entry("Opening", datetime(2026, 3, 12, 10), "Europe/Paris", 0),
                                _entry("Opening", datetime(2026, 3, 12, 10), "America/New_York", 9)])
    assert len(kept) == 2


def test_the_same_moment_under_two_names_is_two_entries():
    from calfeed.events.same_instants import merge_same_instants   # (imported here: the page tests run on the parent commit too)

    kept = merge_same_instants([_entry("Opening", datetime(2026, 3, 12, 10), "Europe/Paris", 0),
                                _entry("Closing", datetime(2026, 3, 12, 9), "Europe/London", 9)])
    assert len(kept) == 2
