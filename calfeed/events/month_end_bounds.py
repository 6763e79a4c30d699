"""A bound set at a month's end: "The works will be completed by the end of July 2021",
"Applications must be submitted by the end of the month". The tagger reads "the end of July" as
the month's last third, a window; after a bound word ("by", "before", "no later than";
``month_end_bounds``) the words name no stretch in which something happens but the last day by
which it is done, so the entry (a deadline or a milestone) is that day, exactly.
"""

from __future__ import annotations

from calfeed.events.timing import Timing, last_day
from calfeed.events.vocabulary import phrase_list
from calfeed.events.words import words_in
from calfeed.model import Timex

BOUND_REACH = 24     # characters before the date where its bound word stands ("no later than ")


def month_end_bound(text: str, timex: Timex) -> Timing | None:
    """The last day of the month ``timex`` ends, when a bound word stands right before "the end of
    <month>"; None for any other date (a year's end stays a horizon: "by the end of 2030")."""
    span = timex.span
    if timex.type != "DATE" or timex.mod != "END" or span is None or span.granularity != "month":
        return None
    before = [w.lower for w in words_in(text, max(0, timex.start - BOUND_REACH), timex.start)]
    if not any(tuple(before[-len(bound):]) == bound for bound in phrase_list("month_end_bounds")):
        return None
    day = last_day(span.end)
    return Timing(day, day, True, "exact",
                  notes=[f"\"{timex.text}\" after a bound: by its last day, {day.isoformat()}"])
