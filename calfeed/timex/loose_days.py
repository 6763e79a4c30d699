"""Year-less numeric days ("4/10", "2/20") that no date word introduces: kept only in company.

"3/4" alone is as often a fraction, a score or odds as a day. One that a date preposition or
a weekday introduces ("closed on 3/1", "Friday 3/19") is a day; one listed with such a day
("on 4/10 & 4/11") or opening a range to it ("2/20 through 4/13", the end later than the
start) is one too, and so is one beside a clock ("at 4 p.m. 3/4", "3/4 at 4 p.m.") or after a
word that dates what follows ("available 2/15", "on sale 2/15"; ``numeric_day_leads``). Any
other (``Atom.loose``) is dropped, as is a day that opens a range to a fraction ("from 1/3 to
1/2").

A bare ordinal listed after a day ("on the 9th and the 23rd", "on the 2nd, the 9th and the 16th")
is loose the same way: kept only when the list's first member was itself a day, so placings ("the
1st, the 2nd and the 3rd") stay numbers. One that a move joins to the day before ("August 16th
Changed to 23rd", "3 May, postponed until the 10th"; ``moved_day_links.tsv``) replaces that day,
and is a day of its month even when a preposition already made it a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from calfeed.timex.builders import Atom
from calfeed.timex.lexicon import load_list, load_table
from calfeed.timex.rawvalue import CALENDAR, Raw
from calfeed.timex.vocabulary import word_alternation

NUMERIC_DAY_RULES = ("numeric_day_month", "numeric_day_month_loose")
ORDINAL_DAY_RULES = ("day_of_month_alone",)
_NEXT_FRACTION = re.compile(r"\d{1,2}/\d{1,2}(?![\w/])")


def _key(atom: Atom) -> tuple[int, int]:
    m = CALENDAR.match(atom.core)
    return (int(m.group("month")), int(m.group("day"))) if m else (0, 0)


def _numeric(atom: Atom) -> bool:
    return atom.rule in NUMERIC_DAY_RULES


def _day_month(atom: Atom) -> str | None:
    """A DATE's value up to its day ("2027-03-", "XXXX-XX-") when it names a day, else None."""
    match = CALENDAR.match(atom.core) if atom.type == "DATE" else None
    if match is None or match.group("day") in (None, "XX") or match.group("time"):
        return None
    return atom.core[:match.start("day")]


@lru_cache(maxsize=None)
def the_day_after(lang: str) -> re.Pattern[str]:
    """", the 13th" after a weekday: "Friday the 13th" names a day of an open month. An ordinal
    written as a word is a day only where the clause ends or goes on as after a day (%dayOrdTail,
    or the line ends): before a noun it counts the noun ("Tuesday night, the first debate")."""
    from calfeed.timex.rules import expand

    return re.compile(expand(r",?\s{1,3}%ordArticle\s{1,3}(?P<d>%dayOrd|%ordWord(?![\w-])(?:%dayOrdTail|(?=[^\S\n]{0,3}\n)))"
                             r"(?![\w-])(?!\s{1,3}%dayOfLink\s)", lang), re.IGNORECASE)


def _listed_ordinal(left: Atom, right: Atom, text: str, listed: re.Pattern[str], lang: str) -> Atom | None:
    """``right``, a listed bare ordinal, as a day of ``left``'s month when a list joins it to the
    day ``left`` names ("on 9 March and the 23rd", "on Monday the 9th and the 23rd"); None when
    it is no such member."""
    month_part, end = _day_month(left), left.end
    weekday = CALENDAR.match(left.core) if month_part is None and left.type == "DATE" else None
    if weekday is not None and weekday.group("weekday") not in (None, "WE") and not weekday.group("time"):
        day = the_day_after(lang).match(text, left.end, right.end)
        if day is not None and day.end() <= right.start:     # past the weekday's own ("Monday, the 9th")
            month_part, end = "XXXX-XX-", day.end()
    if month_part is None or listed.fullmatch(text, end, right.start) is None:
        return None
    if month_part.endswith("-XX-"):
        return right
    return replace(right, raw=Raw(month_part + right.core[-2:], dict(right.raw.annotations)))


@lru_cache(maxsize=None)
def _moved_link(lang: str) -> re.Pattern[str]:
    """The whole gap from a day to the ordinal that replaces it: a bracket or a comma, up to three
    auxiliaries, then a postponing verb and its preposition, or "now" (with up to two words and a
    preposition: "will now be held on")."""
    roles: dict[str, list[str]] = {}
    for row in load_table(lang, "moved_day_links"):
        roles.setdefault(row["role"], []).append(row["word"])

    def words(role: str) -> str:
        return word_alternation(roles.get(role, []), dispatched=True)

    verbs = word_alternation(list(load_list(lang, "forward_verbs")), dispatched=True)
    blank = r"[^\S\n]{1,3}"
    moved = (rf"{verbs}{blank}{words('prep')}|{words('now')}"
             rf"(?:(?:{blank}[a-z]{{2,12}}){{0,2}}{blank}{words('now_prep')})?")
    return re.compile(rf"[^\S\n]{{0,3}}[,;:(\[–—-]?[^\S\n]{{0,3}}(?:{words('aux')}{blank}){{0,3}}"
                      rf"(?:{moved})(?![\w]){blank}", re.IGNORECASE)


def _moved_ordinal(atoms: list[Atom], last_day: int | None, i: int, text: str, lang: str) -> Atom | None:
    """``atoms[i]``, a bare ordinal, as a day of the month of the kept day a move joins it to
    (``last_day``, the last kept atom before it that is no word for the present: "is now the 12th");
    None when no move joins them."""
    if last_day is None or atoms[i].rule not in ORDINAL_DAY_RULES or not atoms[i].core.startswith("XXXX-XX-"):
        return None
    return _listed_ordinal(atoms[last_day], atoms[i], text, _moved_link(lang), lang)


def _listed_after(left: Atom, right: Atom, text: str, listed: re.Pattern[str], ranged: re.Pattern[str],
                  lang: str) -> Atom | None:
    """``right`` as the member a list or range takes after ``left``, a kept day; None when it is no
    such member. A numeric day is one beside a numeric day (``_linked``), which also runs
    backwards; a bare ordinal is one only after a day, whose month it takes (``_listed_ordinal``):
    an ordinal never opens a list, or placings ("the 1st, the 2nd") would be days."""
    if right.rule in ORDINAL_DAY_RULES:
        return _listed_ordinal(left, right, text, listed, lang)
    return right if _linked(left, right, text, listed, ranged) else None


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


def _vouched(atoms: list[Atom], i: int, text: str, context: Context) -> bool:
    """A loose numeric day a clock or a lead word dates."""
    if not _numeric(atoms[i]):
        return False
    if _clocked(atoms, i, text, context):
        return True
    start = atoms[i].start
    return _lead(context.lang).search(text, max(0, start - _LEAD_LOOKBACK), start) is not None


def keep_loose(atoms: list[Atom], text: str, listed: re.Pattern[str], ranged: re.Pattern[str],
               context: Context) -> list[Atom]:
    """``atoms`` without the loose numeric days nothing vouches for."""
    if not any(a.loose or a.rule in ORDINAL_DAY_RULES for a in atoms):
        return atoms
    atoms = list(atoms)
    kept = [not a.loose or _vouched(atoms, i, text, context) for i, a in enumerate(atoms)]
    last_kept: int | None = None
    last_day: int | None = None          # the last kept atom that is no word for the present
    for i in range(len(atoms)):          # forward: a member listed after the last day kept
        moved = _moved_ordinal(atoms, last_day, i, text, context.lang)
        if moved is not None:
            atoms[i], kept[i] = moved, True
        elif not kept[i] and last_kept is not None:
            member = _listed_after(atoms[last_kept], atoms[i], text, listed, ranged, context.lang)
            if member is not None:
                atoms[i], kept[i] = member, True
        if kept[i]:
            last_kept = i
            if not atoms[i].core.endswith("_REF"):
                last_day = i
    for i in range(len(atoms) - 2, -1, -1):    # back: a numeric day that a kept one is listed after
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
