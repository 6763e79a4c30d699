"""Deadlines written as a span from the document itself: "comment within 21 days of the date
of this notice". The span is a duration to the tagger; counted from the document's date it is
the day by which something must be done, the reason a planning notice exists.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from calfeed.events.vocabulary import word_list
from calfeed.model import Interval, ReferenceDate, Timex

_SPAN = re.compile(r"P(\d{1,3})([DW])\Z")
MAX_BEFORE = 20           # characters before the duration searched for "within"


def offset_deadlines(text: str, ordered: list[Timex], reference: ReferenceDate) -> list[Timex]:
    """``ordered`` with each "within N days of <the document>" made the day it ends on."""
    if reference.value is None:
        return ordered
    anchors = sorted(word_list("document_anchors"), key=len, reverse=True)
    marks = word_list("offset_marks")
    result = []
    for timex in ordered:
        span = _SPAN.match(timex.value) if timex.type == "DURATION" else None
        before = " ".join(text[max(0, timex.start - MAX_BEFORE):timex.start].lower().split())
        after = " ".join(text[timex.end:timex.end + 60].lower().split())
        anchor = next((a for a in anchors if after.startswith("of " + a)), None) if span else None
        if span is None or anchor is None or not any(before.endswith(m) for m in marks):
            result.append(timex)
            continue
        days = int(span.group(1)) * (7 if span.group(2) == "W" else 1)
        day = datetime.combine(reference.value + timedelta(days=days), datetime.min.time())
        result.append(replace(timex, type="DATE", value=day.date().isoformat(), raw_value=f"REF+P{days}D",
                              interval=Interval(day, day + timedelta(days=1), "day"), end_interval=None,
                              tense="future"))
    return result
