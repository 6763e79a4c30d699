"""Several start times of one written day: "on 5 May at 10:00 and 14:00", "at 11am and 3pm on
Sunday 10 May", "Friday 8 May, 6pm or 8.30pm".

The day is written once, beside one of its clocks; the other clocks of the list take that day
too, and the zone written after the last one ("10:00, 12:00 and 14:00 CET"). Each is an
occasion of its own (a tour, a screening or a drop-in session held twice), not a rival date of
the clause's event, so each is handed to framing as a later session of the one before it.
"""

from __future__ import annotations

from dataclasses import replace

from calfeed.events.agenda import joined_words, listed_slot_clock
from calfeed.events.attached_clock import joined_by_clock_words, timed_day
from calfeed.events.deadline_clock import clock_of
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import opens_line

MAX_LISTED_CLOCKS = 8     # clocks of one programme line read as its list


def listed_clocks(text: str, ordered: list[Timex]) -> tuple[list[Timex], dict[int, int]]:
    """``ordered`` with each listed clock dated on its list's day; and, by id, the clocks and
    days that are later occasions of a list, each mapped to where the occasion before it ends."""
    joiners = {joined_words(p) for p in word_list("clock_list_joiners")}
    dated: dict[int, Timex] = {}
    sessions: dict[int, int] = {}
    index = 0
    while index < len(ordered):
        run = _clock_run(text, ordered, index, joiners)
        if not run:
            index += 1
            continue
        index = run[-1] + 1
        before = ordered[run[0] - 1] if run[0] > 0 else None
        after = ordered[index] if index < len(ordered) else None
        if after is not None and _timed_day(after) and _gap(text, ordered[run[-1]], after) in joiners:
            day, own = index, run          # "at 11am and 3pm on Sunday 10 May", read as "3pm on Sunday 10 May"
            occasions = [(k, ordered[k].end) for k in run] + [(index, after.end)]
        elif (after is not None and _one_day(after) and len(run) > 1
              and _gap(text, ordered[run[-1]], after) in word_list("clock_day_links")):
            day, own = index, run[:-1]     # the last clock is the day's own ("11am and 3pm on Sunday")
            occasions = [(k, ordered[k].end) for k in own] + [(index, after.end)]
        elif before is not None and _timed_day(before) and _gap(text, before, ordered[run[0]]) in joiners:
            day, own = run[0] - 1, run     # "on 5 May at 10:00, 12:00 and 14:00"
            occasions = [(day, before.end)] + [(k, ordered[k].end) for k in run]
        elif (before is not None and _one_day(before) and len(run) > 1
              and joined_by_clock_words(words_in(text, before.end, ordered[run[0]].start))):
            day, own = run[0] - 1, run[1:]     # the first clock is the day's own ("Saturday 18 April, 10am or 2pm")
            occasions = [(day, ordered[run[0]].end)] + [(k, ordered[k].end) for k in own]
        else:
            continue
        if ordered[day].tz and any(ordered[k].tz and ordered[k].tz != ordered[day].tz for k in run):
            continue          # "at 10:00 CET and 09:00 BST": one moment told in two zones
        zone = next((ordered[k] for k in reversed(run) if ordered[k].tz), None)
        for k in own:
            dated[k] = _on_day(ordered[k], ordered[day], zone)
        for (_, end), (k, _) in zip(occasions, occasions[1:]):
            sessions[id(dated.get(k, ordered[k]))] = end
    return [dated.get(k, t) for k, t in enumerate(ordered)], sessions


def slot_lists(text: str, ordered: list[Timex]) -> dict[int, Timex]:
    """Programme lines that open with a list of clocks ("5:00 PM and 11:00 PM at Holy Cross",
    "10am, 1pm and 3pm - Harbour Gallery") under their day: each clock of the list, by where it
    starts (listed_clocks, run after, dates the later clocks anew), to the whole list read as one
    slot's clock, so that the words after the last clock name every one of them (not "And 11:00
    PM at Holy Cross") and each clock is an entry of its own."""
    found: dict[int, Timex] = {}
    for index, clock in enumerate(ordered):
        if clock.start in found or clock_of(clock) is None or not opens_line(text, clock.start):
            continue          # "Mass at 9am and 11am": the clocks of a sentence, listed_clocks' business
        spanned = listed_slot_clock(text, clock, ordered[index + 1:index + 1 + MAX_LISTED_CLOCKS])
        if spanned is clock:
            continue
        at = index
        while at < len(ordered) and ordered[at].start < spanned.end:    # the list's clocks (``ordered`` is by start)
            found[ordered[at].start] = spanned
            at += 1
    return found


def _clock_run(text: str, ordered: list[Timex], index: int, joiners: set[str]) -> list[int]:
    """Indexes of the day-less clocks listed from ``ordered[index]`` on, each joined to the one
    before it; two clocks in different zones are one moment told twice, not a list."""
    if clock_of(ordered[index]) is None:
        return []
    run = [index]
    while run[-1] + 1 < len(ordered):
        here, there = ordered[run[-1]], ordered[run[-1] + 1]
        if clock_of(there) is None or _gap(text, here, there) not in joiners or "\n" in text[here.end:there.start]:
            break
        if here.tz and there.tz and here.tz != there.tz:
            return []
        run.append(run[-1] + 1)
    return run


def _one_day(timex: Timex) -> bool:
    return (timex.type == "DATE" and timex.interval is not None and timex.end_interval is None
            and timex.interval.granularity == "day")


def _timed_day(timex: Timex) -> bool:
    """A written day with its clock ("5 May at 10:00", "3pm on Sunday 10 May")."""
    return (timex.type == "TIME" and timex.interval is not None and clock_of(timex) is None
            and timex.interval.granularity in ("hour", "minute")
            and (timex.end_interval is None or timex.end_interval.start.date() == timex.interval.start.date()))


def _gap(text: str, first: Timex, second: Timex) -> str:
    return joined_words(text[first.end:second.start])


def _on_day(clock: Timex, day: Timex, zone: Timex | None) -> Timex:
    """The clock on the day, still spanning only the clock's words; its day counts as written."""
    timed = timed_day(day, clock)
    if zone is not None and clock.tz is None:
        timed = replace(timed, tz=zone.tz, tz_text=zone.tz_text)
    return replace(timed, start=clock.start, end=clock.end, text=clock.text, raw_value=timed.value,
                   tense=clock.tense or day.tense)
