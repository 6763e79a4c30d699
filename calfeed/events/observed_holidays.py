"""A holiday named as the subject of a verb of keeping, with the day it is kept on this time:
"Labour Day will be observed on Monday, 5 May", "Eid al-Adha will be celebrated on Monday, June 16".

The tagger reads the holiday's name as a date of its own (its usual or reckoned day), and the
subject readers skip dates, so the written day finds no subject: it gave nothing, or a bare
"Celebration". The holiday is the event and the written day is when it is kept: the entry is
titled with the holiday's name. Only the holiday right before the verb is read, its auxiliaries
and a participle of keeping (keeping_participles) between them and the day ("will be observed
on"); a holiday named elsewhere in the clause names nothing here.
"""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

OBSERVED_NOTE = "a holiday the sentence says is kept on the day written: the holiday on that day"


def observed_holiday(text: str, timex: Timex, others: list[Timex]) -> str | None:
    """The holiday's name when a holiday (a day told by name only) is the subject of
    "will be observed on" / "is celebrated on" right before ``timex``, else None."""
    holiday = _kept_holiday(text, timex, others)
    return " ".join(holiday.text.split()) if holiday is not None else None


def kept_on_a_written_day(text: str, holiday: Timex, others: list[Timex]) -> bool:
    """Whether ``holiday`` is the subject of a keeping verb whose day is written after it: its
    reckoned day is not the one it is kept on this time, so it gives no entry of its own."""
    kept = (_kept_holiday(text, t, others) for t in others if t.start >= holiday.end)
    return any(k is not None and (k.start, k.end) == (holiday.start, holiday.end) for k in kept)


def _kept_holiday(text: str, timex: Timex, others: list[Timex]) -> Timex | None:
    """The holiday (a capitalised day with no number) right before ``timex`` with only
    auxiliaries, a participle of keeping and "on" between them, else None."""
    before = [t for t in others if t.end <= timex.start and t.type == "DATE"]
    if not before or any(c.isdigit() for c in before[-1].text) or not before[-1].text[:1].isupper():
        return None
    holiday = before[-1]
    gap = [w.lower for w in words_in(text, holiday.end, timex.start)]
    if gap and gap[-1] in word_list("keeping_day_leads"):
        gap = gap[:-1]
    if len(gap) < 2 or gap[-1] not in word_list("keeping_participles"):
        return None
    if not all(w in word_list("keeping_auxiliaries") for w in gap[:-1]):
        return None
    return holiday
