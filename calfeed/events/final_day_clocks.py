"""A clock on "the closing day of the regatta": "The fair runs from 4 until 9 June. It opens with a
parade on 4 June." / "On the closing day of the fair ... a fireworks display from 8-10pm."

The tagger gives a day-less clock the day the text last wrote (here the opening day), but the
line says the clock is on the run's last day. Read narrowly: a phrase of run_end_day_phrases and
"the <event noun>" on the clock's line, before it, with no date written between them; the run is
the nearest range of whole days (exact, no longer than MAX_RUN_DAYS) written before the phrase,
at most RUN_REACH characters back.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from calfeed.events.candidates import date_not_written
from calfeed.events.follow_on_clocks import on_day
from calfeed.events.vocabulary import event_nouns, longest_noun, phrase_matches, word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

MAX_RUN_DAYS = 31       # a festival's days, not a season
RUN_REACH = 1200        # characters back from the phrase to the run: a paragraph or two


def final_day_clocks(text: str, ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each day-less clock after "the closing day of the <event>" on its line moved
    to the last day of the run written before."""
    phrase_lines = {text.rfind("\n", 0, m.start()) + 1 for m in _phrase_pattern().finditer(text)}
    if not phrase_lines:
        return list(ordered)
    out = list(ordered)
    starts = sorted((t.start, k) for k, t in enumerate(ordered))
    keys = [s for s, _ in starts]
    for index, clock in enumerate(ordered):
        if clock.type != "TIME" or clock.interval is None or not date_not_written(clock):
            continue
        if text.rfind("\n", 0, clock.start) + 1 not in phrase_lines:
            continue          # no phrase on its line: its words are not split for each clock of a long line
        phrase_at = _phrase_before(text, clock, ordered, starts, keys)
        if phrase_at is None:
            continue
        run = _run_before(phrase_at, ordered, starts, keys)
        if run is not None:
            out[index] = on_day(clock, run.end_interval.start.date())
    return out


def _phrase_before(text: str, clock: Timex, ordered: list[Timex], starts, keys) -> int | None:
    """Where "the closing day of the <event noun>" stands on the clock's line before it, when no
    date is written between it and the clock."""
    line_start = text.rfind("\n", 0, clock.start) + 1
    words = words_in(text, line_start, clock.start)
    lowered = [w.lower for w in words]
    found = None
    for i, phrase in phrase_matches(lowered, _phrases()):
        after = i + len(phrase)
        if after < len(lowered) and lowered[after] in word_list("articles") and _noun_at(lowered, after + 1):
            found = words[i].start
    if found is None:
        return None
    between = bisect_left(keys, found), bisect_left(keys, clock.start)
    if any(ordered[k] is not clock and ordered[k].type in ("DATE", "TIME") for _, k in starts[between[0]:between[1]]):
        return None
    return found


def _run_before(at: int, ordered: list[Timex], starts, keys) -> Timex | None:
    k = bisect_left(keys, at) - 1
    while k >= 0 and at - starts[k][0] <= RUN_REACH:
        t = ordered[starts[k][1]]
        if t.type == "DATE" and t.end_interval is not None:
            return t if _day_run(t) else None
        k -= 1
    return None


def _day_run(run: Timex) -> bool:
    return (run.interval is not None and run.end_interval is not None and not run.approximate
            and run.interval.granularity == "day" and run.end_interval.granularity == "day"
            and 0 < (run.end_interval.start - run.interval.start).days <= MAX_RUN_DAYS)


def _noun_at(lowered: list[str], i: int) -> bool:
    nouns = event_nouns()
    return any(nouns.get(tuple(lowered[i:i + size])) not in (None, "deadline")
               for size in range(min(longest_noun(), len(lowered) - i), 0, -1))


@lru_cache(maxsize=None)
def _phrase_pattern() -> re.Pattern[str]:
    """Any phrase of run_end_day_phrases as whole words, once over the page: the lines worth reading."""
    spelled = (r"\s+".join(re.escape(w) for w in phrase) for phrase in _phrases())
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(spelled)})(?![\w'’])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in word_list("run_end_day_phrases"))
