"""An end clock told in its own clause after the start: "on Tuesday, August 6, 2024, from
approximately 1:00 p.m. and end approximately at 6:30 p.m.", "will start at 9 a.m. on 3 May
2025 and will end at approximately 4 p.m.", "the booths open at 8 a.m. and
stay open until 9 p.m.". The tagger reads two clocks; the second, after an
ending verb, is when the first one's event ends, so the first takes it as its end time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from calfeed.events.candidates import date_not_written
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Interval, Timex

MAX_GAP_WORDS = 10      # words between the start clock and the end clock: more is another clause's
_END_OF_DAY = "T24:00"  # a midnight the tagger wrote as its day's end (TimeML)


def closing_clocks(text: str, ordered: list[Timex]) -> dict[int, Timex]:
    """For each start clock, with its day or without (by id), the day-less clock after it that
    an ending verb leads in the same sentence, when it is later in the day."""
    found: dict[int, Timex] = {}
    for start, clock in zip(ordered, ordered[1:]):
        if (start.type != "TIME" or start.end_interval is not None or start.interval is None
                or start.interval.granularity != "minute"
                or clock.type != "TIME" or not date_not_written(clock) or clock.interval is None
                or clock.end_interval is not None):
            continue
        between = words_in(text, start.end, clock.start)
        gap = [w for w in between if w.is_word]
        if not gap or len(gap) > MAX_GAP_WORDS or "\n" in text[start.end:clock.start] \
                or any(w.text in ".;!?" for w in between):
            continue
        if not _ended_by(gap):
            continue
        if clock.interval.start.time() > start.interval.start.time():
            found[id(start)] = clock
    return found


def with_end(start: Timex, clock: Timex) -> Timex:
    """The timed day ending at ``clock`` the same day; a midnight the tagger wrote as the day's end
    (T24:00: "opens at 7pm and will close at midnight") at the next day's 00:00, where the day is over
    (its last minute, 23:59, is where a deadline "by midnight" stands, not where an evening ends)."""
    if (clock.value or "").endswith(_END_OF_DAY):
        end = datetime.combine(start.interval.start.date() + timedelta(days=1), datetime.min.time())
    else:
        end = datetime.combine(start.interval.start.date(), clock.interval.start.time())
    return replace(start, end_interval=Interval(end, end + timedelta(minutes=1), "minute"),
                   tz=start.tz or clock.tz, tz_text=start.tz_text or clock.tz_text)


def _ended_by(gap: list) -> bool:
    """The words before the end clock close with an ending verb, maybe hedged, and "at"
    ("and end approximately at", "and will end at approximately", "finishing around")."""
    words = [w.lower for w in gap]
    hedges = word_list("end_clock_hedges")
    while words and (words[-1] in hedges or words[-1] in word_list("closing_clock_links")):
        words.pop()
    verbs = [tuple(v.split()) for v in word_list("end_verbs") | word_list("clock_window_closers")]
    return any(tuple(words[-len(v):]) == v for v in verbs if len(words) >= len(v))
