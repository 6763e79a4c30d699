"""The words that join two atoms into one expression, compiled by role.

compose joins "3 March" and "5 April" over a range word, and the year-sharing passes
(shared_years, ongoing_ranges, the resolver) read the same words to tell a list or range
from two dates that merely stand near each other: one cached reader serves them all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import load_table
from calfeed.timex.vocabulary import word_alternation

EDGE_BLANKS = 3     # blanks a connector pattern allows on either side of its word


@lru_cache(maxsize=None)
def connectors(lang: str) -> dict[str, re.Pattern[str]]:
    """Connector patterns by role, from ``connectors.tsv`` (a whole gap must match).

    A role listing ``<none>`` may also be bare blanks; up to EDGE_BLANKS blanks may stand on
    either side of the word, so a match is bounded and linear.
    """
    out: dict[str, list[str]] = {}
    for row in load_table(lang, "connectors"):
        out.setdefault(row["role"], []).append(row["word"])
    compiled = {}
    for role, words in out.items():
        literal = [w for w in words if w != "<none>"]
        body = word_alternation(literal, dispatched=True)
        optional = "?" if "<none>" in words else ""
        compiled[role] = re.compile(rf"\s{{0,{EDGE_BLANKS}}}(?:{body}){optional}\s{{0,{EDGE_BLANKS}}}", re.IGNORECASE)
    return compiled
