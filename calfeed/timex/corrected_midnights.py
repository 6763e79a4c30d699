"""Twelve o'clock corrected in brackets to midnight: "from 6am to 12.00pm [midnight]", "until 12:00 (midnight)".

"12 p.m." is noon by the book, yet notices often write it for midnight and then say so in brackets. The bracket
is the writer's own correction, so it wins over the clock before it: a range that ends at such a twelve runs to
the midnight that closes its day (as "from 6am until midnight" does), and a lone such twelve is that midnight (the
day's end, as "by midnight" is). The word in the bracket must be one noon_hours.tsv reads as hour 0; a bracket
that says "noon" repeats the clock and changes nothing (restated_clocks reads such glosses).
"""

from __future__ import annotations

import re
from dataclasses import replace

from calfeed.timex.builders import Atom
from calfeed.timex.rawvalue import Raw, time_of, with_time

_OPEN = re.compile(r"[^\S\n]{0,2}[(\[][^\S\n]{0,2}")
_CLOSE = re.compile(r"[^\S\n]{0,2}[)\]]")
_TWELVE = ("12:00", "00:00")
_MIDNIGHT = "00:00"
_NOON = "12:00"


def _gloss_close(clock: Atom, gloss: Atom, text: str) -> int | None:
    """Where the bracket closes when ``gloss`` is a bare midnight alone in brackets right after ``clock``."""
    if gloss.type != "TIME" or not gloss.core.startswith("XXXX-XX-XX") or gloss.raw.get("to"):
        return None
    if time_of(gloss.core) != _MIDNIGHT or not gloss.raw.get("eod"):
        return None     # only the word (eod: "midnight", "12 midnight"), not a figure such as "(00:00)"
    if _OPEN.fullmatch(text, clock.end, gloss.start) is None:
        return None
    close = _CLOSE.match(text, gloss.end)
    return None if close is None else close.end()


def _corrected(clock: Atom, gloss: Atom, close: int) -> Atom | None:
    """``clock`` read with its twelve as the midnight of ``gloss``, over the bracket; None when it has no such twelve."""
    if clock.type != "TIME":
        return None
    end = clock.raw.get("to")
    if end is not None:
        if time_of(end) not in _TWELVE:
            return None
        raw = Raw(clock.core, dict(clock.raw.annotations))
        raw.annotations["to"] = with_time(end, _MIDNIGHT)
        return replace(clock, end=close, raw=raw)
    if not clock.core.startswith("XXXX-XX-XX") or time_of(clock.core) != _NOON:
        return None     # a lone noon with no day of its own ("12pm [midnight]"); "12am" already opens the day
    return replace(clock, end=close, raw=Raw(gloss.core, dict(gloss.raw.annotations)))


def corrected_midnights(atoms: list[Atom], text: str) -> list[Atom]:
    """``atoms`` with each twelve o'clock that a bracketed "midnight" corrects read as that midnight, the
    bracket taken into its span (the gloss is no expression of its own)."""
    out: list[Atom] = []
    k = 0
    while k < len(atoms):
        atom = atoms[k]
        if k + 1 < len(atoms):
            close = _gloss_close(atom, atoms[k + 1], text)
            fixed = _corrected(atom, atoms[k + 1], close) if close is not None else None
            if fixed is not None:
                out.append(fixed)
                k += 2
                continue
        out.append(atom)
        k += 1
    return out
