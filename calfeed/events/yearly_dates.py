"""Year-less deadlines a document gives as recurring every year: "T32 training grants have two
annual deadlines: January 25 and September 25", "Standard due dates: February 5, June 5,
October 5". Funders' standard cycles come round each year, so each day is a yearly series
from its next occurrence, not a one-off in the year the reference date happens to choose.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateutil.relativedelta import relativedelta

from calfeed.events.timing import Timing
from calfeed.events.vocabulary import phrase_list
from calfeed.model import Timex

YEARLY = "FREQ=YEARLY"


def _has_cue(text: str) -> bool:
    lowered = " ".join(text.lower().replace(":", " ").split()).split(" ")
    cues = phrase_list("yearly_cues")
    return any(tuple(lowered[k:k + len(cue)]) == cue for cue in cues for k in range(len(lowered)))


def yearly_deadline(timex: Timex, sentence: str, timing: Timing, reference: date) -> Timing | None:
    """``timing`` as a yearly series when ``timex`` is a written day of a month with no year
    (raw value XXXX-MM-DD) in a sentence with a yearly cue; None otherwise. The series starts
    on the day's next occurrence on or after the reference date."""
    raw = timex.raw_value or ""
    if timex.type != "DATE" or not raw.startswith("XXXX-") or len(raw) != 10 or timing.rrule \
            or not timing.all_day or not _has_cue(sentence):
        return None
    start = timing.start
    while start < reference:
        start = start + relativedelta(years=1)
    while start - relativedelta(years=1) >= reference:
        start = start - relativedelta(years=1)
    return replace(timing, start=start, end=start, rrule=YEARLY)
