"""A weekday glossed by its full day in brackets ("from Wednesday (February 10, 2027, a lunar date) to the
end of Tuesday (February 16, 2027, ...)") is that day.

Read apart, the bare weekday was counted from the page's day (a week in December for a notice on a
February holiday), and a range from it to the next weekday swallowed the bracketed days as an aside
(compose._asides_in_glosses): the run was lost, and the bracket's last day stood alone. The weekday takes
the bracket's day when the bracket opens with it (GLOSS_OPEN), writes its year and falls on the weekday;
the day's own atom is dropped (its value now stands in the weekday's), as days_with_bracketed_weekdays
drops a weekday that glosses a day. A year-less day is left alone: "GOOD FRIDAY (March 29 at 3 pm)" is a
feast's name with its day and clock, read as written. "Monday (see below)" and "Monday (or
Tuesday, 3 May)" keep the weekday as it was.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from calfeed.timex.bracketed_weekdays import GLOSS_OPEN
from calfeed.timex.builders import Atom
from calfeed.timex.rawvalue import BARE_WEEKDAY, CALENDAR, Raw


def weekdays_with_bracketed_days(atoms: list[Atom], text: str) -> list[Atom]:
    """``atoms`` with each bare weekday a bracket right after glosses with its day made that day."""
    out: list[Atom] = []
    skip = False
    for at, atom in enumerate(atoms):
        if skip:
            skip = False
            continue
        following = atoms[at + 1] if at + 1 < len(atoms) else None
        glossed = _glossed_day(atom, following, text) if following is not None else None
        if glossed is None:
            out.append(atom)
            continue
        out.append(glossed)
        skip = True
    return out


def _glossed_day(weekday: Atom, day: Atom, text: str) -> Atom | None:
    """The weekday holding the bracket's day, or None when ``day`` is no such gloss of ``weekday``."""
    if weekday.type != "DATE" or weekday.raw.annotations or day.type != "DATE" or day.raw.annotations:
        return None
    named = BARE_WEEKDAY.fullmatch(weekday.core)
    if named is None or "(" not in text[weekday.end:day.start] or GLOSS_OPEN.fullmatch(text, weekday.end, day.start) is None:
        return None
    match = CALENDAR.fullmatch(day.core)
    if match is None or not (match.group("month") or "").isdigit() or not (match.group("day") or "").isdigit():
        return None
    if match.group("quarter") or match.group("half") or match.group("season") or match.group("week"):
        return None
    year = match.group("year")
    if not (year.isdigit() and len(year) == 4):
        return None     # "GOOD FRIDAY (March 29 at 3 pm)": a feast's name with its day, read as written
    try:
        if date(int(year), int(match.group("month")), int(match.group("day"))).isoweekday() != int(named.group(1)):
            return None     # "Monday (March 4, 2030)" on a Monday only: another weekday is no gloss
    except ValueError:
        return None
    return replace(weekday, raw=Raw(day.core, {}), rule=f"{weekday.rule}+{day.rule}")
