"""The first day of a run whose end alone its sentence writes, told earlier as the day it opened.

"On Saturday 12 May the mayor gave the opening speech of the 9th edition of the kite festival." ...
"This edition, which continues until Sunday, May 20, will see ..." on a page dated 14 May: the
run is on already, and the page told the day it opened, so it runs from 12 May, not from the page's
day (open_runs.running_to starts a run whose start is not written at the document date).

Read narrowly: the opening day must be written with its number, lie at most MAX_OPENED_DAYS before
the page's day (and not after it), stand in a sentence with an opening word (opened_run_words:
"opening", "opened") that names the run's head noun too ("edition" of "Edition"), and be the
last such day before the run's end."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import Sentences

MAX_OPENED_DAYS = 14     # a festival or fair opened in the last fortnight: the page reports on it while it runs
MAX_OPENED_DATES = 40    # dates read back from the run's end: a long page's earlier days are another story's


def opened_day(text: str, sentences: Sentences, timexes: list[Timex], starts: list[int], end: Timex, title: str,
               page_day: date) -> date | None:
    """The day the run titled ``title`` (ending at ``end``) opened, told before it, or None.
    ``timexes`` are the page's dates in order and ``starts`` their offsets."""
    head = title.split()[-1].lower() if title.split() else ""
    if not head:
        return None
    index = bisect_left(starts, end.start) - 1
    for timex in timexes[max(0, index - MAX_OPENED_DATES + 1):index + 1][::-1]:
        if timex.type != "DATE" or timex.interval is None or timex.end_interval is not None \
                or timex.interval.granularity != "day" or not any(c.isdigit() for c in timex.text):
            continue
        day = timex.interval.start.date()
        if not 0 < (page_day - day).days <= MAX_OPENED_DAYS:
            continue
        sentence = sentences.at(timex.start)
        lowered = {w.lower for w in words_in(text, *sentence) if w.is_word}
        if head in lowered and lowered & word_list("opened_run_words"):
            return day
    return None
