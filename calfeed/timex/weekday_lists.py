"""A list of weekdays written right before the days they name ("set for Saturday and Sunday, March 9
and 10, 2019", "Friday, Saturday and Sunday, May 12, 13 and 14") names those days once: the weekdays are
the days' own, as "Saturday, March 9" is one expression. Read apart, each weekday was a day of its own,
the one nearest the page's date, weeks before the days it glosses (and the last weekday joined the first
day, so a list of three gave five days).

The weekdays join the days when they fit them: as many weekdays as days, in the days' steps (consecutive
weekdays for a run of consecutive days), on the days' own weekdays where the year is written. A year-less
day then takes the first weekday (``wd``), which picks its year as "Saturday, March 9" does. A weekday list
a range word joins ("Friday to Sunday"), one a direction word leads ("this Friday and Saturday") and a
single weekday ("Friday, March 9-10", read by the resolver's lists) are left as they were.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from calfeed.timex.builders import Atom
from calfeed.timex.connectors import connectors
from calfeed.timex.rawvalue import BARE_WEEKDAY, CALENDAR, WEEKDAY_HEAD, Raw

# What stands between the last weekday and the first day: a comma or blanks, on one line (bounded: linear)
_BEFORE_DAYS = re.compile(r"[^\S\n]{0,2},?[^\S\n]{0,2}")
_DAY_KEYS = frozenset({"to", "wd"})     # what a run of days may carry: its last day, its first day's weekday


def _weekday(atom: Atom) -> int | None:
    """The ISO weekday of a bare weekday atom ("Saturday"), else None."""
    core = atom.core
    if atom.type != "DATE" or atom.raw.annotations or not core.startswith(WEEKDAY_HEAD):
        return None
    match = BARE_WEEKDAY.fullmatch(core)
    return int(match.group(1)) if match is not None else None


def _day(atom: Atom) -> tuple[str, int, int] | None:
    """(year text, month, day) of a day atom written with its month and day ("March 9", "15, 2012")."""
    if atom.type != "DATE" or set(atom.raw.annotations) - _DAY_KEYS:
        return None
    match = CALENDAR.fullmatch(atom.core)
    if match is None or match.group("time") or not (match.group("month") or "").isdigit() \
            or not (match.group("day") or "").isdigit():
        return None
    return match.group("year"), int(match.group("month")), int(match.group("day"))


def _offsets(atoms: list[Atom]) -> list[int] | None:
    """The days a run of day atoms names, as offsets from its first day (a range or pair gives every
    day up to its last), or None when they are no run of one month's days."""
    first = _day(atoms[0])
    if first is None:
        return None
    if len(atoms) == 1:
        last = atoms[0].raw.get("to")
        if last is None:
            return None
        end = CALENDAR.fullmatch(last)
        if end is None or not (end.group("day") or "").isdigit() or end.group("time") \
                or (end.group("month") or "").isdigit() and int(end.group("month")) != first[1]:
            return None
        span = int(end.group("day")) - first[2]
        return list(range(span + 1)) if 0 < span < 7 else None
    offsets = []
    for atom in atoms:
        found = _day(atom)
        if found is None or atom.raw.get("to") or found[1] != first[1] or atom is not atoms[0] and atom.raw.get("wd"):
            return None
        offsets.append(found[2] - first[2])
    return offsets if all(0 < b - a < 7 for a, b in zip(offsets, offsets[1:])) else None


def _fits(weekdays: list[int], atoms: list[Atom]) -> bool:
    """Whether the weekdays gloss the days: one each, in the same steps, on the written year's weekdays."""
    offsets = _offsets(atoms)
    if offsets is None or len(offsets) != len(weekdays):
        return False
    if any((w - weekdays[0]) % 7 != o for w, o in zip(weekdays, offsets)):
        return False
    year, month, day = _day(atoms[0])       # type: ignore[misc]
    if not year.isdigit():
        return True
    try:
        return date(int(year), month, day).isoweekday() == weekdays[0]
    except ValueError:
        return False


def list_gap(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a list word, and no range word ("to", "through"), joins two expressions (weekday_runs
    asks it too)."""
    found = connectors(lang)
    ranged = found.get("range")
    return "list" in found and found["list"].fullmatch(text, start, end) is not None \
        and (ranged is None or ranged.fullmatch(text, start, end) is None)


def _run_of_days(atoms: list[Atom], at: int, text: str, lang: str, count: int) -> list[Atom]:
    """The day atoms from ``at`` on: one (a range or pair), or ``count`` joined by list words."""
    run = [atoms[at]]
    if atoms[at].raw.get("to") is None:
        while len(run) < count and at + len(run) < len(atoms) \
                and list_gap(text, run[-1].end, atoms[at + len(run)].start, lang):
            run.append(atoms[at + len(run)])
    return run


def _days_after(weekdays: list[int], atoms: list[Atom], at: int, text: str, lang: str) -> list[Atom] | None:
    """The run of days from ``at`` that the weekdays before it gloss, or None. The first day may open
    with the list's last weekday ("Friday and Saturday, Sunday, May 12, 13 and 14" reads "Sunday, May 12"
    as one day), after a list word; else only a comma or blanks stand before it."""
    if at >= len(atoms) or atoms[at].start == atoms[at - 1].end:
        return None
    own = atoms[at].raw.get("wd")
    if own is not None:
        if not own.isdigit() or not BARE_WEEKDAY.fullmatch(f"XXXX-WXX-{own}") \
                or not list_gap(text, atoms[at - 1].end, atoms[at].start, lang):
            return None
        weekdays = [*weekdays, int(own)]
    elif len(weekdays) < 2 or not _BEFORE_DAYS.fullmatch(text, atoms[at - 1].end, atoms[at].start):
        return None
    run = _run_of_days(atoms, at, text, lang, len(weekdays))
    return run if _fits(weekdays, run) else None


def weekdays_with_their_days(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """Each list of two or more bare weekdays right before the days it names, joined to the first of
    those days (the weekday atoms dropped); the days keep their own atoms."""
    if "list" not in connectors(lang):
        return atoms
    isos = [_weekday(atom) for atom in atoms]      # each atom's weekday, read once
    if not any(iso is not None for iso in isos):
        return atoms
    out: list[Atom] = []
    at = 0
    while at < len(atoms):
        first = isos[at]
        if first is None:
            out.append(atoms[at])
            at += 1
            continue
        weekdays, end = [first], at + 1
        while end < len(atoms) and (iso := isos[end]) is not None and (iso - weekdays[-1]) % 7 != 0 \
                and list_gap(text, atoms[end - 1].end, atoms[end].start, lang):
            weekdays.append(iso)
            end += 1
        run = _days_after(weekdays, atoms, end, text, lang)
        if run is None:
            out.append(atoms[at])
            at += 1
            continue
        day = run[0]
        annotations = {key: value for key, value in day.raw.annotations.items() if key != "wd"}
        if not day.core[:4].isdigit():
            annotations["wd"] = str(first)
        merged = replace(day, start=atoms[at].start, raw=Raw(day.core, annotations),
                         rule=f"{atoms[at].rule}+{day.rule}")
        merged.parts = [part for atom in atoms[at:end] for part in (atom.parts or [atom])] + (day.parts or [day])
        out.append(merged)
        at = end + 1
    return out
