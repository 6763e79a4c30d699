"""Weekday rows under a stretch of days: opening hours, sitting times and timetables that hold
for part of the year.

    April 12 to May 14:
      • Monday and Tuesday 1:30 p.m. – 10:30 p.m.
      • Friday 10:00 a.m. – 1:00 p.m.

    Summer opening hours: 1 June–31 August
    Monday–Sunday 10am–5pm

The tagger reads each weekday as one day near the document's date and the stretch as one long
entry. Here each row (weekdays joined by span or list links, or a word for a set of them, then a
clock) is a weekly series on those weekdays at that clock, from the first of them on or after the
stretch's first day, until its last day; a row whose days fall only once in the stretch is that
one day ("For the week of April 6:" / "Saturday 10:00 a.m."). Over hours rows (no names of their
own) a heading line's stretch makes no entry: it bounds them. A festival's stretch over its
programme ("Friday 6pm Opening concert") or a sentence's ("The exhibition runs from 3 June to 12
September.") stays an entry. A named row whose weekday falls more than once in the stretch
("Exhibition: 3 June – 12 September" / "Tuesday 7pm Curator talk") is one occasion on a day the
page does not say: it goes to the report, not into a weekly series. A row marked closed ("Monday closed.") gives nothing. The rows are named by the heading's own words ("Summer opening hours"), else by the
nearest title line above ("Sitting Days and Times").

A heading is a line whose only day-level date is a stretch of days written with its month (a
weekday pair is a row, not a heading); its rows follow it, blank lines aside, or share its line
after it. One label line ("After Camp") may stand between the heading and its first row, but no
sentence or question ("How can I follow the day?"). The rows stop at the first line that is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from calfeed.events.guessed_years import year_written
from calfeed.events.timing import last_day
from calfeed.timex.lexicon import load_table
from calfeed.events.vocabulary import table, word_list
from calfeed.events.weekly_lines import RANGED_RULE, WEEKDAY, SlotName, programme_title
from calfeed.model import Interval, Timex
from calfeed.rrules import WEEKDAY_CODES
from calfeed.text import SENTENCE_MARKS, by_line_start, line_end

MAX_ROWS = 8              # rows read under one heading
MAX_LABEL_LINES = 1       # "After Camp" between the heading and its first row
MAX_TITLE_WORDS = 8
MIN_DAYS = 2              # a stretch shorter than this is one day, no heading
_TRIM = " \t•*·-–—:;,.()[]|#_"


@dataclass(frozen=True)
class Row:
    days: tuple[int, ...]          # weekday numbers, Monday = 0
    clock: Timex | None            # the timex holding the row's clock; None for a closed row
    used: tuple[Timex, ...]        # the row's weekday and clock timexes
    label: tuple[int, int] | None  # the row's words before its first day
    name: str | None = None        # the row's words after its clock ("Opening concert"), brackets aside


@lru_cache(maxsize=None)
def _groups() -> dict[str, tuple[int, ...]]:
    return {row["words"]: tuple(WEEKDAY_CODES.index(c) for c in row["days"].split(","))
            for row in table("weekday_groups")}


@dataclass(frozen=True)
class RangedRows:
    ordered: list[Timex]               # the rows made series, their other weekdays dropped
    names: dict[int, SlotName]         # the rows' names by their series' start
    headings: set[int]                 # ids of the stretches that bound rows: no entries of their own
    unplaced: set[int] = field(default_factory=set)   # ids of named rows' clocks the stretch leaves on no one day
    yearless: set[tuple[int, int]] = field(default_factory=set)   # spans of series bounded by a stretch that writes no year


def ranged_rows(text: str, ordered: list[Timex]) -> RangedRows:
    """``ordered`` with each weekday row under a stretch of days made a series bounded by it (or
    the one day it falls on) and the rows' other weekdays dropped; the stretch stays in the list
    (other readers place lines by it) but is named as a heading, no day of its own."""
    by_line = by_line_start(text, ordered)
    changed: dict[int, Timex] = {}
    dropped: set[int] = set()
    names: dict[int, SlotName] = {}
    headings: set[int] = set()
    unplaced: set[int] = set()
    yearless: set[tuple[int, int]] = set()
    for begin, line_timexes in by_line.items():
        heading = _heading(text, begin, line_timexes)
        if heading is None or id(heading) in dropped:
            continue
        rows = _rows_under(text, begin, heading, line_timexes, by_line)
        if not any(row.clock is not None for row in rows):
            continue
        first, last = heading.interval.start.date(), last_day(heading.span.end)
        made: list[tuple[Row, Timex]] = []
        named_once: list[Row] = []        # "Tuesday 7pm Curator talk" over a whole summer: which Tuesday?
        for row in rows:
            series = _bounded(row, heading, first, last) if row.clock is not None else None
            if series is not None and row.name and series.rrule is not None:
                named_once.append(row)
            elif series is not None:
                made.append((row, series))
        if not made and not named_once:
            continue
        sentence = _sentence(text, begin, heading)
        title = ((_label_line(text, begin, rows) if sentence else None)     # "... will sit from" / "Sitting hours:"
                 or _heading_title(text, begin, heading) or programme_title(text, begin, frozenset(by_line))
                 or _page_title(text))
        if not sentence and not named_once and not any(row.name for row, _ in made):
            headings.add(id(heading))     # hours rows under a heading line: the stretch only bounds them
        for row in rows:
            if row.clock is None:         # "Monday closed.": its weekday is no day of its own
                dropped.update(id(t) for t in row.used)
        for row, series in made:
            dropped.update(id(t) for t in row.used if t is not row.clock)
            changed[id(row.clock)] = series
            names[row.clock.start] = SlotName(row.name or title, row.label)
            if series.rrule is not None and not year_written(heading):
                yearless.add((row.clock.start, row.clock.end))
        for row in named_once:
            dropped.update(id(t) for t in row.used if t is not row.clock)
            unplaced.add(id(row.clock))
    return RangedRows([changed.get(id(t), t) for t in ordered if id(t) not in dropped], names, headings,
                      unplaced, yearless)


def _heading(text: str, begin: int, line_timexes: list[Timex]) -> Timex | None:
    """The line's stretch of days written with its month, when no other day or clock stands
    before it on the line ("Summer opening hours: 1 June–31 August", "April 12 to May 14:")."""
    for k, timex in enumerate(line_timexes):
        span = timex.span
        if timex.type == "DATE" and span is not None and span.granularity in ("day", "week") \
                and not timex.approximate and not (timex.raw_value or "").startswith("XXXX-WXX") \
                and (last_day(span.end) - span.start.date()).days + 1 >= MIN_DAYS:
            if any(_dayish(t) for t in line_timexes[:k]):
                return None
            return timex
        if _dayish(timex):
            return None
    return None


def _sentence(text: str, begin: int, heading: Timex) -> bool:
    """The heading's line is a sentence ("The exhibition runs from 3 June to 12 September."), whose
    stretch is an occasion of its own, not a heading over hours."""
    line = text[begin:line_end(text, begin)].strip()
    words = [w.strip(_TRIM) for w in text[begin:heading.start].split() if w.strip(_TRIM)]
    return line.endswith(SENTENCE_MARKS) or len(words) > MAX_TITLE_WORDS \
        or any(w[:1].islower() and w.lower() not in word_list("range_heading_leads") for w in words[1:])


def _dayish(timex: Timex) -> bool:
    return timex.type == "TIME" or (timex.type == "DATE" and timex.interval is not None
                                    and timex.interval.granularity in ("day", "week"))


def _rows_under(text: str, begin: int, heading: Timex, line_timexes: list[Timex],
                by_line: dict[int, list[Timex]]) -> list[Row]:
    """The rows on the heading's line after it, or else on the lines below it."""
    end = line_end(text, begin)
    rest = [t for t in line_timexes if t.start >= heading.end]
    rows: list[Row] = []
    skipped = MAX_LABEL_LINES if rest else 0
    if rest:
        row = _row(text, heading.end, end, rest)
        if row is None:
            return []
        rows.append(row)
    cursor = end + 1
    while cursor < len(text) and len(rows) < MAX_ROWS:
        stop = line_end(text, cursor)
        if text[cursor:stop].strip(_TRIM + "\u00a0"):
            row = _row(text, cursor, stop, by_line.get(cursor, []))
            if row is None:
                if rows or skipped >= MAX_LABEL_LINES or by_line.get(cursor) \
                        or text[cursor:stop].rstrip(" \t*_\u00a0").endswith(SENTENCE_MARKS):
                    break        # a sentence or a question ("How can I follow it?") is no label line
                skipped += 1
            else:
                rows.append(row)
        cursor = stop + 1
    return rows


def _label_line(text: str, begin: int, rows: list[Row]) -> str | None:
    """The short line between a sentence stating the stretch and its first row ("The House will
    sit from March 8 to April 29." / "Sitting hours:"): the rows' name."""
    first = min((t.start for row in rows for t in row.used), default=None)
    if first is None:
        return None
    between = text[line_end(text, begin) + 1:text.rfind("\n", 0, first) + 1]
    lines = [line.strip(_TRIM + "\u00a0") for line in between.split("\n") if line.strip(_TRIM + "\u00a0")]
    if len(lines) != 1 or len(lines[0].split()) > MAX_TITLE_WORDS or lines[0][-1:] in ".!?":
        return None
    return lines[0]


def _row(text: str, begin: int, end: int, timexes: list[Timex]) -> Row | None:
    """The line as an hours row: weekdays (or a word for a set of them), then a clock or a word
    saying it is closed; None for any other line. Clocks in brackets ("(recess from 5:00 p.m. to
    7:00 p.m.)") are notes on the row."""
    days: list[int] = []
    used: list[Timex] = []
    clock: Timex | None = None
    label: tuple[int, int] | None = None
    cursor = begin
    for timex in timexes:
        if _bracketed(text, begin, timex.start):
            continue
        gap = text[cursor:timex.start]
        weekday = WEEKDAY.fullmatch(timex.raw_value or timex.value) if timex.type in ("DATE", "TIME") else None
        group = _groups().get(" ".join(timex.text.lower().split()))
        if weekday is not None or group is not None:
            if clock is not None:
                return None                     # a second row on the line
            if days:
                link = _link(gap)
                if link is None:
                    return None
            else:
                label, link = _label(text, cursor, timex.start), "list"
                if label is not None and not _row_label(text[label[0]:label[1]]):
                    return None                 # "Volunteers will be needed on Tuesday at 10am": a sentence
            if group is not None:
                new = list(group)
                label = label or (timex.start, timex.end)     # "Daily": the row names itself so
            else:
                first, start_clock, last, _ = weekday.groups()
                new = _span(int(first) - 1, int(last) - 1) if last and not start_clock else [int(first) - 1]
                if start_clock is not None:
                    clock = timex
            if link == "span" and days:
                new = _span(days[-1], new[0])[1:] + new[1:]
            days += [d for d in new if d not in days]
            used.append(timex)
        elif timex.type == "TIME" and clock is None and (days or _group_gap(gap) is not None
                                                          or _written_days(gap) is not None):
            if not days and _group_gap(gap) is not None:
                days = list(_group_gap(gap))
                label = _label(text, cursor, timex.start)     # "Weekdays", "Weekends": the row's name
            elif not days:
                days = list(_written_days(gap))             # "Mon, Wed, Fri: 9am – 12pm": untagged short names
            elif not _clock_gap(gap):
                return None
            clock = timex
            used.append(timex)
        elif clock is None:
            return None
        cursor = timex.end
    if not days:
        return None
    if clock is None:
        tail = {w.strip(_TRIM).lower() for w in text[cursor:end].split()}
        if not tail & word_list("closing_words"):
            return None
    elif len(days) == 1 and _prose_tail(text[cursor:end]):
        return None       # "On Sunday, starting at 8:30 p.m., the match between ... will take place ...": prose
        # (a set of days, "Every day from 9:00 to 14:00, the lanes will be closed", stays the stretch's hours)
    return Row(tuple(days), clock, tuple(used), label, _tail_name(text[cursor:end]) if clock is not None else None)


_BRACKETS = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")


def _tail_name(tail: str) -> str | None:
    """The words a row writes after its clock ("Friday 6pm Opening concert"), a bracketed note
    ("(recess from 5:00 p.m. to 7:00 p.m.)") and list marks aside: the row's own name."""
    words = [w for w in _BRACKETS.sub(" ", tail).replace("//", " ").split() if w.strip(_TRIM)]
    if not words or len(words) > MAX_TITLE_WORDS or not any(w[:1].isalpha() for w in words):
        return None
    if {w.strip(_TRIM).lower() for w in words} <= word_list("closing_words"):
        return None
    return " ".join(words).strip(_TRIM)


def _prose_tail(tail: str) -> bool:
    """What a line writes after its clock is a sentence's rest, not a row's name: more words than
    a name (notes in brackets aside), up to a sentence mark at the line's end. A line of one
    weekday so written tells that day's own event, not the hours of the stretch above it."""
    return (tail.rstrip(" \t*_\u00a0").endswith(SENTENCE_MARKS)
            and len([w for w in _BRACKETS.sub(" ", tail).split() if w.strip(_TRIM)]) > MAX_TITLE_WORDS)


def _row_label(label: str) -> bool:
    """A row's label is a short name ("Sitting", "Main pool"), not the start of a sentence:
    every word capitalised or a joiner ("Pool and Spa")."""
    words = label.split()
    joiners = word_list("row_joiners")
    return len(words) <= MAX_TITLE_WORDS and all(w[0].isupper() or not w[0].isalpha() or w.lower() in joiners
                                                 for w in words)


def _bracketed(text: str, begin: int, at: int) -> bool:
    before = text[begin:at]
    return before.count("(") > before.count(")")


def _link(gap: str) -> str | None:
    words = gap.split()
    if not words:
        return "list"
    if len(words) == 1 and words[0].lower() in word_list("hours_span_links"):
        return "span"
    if all(w.lower() in word_list("hours_list_links") for w in words):
        return "list"
    return None


def _clock_gap(gap: str) -> bool:
    return all(w.lower() in word_list("hours_clock_leads") for w in gap.split())


def _group_gap(gap: str) -> tuple[int, ...] | None:
    """The days a row's words before its clock stand for ("Weekdays 3pm – 8pm")."""
    return _groups().get(" ".join(gap.strip(_TRIM).lower().split()))


_TOKENS = re.compile(r"[A-Za-z]+\.?|[^\sA-Za-z]")


@lru_cache(maxsize=None)
def _weekday_words() -> dict[str, tuple[int, bool]]:
    """The tagger's weekday names and short names: Monday = 0, and whether only a capitalised
    form counts ("Sat", "Wed")."""
    return {row["word"]: (int(row["iso"]) - 1, row.get("case") == "cap") for row in load_table("en", "weekdays")}


def _written_days(gap: str) -> tuple[int, ...] | None:
    """The days of a row's words before its clock when they are only weekday names and links
    ("Mon, Wed, Fri:", "Tue – Sat"); None for anything else."""
    days: list[int] = []
    span = False
    for token in _TOKENS.findall(gap.strip(_TRIM.replace("-", "").replace("–", ""))):
        word = token.rstrip(".")
        known = _weekday_words().get(word.lower())
        if known is not None and (word[:1].isupper() or not known[1]):
            new = _span(days[-1], known[0])[1:] if span and days else [known[0]]
            days += [d for d in new if d not in days]
            span = False
        elif token.lower() in word_list("hours_span_links") and days:
            span = True
        elif token.lower() not in word_list("hours_list_links") or not days:
            return None
    return tuple(days) if days and not span else None


def _label(text: str, begin: int, end: int) -> tuple[int, int] | None:
    a, b = begin, end
    while a < b and text[a] in _TRIM + "\u00a0":
        a += 1
    while b > a and text[b - 1] in _TRIM + "\u00a0":
        b -= 1
    return (a, b) if b > a else None


def _span(first: int, last: int) -> list[int]:
    """Monday = 0: "Friday to Monday" runs over the weekend."""
    return [(first + k) % 7 for k in range((last - first) % 7 + 1)]


def _heading_title(text: str, begin: int, heading: Timex) -> str | None:
    """The heading line's own words before its stretch ("Summer opening hours", "Summer
    Session1"): a short name, not a sentence and not only lead words ("For the week of")."""
    words = [w.strip(_TRIM) for w in text[begin:heading.start].split()]
    words = [w for w in words if w]
    leads = word_list("range_heading_leads")
    if not words or len(words) > MAX_TITLE_WORDS or all(w.lower() in leads for w in words):
        return None
    if not words[0][:1].isupper():
        return None
    return " ".join(words)


def _page_title(text: str) -> str | None:
    """The document's first line when it is a short title ("Pool Hours", "Opening hours")."""
    first = text.lstrip().split("\n", 1)[0].strip(_TRIM)
    words = first.split()
    if not words or len(words) > MAX_TITLE_WORDS or first[-1:] in ".!?,;" or any(c.isdigit() for c in first):
        return None
    return first


def _bounded(row: Row, heading: Timex, first: date, last: date) -> Timex | None:
    """The row's clock as a weekly series from the first of its days on or after ``first``
    until ``last``, or as the one day when only one falls between; as doubtful as the heading
    or the clock is."""
    clock = row.clock
    if clock is None or clock.interval is None or clock.interval.granularity != "minute":
        return None
    at = clock.interval.start.time()
    days = sorted(first + timedelta(days=k) for k in range((last - first).days + 1)
                  if (first + timedelta(days=k)).weekday() in row.days)
    if not days:
        return None
    start = datetime.combine(days[0], at)
    end_interval = None
    own = clock.end_interval
    if own is not None and own.granularity == "minute" and own.start.date() == clock.interval.start.date():
        until = datetime.combine(days[0], own.start.time())
        end_interval = Interval(until, until + timedelta(minutes=1), "minute")
    interval = Interval(start, start + timedelta(minutes=1), "minute")
    clock = replace(clock, approximate=heading.approximate or clock.approximate)
    if len(days) == 1:
        return replace(clock, type="TIME", value=f"{days[0].isoformat()}T{at:%H:%M}", rrule=None,
                       interval=interval, end_interval=end_interval, rule=clock.rule + RANGED_RULE)
    byday = ",".join(WEEKDAY_CODES[d] for d in sorted(row.days))
    rule = f"FREQ=WEEKLY;BYDAY={byday};UNTIL={last:%Y%m%d}T235959"
    return replace(clock, type="SET", value=f"XXXX-WXX-{days[0].isoweekday()}T{at:%H:%M}", rrule=rule,
                   interval=interval, end_interval=end_interval, rule=clock.rule + RANGED_RULE)
