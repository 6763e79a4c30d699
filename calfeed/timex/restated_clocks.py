"""A clock restated in brackets right after it: "19:00 hours (7pm) Friday 14th August", "7pm (19:00)".

A timetable that writes its clocks the twenty-four-hour way often glosses each in the twelve-hour
way (or the other way round). The gloss is the same instant, not a second one: the clock and its
gloss are one clock, so the day written after the bracket is the clock's own ("08:00 hours (8am)
Saturday 15th August" is on the 15th, not on the day a line above named). A bracketed clock of
another time ("10:00 (doors 9:30)") is no gloss and is left alone, and so is a gloss with no day
after it ("at 12:00 (noon) in the hall": the clock stays as written).
"""

from __future__ import annotations

import re
from dataclasses import replace

from calfeed.timex.builders import Atom, names_one_day
from calfeed.timex.rawvalue import time_of

_OPEN = re.compile(r"[^\S\n]{0,2}\([^\S\n]{0,2}")
_CLOSE = re.compile(r"[^\S\n]{0,2}\)")


def _bare_clock(atom: Atom) -> bool:
    """A clock with no day of its own and no range ("20:00 hours", "8pm")."""
    if atom.type != "TIME" or not atom.core.startswith("XXXX-XX-XX"):
        return False        # (most atoms: asked before the clock is read)
    time = time_of(atom.core)
    return bool(time) and time[0].isdigit() and not atom.raw.get("to")


def _glossed(left: Atom, right: Atom, text: str) -> int | None:
    """Where the bracket closes when ``right`` restates the time of ``left`` in brackets, else None."""
    if not (_bare_clock(left) and _bare_clock(right)) or time_of(left.core) != time_of(right.core):
        return None
    if _OPEN.fullmatch(text, left.end, right.start) is None:
        return None
    close = _CLOSE.match(text, right.end)
    return None if close is None else close.end()


def restated_clocks(atoms: list[Atom], text: str, day_link: re.Pattern[str]) -> list[Atom]:
    """``atoms`` with each clock grown over its bracketed gloss when a day follows the gloss as a
    clock's day follows it (``day_link``, the connectors' time_date: "(8pm) Tuesday", "(6pm) on")."""
    out: list[Atom] = []
    k = 0
    while k < len(atoms):
        atom = atoms[k]
        if k + 2 < len(atoms):
            gloss, day = atoms[k + 1], atoms[k + 2]
            close = _glossed(atom, gloss, text)
            if (close is not None and close <= day.start and names_one_day(day) and not time_of(day.core)
                    and day_link.fullmatch(text, close, day.start) is not None):
                out.append(replace(atom, end=close, tz=atom.tz or gloss.tz, tz_text=atom.tz_text or gloss.tz_text))
                k += 2
                continue
        out.append(atom)
        k += 1
    return out
