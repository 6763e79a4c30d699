"""Day numbers listed under a month heading: "August" on its own line, then "14: Crystal Palace (h) – 3pm".

Fixture lists, term calendars and club programmes write the month once as a heading and open each
line below it with the day ("14:", "21 –", "3rd."). Each such day is a date of the heading's month
(and year, when the heading writes one). Two or more day lines, in rising order, make the list; the
heading alone stays a month. Without this the month and the first line's day read as one date
across the line break ("August\\n14") and the other days are lost.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.builders import Atom
from calfeed.timex.rawvalue import Raw
from calfeed.timex.vocabulary import norm, vocabulary

_MIN_LINES = 2


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    from calfeed.timex.rules import expand

    heading = re.compile(expand(r"^[^\S\n]{0,8}(?:#{1,4}[^\S\n]{1,3})?(?P<m>%monthName)(?:[^\S\n]{1,3}(?P<y>(?:1[6-9]|20)\d\d))?"
                                r"[^\S\n]{0,3}:?[^\S\n]{0,3}$", lang), re.IGNORECASE | re.MULTILINE)
    line = re.compile(r"[^\S\n]{0,8}(?:[-*•][^\S\n]{1,3})?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                      r"[^\S\n]{0,2}(?::|[-–—])[^\S\n]{1,3}(?=[^\s\d])[^\n]*", re.IGNORECASE)
    return heading, line


def _day_lines(text: str, start: int, line: re.Pattern[str]) -> list[tuple[int, int, int]]:
    """The day lines after a heading ending at ``start``: (day, start, end) of each day number."""
    found: list[tuple[int, int, int]] = []
    pos = start
    while pos < len(text) and text[pos] == "\n":
        nxt = pos + 1
        while nxt < len(text) and text[nxt] == "\n":     # blank lines between items
            nxt += 1
        match = line.match(text, nxt)
        if match is None:
            break
        day = int(match.group("d"))
        if found and day <= found[-1][0]:
            break
        found.append((day, match.start("d"), match.end("d")))
        pos = match.end()
    return found


def heading_days(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """``atoms`` with the day lines under month headings as dates of that month."""
    if "\n" not in text:
        return atoms
    heading, line = _patterns(lang)
    vocab = vocabulary(lang)
    added: list[Atom] = []
    for head in heading.finditer(text):
        days = _day_lines(text, head.end(), line)
        if len(days) < _MIN_LINES:
            continue
        month = int(vocab.months[norm(head.group("m"))]["month"])
        year = head.group("y") or "XXXX"
        added.append(Atom(head.start("m"), head.end("y") if head.group("y") else head.end("m"), "DATE",
                          Raw(f"{year}-{month:02d}"), "heading_month", 5))
        added.extend(Atom(s, e, "DATE", Raw(f"{year}-{month:02d}-{d:02d}"), "heading_day", 5) for d, s, e in days)
    if not added:
        return atoms
    taken = bytearray(len(text))
    for a in added:
        taken[a.start:a.end] = b"\x01" * (a.end - a.start)
    kept = [a for a in atoms if taken.find(1, a.start, a.end) == -1]
    return sorted(kept + added, key=lambda a: a.start)
