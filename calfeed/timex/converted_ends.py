"""A range's end told first in another calendar and then in the Gregorian one: "the holidays will begin
on 10 March 2031 and end on the fourteenth of Rajab 1452 H, corresponding to 15 March 2031".

The tagger joins "begin on D1 and end on D2" as one range when only the ending clause
(connectors.tsv role range_end_clause) stands between the two days. A notice that dates its days by
the moon first restates the end day in that calendar before the Gregorian day, so the gap holds
the clause, the other calendar's day and a link that says the two are one day
(calendar_equivalence_links.txt: "corresponding to", "equivalent to"); read apart, the entry kept
the first day alone. The other calendar's day is a short run of words and numbers with no clause
mark in it (at most OTHER_DAY_CHARS characters), and the link closes the gap, so a later day that
is only compared with the first ("ends on the day after, which is ...") needs its clause right
before it as well.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.connectors import EDGE_BLANKS
from calfeed.timex.lexicon import load_list, load_table
from calfeed.timex.vocabulary import word_alternation

OTHER_DAY_CHARS = 48     # "the fourteenth of Dhu al-Hijjah 1452 H": a day of another calendar, spelt out
LINK_CHARS = 32          # ", which corresponds to the ": the link with its comma, blanks and article
CONVERTED_GAP = 40 + OTHER_DAY_CHARS + LINK_CHARS     # the clause ("and will continue until") and the rest


@lru_cache(maxsize=None)
def _converted_gap(lang: str) -> re.Pattern[str] | None:
    """The whole gap: an ending clause, the other calendar's day, a comma or not, and the link."""
    clauses = [row["word"] for row in load_table(lang, "connectors") if row["role"] == "range_end_clause"]
    links = list(load_list(lang, "calendar_equivalence_links"))
    if not clauses or not links:
        return None
    blanks = rf"\s{{1,{EDGE_BLANKS}}}"
    return re.compile(rf"\s{{0,{EDGE_BLANKS}}}(?:{word_alternation(clauses, dispatched=True)}){blanks}"
                      rf"[^\s,.;:!?()\[\]][^,.;:!?()\[\]\n]{{0,{OTHER_DAY_CHARS - 1}}}"
                      rf",?{blanks}(?:{word_alternation(links, dispatched=True)}){blanks}(?:the{blanks})?",
                      re.IGNORECASE)


def converted_end(text: str, left_end: int, right_start: int, lang: str) -> bool:
    """Whether the text between a range's first day and its last is an ending clause whose day is
    told in another calendar first ("and ends on the 14th of Rajab 1452 H, corresponding to ")."""
    if not 0 < right_start - left_end <= CONVERTED_GAP:
        return False
    pattern = _converted_gap(lang)
    return pattern is not None and pattern.fullmatch(text, left_end, right_start) is not None
