"""Archive labels: a page's links to its records ("2023 Meeting Minutes", "Notes of the Annual
Parish Meeting 2019", "Agendas - March 2024") name the period a set of papers covers. The
line names records, not an occasion, so its year or month is no calendar entry, whatever
event noun it holds."""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.events.candidates import coarser_than_day
from calfeed.model import Timex
from calfeed.text import line_end

MAX_LABEL_WORDS = 8      # "Notes of the Annual Parish Meeting 2019"; longer is a sentence


def archive_label(text: str, timex: Timex) -> bool:
    """The date's line is a short label naming records (record_nouns) over a year or a month."""
    if timex.type != "DATE" or not coarser_than_day(timex):
        return False
    start = text.rfind("\n", 0, timex.start) + 1
    line = text[start:line_end(text, timex.end)].strip()
    if line[-1:] in ".!?":
        return False
    words = [w.lower for w in words_in(line, 0, len(line)) if w.is_word]
    return len(words) <= MAX_LABEL_WORDS and any(w in word_list("record_nouns") for w in words)
