"""A run of days told once plainly and once with the clocks that bound it: "a strike on 12
and 13 May" / "no shifts starting between 0001 hours on 12 May and 2359 hours on 13 May".

The second sentence often gives no entry of its own (it says what will not happen, or who is
affected), so the run stays all-day though the page says exactly when it starts and ends. A
clock span that starts on the run's first day and ends on its last, written after the run in
its sentence or the next one, is the run's own: its clocks time the entry. The days must be
the very same, which is what ties the two sentences together even across a paragraph break.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date, datetime

from calfeed.events.candidates import Candidate, date_not_written
from calfeed.model import Timex
from calfeed.text import Sentences


def spanned_days(candidates: list[Candidate], ordered: list[Timex], sentences: Sentences) -> list[Candidate]:
    """``candidates`` with each all-day run of days timed by the one free clock span over exactly
    its days, written after it in its sentence or the next."""
    taken = {(c.timex.start, c.timex.end) for c in candidates}
    spans = sorted((t for t in ordered if _day_span(t) and (t.start, t.end) not in taken), key=lambda t: t.start)
    if not spans:
        return candidates
    starts = [t.start for t in spans]
    claims: dict[int, list[int]] = {}
    for index, cand in enumerate(candidates):
        run = _day_run(cand)
        if run is None:
            continue
        reach = _reach(cand, sentences)
        for k in range(bisect_left(starts, cand.timex.end), bisect_left(starts, reach)):
            span = spans[k]
            if (span.interval.start.date(), span.end_interval.start.date()) == run:
                claims.setdefault(k, []).append(index)
    spans_claimed = Counter(index for owners in claims.values() for index in owners)
    out = list(candidates)
    for k, owners in claims.items():
        if len(owners) == 1 and spans_claimed[owners[0]] == 1:     # one run, one span: nothing to choose
            out[owners[0]] = _timed(candidates[owners[0]], spans[k])
    return out


def _day_span(timex: Timex) -> bool:
    """A written clock span from one day to a later one ("0001 hours on 12 May and 2359 hours on 13 May")."""
    return (timex.type == "TIME" and timex.interval is not None and timex.end_interval is not None
            and not date_not_written(timex) and timex.interval.granularity in ("hour", "minute", "second")
            and timex.end_interval.start.date() > timex.interval.start.date())


def _day_run(cand: Candidate) -> tuple[date, date] | None:
    """The first and last day of an exact all-day entry of several days, not a series."""
    timing = cand.timing
    if not timing.all_day or timing.precision != "exact" or timing.rrule or isinstance(timing.start, datetime):
        return None
    if not isinstance(timing.end, date) or timing.end <= timing.start:
        return None
    return timing.start, timing.end


def _reach(cand: Candidate, sentences: Sentences) -> int:
    """The end of the sentence after the entry's."""
    index = min(sentences.index_at(cand.sentence[0]) + 1, len(sentences.bounds) - 1)
    return max(cand.sentence[1], sentences.bounds[index][1])


def _timed(cand: Candidate, span: Timex) -> Candidate:
    start: datetime = span.interval.start
    end: datetime = span.end_interval.start
    note = f"time {start:%H:%M} to {end:%d %b %H:%M} from \"{span.text}\", the same days told with their clocks"
    timing = replace(cand.timing, start=start, end=end, all_day=False, notes=cand.timing.notes + [note])
    timex = replace(cand.timex, type="TIME", value=span.value, interval=span.interval, end_interval=span.end_interval,
                    tz=span.tz, tz_text=span.tz_text)
    return replace(cand, timex=timex, timing=timing)
