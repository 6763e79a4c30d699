"""A month or season named only as when a rule takes effect: "the new fee is effective from
March 2031", "the ban applies with effect from spring 2030".

A change that holds from a day is a milestone (effective_changes.py): the day is written and
the reader can act on it. A month, season or year after a lead that says a rule is in effect
(taking_effect_leads) is no such day: it says from when a standing arrangement holds, and an
entry over the whole month would show the change as an occasion lasting thirty days. The date
goes to the report instead.
"""

from __future__ import annotations

from calfeed.events.candidates import coarser_than_day
from calfeed.events.vocabulary import ending_phrase, phrase_list
from calfeed.events.words import words_in
from calfeed.model import Timex

LEAD_REACH = 60      # characters before the date searched for the lead ("will come into force from")
EFFECT_MONTH_WHY = "is the month or season a change takes effect from (\"{lead}\"): no occasion, no calendar entry"


def effect_lead(text: str, timex: Timex) -> str | None:
    """The taking-effect lead right before ``timex`` when it is coarser than a day, else None."""
    if not coarser_than_day(timex) or timex.end_interval is not None:
        return None
    words = [w for w in words_in(text, max(0, timex.start - LEAD_REACH), timex.start) if w.is_word]
    lead = ending_phrase([w.lower for w in words], phrase_list("taking_effect_leads"))
    return " ".join(lead) if lead is not None else None
