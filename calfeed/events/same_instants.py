"""One moment written in many zones: a release timetable's rows per zone are one entry.

A page that gives when something goes live "around the world" writes the same instant once a
zone ("PC – 3 p.m. PT", "PC – 6 p.m. ET", "PC – 11 p.m. GMT", ...). Each row frames an entry of
the same name, and a subscriber would see one launch nine times, at the same moment of their own
clock. Entries of one document with the same title, kind and rule whose starts (and ends) are the
same instant in different zones are one event: the first told keeps the entry, the others add
their sources. Floating clocks are left alone (their instant is not known), and so are different
places: two venues may well start at one moment.
A restatement that no framer named (a clause opening with "Because" that equates a UTC clock with a Pacific one on
the day before gives a tentative entry titled by its first word) is folded the same way into the framed entry whose
instant it restates in another zone: the tentative one's title says nothing of what happens.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from calfeed.events.glossed_clocks import zone_info
from calfeed.events.identity import normalise_title, same_place, take_in
from calfeed.events.unclaimed_dates import UNCLAIMED_NOTE
from calfeed.model import Event

SAME_INSTANT_NOTE = "the same moment is written again in other zones: one entry, in the zone told first"


def merge_same_instants(events: list[Event]) -> list[Event]:
    """The entries left when every entry that restates an earlier one's instant in another zone
    is folded into that earlier one (document order: the first telling's zone is kept)."""
    kept: list[Event] = []
    by_moment: dict[tuple[str, str, str | None, datetime, datetime | None], list[Event]] = {}
    for event in sorted(events, key=_told_at):
        key = _moment(event)
        if key is None:
            kept.append(event)
            continue
        same = by_moment.setdefault(key, [])
        into = next((e for e in same if e.tz != event.tz and same_place(e.location, event.location)), None)
        if into is None:
            same.append(event)
            kept.append(event)
            continue
        _fold(event, into)
    kept = _without_tentative_restatements(kept)
    order = {id(e): k for k, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])


def _tentative(event: Event) -> bool:
    return any(note.startswith(UNCLAIMED_NOTE) for note in event.notes)


def _without_tentative_restatements(events: list[Event]) -> list[Event]:
    """The entries left when each tentative one is folded into a framed entry of the same kind at the same
    instant (start and end) in another zone."""
    framed: dict[tuple[str, str | None, datetime, datetime | None], list[Event]] = {}
    for event in events:
        key = _moment(event)
        if key is not None and not _tentative(event):
            framed.setdefault(key[1:], []).append(event)
    kept = []
    for event in events:
        key = _moment(event) if _tentative(event) else None
        same = framed.get(key[1:], ()) if key is not None else ()
        into = next((e for e in same if e.tz != event.tz and same_place(e.location, event.location)), None)
        if into is None:
            kept.append(event)
        else:
            _fold(event, into)
    return kept


def _fold(event: Event, into: Event) -> None:
    """``event`` restates ``into``'s instant: its sources join ``into``, which says why once."""
    take_in(into, event)
    if SAME_INSTANT_NOTE not in into.notes:
        into.notes.append(SAME_INSTANT_NOTE)


def _told_at(event: Event) -> int:
    return event.sources[0].start if event.sources else 0


def _moment(event: Event) -> tuple[str, str, str | None, datetime, datetime | None] | None:
    """(title, kind, rule, start instant, end instant) of a timed entry in a known zone, else None."""
    if event.all_day or event.tz is None or not isinstance(event.start, datetime):
        return None
    zone = zone_info(event.tz)
    if zone is None:
        return None
    start = _instant(event.start, zone)
    end = _instant(event.end, zone) if isinstance(event.end, datetime) else None
    return normalise_title(event.title), event.kind, event.rrule, start, end


def _instant(value: datetime, zone: ZoneInfo) -> datetime:
    local = value if value.tzinfo is not None else value.replace(tzinfo=zone)
    return local.astimezone(timezone.utc)
