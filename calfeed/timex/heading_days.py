"""Day numbers listed under a month heading: "August" on its own line, then "14: Crystal Palace (h) – 3pm".

Fixture lists, term calendars and club programmes write the month once as a heading and open each
line below it with the day ("14:", "21 –", "3rd."), or with the day or days and a weekday column
("28 Wednesday Classes begin", "14-27 Wed.-Tues. New students arrive"). Each such day is a date of
the heading's month (and year, when the heading writes one). Two or more day lines, in order, make
the list (or one with its weekday column, or one under each of a run of headings). The day may
also stand plainly before the row's words ("*11 Veterans' Day", "26-29 Thanksgiving Recess"), or
alone over its words' line; three plain rows 1, 2, 3 are a numbered list. A row that writes its own month ("Oct 28-Nov 8 Mon.-Fri.
Advising") is passed over; the heading alone stays a month. Without this the month and the first line's day read as one date
across the line break ("August\\n14") and the other days are lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from calfeed.timex.lexicon import ordinal_ending
from calfeed.timex.month_then_days import DAY_NUMBER, MONTH_WORD, Day, Layout, Month, MonthDays, counts_up_from_one

_MIN_LINES = 2


@dataclass(frozen=True, slots=True)
class _DayLine:
    """A day row: its day (span: the day number or range), and how it was written, which decides
    whether one row alone, or rows 1, 2, 3, make a list."""

    day: Day
    weekday: bool       # a weekday column ("28 Wednesday Classes begin") or the label glued on ("26thFirst Day")
    plain: bool = False  # no colon, dash or weekday after the day: "*11 Veterans' Day", or "30" over its words


@dataclass(frozen=True, slots=True)
class _Block:
    days: list[_DayLine]
    stop: int           # where the reading stopped: the line after the block's last row


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
    heading = re.compile(expand(r"^[^\S\n]{0,8}(?:#{1,4}[^\S\n]{1,3})?" + MONTH_WORD +
                                r"(?:[^\S\n]{1,3}\([^()\n]{1,40}\))?[^\S\n]{0,3}:?[^\S\n]{0,3}$", lang), re.IGNORECASE | re.MULTILINE)
    # "14: Crystal Palace", "3rd. Quiz night", "30-31 - no classes"; a day (or days) with its weekday
    # column: "28 Wednesday Classes begin", "14-27 Wed.-Tues. New students arrive"; or, written
    # plainly, a day (or days, starred or bulleted) and the row's words: "*11 Veterans' Day",
    # "26-29 Thanksgiving Recess", "22 8th Grade Graduation", "29 11:00 Dismissal", "20 9am Sports day",
    # or the day alone over its words' line
    line = re.compile(expand(
        rf"[^\S\n]{{0,8}}(?:[-*•][^\S\n]{{0,3}})?(?P<d>{DAY_NUMBER}){ends}?"
        rf"(?:[^\S\n]{{0,2}}[-–][^\S\n]{{0,2}}(?P<d2>{DAY_NUMBER}){ends}?(?!\d))?"
        rf"(?:[^\S\n]{{1,3}}(?P<wd>%weekday)\.?(?![\w])"
        rf"|[^\S\n]{{0,2}}(?::|[-–—])[^\S\n]{{1,3}}(?=[^\s\d])"
        rf"|(?P<plain>[^\S\n]{{1,3}}(?!%month\.?(?![\w]))(?=[^\W\d_]|\d{{1,2}}(?:[:.]\d\d(?!\d)|[^\W\d_])))"
        rf"|(?P<bare>[^\S\n]{{0,3}}(?=\n|\Z))"
        # "26thFirst Day of the Semester", "28th-29thThanksgiving Break": an ordinal glued to its label
        rf"|(?<=[^\W\d])(?:[-–](?P<g2>{DAY_NUMBER}){ends})?(?P<glued>(?-i:[A-Z])))[^\n]*", lang), re.IGNORECASE)
    # a row that writes its own month ("Oct 28-Nov 8 Mon.-Fri. Advising", "3/31-4/11 Mon.-Sat."):
    # no day of the heading's month, and no end of its list
    dated = re.compile(expand(r"[^\S\n]{0,8}(?:%month\.?[^\S\n]{1,3}\d|\d{1,2}/\d{1,2}(?!\d))[^\n]*", lang),
                       re.IGNORECASE)
    return heading, line, dated


def _plain_row(text: str, match: re.Match[str], heading: re.Pattern[str], line: re.Pattern[str]) -> bool:
    """Whether a day written plainly is a row's day and no count or list number: its words open
    with a capital or a digit ("22 8th Grade Graduation", "29 11:00 Dismissal"; "2 tickets left" is
    a count); a day alone on its line has a line of words below it that is neither a heading nor another day."""
    if match.group("plain") is not None:
        first = text[match.end("plain"):match.end("plain") + 1]
        return first.isupper() or first.isdigit()
    below = _next_line(text, match.end())
    if below >= len(text) or heading.match(text, below) or line.match(text, below):
        return False
    return text[below].isalpha()


def _next_line(text: str, pos: int) -> int:
    """The start of the first non-blank line after ``pos`` (a line end)."""
    while pos < len(text) and text[pos] in "\n \t":
        pos += 1
    return pos


def _numbered(days: list[_DayLine]) -> bool:
    """A numbered list read as days: "1 Welcome", "2 Reports", "3 Any other business" (three or more
    plain rows counting up by one from 1, no ranges)."""
    return all(d.plain and d.day.last is None for d in days) and counts_up_from_one([d.day.number for d in days])


def _day_lines(text: str, start: int, line: re.Pattern[str], dated: re.Pattern[str],
               heading: re.Pattern[str]) -> _Block:
    """The day lines after a heading ending at ``start``, in order (a day may repeat: two rows
    of one day), passing over rows that write their own month."""
    found: list[_DayLine] = []
    pos = start
    while pos < len(text) and text[pos] == "\n":
        nxt = pos + 1
        while nxt < len(text) and text[nxt] == "\n":     # blank lines between items
            nxt += 1
        match = line.match(text, nxt)
        plain = match is not None and (match.group("plain") is not None or match.group("bare") is not None)
        if match is None or (plain and not _plain_row(text, match, heading, line)):
            own = dated.match(text, nxt)
            if own is None:
                break
            pos = own.end()
            continue
        day = int(match.group("d"))
        second = match.group("d2") or match.group("g2")
        last = int(second) if second else None
        if found and (day < found[-1].day.number or (day == found[-1].day.number and not (match.group("wd") or plain))) \
                or (last is not None and last <= day):
            break
        end = (match.start("glued") if match.group("glued")
               else match.end("d2") if match.group("d2") else match.end("d"))
        found.append(_DayLine(Day(match.start("d"), end, day, last), bool(match.group("wd") or match.group("glued")),
                              plain))
        pos = match.end()
        if match.group("bare") is not None:       # the row's words: the line below the day
            pos = text.find("\n", _next_line(text, pos))
            pos = len(text) if pos < 0 else pos
    if _numbered(found):
        return _Block([], start)
    return _Block(found, pos)


def _single_rows_kept(blocks: list[tuple[re.Match[str], _Block]], text: str) -> set[int]:
    """The headings whose one plain row is a list's row all the same: a calendar that writes a
    month heading over each of its few rows ("January" / "30" / "First day of Spring Semester" /
    "February" / ...). Such a block is kept when the next heading opens the line after it, or it
    opens the line after the block before, and that block has rows."""
    kept: set[int] = set()
    for i in range(len(blocks) - 1):
        (_, this), (head, after) = blocks[i], blocks[i + 1]
        if this.days and after.days and _next_line(text, this.stop) == _next_line(text, head.start()):
            kept.update((i, i + 1))
    return kept


def read(text: str, lang: str) -> list[MonthDays]:
    """The day lines under month headings, each block a month and its days."""
    heading, line, dated = _patterns(lang)
    blocks = [(head, _day_lines(text, head.end(), line, dated, heading)) for head in _headings(text, lang)]
    chained = _single_rows_kept(blocks, text)
    out: list[MonthDays] = []
    for i, (head, block) in enumerate(blocks):
        days = block.days
        if len(days) < _MIN_LINES and not (days and (days[0].weekday or i in chained)):
            continue            # one day line is a list only with its weekday column, or among other months' rows
        out.append(MonthDays(Month.written(head, lang), [d.day for d in days]))
    return out


HEADING_ROWS = Layout("month heading over day rows", "\n", read)
