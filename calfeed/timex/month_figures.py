"""A month's figure measured against the same month a year before.

"Joblessness in June stood well above the rate a year earlier" and "factory output in September rose
13.8 percent on a year ago" set one month beside that month of the year before: the comparison is the
month a year back (2002-06), not the year (2002) nor, in a story about a quarter, the quarter a year
back. Only a month brought in by a word of ``month_figure_leads.txt`` ("in May", "for March") and
told earlier in the same sentence counts: a month that closes a period ("the crop year ending next
June ... a year ago") is no figure's month.
"""

from __future__ import annotations

import re

from calfeed.text import same_sentence
from calfeed.timex.lexicon import load_words

_REACH = 240        # characters between the month and the comparison: one sentence, not a paragraph
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z]{1,12})[^\S\n]{1,3}\Z")


def figure_month(text: str, start: int, lang: str) -> bool:
    """The month expression starting at ``start`` is led by a figure's word ("in May")."""
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and before.group(1).lower() in load_words(lang, "month_figure_leads")


def compared_month(text: str, month_end: int, at: int) -> bool:
    """The comparison starting at ``at`` is in the sentence of the month that ended at ``month_end``."""
    return 0 <= at - month_end and same_sentence(text, month_end, at, _REACH, _SENTENCE_END)
