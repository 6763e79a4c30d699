"""A run of days named by its subject, not by the moment it starts.

"The lantern walk begins on Saturday, March 2 and it'll go to April 9", "free parking will begin at
6 a.m. on Friday, Aug. 16, and end at 9 p.m. on Monday, Aug. 19": the clause readers name the first
day by its subject and its opening verb ("Lantern walk begins"), as they would a one-day start. Once
the two clauses are one run (told_ranges), the entry spans the whole stretch, and a title that names
its first moment misreads it: the subject alone names what runs ("Lantern walk", "Free parking").

Only an entry over more than one day (no series; an end at midnight closes the day before) whose title ends in an opening verb of
run_start_title_words, with at least one word before it, is retitled.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time, timedelta

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import word_list

_LAST_WORD = re.compile(r"[ \t]+([A-Za-z]+)\Z")


def runs_named_by_subject(chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each run over several days titled "<subject> <opening verb>" named by its subject alone."""
    return [_named_by_subject(c) for c in chosen]


def _named_by_subject(candidate: Candidate) -> Candidate:
    timex = candidate.timex
    last = timex.end_interval
    if last is None or timex.interval is None or timex.rrule is not None:
        return candidate
    final = last.start - timedelta(minutes=1) if last.granularity != "day" and last.start.time() == time(0) else last.start
    if final.date() <= timex.interval.start.date():
        return candidate      # "begins at 8pm ... ends at midnight": one evening, its start named as told
    title = candidate.frame.title
    match = _LAST_WORD.search(title)
    if match is None or match.group(1).lower() not in word_list("run_start_title_words"):
        return candidate
    return replace(candidate, frame=replace(candidate.frame, title=title[:match.start()]))
