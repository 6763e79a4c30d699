"""A day's timetable of bare clocks told for the event days named above it: "The band plays
two shows on Friday the 12th and Saturday 13th May." ... "Running order" / "17:00: Doors open." /
"19:30: Support act." / "23:00: Curfew."

The rows write no day, so the tagger put their clocks on the page's own day (its date line's),
and each row gave an entry on a day nothing happens. The timetable is the programme
of the event days the page named before it: the untimed entries of one title that the nearest
earlier sentence giving such entries holds (within SENTENCES_BACK sentences). Each row is then
an entry on each of those days at its clock, titled by its own words; its entry on the context's
day goes. Only a run of two rows or more, each a line opening with its clock and a label after a
colon or a dash ("17:30: Doors open", "18:15 - Support act"), is read as a timetable; a lone
clock in prose is left to the other rules, and so is a timetable whose clocks already fall on
one of those days.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from calfeed.events.both_days_clocks import untimed_entry
from calfeed.events.candidates import Candidate, date_not_written
from calfeed.events.deadline_clock import clock_of
from calfeed.model import Interval, Timex
from calfeed.text import Sentences, line_end, only_marks, start_of_line

SENTENCES_BACK = 8      # sentences before the timetable where its days may be named
MIN_ROWS = 2            # one clock opening a line is no timetable
_LABEL_MARKS = ":-–—"   # what parts a row's clock from its label
WHY = "a row of the timetable under the event days named before it"


def timetable_days(candidates: list[Candidate], text: str, sentences: Sentences,
                   page_day: date | None) -> list[Candidate]:
    """``candidates`` with each timetable row (see the module's doc) put on each event day named
    before its timetable, instead of the page's own day (``page_day``), where the tagger left
    them. Rows on another day were dated by a line over them ("TIMES: Sunday JANUARY 15") and
    keep it."""
    if page_day is None:
        return candidates
    rows = [k for k, c in enumerate(candidates) if _row(text, c)]
    if len(rows) < MIN_ROWS:
        return candidates
    rows.sort(key=lambda k: candidates[k].timex.start)
    moved: dict[int, list[Candidate]] = {}
    for run in _runs(text, candidates, rows):
        context = {_day(candidates[k].timing.start) for k in run}
        if len(run) < MIN_ROWS or context != {page_day}:
            continue
        days = _event_days(candidates, sentences, candidates[run[0]].timex.start)
        if not days or context & set(days):
            continue
        for k in run:
            moved[k] = [_on_day(candidates[k], day) for day in days]
    if not moved:
        return candidates
    out: list[Candidate] = []
    for k, cand in enumerate(candidates):
        out.extend(moved.get(k, [cand]))
    return out


def _day(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _row(text: str, cand: Candidate) -> bool:
    """A timed entry whose clock writes no day, opens its line and is followed by a label after a
    colon or a dash ("17:30: Doors open.")."""
    clock = cand.timex
    if (clock.type != "TIME" or clock.interval is None or clock_of(clock) is None or not date_not_written(clock)
            or cand.timing.all_day or cand.timing.rrule):
        return False
    first = start_of_line(text, clock.start)
    if not only_marks(text, first, clock.start, " \t*_•-"):
        return False
    after = text[clock.end:line_end(text, clock.end)].lstrip(" \t")
    return after[:1] in _LABEL_MARKS and bool(after[1:].strip())


def _runs(text: str, candidates: list[Candidate], rows: list[int]) -> list[list[int]]:
    """The rows grouped into runs of lines with only blank lines between them."""
    runs: list[list[int]] = []
    for k in rows:
        if runs:
            last = candidates[runs[-1][-1]].timex
            here = start_of_line(text, candidates[k].timex.start)
            between_start = line_end(text, last.end)
            if between_start <= here and only_marks(text, between_start, here):
                runs[-1].append(k)
                continue
            if start_of_line(text, last.start) == here:
                continue          # a second clock on a row's line ("16:00-18:00: ...") is that row's
        runs.append([k])
    return runs


def _event_days(candidates: list[Candidate], sentences: Sentences, at: int) -> list[date]:
    """The days of the untimed entries of one title that the nearest earlier sentence giving
    such entries holds, within SENTENCES_BACK sentences of ``at``; [] when none or several titles."""
    index = sentences.index_at(at)
    for back in range(1, SENTENCES_BACK + 1):
        if index - back < 0:
            return []
        earlier = sentences.bounds[index - back]
        owned = [c for c in candidates if earlier[0] <= c.timex.start < earlier[1] and untimed_entry(c)]
        if not owned:
            continue
        if len({c.frame.title for c in owned}) != 1:
            return []
        return sorted({_day(c.timing.start) for c in owned})
    return []


def _on_day(cand: Candidate, day: date) -> Candidate:
    """The row's entry moved to ``day`` at its clock."""
    shift = timedelta(days=(day - _day(cand.timing.start)).days)
    timex = _shifted(cand.timex, shift)
    end = cand.timing.end + shift if isinstance(cand.timing.end, datetime) else cand.timing.end
    note = f"day {day.isoformat()}: {WHY}"
    timing = replace(cand.timing, start=cand.timing.start + shift, end=end, notes=cand.timing.notes + [note])
    return replace(cand, timex=timex, timing=timing)


def _shifted(timex: Timex, shift: timedelta) -> Timex:
    interval = Interval(timex.interval.start + shift, timex.interval.end + shift, timex.interval.granularity)
    end_part = (Interval(timex.end_interval.start + shift, timex.end_interval.end + shift,
                         timex.end_interval.granularity) if timex.end_interval is not None else None)
    return replace(timex, value=interval.start.isoformat(timespec="minutes"), interval=interval, end_interval=end_part)
