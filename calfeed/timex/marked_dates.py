"""Dates a document's markup gives for spans of its text (``<time datetime="...">``).

A web page writes "Tuesday evening" or "14 May" for its readers and the full date in the
``datetime`` attribute for machines. The attribute is authoritative: an expression the words
make is given its year and day, and its clock and offset when the words show none; words that
make none ("soon", a weekday read as a name) still date their span. A clock the words show is
kept with the words' zone: it is the local time the reader sees, while the markup's offset is
often the server's ("Posted <time datetime="...T16:45:00+00:00">4.45pm</time>" on a page whose
events are in London time). A range keeps its own days and only takes the year the words leave
open, as does an expression the markup dates less finely ("14 May" marked "2024-05"). Nothing
else in the text is touched.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from calfeed.model import MarkedDate, Timex
from calfeed.timex.rawvalue import parse, time_of
from calfeed.timex.zones import offset_zone_name

# HTML's "valid date string" family, the parts calfeed uses: a year, month or day, a clock
# after "T" or a space, and an offset ("Z", "+02:00", "-0500").
_VALUE = re.compile(r"(?P<date>\d{4}(?:-\d\d(?:-\d\d)?)?)"
                    r"(?:[T ](?P<time>\d\d:\d\d)(?::\d\d(?:\.\d{1,9})?)?"
                    r"(?P<zone>Z|[+-]\d\d:?\d\d)?)?")
RULE = "markup_datetime"       # the rule name a marked value shows in ``calfeed extract``


@dataclass(frozen=True)
class MarkedValue:
    """A markup value read: a TIMEX3 core and the zone its offset names."""

    core: str                      # "2024-05-14", "2024-05-14T18:30", "2024-05"
    day: str                       # the calendar part alone
    clock: str | None
    tz: str | None
    tz_text: str | None


def read_value(value: str) -> MarkedValue | None:
    """The markup value as calfeed's core, or None for what it does not use (a duration, a bare clock)."""
    match = _VALUE.fullmatch(value.strip())
    if match is None:
        return None
    day, clock, zone = match.group("date"), match.group("time"), match.group("zone")
    if len(day) > 4 and not 1 <= int(day[5:7]) <= 12 or len(day) > 7 and not 1 <= int(day[8:10]) <= 31:
        return None
    tz = None
    if zone == "Z":
        tz = "UTC"
    elif zone:
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:])
        tz = offset_zone_name(minutes if zone[0] == "+" else -minutes)
    return MarkedValue(f"{day}T{clock}" if clock else day, day, clock, tz, zone)


def apply_marked(found: list[Timex], marked: Sequence[MarkedDate], text: str,
                 tense_at: Callable[[int, int], str | None]) -> list[Timex]:
    """``found`` (in text order, none overlapping) with each marked span's value taken over: the
    dates and times it overlaps become one expression of the marked value, or a new one when it
    overlaps none. ``tense_at(start, end)`` gives a new expression its tense."""
    ends = [t.end for t in found]
    taken: set[int] = set()
    made: list[Timex] = []
    for mark in sorted(marked, key=lambda m: m.start):
        value = read_value(mark.value)
        if value is None or (made and made[-1].end > mark.start):
            continue                   # unusable, or inside what an earlier mark already dated
        over = []
        for k in range(bisect.bisect_right(ends, mark.start), len(found)):
            if found[k].start >= mark.end:
                break
            if k not in taken:
                over.append(k)
        if any(found[k].type in ("SET", "DURATION") for k in over):
            continue                   # "every <time>Tuesday</time>": the words say more than one day
        taken.update(over)
        made.append(_fixed([found[k] for k in over], value, text) if over
                    else _new(mark, value, text, tense_at(mark.start, mark.end)))
    kept = [t for k, t in enumerate(found) if k not in taken]
    return sorted(kept + made, key=lambda t: t.start)


def _new(mark: MarkedDate, value: MarkedValue, text: str, tense: str | None) -> Timex:
    return Timex(mark.start, mark.end, text[mark.start:mark.end], "TIME" if value.clock else "DATE",
                 value.core, value.core, rule=RULE, tz=value.tz, tz_text=value.tz_text, tense=tense)  # type: ignore[arg-type]


def _fixed(over: list[Timex], value: MarkedValue, text: str) -> Timex:
    """The words' expression (the first the span overlaps, stretched over the rest) with the
    marked value: the words' clock or part of day stays when the markup gives a day only."""
    first = over[0]
    start, end = min(t.start for t in over), max(t.end for t in over)
    raw = parse(first.raw_value or first.value)
    if raw.get("to") or len(value.day) < 10:
        # "14–16 May" marked with its first day, "14 May" marked with its month: the year only
        raw.core = _with_year(raw.core, value.day)
        if raw.get("to"):
            raw.annotations["to"] = _with_year(raw.annotations["to"], value.day)
        new_raw = str(raw)
        kind, tz, tz_text = first.type, first.tz, first.tz_text
    else:
        own = next((time_of(parse(t.raw_value or t.value).core) for t in over
                    if time_of(parse(t.raw_value or t.value).core)), None)
        mod = raw.get("mod")
        if own is None or (value.clock and not own[0].isdigit()):
            core, tz, tz_text = value.core, value.tz, value.tz_text   # "Tuesday evening": the markup's clock
        else:                 # the words' clock is the local one the reader sees, with the words' zone
            core = f"{value.day}T{own}"
            tz, tz_text = next(((t.tz, t.tz_text) for t in over if t.tz), (None, None))
        new_raw = core + (f";mod={mod}" if mod else "")
        kind = "TIME" if "T" in core else "DATE"
    return replace(first, start=start, end=end, text=text[start:end], type=kind, value=new_raw,  # type: ignore[arg-type]
                   raw_value=new_raw, rule=f"{first.rule}+{RULE}", tz=tz, tz_text=tz_text, rrule=None,
                   problem=None)


def _with_year(core: str, day: str) -> str:
    """An open year ("XXXX-05-14") filled from the marked value's."""
    return day[:4] + core[4:] if core.startswith("XXXX") else core
