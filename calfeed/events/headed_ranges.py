"""Headings each followed by their own clock range on one announced day: a notice names a day
once ("the areas affected on Tuesday, 4 May:", "a maintenance block on Sunday"), then lists
headings (districts, lines, sites) with a text under each that gives that heading's hours
("Northfield" / "Elm Row, Mill Lane, from 9am – 3pm"; "Blue Line" / "The block runs from
10.05 am to 2.40 pm ..."). Each heading is an entry of its own at its range, named by the
heading, not one untimed entry for the day.

A heading is a short line of capitalised words with no date, no figure and no closing mark; the
first clock range in the paragraph right under it is its entry. More ranges on that line are
more entries of the same heading when only names stand between them ("Hill Top to Low Farm,
from 8am – 1pm Oak End, from 1:30pm – 6pm"); ranges inside prose after the first are details
(trains diverted, services cancelled). At least two such headings in a row make a list: one
alone is a paragraph's title. The list's ranges fall on one day: a range a weekday of the
paper's past reading placed a week early ("has announced a block on Sunday") takes the day the
other headings share when its weekday is that day's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from calfeed.events.vocabulary import word_list
from calfeed.model import Event, Interval, Timex
from calfeed.text import line_spans

MAX_HEADING_WORDS = 4      # "St Elizabeth", "Harbour Line": a longer line is prose or a title
MIN_HEADINGS = 2           # one heading with a range is a paragraph's title, no list
HEADED_RANGE_NOTE = "a heading over its own clock range on the day the list announces: the heading names it"
_HEADING_WORD = re.compile(r"[A-Z][\w'’.-]*")
_CLOSING_MARKS = ".:;,!?)]"
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
_NAME_WORD = re.compile(r"[^\W\d_]{4,}")      # a word long enough to name something ("harbour", not "and")


@dataclass(frozen=True)
class HeadedRange:
    """One entry of a headed list: the heading's name, the clock range as written, the line it stands
    on, the heading's line and the range placed on the list's day."""

    title: str
    clock: Timex
    line: tuple[int, int]
    heading: tuple[int, int]
    placed: Timex | None = None


def headed_ranges(text: str, ordered: list[Timex], taken: set[int] = frozenset()) -> list[HeadedRange]:
    """The entries of every list of at least two headings each followed by a clock range, in text
    order; ``taken`` are ids of dates another reader already placed."""
    lines = line_spans(text)
    dated = sorted(((t.start, t.end) for t in ordered), key=lambda s: s[0])
    ranges = [t for t in ordered if _clock_range(t) and id(t) not in taken]
    found: list[HeadedRange] = []
    run: list[HeadedRange] = []
    k = 0           # the first clock range not yet passed
    d = 0           # the first date not yet passed
    for index, line in enumerate(lines):
        while d < len(dated) and dated[d][1] <= line[0]:
            d += 1
        if not _heading(text, line, d < len(dated) and dated[d][0] < line[1]):
            continue
        body = _body_after(text, lines, index)
        if body is None:
            continue
        while k < len(ranges) and ranges[k].start < body[0]:
            k += 1
        items = _items(text, line, body, ranges, k)
        if not items:
            found.extend(_closed(run))
            run = []
            continue
        run.extend(items)
    found.extend(_closed(run))
    return found


def _heading(text: str, line: tuple[int, int], holds_date: bool) -> bool:
    """A short line of capitalised words ("Westmoreland", "Harbour Line", "St Elizabeth"): no date,
    no figure, no closing mark."""
    body = text[line[0]:line[1]].strip(" \t#*_")
    if not body or holds_date or body[-1] in _CLOSING_MARKS or any(c.isdigit() for c in body):
        return False
    words = body.split()
    if len(words) > MAX_HEADING_WORDS:
        return False
    joiners = word_list("heading_name_joiners")
    return (_HEADING_WORD.fullmatch(words[0]) is not None
            and all(_HEADING_WORD.fullmatch(w) is not None or w.lower() in joiners for w in words[1:]))


def _body_after(text: str, lines: list[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """The first non-blank line after the heading (a paragraph is one line here); read from the heading
    on, without a copy of the lines after it (a copy for each heading made a page of short capitalised
    lines, a list of names, square)."""
    for at in range(index + 1, len(lines)):
        after = lines[at]
        if text[after[0]:after[1]].strip():
            return after
    return None


def _clock_range(timex: Timex) -> bool:
    return (timex.type == "TIME" and timex.interval is not None and timex.end_interval is not None
            and timex.interval.granularity == "minute")


def _items(text: str, heading: tuple[int, int], body: tuple[int, int], ranges: list[Timex], k: int
           ) -> list[HeadedRange]:
    """The heading's entries: the body's first clock range, and the ones after it on that line with
    only names (no lower-case word but the list's links) between."""
    name = " ".join(text[heading[0]:heading[1]].strip(" \t#*_").split())
    inside = []
    while k < len(ranges) and ranges[k].end <= body[1]:
        inside.append(ranges[k])
        k += 1
    if not inside:
        return []
    kept = [inside[0]]
    for clock in inside[1:]:
        if not _only_names(text[kept[-1].end:clock.start]):
            break
        kept.append(clock)
    if len(kept) == 1:
        return [HeadedRange(name, kept[0], body, heading)]
    items = []
    start = body[0]
    for clock in kept:
        segment = _segment_name(text[start:clock.start])
        items.append(HeadedRange(f"{name}: {segment}" if segment else name, clock, body, heading))
        start = clock.end
    return items


def _only_names(between: str) -> bool:
    links = word_list("headed_range_links")
    return all(w in links for w in _LOWER_WORD.findall(between)) and not any(c in between for c in ".;!?")


def _segment_name(segment: str) -> str:
    """"Hill Top to Low Farm, from " -> "Hill Top to Low Farm": the names before a
    range, without the range's lead word."""
    words = segment.replace(",", " , ").split()
    leads = word_list("headed_range_leads")
    while words and (words[-1] == "," or words[-1].lower() in leads):
        words.pop()
    while words and words[0] == ",":
        words.pop(0)
    return " ".join(words).replace(" , ", ", ")


def _closed(run: list[HeadedRange]) -> list[HeadedRange]:
    """A finished run: kept when it holds two headings or more, its ranges placed on the day most of
    them share (a range on the same weekday a week away is that day's)."""
    if len({item.heading for item in run}) < MIN_HEADINGS:
        return []
    days = Counter(item.clock.interval.start.date() for item in run)
    day, count = days.most_common(1)[0]
    if count * 2 <= len(run):
        return []
    return [replace(item, placed=_on_day(item.clock, day)) for item in run
            if _same_or_moved(item.clock.interval.start.date(), day)]


def _same_or_moved(on: date, day: date) -> bool:
    return on == day or (on.weekday() == day.weekday() and abs((on - day).days) == 7)


def _on_day(clock: Timex, day: date) -> Timex:
    """The clock range moved to ``day``; an item line has no verb, so no tense of its own."""
    shift = timedelta(days=(day - clock.interval.start.date()).days)
    moved = replace(clock, tense=None)
    if not shift:
        return moved
    start = clock.interval.start + shift
    end = clock.end_interval
    return replace(moved, value=start.isoformat(timespec="minutes"),
                   interval=Interval(start, clock.interval.end + shift, clock.interval.granularity),
                   end_interval=Interval(end.start + shift, end.end + shift, end.granularity))


def with_day_entry_named(events: list[Event]) -> list[Event]:
    """The list's day told once before the headings ("planned power outages for Tuesday, 4 May")
    is an untimed entry the headed entries restate: it goes, and its name leads theirs ("Power
    outages – Northfield") unless it names the headings itself ("Blue and Red lines affected")."""
    headed = [e for e in events if any(note.startswith(HEADED_RANGE_NOTE) for note in e.notes)]
    if not headed:
        return events
    first = min(s.start for e in headed for s in e.sources)
    days = {e.start.date() for e in headed if isinstance(e.start, datetime)}
    told = [e for e in events if e.all_day and e.start in days and e.end in (None, e.start) and e.rrule is None
            and e.sources and all(s.start < first for s in e.sources)]
    if not told:
        return events
    heading_words = {w for e in headed for w in _NAME_WORD.findall(e.title.lower())}
    for day in days:
        day_told = [e for e in told if e.start == day]
        named = [e for e in day_told if e.kind == "event" and not heading_words & set(_NAME_WORD.findall(e.title.lower()))]
        if len(named) == 1:
            for event in headed:
                if isinstance(event.start, datetime) and event.start.date() == day:
                    event.title = f"{named[0].title} – {event.title}"
    gone = {id(e) for e in told}
    return [e for e in events if id(e) not in gone]
