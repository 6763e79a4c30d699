"""Clocks inside a quotation in another language: "(\"... la fête commencera le premier samedi de mai
à 14:00 sur la place ...\")" quoted in an English story about a council's decision.

The tagger reads the clock ("14:00") but not the foreign words that give its day, so alone it fell on
the page's own day and became an entry there. An English page quoting a passage in another language
quotes it as a source, and what it tells in English is what the page announces: a clock time with no
day of its own (TIME) inside such a quotation frames no entry. A quotation is another language's
when it is prose of some length with none of English's commonest short words (tense's foreign-sentence
test, as the tagger tells a quoted Dutch sentence's tense).
"""

from __future__ import annotations

import re

from calfeed.events.candidates import date_not_written
from calfeed.events.quote_marks import WITH_ANGLES, opening_marks, quotation_pattern, quoted
from calfeed.model import Timex
from calfeed.text import line_end, start_of_line
from calfeed.timex.tense import foreign_sentence    # the tagger's own test of a sentence in another language

QUOTE_MARKS = opening_marks(WITH_ANGLES, double=True)
# A quotation on one line: straight, curly or angle double quotes, the closing mark of the same kind.
_QUOTATION = quotation_pattern(WITH_ANGLES, double=True, longest=3000)


def foreign_quoted_clocks(text: str, timexes: list[Timex]) -> set[int]:
    """The ids of the clock times with no day written inside a quotation in another language."""
    found: set[int] = set()
    quotations: dict[int, list[tuple[int, int, bool]]] = {}     # a line's start -> its quotations, read once
    for timex in timexes:
        if not date_not_written(timex):
            continue        # a day the tagger read in the quotation is written, whatever the language
        start = start_of_line(text, timex.start)
        if start not in quotations:
            end = line_end(text, timex.start)
            if not any(mark in text[start:end] for mark in QUOTE_MARKS):
                quotations[start] = []
                continue
            quotations[start] = [(m.start(), m.end(), _quoted_foreign(m)) for m in _QUOTATION.finditer(text, start, end)]
        if any(s < timex.start and timex.end < e and foreign for s, e, foreign in quotations[start]):
            found.add(id(timex))
    return found


def _quoted_foreign(quotation: re.Match[str]) -> bool:
    """Whether the quoted words (whichever kind of mark enclosed them) are another language's prose."""
    return foreign_sentence(quoted(quotation), "en")
