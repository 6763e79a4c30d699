"""A run of one-day entries that say the same thing on consecutive days: one entry over the run.

A printed school or office calendar writes each day of a break on a row of its own, the same words
on every row ("Monday 6 April" / "Easter break - office closed", "Tuesday 7 April" / "Easter break -
office closed", ...), and a list may give one label several days in a row ("Open studios: Friday 2,
Saturday 3 and Sunday 4 May"). Read row by row these are five entries, and no end tells a
subscriber when the break is over. They are one stretch: an entry from the first day to the last.

Entries join a run only when everything but the day agrees (the title, the kind, the place), each is
an all-day entry of one exact day with no repeat rule, each day is the day after the one before, on a
row of its own or listed after it under one label with only a joiner between, and no other date of the page is
written between the two (a run broken by another row is two runs:
"Closed" on Monday, a training day on Tuesday, "Closed" on Wednesday are three entries). Deadlines
are days to keep, not stretches; they stay one a day. A timed entry is a session of its day.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from calfeed.events.candidates import DateSpans
from calfeed.events.identity import normalise_title
from calfeed.events.vocabulary import word_list
from calfeed.events.words import lower_tokens
from calfeed.model import Event, Timex
from calfeed.text import start_of_line

ONE_DAY = timedelta(days=1)
_LABEL_COLON = re.compile(r":(?!\d)")      # a label's colon (not a clock's) before a line's listed days
MAX_JOIN = 8                  # characters between two listed days: ", and "
MIN_RUN = 2                   # days a run holds at least
UNRUN_KINDS = frozenset({"deadline", "milestone"})     # days to keep or pass, not stretches
LISTED_RULES = frozenset({"listed_day", "listed_day_after"})   # the tagger's days listed under one written month
RUN_NOTE = "one entry over {count} consecutive days the page lists one by one with the same words"


def merge_day_runs(events: list[Event], dates: DateSpans, text: str) -> list[Event]:
    """``events`` with each run of same-worded entries on consecutive days folded into its first,
    which then ends on the run's last day."""
    starts = sorted(t.start for t in dates.timexes if t.type != "DURATION")
    weekdays = frozenset(t.start for t in dates.timexes if t.bare_weekday and t.type == "DATE")
    listed = _consecutive_lists(dates.timexes, text)
    groups: dict[tuple, list[int]] = {}
    for index, event in enumerate(events):
        if _one_day(event):
            key = (normalise_title(event.title), event.kind, (event.location or "").lower(), event.sources[0].doc)
            groups.setdefault(key, []).append(index)
    gone: set[int] = set()
    merged: dict[int, Event] = {}
    for members in groups.values():
        if len(members) < MIN_RUN:
            continue
        members.sort(key=lambda k: (events[k].start, events[k].sources[0].start))
        run = [members[0]]
        for k in members[1:] + [None]:
            if k is not None and _follows(events[run[-1]], events[k], starts, text, weekdays, listed):
                run.append(k)
                continue
            if len(run) >= MIN_RUN:
                first, last = events[run[0]], events[run[-1]]
                merged[run[0]] = replace(first, end=last.start, sources=first.sources + last.sources,
                                         notes=first.notes + [RUN_NOTE.format(count=len(run))])
                gone.update(run[1:])
            run = [k] if k is not None else []
    return [merged.get(index, event) for index, event in enumerate(events) if index not in gone]


def _consecutive_lists(timexes: list[Timex], text: str) -> frozenset[int]:
    """The starts of the days of every list written under one month (the tagger's listed days and
    the day closing them, joined by day_run_joiners alone on one line) whose days all follow each
    other: "8, 9 and 10 February" is one, "3, 4 and 6 March" none. One pass over the dates."""
    found: set[int] = set()
    chain: list[Timex] = []
    listed = False
    consecutive = True
    for t in timexes + [None]:
        if t is not None and t.type == "DATE" and chain and _listed_after(chain[-1], t, text):
            listed = listed or t.rule in LISTED_RULES
            consecutive = consecutive and t.interval.start == chain[-1].interval.start + ONE_DAY
            chain.append(t)
            continue
        if len(chain) >= MIN_RUN and listed and consecutive:
            found.update(day.start for day in chain)
        chain, listed, consecutive = [], False, True
        if t is not None and _a_day(t):
            chain, listed = [t], t.rule in LISTED_RULES
    return frozenset(found)


def _a_day(t: Timex) -> bool:
    return t.type == "DATE" and t.interval is not None and t.interval.granularity == "day" and t.end_interval is None


def _listed_after(before: Timex, t: Timex, text: str) -> bool:
    """Whether ``t`` is one more day of the list ``before`` is in: a day, with only joiners between."""
    if not _a_day(t) or t.start < before.end or t.start - before.end > MAX_JOIN:
        return False
    between = text[before.end:t.start]
    return "\n" not in between and all(w in word_list("day_run_joiners") for w in lower_tokens(between, 0, len(between)))


def _one_day(event: Event) -> bool:
    """An exact all-day entry of one day, read from one place, with no repeat rule."""
    return (event.all_day and event.precision == "exact" and event.rrule is None and event.kind not in UNRUN_KINDS
            and isinstance(event.start, date) and not isinstance(event.start, datetime)
            and (event.end is None or event.end == event.start) and len(event.sources) == 1 and not event.exdates)


def _follows(before: Event, after: Event, starts: list[int], text: str, weekdays: frozenset[int] = frozenset(),
             listed: frozenset[int] = frozenset()) -> bool:
    """``after`` is on the day after ``before`` and written after it with no other date between: on
    a later line (a row of its own), or on the same line after a label's colon with only list joiners
    between (day_run_joiners: "Open studios: Friday 2 May, Saturday 3 May"; "Founders Day: October 3
    (observed) & October 4" tells two days apart; "The court will sit on Monday, 8 March, Tuesday,
    9 March" lists sittings, one a day); or, in prose, as two bare weekdays (``weekdays``: their starts)
    joined by a joiner alone ("bands will play on Friday and Saturday": the festival's two days), or
    as days listed under the one month written for them (``listed``: the starts of the tagger's
    listed days, "the carnival returns on 8, 9 and 10 February", "on March 3, 4 and 5"): days that
    all follow each other under one month are the stretch they make ("closed on 3, 17 and 24 April"
    and "on 3, 4 and 6 March" stay days of their own)."""
    if after.start != before.start + ONE_DAY:
        return False
    one, two = before.sources[0].start, after.sources[0].start
    if two <= one or bisect.bisect_left(starts, two) - bisect.bisect_right(starts, one) != 0:
        return False
    between = text[before.sources[0].end:two]
    if "\n" in between:
        return True
    if one in weekdays and two in weekdays and between.strip().lower() in word_list("day_run_joiners"):
        return True      # "on Friday and Saturday": one stretch of two days
    if one in listed and two in listed:
        return True      # "on 8, 9 and 10 February": one stretch under one month
    label = text[start_of_line(text, one):one]
    return _LABEL_COLON.search(label) is not None \
        and all(w in word_list("day_run_joiners") for w in lower_tokens(between, 0, len(between)))
