"""Midnight on a year's last day, or another eve ``new_day_eves`` lists: what happens "at midnight" then (the
fireworks of New Year's Eve, a midnight mass) happens as the next day begins.

The tagger reads a midnight attached to a day as that day's end (TimeML's T24:00, the day's last minute), which is
right for a deadline ("by midnight on 31 December") and keeps it on the day meant. An occasion at the stroke of
midnight on such an eve is the first instant of the new day, and a calendar shows it there (1 January, 00:00).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.timex.night_clocks import night_second_day

EVE_MIDNIGHT_NOTE = "midnight on the eve of {}: at the start of that day"
_END_OF_DAY = "T24:00"


def at_new_day_midnights(candidates: list[Candidate], timexes: list[Timex], text: str | None = None) -> None:
    """Move each timed entry that starts at an eve's midnight (a midnight the page writes: a day's T24:00 among
    ``timexes``), no deadline and no end of its own, to 00:00 of the day after. An entry framed at the eve's day
    with the midnight taken from its clause moves with the one framed at the midnight, so the two stay one.
    The first day of a night the ``text`` names by its two days ("On the night between 8 and 9 June, at the
    stroke of midnight") is such an eve too: its midnight is the second day's first instant."""
    eves = word_list("new_day_eves")
    nights = {second - timedelta(days=1) for t in timexes if (second := night_second_day(t, text, "en")) is not None}
    midnights = {t.interval.start: t.interval.end for t in timexes
                 if t.interval is not None and (t.value or "").endswith(_END_OF_DAY)
                 and (t.interval.start.strftime("%m-%d") in eves or t.interval.start.date() in nights)}
    if not midnights:
        return
    for cand in candidates:
        timing = cand.timing
        if (cand.frame.kind == "deadline" or cand.ends or timing.all_day or timing.end is not None
                or timing.rrule is not None or not isinstance(timing.start, datetime) or timing.start not in midnights):
            continue
        timing.start = midnights[timing.start]
        timing.notes.append(EVE_MIDNIGHT_NOTE.format(timing.start.date().isoformat()))
