"""Weekly activity timetables written in weekday blocks, as village halls, clubs and parishes print
them under "Our weekly activities continue":

    Monday; Art class 10.30-12.30am
            Creative writing is starting on 11th sept, 2.30-4.30pm (fortnightly)
            Tai Chi 5.30-6.30pm
    Tuesday; Total fitness 9.45-10.45am

The tagger reads the weekday as one coming day and each clock as a time on it, so the rows became
one-offs of one week, and the rows whose clock came with a day of their own left the block. Here a
line that opens with one weekday (no day number, no clock of its own) followed by nothing or a
separator heads a block, and it and the lines under it that each hold a clock (up to a blank line or
the next weekday) are its rows. Under a lead-in (one of the few lines above the first block) holding
a word of weekday_block_cues ("weekly", "regular"), each row is a weekly series on its block's weekday
at its own hours, named by its words before the first date, cut at weekday_block_title_stops ("is
starting on"). A "fortnightly" in the row (a SET of two weeks) makes it every two weeks; a day written
in the row ("starting 14th Sept", "is starting on 11th sept, 2.30-4.30pm") is its first session and no
entry of its own. A row that names a monthly series ("3rd Wed in month") is left to the series readers.
Without the cue the blocks are one week's programme (a festival week) and stay one-offs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_hours import WEEKDAY_HOURS_RULE
from calfeed.events.weekly_lines import SlotName
from calfeed.model import Interval, Timex
from calfeed.rrules import WEEKDAY_CODES
from calfeed.text import by_line_start, line_end, lines_above
from calfeed.timex.rawvalue import BARE_WEEKDAY

BLOCK_RULE = "+weekday_block"
MAX_LEAD_LINES = 3          # non-blank lines above the first block searched for the weekly cue
MAX_ROWS = 8                # rows read under one weekday
MAX_TITLE_WORDS = 8
_CLOCK = re.compile(r"(?:XXXX-XX-XX|XXXX-\d\d-\d\d)T(\d\d):(\d\d)(?:;to=(?:XXXX-XX-XX|XXXX-\d\d-\d\d)T(\d\d):(\d\d))?")
_EVERY_WEEKS = re.compile(r"P([1-3])W")
_DAY_CLOCK = re.compile(r"XXXX-\d\d-\d\d")        # a clock the tagger put on a written day
_NOT_CUE_CHAR = re.compile(r"[^\w'\s-]")           # what parts a lead-in's words for the cue look-up
_HEAD_MARKS = " \t•*-"
_SEPARATORS = ";:–-,"
_TRIM = " \t•*-–—:;,(/"


@dataclass(frozen=True)
class _Row:
    begin: int                 # where the row's words start (past its weekday on a heading line)
    dates: list[Timex]         # the row's dates, in order


def weekday_blocks(text: str, ordered: list[Timex], reference: date | None
                   ) -> tuple[list[Timex], dict[int, SlotName]]:
    """``ordered`` with each row of a weekly weekday block made a weekly series (its weekday heading,
    its "fortnightly" and its start day dropped), and the names of the rows by their start."""
    if reference is None or "\n" not in text:
        return ordered, {}
    by_line = by_line_start(text, ordered)
    changed: dict[int, Timex] = {}
    dropped: set[int] = set()
    names: dict[int, SlotName] = {}
    cued_from: int | None = None       # where the run of blocks under the last cue found continues
    for line_start in sorted(by_line):
        on_line = by_line[line_start]
        day = _heading_day(text, line_start, on_line)
        if day is None or id(on_line[0]) in dropped:
            continue
        rows = _rows(text, line_start, on_line, by_line)
        if not rows:
            continue
        if cued_from != line_start and not _cued(text, line_start):
            continue
        for row in rows:
            _read_row(text, row, day, reference, changed, dropped, names)
        dropped.add(id(on_line[0]))
        cued_from = _next_block(text, _row_end(text, rows[-1]))
    if not changed:
        return ordered, {}
    return [changed.get(id(t), t) for t in ordered if id(t) not in dropped], names


def _heading_day(text: str, line_start: int, on_line: list[Timex]) -> int | None:
    """The weekday (0 = Monday) a line opens with as a block's heading, or None."""
    first = on_line[0]
    found = BARE_WEEKDAY.fullmatch(first.raw_value or "")
    if found is None or first.type != "DATE" or text[line_start:first.start].strip(_HEAD_MARKS):
        return None
    end = line_end(text, line_start)
    after = text[first.end:end].lstrip(" \t")
    if after and after[0] not in _SEPARATORS:
        return None
    return int(found.group(1)) - 1


def _rows(text: str, line_start: int, on_line: list[Timex], by_line: dict[int, list[Timex]]) -> list[_Row]:
    """The heading line's own row (when it holds a clock) and the lines under it that each hold one,
    up to a blank line or a line opening with another weekday."""
    rows: list[_Row] = []
    head = on_line[0]
    if len(on_line) > 1:
        if not _has_clock(on_line[1:]):
            return []
        begin = head.end
        while begin < len(text) and text[begin] in " \t" + _SEPARATORS:
            begin += 1
        rows.append(_Row(begin, on_line[1:]))
    cursor = line_end(text, line_start) + 1
    while cursor < len(text) and len(rows) < MAX_ROWS:
        end = line_end(text, cursor)
        if not text[cursor:end].strip():
            break
        dates = by_line.get(cursor, [])
        if not dates or _heading_day(text, cursor, dates) is not None or not _has_clock(dates):
            break
        begin = cursor
        while begin < end and text[begin] in _HEAD_MARKS:
            begin += 1
        rows.append(_Row(begin, dates))
        cursor = end + 1
    return rows


def _has_clock(dates: list[Timex]) -> bool:
    return any(t.type == "TIME" and _CLOCK.fullmatch(t.raw_value or "") for t in dates)


def _cued(text: str, line_start: int) -> bool:
    """One of the few non-blank lines above says the activities run weekly."""
    cues = word_list("weekday_block_cues")
    seen = 0
    for a, b in lines_above(text, line_start, 3 * MAX_LEAD_LINES):
        line = text[a:b].strip().lower()
        if not line:
            continue
        padded = " " + _NOT_CUE_CHAR.sub(" ", line) + " "
        if any(f" {cue} " in padded for cue in cues):
            return True
        seen += 1
        if seen >= MAX_LEAD_LINES:
            break
    return False


def _read_row(text: str, row: _Row, day: int, reference: date, changed: dict[int, Timex], dropped: set[int],
              names: dict[int, SlotName]) -> None:
    """The row as a weekly series on ``day``, from its own start day (else the page's date)."""
    if any(t.type == "SET" and (t.rrule or "").startswith("FREQ=MONTHLY") for t in row.dates):
        return                 # "Floral Arts: 2.00-4.00pm (3rd Wed in month)": a monthly series' row
    clock = next(t for t in row.dates if t.type == "TIME" and _CLOCK.fullmatch(t.raw_value or ""))
    hours = _CLOCK.fullmatch(clock.raw_value)
    weeks = 1
    start_day: date | None = None
    for timex in row.dates:
        every = _EVERY_WEEKS.fullmatch(timex.raw_value or timex.value) if timex.type == "SET" else None
        if every is not None:
            weeks = int(every.group(1))
            dropped.add(id(timex))
        elif timex is not clock and timex.type == "DATE" and timex.interval is not None \
                and timex.interval.granularity == "day":
            start_day = timex.interval.start.date()
            dropped.add(id(timex))
    if clock.interval is not None and _DAY_CLOCK.match(clock.raw_value):
        start_day = clock.interval.start.date()     # "is starting on 11th sept, 2.30-4.30pm"
    from_day = start_day or reference
    first = from_day + timedelta(days=(day - from_day.weekday()) % 7)
    begin = datetime(first.year, first.month, first.day, int(hours.group(1)), int(hours.group(2)))
    end_interval = None
    if hours.group(3) is not None:
        last = datetime(first.year, first.month, first.day, int(hours.group(3)), int(hours.group(4)))
        if last > begin:
            end_interval = Interval(last, last + timedelta(minutes=1), "minute")
    rule = f"FREQ=WEEKLY;BYDAY={WEEKDAY_CODES[day]}" + (f";INTERVAL={weeks}" if weeks > 1 else "")
    changed[id(clock)] = replace(clock, type="SET", value=f"XXXX-WXX-{day + 1}T{begin:%H:%M}", rrule=rule,
                                 interval=Interval(begin, begin + timedelta(minutes=1), "minute"),
                                 end_interval=end_interval, problem=None,
                                 rule=f"{clock.rule}{BLOCK_RULE}{WEEKDAY_HOURS_RULE}")
    title = _title(text, row)
    if title:
        names[clock.start] = SlotName(title, None)


def _title(text: str, row: _Row) -> str | None:
    """The row's words before its first date, cut before a stop word ("Creative writing/poetry is
    starting on" -> "Creative writing/poetry")."""
    stops = word_list("weekday_block_title_stops")
    words: list[str] = []
    for word in text[row.begin:row.dates[0].start].split():
        if word.lower().strip(",") in stops:
            break
        words.append(word)
    name = " ".join(words).strip(_TRIM)
    return name if name and len(name.split()) <= MAX_TITLE_WORDS else None


def _row_end(text: str, row: _Row) -> int:
    return line_end(text, row.dates[-1].start)


def _next_block(text: str, end: int) -> int | None:
    """Where the next line with words after ``end`` starts (the next block of one run)."""
    cursor = end + 1
    while cursor < len(text):
        stop = line_end(text, cursor)
        if text[cursor:stop].strip():
            return cursor
        cursor = stop + 1
    return None
