"""How long a state lasts, counted from the page's day: "the ferry will only sail to Oslo for the
remainder of the winter season", "the pool stays closed for the rest of the month".

The tagger reads "the rest of" a period as the window from the page's day to the period's end, and
the clause's noun would make it an entry starting on the page's day: a day on which nothing begins
(the page tells of an arrangement already in force). After a preposition of duration
(state_duration_prepositions: "for", "throughout") the window is only how long that arrangement
holds, so it gives no entry; the report says why. "until 28 February" names its end and is read
elsewhere (open_runs.py).
"""

from __future__ import annotations

from datetime import date

from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

REST_MOD = "END"      # the tagger's mod for "the rest of" / "the remainder of" a period (and for "the end of" one)
LEAD_REACH = 16       # characters before the date holding its preposition
REST_PERIOD_WHY = "lasts \"{lead} {said}\", counted from the page's day: how long a state holds, no calendar entry"


def rest_of_period(text: str, timex: Timex, page_day: date | None) -> str | None:
    """The duration preposition before ``timex`` when it is the rest of a period from ``page_day``
    (it opens on that day: the end of a period opens later), else None."""
    if page_day is None or timex.mod != REST_MOD or timex.interval is None or timex.end_interval is not None:
        return None
    if timex.interval.start.date() != page_day:
        return None
    before = [w for w in words_in(text, max(0, timex.start - LEAD_REACH), timex.start) if w.is_word]
    if not before or before[-1].lower not in word_list("state_duration_prepositions"):
        return None
    return before[-1].lower
