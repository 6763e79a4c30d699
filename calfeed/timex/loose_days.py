"""Year-less numeric days ("4/10", "2/20") that no date word introduces: kept only in company.

"3/4" alone is as often a fraction, a score or odds as a day. One that a date preposition or
a weekday introduces ("closed on 3/1", "Friday 3/19") is a day; one listed with such a day
("on 4/10 & 4/11") or opening a range to it ("2/20 through 4/13", the end later than the
start) is one too, and so is one beside a clock ("at 4 p.m. 3/4", "3/4 at 4 p.m.") or after a
word that dates what follows ("available 2/15", "on sale 2/15"; ``numeric_day_leads``). Any
other (``Atom.loose``) is dropped, as is a day that opens a range to a fraction ("from 1/3 to
1/2").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.timex.builders import Atom
from calfeed.timex.lexicon import load_list
from calfeed.timex.rawvalue import CALENDAR
from calfeed.timex.vocabulary import word_alternation

NUMERIC_DAY_RULES = ("numeric_day_month", "numeric_day_month_loose")
_NEXT_FRACTION = re.compile(r"\d{1,2}/\d{1,2}(?![\w/])")


def _key(atom: Atom) -> tuple[int, int]:
    m = CALENDAR.match(atom.core)
    return (int(m.group("month")), int(m.group("day"))) if m else (0, 0)


def _numeric(atom: Atom) -> bool:
    return atom.rule in NUMERIC_DAY_RULES


def _linked(left: Atom, right: Atom, text: str, listed: re.Pattern[str], ranged: re.Pattern[str]) -> bool:
    if not (_numeric(left) and _numeric(right)):
        return False
    if ranged.fullmatch(text, left.end, right.start):
        return _key(right) > _key(left)
    return listed.fullmatch(text, left.end, right.start) is not None


@dataclass(frozen=True)
class Context:
    """What may vouch for a loose day besides another day: a clock before it (the gap matching
    ``time_date``, "4 p.m. 3/4"), a clock after it (``date_time``, "3/4 at 4 p.m."), or a lead
    word right before it ("available 2/15")."""

    time_date: re.Pattern[str]
    date_time: re.Pattern[str]
    lang: str


_LEAD_LOOKBACK = 30


@lru_cache(maxsize=None)
def _lead(lang: str) -> re.Pattern[str]:
    body = word_alternation(load_list(lang, "numeric_day_leads"), dispatched=True)
    return re.compile(rf"(?<![\w])(?:{body}):?[^\S\n]{{1,3}}$", re.IGNORECASE)


def _clocked(atoms: list[Atom], i: int, text: str, context: Context) -> bool:
    if i > 0 and atoms[i - 1].type == "TIME" and context.time_date.fullmatch(text, atoms[i - 1].end, atoms[i].start):
        return True
    after = atoms[i + 1] if i + 1 < len(atoms) else None
    return after is not None and after.type == "TIME" and context.date_time.fullmatch(text, atoms[i].end, after.start) is not None


def _vouched(atoms: list[Atom], i: int, text: str, context: Context | None) -> bool:
    """A loose numeric day a clock or a lead word dates."""
    if context is None or not _numeric(atoms[i]):
        return False
    if _clocked(atoms, i, text, context):
        return True
    start = atoms[i].start
    return _lead(context.lang).search(text, max(0, start - _LEAD_LOOKBACK), start) is not None


def keep_loose(atoms: list[Atom], text: str, listed: re.Pattern[str], ranged: re.Pattern[str],
               context: Context | None = None) -> list[Atom]:
    """``atoms`` without the loose numeric days nothing vouches for."""
    if not any(a.loose for a in atoms):
        return atoms
    kept = [not a.loose or _vouched(atoms, i, text, context) for i, a in enumerate(atoms)]
    for i in range(1, len(atoms)):                     # chains run both ways: two passes
        if not kept[i] and kept[i - 1] and _linked(atoms[i - 1], atoms[i], text, listed, ranged):
            kept[i] = True
    for i in range(len(atoms) - 2, -1, -1):
        if not kept[i] and kept[i + 1] and _linked(atoms[i], atoms[i + 1], text, listed, ranged):
            kept[i] = True
    out = []
    for i, atom in enumerate(atoms):
        if not kept[i]:
            continue
        if _numeric(atom) and _to_fraction(atoms, i, kept, text, ranged):
            continue
        out.append(atom)
    return out


def _to_fraction(atoms: list[Atom], i: int, kept: list[bool], text: str, ranged: re.Pattern[str]) -> bool:
    """A range word after the day, then a "3/4" that is no kept day: "from 1/3 to 1/2 of"."""
    match = ranged.match(text, atoms[i].end)
    if match is None or match.end() == atoms[i].end:
        return False
    fraction = _NEXT_FRACTION.match(text, match.end())
    if fraction is None:
        return False
    return not any(kept[j] and atoms[j].start == fraction.start() for j in range(i + 1, min(i + 3, len(atoms))))
