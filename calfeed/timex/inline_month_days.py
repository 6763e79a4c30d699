"""A line that opens with its month and a colon, then runs its days each with its own words:
"July: 3rd Open day; 17th Summer fair", "March: 4th Board meeting, 18 AGM".

A parish or village programme writes a month's items on one line. The month is written once,
each day after it only as a number, so the tagger sees the month alone and no day. Each item
(a day number, ordinal or not, then words opening with a capital) is a date of that month, and
the month alone is then the items' heading (``HEADING_MONTH``), no month-long entry of its own.
Items are parted by semicolons or commas and run upward; a number that opens no item ("July: 3
new members") stops the reading, and a line is read only when one of its items is an ordinal:
"January: 12 Adults, 30 Children" counts people, "March: 4th Board meeting, 18th AGM" dates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from calfeed.timex.lexicon import ordinal_ending
from calfeed.timex.month_then_days import DAY_NUMBER, MONTH_WORD, Day, Layout, Month, MonthDays


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The line's month and its mark, and one item (its day; what parts it from the one before)."""
    from calfeed.timex.rules import expand

    lead = re.compile(expand(r"^[^\S\n]{0,8}(?:[-*•#][^\S\n]{0,3})?" + MONTH_WORD +
                             r"[^\S\n]{0,2}:[^\S\n]{0,3}", lang), re.IGNORECASE | re.MULTILINE)
    item = re.compile(rf"(?P<d>{DAY_NUMBER})(?P<o>" + ordinal_ending(lang) + r")?"
                      r"(?:[^\S\n]{0,2}[-–—:.])?[^\S\n]{1,3}(?-i:[A-Z])[^;,\n]*(?P<sep>[;,][^\S\n]{0,3})?",
                      re.IGNORECASE)
    return lead, item


def _heads(text: str, lead: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """What ``lead.finditer(text)`` finds, the pattern tried only at the line starts, where its ``^``
    holds: the engine tried a pattern opening with ``^`` at every character of the text, and
    ``str.find`` goes from line break to line break at memory speed. A match ends on its own line,
    so none holds the start of the next."""
    at = 0
    while at >= 0:
        head = lead.match(text, at)
        if head is not None:
            yield head
        at = text.find("\n", at)
        at = at + 1 if at >= 0 else -1


def read(text: str, lang: str) -> list[MonthDays]:
    """Each item of a "Month: 3rd ...; 17th ..." line as a day of that month, by lines."""
    lead, item = _patterns(lang)
    out: list[MonthDays] = []
    for head in _heads(text, lead):
        days: list[Day] = []
        pos = head.end()
        while (found := item.match(text, pos)) is not None:
            day = int(found.group("d"))
            if days and day <= days[-1].number:
                break
            days.append(Day(found.start("d"), found.end("o") if found.group("o") else found.end("d"), day))
            if not found.group("sep"):
                break
            pos = found.end()
        if not any(text[d.start:d.end][-1:].isalpha() for d in days):
            continue        # "January: 12 Adults, 30 Children": counts; a programme writes "3rd", "17th"
        out.append(MonthDays(Month.written(head, lang), days))
    return out


MONTH_LINES = Layout("a month's line of days", ":", read)
