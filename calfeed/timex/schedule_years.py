"""The year of a schedule's later bare days, on a page whose own date is only inferred.

"The tour starts on April 3, 2031. ... it reaches the capital on June 12. The tour ends there on
June 20 ..." on a page dated only by its address in 2030: the resolver counts "June 12" from the
page's guessed day and puts it in 2030, before the schedule's own first day. A page whose date is
a guess is weak evidence of a year; the day written with its year a sentence or two before is
strong evidence, and a schedule does not run backwards. A year-less day (month and day written)
that follows such a day, written with a year later than the page's, within MAX_SENTENCES of it
(or of the last day so carried), and that the resolver put before it, takes that year when the
day falls on or after it there, unless a day written with its year later in the text lies between
the two readings ("... who reach 21 by March 1, 2031 ... on show from November 4 ... the last roll
out on March 3, 2031": the schedule runs up to that later day, so November is the year before's). A
clock of no written day resolved onto the old day, later in the same sentence, moves with it.

Run on the document's second resolution (pipeline), not by the tagger, so a corpus of news read
against its own dates is untouched; a page with a stated date (front matter, a dateline of its
own) keeps the resolver's years.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta

from calfeed.model import Interval, ReferenceDate, Timex
from calfeed.text import Sentences
from calfeed.timex.undated import day_in

MAX_SENTENCES = 2          # sentences from the schedule's last dated day to the next bare one
_BARE_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")
_BARE_CLOCK = re.compile(r"XXXX-XX-XXT")
_DAY_GRAINS = ("day", "partofday", "hour", "minute", "second")


def schedule_years(timexes: list[Timex], reference: ReferenceDate, sentences: Sentences) -> list[Timex]:
    """``timexes`` (in their order) with each bare day of a schedule anchored by a later written
    year moved into that year, and the clocks put on its old day in its sentence moved with it."""
    if reference.value is None or not reference.inferred:
        return timexes
    page_year = reference.value.year
    written = sorted((t.start, t.interval.start.date()) for t in timexes
                     if _dated(t) and (t.raw_value or t.value)[:4].isdigit())
    changed: dict[int, Timex] = {}
    anchor: date | None = None          # the schedule's last day: written with its year, or carried
    anchor_sentence = -1
    moved: tuple[date, timedelta, int] | None = None   # the last moved day's old day, its shift, its sentence
    for timex in sorted(timexes, key=lambda t: (t.start, t.end)):
        if not _dated(timex):
            continue
        at = sentences.index_at(timex.start)
        raw = timex.raw_value or timex.value
        if moved is not None and _BARE_CLOCK.match(raw) and at == moved[2] \
                and timex.interval.start.date() == moved[0]:
            changed[id(timex)] = _shifted(timex, moved[1])       # "... on July 24 with ... starting at 8 p.m."
            continue
        moved = None
        if raw[:4].isdigit():
            day = timex.interval.start.date()
            anchor, anchor_sentence = (day, at) if int(raw[:4]) > page_year else (None, -1)
            continue
        bare = _BARE_DAY.match(raw)
        if bare is None or anchor is None or at - anchor_sentence > MAX_SENTENCES:
            continue
        day = timex.interval.start.date()
        if day >= anchor:
            anchor, anchor_sentence = day, at      # the schedule goes on in order
            continue
        carried = day_in(anchor.year, int(bare.group(1)), int(bare.group(2)))
        if carried is None or carried < anchor:
            continue
        later = _next_written(written, timex.start)
        if later is not None and day <= later < carried:
            continue        # "... from November 4 ... the last roll out on March 3, 2031": the schedule runs up to it
        shift = carried - day
        changed[id(timex)] = _shifted(timex, shift)
        moved = (day, shift, at)
        anchor, anchor_sentence = carried, at
    return [changed.get(id(t), t) for t in timexes] if changed else timexes


def _next_written(written: list[tuple[int, date]], start: int) -> date | None:
    """The day of the first date written with its year after ``start`` in the text, if any."""
    at = bisect.bisect_right(written, (start, date.max))
    return written[at][1] if at < len(written) else None


def _dated(timex: Timex) -> bool:
    return (timex.type in ("DATE", "TIME") and timex.interval is not None and not timex.problem
            and timex.interval.granularity in _DAY_GRAINS)


def _shifted(timex: Timex, shift: timedelta) -> Timex:
    """``timex`` moved by ``shift`` (whole days), its values' years rewritten."""
    interval = timex.interval
    first = Interval(interval.start + shift, interval.end + shift, interval.granularity)
    last = timex.end_interval
    if last is not None:
        last = Interval(last.start + shift, last.end + shift, last.granularity)
    value = timex.value
    if value[:4].isdigit():
        value = f"{first.start.year:04d}" + value[4:]
    return replace(timex, value=value, interval=first, end_interval=last)


WEEKDAY_REACH = timedelta(days=7)     # a bare weekday is read within a week of the written day it names


def named_weekdays(timexes: list[Timex], reference: ReferenceDate) -> list[Timex]:
    """``timexes`` with each bare weekday ("On Monday night, the first debate ...") moved onto the one
    day of that weekday the page writes in full ("The first forum is Monday, March 3") within
    a week of where the resolver put it, on a page whose own date is only inferred: the page's day is
    a guess, the written day is what its weekday names. A page whose day its address or a dateline
    gives keeps the resolver's reading ("The council voted Monday ... next meets Monday, May 12")."""
    if reference.value is None or not reference.inferred or reference.day_written:
        return timexes
    written: dict[int, set[date]] = {}
    for t in timexes:
        raw = t.raw_value or t.value
        if _dated(t) and t.end_interval is None and (raw[:4].isdigit() or _BARE_DAY.match(raw)):
            day = t.interval.start.date()
            written.setdefault(day.isoweekday(), set()).add(day)
    changed: dict[int, Timex] = {}
    for t in timexes:
        if not (t.bare_weekday and _dated(t) and t.end_interval is None):
            continue
        day = t.interval.start.date()
        same = written.get(day.isoweekday(), set())
        # the days of one weekday within reach are whole weeks away: asked by name, not by trying every
        # written day of that weekday for each bare one (a long list of both was square)
        near = [d for d in _weeks_around(day) if d in same]
        if len(near) == 1 and day not in same:
            changed[id(t)] = _shifted(t, near[0] - day)
    return [changed.get(id(t), t) for t in timexes] if changed else timexes


def _weeks_around(day: date) -> list[date]:
    """The days of ``day``'s weekday within WEEKDAY_REACH of it, itself left out (none past the
    calendar's first or last day)."""
    found = []
    for k in range(-(WEEKDAY_REACH.days // 7), WEEKDAY_REACH.days // 7 + 1):
        try:
            if k:
                found.append(day + timedelta(weeks=k))
        except OverflowError:
            continue
    return found
