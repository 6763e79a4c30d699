"""A news story's clocks after the day it was told on: "The licence exam is set for Dec. 3, the
ministry said Monday. ... District counters will open an hour later, at 10 a.m."

The tagger dates a day-less clock by the last day written before it, here the weekday after a
saying verb ("said Monday", "announced on Friday"): the page's own day, the day the story was
told, not a day it sets anything on. When the story writes only one day ahead of the page, the
clocks that took the telling day are that day's; with several days ahead the clock's day is not
told, and it is left as the tagger read it.

A telling day before the page's own ("The fair will open on May 14 ..., the council said on
Monday", on a page of Wednesday) is gone by the page's day: a clock told ahead after it ("The
other stalls will open at 10am") cannot fall on it, and belongs to the day ahead written last
before the telling day, however many days ahead the story writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from calfeed.events.candidates import date_not_written, one_day
from calfeed.events.deadline_clock import clock_of
from calfeed.events.follow_on_clocks import on_day
from calfeed.events.vocabulary import word_list
from calfeed.events.words import last_words
from calfeed.model import Timex

FUTURE = "future"     # a clock told ahead cannot fall on a day gone before the page's
SAID_REACH = 40       # characters before a day read for its saying verb ("the ministry said on Tuesday")


def said_day_clocks(text: str, ordered: list[Timex], reference: date | None,
                    page_date: Callable[[Timex], bool]) -> list[Timex]:
    """``ordered`` with each day-less clock that the tagger put on the page's own day
    (``reference``, None when only inferred) by a day told after a saying verb moved to the one
    day the story writes ahead of the page. ``page_date``: the timexes that date the page itself."""
    if reference is None:
        return ordered
    ahead = {t.interval.start.date() for t in ordered
             if t.type == "DATE" and one_day(t) and not page_date(t) and t.interval.start.date() > reference}
    if not ahead:
        return ordered
    only = next(iter(ahead)) if len(ahead) == 1 else None
    out = list(ordered)
    told: date | None = None       # the telling day, when it is the last day written before the clock
    last_ahead: date | None = None     # the last day ahead of the page written before it
    told_ahead: date | None = None     # that day when the telling day was written
    for k, timex in enumerate(ordered):
        if timex.type == "DATE" and timex.interval is not None and timex.interval.granularity == "day":
            day = timex.interval.start.date()
            told = day if day <= reference and _said(text, timex) else None
            told_ahead = last_ahead
            if one_day(timex) and not page_date(timex) and day > reference:
                last_ahead = day
        elif (told is not None and clock_of(timex) is not None and timex.interval is not None
              and date_not_written(timex) and timex.interval.start.date() == told):
            target = only if told == reference else None
            if told < reference and timex.tense == FUTURE:
                target = told_ahead       # "... on July 10. ..., the board said on Wednesday. The others will be held at 9am"
            if target is not None:
                out[k] = on_day(timex, target)
    return out


def _said(text: str, day: Timex) -> bool:
    """The day follows a saying verb ("said Tuesday", "announced on Friday"): when it was told."""
    words = [w for w in last_words(text, max(0, day.start - SAID_REACH), day.start, 2) if w.is_word]
    if words and words[-1].lower in word_list("reported_day_prepositions"):
        words = words[:-1]
    return bool(words) and words[-1].lower in word_list("saying_verbs")
