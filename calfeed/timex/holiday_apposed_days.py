"""A holiday's name with its day set after it by a comma ("until Independence Day, May 26") is that
day: which day a holiday of that name falls on varies by country, and the page says. Read apart,
the name was looked up in one country's table (4 July) and a range before it ("from May 24 and
continue until Independence Day") ended there, weeks after the day the page writes.

Joined here, before ranges are composed, the name and its day are one atom with the day's value, so
a range ends on the written day. Only a single day with its month and no weekday joins (the
resolver's _holidays_dated_beside gives a weekday-named day to a lone holiday already), and neither
side may be an item of a list ("1 May, Christmas, 26 December"; "Christmas, 2 January and 3
January"): a list's links around the pair keep it apart (connectors.tsv's ``list`` role but the words
that also end a range: "from May 24 until Independence Day, May 26" is no list). A name that opens
its line ("- Labor Day, September 4, 2023" in a list of closed days) stays apart too: the line's day
is already its day, and the name is the entry's title.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from calfeed.timex.builders import Atom
from calfeed.timex.connectors import EDGE_BLANKS
from calfeed.timex.lexicon import load_table
from calfeed.timex.rawvalue import CALENDAR
from calfeed.timex.vocabulary import word_alternation

HOLIDAY_RULE = "holiday"        # the rule of a holiday's name read alone ("Independence Day")
JOINED_RULE = "holiday_day"     # added to the day's rule: the name and the day it is given
_APPOSED = re.compile(r",[^\S\n]{1,3}")      # a bare comma: "Independence Day, May 26"
_LINE_LEAD = re.compile(r"[^\w\n]*")          # a bullet, dash or blanks before a line's first word


def _single_day(atom: Atom) -> bool:
    """A day with its month written and no weekday, range or list ("May 26", "26 May 2025")."""
    if atom.type != "DATE" or atom.raw.annotations:
        return False
    match = CALENDAR.fullmatch(atom.core)
    return (match is not None and (match.group("month") or "").isdigit()
            and (match.group("day") or "").isdigit())


def _lone_holiday(atom: Atom) -> bool:
    return atom.rule == HOLIDAY_RULE and atom.type == "DATE" and not atom.raw.annotations


@lru_cache(maxsize=None)
def _list_link(lang: str) -> re.Pattern[str]:
    """The gap of a list's items: a ``list`` connector whose last word is no ``range`` connector."""
    rows = load_table(lang, "connectors")
    range_words = {row["word"].lower() for row in rows if row["role"] == "range"}
    words = [row["word"] for row in rows if row["role"] == "list"
             and row["word"].lower().split()[-1] not in range_words]
    return re.compile(rf"\s{{0,{EDGE_BLANKS}}}(?:{word_alternation(words)})\s{{0,{EDGE_BLANKS}}}", re.IGNORECASE)


def holidays_with_apposed_days(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """``atoms`` with each lone holiday name and the single day set after it by a comma joined into
    one atom of the day's value."""
    list_link = _list_link(lang)
    out: list[Atom] = []
    at = 0
    while at < len(atoms):
        atom = atoms[at]
        day = atoms[at + 1] if at + 1 < len(atoms) else None
        if (day is None or not _lone_holiday(atom) or _APPOSED.fullmatch(text, atom.end, day.start) is None
                or not _single_day(day) or _opens_line(atom, text) or _listed(out[-1] if out else None, atom, text, list_link)
                or _listed(day, atoms[at + 2] if at + 2 < len(atoms) else None, text, list_link)):
            out.append(atom)
            at += 1
            continue
        joined = replace(day, start=atom.start, rule=f"{day.rule}+{JOINED_RULE}")
        joined.parts = [atom] + (day.parts or [day])
        out.append(joined)
        at += 2
    return out


def _opens_line(atom: Atom, text: str) -> bool:
    """Whether only a bullet, a dash or blanks stand before ``atom`` on its line."""
    line_start = text.rfind("\n", 0, atom.start) + 1
    return _LINE_LEAD.fullmatch(text, line_start, atom.start) is not None


def _listed(first: Atom | None, second: Atom | None, text: str, list_link: re.Pattern[str]) -> bool:
    """Whether ``first`` and ``second`` are items of one list or range (only a list link between)."""
    return (first is not None and second is not None and first.end <= second.start
            and list_link.fullmatch(text, first.end, second.start) is not None)
