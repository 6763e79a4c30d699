"""A timetable headed by the day it holds from: "Jumuah Salah Times from 4th Dec 2020" over
"English Bayan: 12.30pm" / "Arabic Khutbah: 12.45pm"; "Sunday Mass times from 3 November 2024"
over "8am" / "10.30am"; "Winter service times, starting Sunday 3 November" over its clock rows.

The tagger puts every clock of such rows on the header's day, so the page would give one-offs on
that day. But a header that names a timetable (timetable_heads: "times", "schedule") and ends
with an effective lead and a day ("from", "starting": effective_leads) says from when the times
hold: each clock row under it is a weekly series on the timetable's weekday, from that day on.
The weekday is the one the header or the rows name: a weekday written in the header ("Sunday
Mass times", "starting Sunday 3 November") or a service whose name says its weekday
(weekday_services: "Jumuah" is Friday's). A header with no weekday (opening hours "from 1 April"
over "10am-5pm") says nothing of which days, and is left alone.

Rows are read while the lines below are short labelled clocks ("Arabic Khutbah: 1.15pm"), group
labels with no clock ("First Jumuah:", "No English Bayan") or the header written again; a
sentence, a dated line or a blank line followed by prose ends the timetable. The header's day is
the series' first day, not an entry of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from calfeed.events.vocabulary import table, word_list
from calfeed.events.weekday_words import weekday_numbers
from calfeed.events.weekly_lines import (WEEKDAY, Slot, SlotName, row_slots, slot_name, weekly_series,
                                         without_schedule_word)
from calfeed.events.words import APOSTROPHE_WORD, plural_stems
from calfeed.model import Timex
from calfeed.rrules import WEEKDAY_CODES
from calfeed.text import by_line_start, line_bounds, only_marks
from calfeed.timex.rawvalue import BARE_CLOCK

MAX_HEADER_WORDS = 12
MAX_LABEL_WORDS = 6
MAX_ROW_LINES = 10
_MARKS = " \t*_#:-–—•()[]"


def dated_timetables(text: str, ordered: list[Timex], changed: dict[int, Timex], dropped: set[int],
                     names: dict[int, SlotName]) -> None:
    """Make the clock rows of each dated timetable weekly series (into ``changed``), drop the
    header's day (into ``dropped``) and name the series by their row labels (into ``names``)."""
    lines = by_line_start(text, ordered)
    for timex in ordered:
        if id(timex) in changed or id(timex) in dropped or not _header_day(timex):
            continue
        begin, end = line_bounds(text, timex.start)
        head = _header(text, begin, end, timex, lines.get(begin, []))
        if head is None:
            continue
        rows, days, repeats, weekday = _rows(text, end, timex, lines, head)
        if weekday is None:
            rows = []          # clocks with no weekday: the header says from when, not on which days
        if not rows and not days:
            continue
        start = timex.interval.start.date()
        for slot, name in days:
            changed[id(slot.timex)] = weekly_series(slot, 1, start)
            names[slot.timex.start] = SlotName(name, None)
            if slot.gone is not None:
                dropped.add(id(slot.gone))
        for clock, title, label in rows:
            slot = Slot(clock, WEEKDAY_CODES[weekday - 1], BARE_CLOCK.match(clock.raw_value or clock.value).group(1))
            changed[id(clock)] = weekly_series(slot, 1, start)
            names[clock.start] = SlotName(title, label)
        dropped.add(id(timex))
        dropped.update(id(t) for t in repeats)
        dropped.update(id(t) for t in lines.get(begin, []) if _naming(t, timex))


def _header_day(timex: Timex) -> bool:
    return (timex.type == "DATE" and timex.interval is not None and timex.interval.granularity == "day"
            and timex.end_interval is None and not timex.approximate)


class _Head:
    """What the header tells: its name ("Jumuah Salah"), its weekday if it writes one."""

    def __init__(self, name: str, weekday: int | None) -> None:
        self.name, self.weekday = name, weekday


def _header(text: str, begin: int, end: int, day: Timex, on_line: list[Timex]) -> _Head | None:
    """The header's name and weekday when its line is a timetable's dated header, else None."""
    if not only_marks(text, day.end, end, _MARKS) or any(t is not day and not _naming(t, day) for t in on_line):
        return None
    # the words before the day, read in place and no more than a header holds (a copy of the line up to
    # each day made a long line square)
    before = [w.group().lower() for w in islice(APOSTROPHE_WORD.finditer(text, begin, day.start), MAX_HEADER_WORDS + 1)]
    if not before or len(before) + len(APOSTROPHE_WORD.findall(day.text)) > MAX_HEADER_WORDS:
        return None
    leads = word_list("effective_leads")
    cut = next((n for n in (3, 2, 1) if len(before) > n and " ".join(before[-n:]) in leads), None)
    if cut is None:
        return None
    named = before[:-cut]
    if not any(w in word_list("timetable_heads") for w in named):
        return None
    name = " ".join(text[begin:day.start].strip(_MARKS).split()[:len(named)]).strip(_MARKS + ",")
    return _Head(without_schedule_word(name), _weekday_of(named + [w.lower() for w in APOSTROPHE_WORD.findall(day.text)]))


def _naming(timex: Timex, day: Timex) -> bool:
    """An expression before the day that names the timetable: a coarser one ("Winter service
    times") or a weekday alone ("Sunday service times")."""
    if timex.end > day.start or timex.interval is None:
        return False
    return (timex.interval.granularity in ("year", "season", "quarter", "half", "month")
            or WEEKDAY.fullmatch(timex.raw_value or timex.value) is not None)


def _weekday_of(words: Iterable[str]) -> int | None:
    """The weekday the words name: a weekday ("Sunday", "Sundays") or a service of one ("Jumuah")."""
    services = {row["word"]: int(row["weekday"]) for row in table("weekday_services")}
    days = weekday_numbers()
    for word in words:
        for form in (word, *plural_stems(word)):
            if form in days:
                return days[form]
            if form in services:
                return services[form]
    return None


def _rows(text: str, end: int, header: Timex, lines: dict[int, list[Timex]], head: _Head
          ) -> tuple[list[tuple[Timex, str | None, tuple[int, int] | None]], list[tuple[Slot, str]], list[Timex], int | None]:
    """The clock rows under the header (each clock with its title and label), the slots of rows
    that write their own weekday, the header's repeats, and the timetable's weekday (the
    header's, else one a row's words name)."""
    rows: list[tuple[Timex, str | None, tuple[int, int] | None]] = []
    days: list[tuple[Slot, str]] = []
    repeats: list[Timex] = []
    weekday = head.weekday
    group: str | None = None
    cursor, seen = end + 1, 0
    while cursor < len(text) and seen < MAX_ROW_LINES:
        begin, stop = line_bounds(text, cursor)
        cursor = stop + 1
        line = text[begin:stop].strip(_MARKS)
        if not line:
            if rows:
                break
            continue
        seen += 1
        on_line = lines.get(begin, [])
        if on_line and all(t.type == "DATE" and t.value == header.value for t in on_line):
            repeats.extend(on_line)            # the header written again ("*Jumuah Salah Times from ...*")
            continue
        if not on_line:
            words = APOSTROPHE_WORD.findall(line)
            if not words or len(words) > MAX_LABEL_WORDS or line[-1] in ".!?" or any(c.isdigit() for c in line):
                break
            if text[begin:stop].strip(" \t*_#").endswith(":"):
                group = line          # "*First Jumuah:*": the rows below are its parts
            weekday = weekday or _weekday_of(w.lower() for w in words)
            continue
        clocks = [t for t in on_line if t.type == "TIME" and BARE_CLOCK.match(t.raw_value or t.value)]
        if len(clocks) != len(on_line):
            slots = row_slots(on_line)
            if slots is None or any(s.clock is None for s in slots) or not _short_row(text, begin, stop, on_line):
                break
            days.extend((slot, slot_name(text, slot, on_line, stop) or head.name) for slot in slots)   # "Saturday 6pm Vigil Mass"
            continue
        label = _label(text, begin, stop, clocks)
        if label is False or not _short_row(text, begin, stop, clocks):
            break
        label_text = text[label[0]:label[1]] if label else None
        if label_text:
            weekday = weekday or _weekday_of(w.lower() for w in APOSTROPHE_WORD.findall(label_text))
        title = " ".join(p for p in (group, label_text) if p) or head.name
        for clock in clocks:
            rows.append((clock, title, None))
    return rows, days, repeats, weekday


def _short_row(text: str, begin: int, stop: int, on_line: list[Timex]) -> bool:
    """A row of a timetable, not a sentence: few words besides its dates and no closing stop."""
    cursor, words = begin, 0
    for timex in on_line:
        words += len(APOSTROPHE_WORD.findall(text[cursor:timex.start]))
        cursor = max(cursor, timex.end)
    rest = text[cursor:stop]
    words += len(APOSTROPHE_WORD.findall(rest))
    return words <= MAX_LABEL_WORDS and not text[begin:stop].rstrip(_MARKS).endswith((".", "!", "?"))


def _label(text: str, begin: int, stop: int, clocks: list[Timex]) -> tuple[int, int] | None | bool:
    """The row's words before its first clock ("Arabic Khutbah: 12.45pm") or, when none, after
    its last ("8am Holy Communion"); False when the row holds more than a short label and its
    clocks (a sentence)."""
    joiners = word_list("row_joiners")
    between = [w for a, b in zip(clocks, clocks[1:]) for w in APOSTROPHE_WORD.findall(text[a.end:b.start])]
    if any(w.lower() not in joiners for w in between):
        return False
    lead, tail = text[begin:clocks[0].start], text[clocks[-1].end:stop]
    if APOSTROPHE_WORD.search(lead) and APOSTROPHE_WORD.search(tail):
        return False
    a, b = (begin, clocks[0].start) if APOSTROPHE_WORD.search(lead) else (clocks[-1].end, stop)
    part = text[a:b]
    if len(APOSTROPHE_WORD.findall(part)) > MAX_LABEL_WORDS or part.rstrip(_MARKS).endswith((".", "!", "?")):
        return False
    while a < b and text[a] in _MARKS:
        a += 1
    while b > a and text[b - 1] in _MARKS:
        b -= 1
    return (a, b) if b > a else None
