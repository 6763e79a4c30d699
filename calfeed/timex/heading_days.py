"""Day numbers listed under a month heading: "August" on its own line, then "14: Crystal Palace (h) – 3pm".

Fixture lists, term calendars and club programmes write the month once as a heading and open each
line below it with the day ("14:", "21 –", "3rd."), or with the day or days and a weekday column
("28 Wednesday Classes begin", "14-27 Wed.-Tues. New students arrive"). Each such day is a date of
the heading's month (and year, when the heading writes one). Two or more day lines, in order, make
the list (or one with its weekday column); a row that writes its own month ("Oct 28-Nov 8 Mon.-Fri.
Advising") is passed over; the heading alone stays a month. Without this the month and the first line's day read as one date
across the line break ("August\\n14") and the other days are lost.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterator
from typing import NamedTuple

from calfeed.timex.builders import Atom
from calfeed.timex.lexicon import ordinal_ending
from calfeed.timex.rawvalue import Raw
from calfeed.timex.vocabulary import norm, vocabulary

_MIN_LINES = 2
HEADING_MONTH = "heading_month"     # the rule of a month heading over its day rows: no day of its own
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"


class _DayLine(NamedTuple):
    day: int
    last: int | None    # a range's last day ("14-27 Wed.-Tues.")
    start: int
    end: int            # of the day number or range
    weekday: bool       # a weekday column ("28 Wednesday Classes begin") or the label glued on ("26thFirst Day")


@lru_cache(maxsize=None)
def _heading_below(lang: str) -> re.Pattern[str]:
    """The heading pattern at a line start after the first, its line break read first: the engine
    jumps from line break to line break, where a pattern opening with ``^`` is tried at every
    character (``_headings``)."""
    heading = _patterns(lang)[0]
    return re.compile("\n" + heading.pattern.removeprefix("^"), heading.flags)


def _headings(text: str, lang: str) -> Iterator[re.Match[str]]:
    """What ``finditer`` of the heading pattern finds: at the text's start, then after each line break."""
    heading = _patterns(lang)[0]
    first = heading.match(text)
    if first is not None:
        yield first
    yield from _heading_below(lang).finditer(text, first.end() if first is not None else 0)


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from calfeed.timex.rules import expand

    ends = ordinal_ending(lang)
    heading = re.compile(expand(r"^[^\S\n]{0,8}(?:#{1,4}[^\S\n]{1,3})?(?P<m>%monthName)(?:[^\S\n]{1,3}(?P<y>(?:1[6-9]|20)\d\d))?"
                                r"[^\S\n]{0,3}:?[^\S\n]{0,3}$", lang), re.IGNORECASE | re.MULTILINE)
    # "14: Crystal Palace", "3rd. Quiz night", or a day (or days) with its weekday column:
    # "28 Wednesday Classes begin", "14-27 Wed.-Tues. New students arrive"
    line = re.compile(expand(
        rf"[^\S\n]{{0,8}}(?:[-*•][^\S\n]{{1,3}})?(?P<d>{_DAY}){ends}?"
        rf"(?:[^\S\n]{{0,2}}(?::|[-–—])[^\S\n]{{1,3}}(?=[^\s\d])"
        rf"|(?:[^\S\n]{{0,2}}[-–][^\S\n]{{0,2}}(?P<d2>{_DAY}){ends}?)?[^\S\n]{{1,3}}"
        rf"(?P<wd>%weekday)\.?(?![\w])"
        # "26thFirst Day of the Semester", "28th-29thThanksgiving Break": an ordinal glued to its label
        rf"|(?<=[^\W\d])(?:[-–](?P<g2>{_DAY}){ends})?(?P<glued>(?-i:[A-Z])))[^\n]*", lang), re.IGNORECASE)
    # a row that writes its own month ("Oct 28-Nov 8 Mon.-Fri. Advising", "3/31-4/11 Mon.-Sat."):
    # no day of the heading's month, and no end of its list
    dated = re.compile(expand(r"[^\S\n]{0,8}(?:%month\.?[^\S\n]{1,3}\d|\d{1,2}/\d{1,2}(?!\d))[^\n]*", lang),
                       re.IGNORECASE)
    return heading, line, dated


def _day_lines(text: str, start: int, line: re.Pattern[str], dated: re.Pattern[str]) -> list[_DayLine]:
    """The day lines after a heading ending at ``start``, in order (a day may repeat: two rows
    of one day), passing over rows that write their own month."""
    found: list[_DayLine] = []
    pos = start
    while pos < len(text) and text[pos] == "\n":
        nxt = pos + 1
        while nxt < len(text) and text[nxt] == "\n":     # blank lines between items
            nxt += 1
        match = line.match(text, nxt)
        if match is None:
            own = dated.match(text, nxt)
            if own is None:
                break
            pos = own.end()
            continue
        day = int(match.group("d"))
        second = match.group("d2") or match.group("g2")
        last = int(second) if second else None
        if found and (day < found[-1].day or (day == found[-1].day and not match.group("wd"))) \
                or (last is not None and last <= day):
            break
        end = match.start("glued") if match.group("glued") else match.end("d2") if last is not None else match.end("d")
        found.append(_DayLine(day, last, match.start("d"), end, bool(match.group("wd") or match.group("glued"))))
        pos = match.end()
    return found


def heading_days(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """``atoms`` with the day lines under month headings as dates of that month."""
    if "\n" not in text:
        return atoms
    _, line, dated = _patterns(lang)
    vocab = vocabulary(lang)
    added: list[Atom] = []
    for head in _headings(text, lang):
        days = _day_lines(text, head.end(), line, dated)
        if len(days) < _MIN_LINES and not (days and days[0].weekday):
            continue            # one day line is a list only with its weekday column
        month = int(vocab.months[norm(head.group("m"))]["month"])
        year = head.group("y") or "XXXX"
        added.append(Atom(head.start("m"), head.end("y") if head.group("y") else head.end("m"), "DATE",
                          Raw(f"{year}-{month:02d}"), HEADING_MONTH, 5))
        added.extend(Atom(d.start, d.end, "DATE", Raw(f"{year}-{month:02d}-{d.day:02d}",
                                                      {"to": f"{year}-{month:02d}-{d.last:02d}"} if d.last else {}),
                          "heading_day", 5) for d in days)
    if not added:
        return atoms
    taken = bytearray(len(text))
    for a in added:
        taken[a.start:a.end] = b"\x01" * (a.end - a.start)
    kept = [a for a in atoms if taken.find(1, a.start, a.end) == -1]
    return sorted(kept + added, key=lambda a: a.start)
