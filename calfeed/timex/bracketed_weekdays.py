"""A year-less day glossed with its weekday in brackets ("from October 7 (Monday) to October 17
(Thursday)", "Nov 6 (Wednesday)") is written as "Monday, November 4" is: the weekday is the day's
own, so it joins the day (its ``wd``), and picks the day's year where the page writes none. Read
apart, the weekday was a day of its own or an aside a range swallowed, and the year came from the
day of the build. A day that writes its year keeps its bracket apart (TimeML's spans; the year
needs no weekday), and so does a line that is only the day and its bracket ("Labor Day" / "September
2nd (Monday)"): a key-dates list's value line, whose rows the label readers pair as written.

A list row may write the weekday after a dash instead ("- 21 May - Wednesday (rest day);", "12 May -
Monday"): the day opens its line, so the weekday is the day's own, not the end of a run to the next
such weekday (as a dash between two days in prose would be).

Two days joined by "and" or "&" ("5 & 6 March", read as one pair) glossed with their two weekdays
("(Wednesday & Thursday)") take the bracket the same way: left apart, the weekdays were days of
their own, put in some other week, and the bracket cut the pair's clause off from the words after it."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from calfeed.timex.builders import Atom
from calfeed.timex.rawvalue import BARE_WEEKDAY, CALENDAR, Raw

# The blanks and bracket between a day (or "today") and its weekday, and after the weekday (bounded:
# linear); glossed_todays reads the same glosses
GLOSS_OPEN = re.compile(r"[^\S\n]{0,2}\([^\S\n]{0,2}")
GLOSS_CLOSE = re.compile(r"[^\S\n]{0,2}\)")


def _year_less_day(atom: Atom) -> bool:
    """A single day with its month and no year, weekday or range ("November 4")."""
    if atom.type != "DATE" or atom.raw.annotations:
        return False
    match = CALENDAR.fullmatch(atom.core)
    return (match is not None and match.group("year") == "XXXX" and (match.group("month") or "").isdigit()
            and (match.group("day") or "").isdigit())


# A dash between a day opening a list row and its weekday ("- 21 May - Wednesday (rest day);"): the
# weekday restates the day, as a bracket does, rather than ending a run to the next such weekday
DASH_GLOSS = re.compile(r"[^\S\n]{1,2}[-–—][^\S\n]{1,2}")


def _glossed(day: Atom, weekday: Atom, text: str) -> int | None:
    """Where the bracket closes when ``weekday`` is a bare weekday alone in brackets right after ``day``;
    or where the weekday ends when a dash parts it from a day that opens its line (a list's row)."""
    if weekday.type != "DATE" or weekday.raw.annotations or BARE_WEEKDAY.fullmatch(weekday.core) is None:
        return None
    if GLOSS_OPEN.fullmatch(text, day.end, weekday.start) is None:
        if DASH_GLOSS.fullmatch(text, day.end, weekday.start) is None:
            return None
        return weekday.end if _LINE_LEAD.fullmatch(text, text.rfind("\n", 0, day.start) + 1, day.start) else None
    close = GLOSS_CLOSE.match(text, weekday.end)
    return close.end() if close is not None else None


PAIR_RULES = ("day_pair_month", "month_day_pair")   # "5 & 6 March", "March 5 and 6" (compose._PAIR_RULES)


@lru_cache(maxsize=None)
def _pair_link(lang: str = "en") -> re.Pattern[str]:
    """The link between the two weekdays: the pair's own (macros.tsv's pairLink, "and", "&")."""
    from calfeed.timex.rules import expand

    return re.compile(expand(r"[^\S\n]{0,2}%pairLink[^\S\n]{0,2}", lang), re.IGNORECASE)


def _bare_weekday(atom: Atom) -> bool:
    return atom.type == "DATE" and not atom.raw.annotations and BARE_WEEKDAY.fullmatch(atom.core) is not None


def _glossed_pair(pair: Atom, first: Atom, second: Atom | None, text: str) -> int | None:
    """Where the bracket closes when a year-less pair of days ("5 & 6 March") is followed by its two
    bare weekdays, joined by "&" or "and", alone in brackets ("(Wednesday & Thursday)")."""
    if (second is None or pair.rule not in PAIR_RULES or set(pair.raw.annotations) != {"to"}
            or not pair.core.startswith("XXXX-") or not (_bare_weekday(first) and _bare_weekday(second))):
        return None
    if (GLOSS_OPEN.fullmatch(text, pair.end, first.start) is None
            or _pair_link().fullmatch(text, first.end, second.start) is None):
        return None
    close = GLOSS_CLOSE.match(text, second.end)
    return close.end() if close is not None else None


_LINE_LEAD = re.compile(r"[^\S\n]{0,8}(?:[-*•][^\S\n]{1,3})?")    # a value line's indent or bullet
DASHES = ("-", "–", "—")
_LINE_TAIL = re.compile(r"[^\S\n]*(?:\n|\Z)")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether the day and its bracket from ``start`` to ``end`` are all their line holds."""
    line = text.rfind("\n", 0, start) + 1
    return _LINE_LEAD.fullmatch(text, line, start) is not None and _LINE_TAIL.match(text, end) is not None


def days_with_bracketed_weekdays(atoms: list[Atom], text: str) -> list[Atom]:
    """Each year-less day whose weekday follows it in brackets, joined to it (the weekday atom dropped)."""
    out: list[Atom] = []
    skip = 0
    for at, atom in enumerate(atoms):
        if skip:
            skip -= 1
            continue
        following = atoms[at + 1] if at + 1 < len(atoms) else None
        if following is not None and atom.raw.get("to") and "(" in text[atom.end:atom.end + 3]:
            close = _glossed_pair(atom, following, atoms[at + 2] if at + 2 < len(atoms) else None, text)
            if close is not None:      # "5 & 6 March (Wednesday & Thursday)": the bracket restates the pair
                merged = replace(atom, end=close)
                merged.parts = (atom.parts or [atom]) + (following.parts or [following]) + (
                    atoms[at + 2].parts or [atoms[at + 2]])
                out.append(merged)
                skip = 2
                continue
        close: int | None = None        # a bracket must open within GLOSS_OPEN's reach: the cheap test first
        if following is not None and ("(" in text[atom.end:atom.end + 3] or text[atom.end + 1:atom.end + 3].strip() in DASHES) \
                and _year_less_day(atom):
            close = _glossed(atom, following, text)
        if close is None or (text[close - 1] == ")" and _alone_on_line(text, atom.start, close)):
            out.append(atom)
            continue
        iso = BARE_WEEKDAY.fullmatch(following.core).group(1)     # type: ignore[union-attr]
        merged = replace(atom, end=close, raw=Raw(atom.core, {"wd": iso}), rule=f"{atom.rule}+{following.rule}")
        merged.parts = (atom.parts or [atom]) + (following.parts or [following])
        out.append(merged)
        skip = 1
    return out
