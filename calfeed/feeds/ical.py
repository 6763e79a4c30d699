"""The iCalendar (RFC 5545) feed people subscribe to.

Choices made for subscribed clients, which differ in what they tolerate:

* Only VEVENTs, deadlines too: calendar subscriptions ignore VTODO.
* Approximate events get the prefix ``≈ `` in SUMMARY (a prefix survives the title
  truncation of month views, a suffix would not), STATUS:TENTATIVE,
  TRANSP:TRANSPARENT, and ``X-CALFEED-WINDOW:<first day>/<last day>`` (both
  inclusive, ISO dates). Every event carries ``X-CALFEED-PRECISION``.
* Timed events in a civil zone are written with TZID and a VTIMEZONE built by
  :mod:`calfeed.feeds.vtimezone`; fixed-offset zones (``UTC``, AoE = ``Etc/GMT+12``)
  are converted to UTC, because a TZID of "Etc/GMT+12" is unknown to several clients.
* Floating times (a clock with no zone the page states) come before every VTIMEZONE:
  node-ical reads a floating time in the first VTIMEZONE it has already met, where
  ical.js, icalendar, ical and vobject keep it floating. Every other event follows the
  VTIMEZONEs, which some clients (Outlook, strict CalDAV servers) need to have seen
  before a TZID that names them. No X-WR-TIMEZONE: it would give a floating time a
  zone the page never stated.
* A timed event without an end: a deadline gets one minute (DTSTART = DTEND is
  legal but zero-length events are rejected by strict linters and some clients hide
  them; the start, which is what clients label, stays the deadline itself) and is
  TRANSPARENT, since a deadline does not make anyone busy; other events get one
  hour, the length clients give a new event, and the description says so.
* Output is a pure function of the arguments: events are sorted, DTSTAMP is the
  ``stamp`` given, nothing reads the clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from dateutil.rrule import rrulestr
from icalendar import Calendar
from icalendar import Event as VEvent
from icalendar.prop import vDuration, vRecur, vText

from calfeed import __version__
from calfeed.feeds.describe import DEADLINE_KINDS, day_of, description, has_end, one_line, window_of
from calfeed.feeds.vtimezone import existing_wall_clock, is_fixed_offset, load_zone, vtimezone
from calfeed.model import Event

PRODID = f"-//calfeed//calfeed {__version__}//EN"
APPROXIMATE_PREFIX = "≈ "
REFRESH = timedelta(hours=12)
DEADLINE_LENGTH = timedelta(minutes=1)
DEFAULT_LENGTH = timedelta(hours=1)
# An endless recurrence in a zone without a regular yearly law gets explicit
# transitions this far ahead (zones with one get an open-ended RRULE anyway).
OPEN_ENDED_YEARS = 10


def calendar_bytes(events: list[Event], name: str, stamp: datetime) -> bytes:
    """The feed ``name`` holding ``events``, as CRLF-terminated RFC 5545 bytes."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", vText(name))  # escaped like the TEXT it is
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    ordered = sorted(events, key=_order)
    dtstamp = _utc(stamp)
    written = [(_is_floating(event), _vevent(event, uid, dtstamp))
               for event, uid in zip(ordered, _unique_uids(ordered))]
    for component in (c for floating, c in written if floating):
        calendar.add_component(component)
    for zone, (first, last) in sorted(_zone_years(ordered).items()):
        calendar.add_component(vtimezone(zone, first, last))
    for component in (c for floating, c in written if not floating):
        calendar.add_component(component)
    return calendar.to_ical()


def _order(event: Event) -> tuple[str, str, str, str]:
    start = event.start
    clock = start.time().isoformat() if isinstance(start, datetime) else ""
    return (day_of(start).isoformat(), clock, event.title, event.uid)


def _utc(stamp: datetime) -> datetime:
    if stamp.tzinfo is None:
        return stamp.replace(tzinfo=timezone.utc)
    return stamp.astimezone(timezone.utc)


def _unique_uids(events: Iterable[Event]) -> list[str]:
    """UIDs as given, with a counter added to repeats: a repeated UID makes clients drop events."""
    seen: dict[str, int] = {}
    out = []
    for event in events:
        count = seen.get(event.uid, 0) + 1
        seen[event.uid] = count
        out.append(event.uid if count == 1 else f"{event.uid}-{count}")
    return out


def _is_timed(event: Event) -> bool:
    return not event.all_day and isinstance(event.start, datetime)


def _is_floating(event: Event) -> bool:
    """A clock time with no zone: every subscriber reads it on their own wall clock."""
    return _is_timed(event) and not event.tz


def _uses_zone(event: Event) -> str | None:
    if _is_timed(event) and event.tz and not is_fixed_offset(event.tz):
        return event.tz
    return None


def _zone_years(events: list[Event]) -> dict[str, tuple[int, int]]:
    """For each civil zone used, the years its VTIMEZONE must cover."""
    years: dict[str, tuple[int, int]] = {}
    for event in events:
        zone = _uses_zone(event)
        if zone is None:
            continue
        first = event.start.year
        last = event.end.year if isinstance(event.end, datetime) else first
        until = _rrule_until(event.rrule)
        if until is not None:
            last = max(last, until.year)
        elif event.rrule:
            last += OPEN_ENDED_YEARS
        low, high = years.get(zone, (first, last))
        years[zone] = (min(low, first), max(high, last))
    return years


def _rrule_until(rrule: str | None) -> date | None:
    if not rrule:
        return None
    match = re.search(r"UNTIL=(\d{8})", rrule)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d").date()
    except ValueError:
        return None


def align_to_rule(event: Event) -> tuple[Event, str | None]:
    """Move a series' start to its first real occurrence.

    RFC 5545 counts DTSTART as an occurrence even when the rule does not produce it,
    and clients disagree on that (ical.js drops it, vobject keeps it), so a series
    written as "first Monday of the month" starting on a Thursday would show a
    stray extra meeting in some calendars. The end moves with the start.
    """
    if not event.rrule:
        return event, None
    start = event.start if isinstance(event.start, datetime) else datetime.combine(event.start, time(0))
    naive = start.replace(tzinfo=None)
    rule = re.sub(r"(UNTIL=\d{8}T\d{6})Z", r"\1", event.rrule.removeprefix("RRULE:"))
    try:
        first = rrulestr(rule, dtstart=naive).after(naive, inc=True)
    except (ValueError, TypeError):
        return event, None
    if first is None or first == naive:
        return event, None
    shift = first - naive
    end = event.end + shift if event.end is not None else None
    moved = replace(event, start=event.start + shift, end=end)
    return moved, f"Starts {day_of(moved.start).isoformat()}, the first date the repeat rule gives."


def move_out_of_gap(event: Event) -> tuple[Event, str | None]:
    """Move a one-off zoned entry whose clock falls in a spring-forward gap to the time that exists.

    Clients disagree on a wall clock that never happens (RFC 5545 reads it with the offset
    before the gap); the existing time is the same instant by the RFC and one every client
    reads alike. A series keeps its clock: moving its start would move every occurrence.
    """
    if event.rrule or not event.tz or not _is_timed(event) or is_fixed_offset(event.tz):
        return event, None
    zone = load_zone(event.tz)
    start = event.start.replace(tzinfo=None)  # type: ignore[union-attr]
    moved_start = existing_wall_clock(start, zone)
    end = event.end.replace(tzinfo=None) if has_end(event) else None  # type: ignore[union-attr]
    moved_end = existing_wall_clock(end, zone) if end is not None else None
    if moved_start == start and moved_end == end:
        return event, None
    moved = replace(event, start=moved_start.replace(tzinfo=event.start.tzinfo),  # type: ignore[union-attr]
                    end=moved_end.replace(tzinfo=event.end.tzinfo) if moved_end is not None else event.end)  # type: ignore[union-attr]
    skipped = start if moved_start != start else end
    return moved, (f"{skipped:%H:%M} does not happen in {event.tz} on {skipped:%Y-%m-%d} "
                   "(the clocks go forward); shown at the same instant in the new time.")


def _vevent(event: Event, uid: str, dtstamp: datetime) -> VEvent:
    event, moved_note = align_to_rule(event)
    event, gap_note = move_out_of_gap(event)
    component = VEvent()
    component.add("uid", uid)
    component.add("dtstamp", dtstamp)
    approximate = event.precision == "approximate"
    component.add("summary", (APPROXIMATE_PREFIX if approximate else "") + one_line(event.title))
    start_kind = _add_times(component, event)
    rule_note = "\n".join(note for note in (moved_note, gap_note) if note) or None
    if event.rrule:
        try:
            component.add("rrule", _rrule(event.rrule, start_kind, event))
        except ValueError:
            # One malformed rule must not cost the whole feed: keep the first occurrence, say why.
            rule_note = f"Repeats, but the rule {event.rrule!r} could not be written; only the first date is shown."
        for skipped in event.exdates:        # a day the programme lists on its own, or cancels
            _add_exdate(component, event, skipped, start_kind)
    if event.location:
        component.add("location", one_line(event.location))
    component.add("description", description(event, rule_note))
    url = next((s.url for s in event.sources if s.url), None)
    if url:
        component.add("url", url)
    if event.kind:
        component.add("categories", [event.kind])
    if approximate:
        component.add("status", "TENTATIVE")
    if approximate or event.kind in DEADLINE_KINDS:
        component.add("transp", "TRANSPARENT")
    component.add("x-calfeed-precision", event.precision)
    window = window_of(event)
    if window:
        component.add("x-calfeed-window", f"{window[0].isoformat()}/{window[1].isoformat()}")
    return component


def _add_exdate(component: VEvent, event: Event, skipped: date | datetime, start_kind: str) -> None:
    """EXDATE in the form DTSTART takes, as RFC 5545 requires."""
    if start_kind == "date":
        component.add("exdate", day_of(skipped))
        return
    at = skipped if isinstance(skipped, datetime) else datetime.combine(skipped, event.start.time())
    at = at.replace(tzinfo=None)
    if start_kind == "utc":
        component.add("exdate", at.replace(tzinfo=load_zone(event.tz)).astimezone(timezone.utc))
    elif start_kind == "zone":
        component.add("exdate", at, parameters={"TZID": event.tz})
    else:
        component.add("exdate", at)


def _add_times(component: VEvent, event: Event) -> str:
    """Write DTSTART/DTEND; return how the start is expressed: "date", "utc", "zone" or "floating"."""
    if not _is_timed(event):
        first = day_of(event.start)
        last = day_of(event.end) if event.end is not None else first
        component.add("dtstart", first)
        component.add("dtend", max(last, first) + timedelta(days=1))
        return "date"
    start: datetime = event.start.replace(tzinfo=None)  # type: ignore[union-attr]
    end = _end(event, start)
    if event.tz and is_fixed_offset(event.tz):
        zone = load_zone(event.tz)
        component.add("dtstart", start.replace(tzinfo=zone).astimezone(timezone.utc))
        component.add("dtend", end.replace(tzinfo=zone).astimezone(timezone.utc))
        return "utc"
    if event.tz:
        component.add("dtstart", start, parameters={"TZID": event.tz})
        component.add("dtend", end, parameters={"TZID": event.tz})
        return "zone"
    component.add("dtstart", start)
    component.add("dtend", end)
    return "floating"


def _end(event: Event, start: datetime) -> datetime:
    if has_end(event):
        return event.end.replace(tzinfo=None)  # type: ignore[union-attr]
    return start + (DEADLINE_LENGTH if event.kind in DEADLINE_KINDS else DEFAULT_LENGTH)


def _rrule(rule: str, start_kind: str, event: Event) -> vRecur:
    """The RRULE with UNTIL written in the value type RFC 5545 requires for this DTSTART."""
    recur = vRecur.from_ical(rule.removeprefix("RRULE:"))
    if "UNTIL" in recur:
        until = recur["UNTIL"][0] if isinstance(recur["UNTIL"], list) else recur["UNTIL"]
        recur["UNTIL"] = [_until(until, start_kind, event)]
    return recur


def _until(until: date | datetime, start_kind: str, event: Event) -> date | datetime:
    if start_kind == "date":
        return day_of(until)
    if not isinstance(until, datetime):
        until = datetime.combine(until, time(23, 59, 59))
    naive = until.replace(tzinfo=None) if until.tzinfo is None else None
    if start_kind == "floating":
        return naive if naive is not None else until.replace(tzinfo=None)
    if naive is None:
        return until.astimezone(timezone.utc)
    return naive.replace(tzinfo=load_zone(event.tz or "UTC")).astimezone(timezone.utc)
