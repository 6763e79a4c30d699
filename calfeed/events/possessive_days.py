"""A day in the possessive that is still to come names when its noun happens: "next week's
summit in Nairobi", "Thursday's meeting of the council will consider ...". News and press
releases date an occasion this way as often as with "on". A year, month or season in the
possessive names which one ("this year's conference"), a possessive day told in the past
("Monday's attack") is the news itself, and one whose noun is no occasion ("Tomorrow's
Order Paper will list ...", "Thursday's figures"): none gives an entry."""

from __future__ import annotations

from calfeed.events.vocabulary import event_nouns
from calfeed.events.words import words_in
from calfeed.model import Timex

DAY_SPANS = ("day", "week")     # a possessive this narrow says when; a wider one says which
FORWARD = "REF+P"               # a day or week counted ahead of the document's day ...
TODAY = "REF+P0"                # ... not the document's own ("today's sitting": the news itself)
NOUN_WORDS = 4                  # words after the possessive searched for its event noun ("tomorrow's full council meeting")


def possessive_ahead(text: str, timex: Timex) -> bool:
    """Whether the possessive date ``timex`` ("next week's", "Thursday's") is a day or week
    still to come whose noun is an occasion: counted forward from the document's day
    ("tomorrow's", "next week's"), or read by the tagger under a future verb ("will finalise
    the text at Thursday's meeting")."""
    span = timex.span
    if timex.type != "DATE" or span is None or span.granularity not in DAY_SPANS:
        return False
    raw = timex.raw_value or ""
    if raw.startswith(TODAY) or not (timex.tense == "future" or raw.startswith(FORWARD)):
        return False
    nouns = event_nouns()
    for word in words_in(text, timex.end + 2, min(len(text), timex.end + 80))[:NOUN_WORDS]:
        if not word.is_word:
            return False
        if (word.lower,) in nouns:
            return True
    return False
