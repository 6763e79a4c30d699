"""A window ahead of the document's day ("in the coming weeks", "over the next few months")
is the vaguest way to date an occasion, so it dates one only when nothing better or nothing
against it is written: another date in its sentence is the occasion's own ("Details of the
summer fair will be announced in the coming weeks": the fair is in summer); a notice verb in
its clause makes the window the notice's ("will be announced", "will be confirmed"); and a
hedge makes the occasion a wish ("We hope to hold a meeting", "more meetings are planned");
and a day the page writes inside the window after it makes the window a summary of the page's
own dated occasions ("Permits were issued for two fairs due in the coming days." over
"The first fair will be held on Friday 30 December ...": each has its entry, the window none)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from calfeed.events.candidates import date_not_written
from calfeed.events.vocabulary import merged_lists
from calfeed.events.words import words_in
from calfeed.model import Timex

WINDOW_VALUE = "FUTURE_REF"
VETO_LISTS = ("window_notice_verbs", "schedule_hedges")


def is_ahead_window(timex: Timex) -> bool:
    """Whether ``timex`` is a window ahead with a stretch ("in the coming weeks"), not a bare
    "in the future"."""
    return timex.value == WINDOW_VALUE and timex.interval is not None


def window_dates_occasion(text: str, timex: Timex, clause: tuple[int, int], sentence_dates: list[Timex]) -> bool:
    """Whether the window ``timex`` may date the occasion of its sentence: no other date in
    the sentence (``sentence_dates``, durations and other vague references aside), and no
    notice verb or schedule hedge in its ``clause`` before it."""
    for other in sentence_dates:
        if other is not timex and other.type != "DURATION" and not other.value.endswith("_REF"):
            return False
    vetoes = merged_lists(VETO_LISTS)
    return not any(word.lower in vetoes for word in words_in(text, clause[0], timex.start))


DAY_GRANULARITIES = ("day", "hour", "minute", "second")
DAYS_READ_AFTER = 40     # the page's days read after a window for one it sums up: its details follow it


@dataclass(frozen=True)
class WrittenDays:
    """The days the page writes (a day or a time on it, its day written; no window, duration,
    vague reference or bare clock), in the page's order: what a window ahead may sum up."""

    ends: list[int]           # where each day's expression ends, ascending
    days: list[datetime]      # where each day starts, in the same order

    @classmethod
    def of(cls, timexes: Sequence[Timex]) -> WrittenDays:
        written = sorted((t for t in timexes
                          if t.type in ("DATE", "TIME") and t.interval is not None and not t.value.endswith("_REF")
                          and t.interval.granularity in DAY_GRANULARITIES and not date_not_written(t)),
                         key=lambda t: t.end)
        return cls([t.end for t in written], [t.interval.start for t in written])

    def summed_up_by(self, timex: Timex) -> bool:
        """Whether a day written after the window ``timex`` (among the next DAYS_READ_AFTER) falls
        inside it: the page goes on to date the occasions the window sums up, so it dates none."""
        if timex.interval is None:
            return False
        first = bisect_right(self.ends, timex.end)
        return any(timex.interval.start <= day < timex.interval.end
                   for day in islice(self.days, first, first + DAYS_READ_AFTER))
