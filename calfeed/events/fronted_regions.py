"""Sentences fronted by the region they tell of: "In Kent, ... from 20 December. In Essex, ...".

A story that sets out several regions' schedules one sentence each fronts every sentence with
its region and a comma, and then names the same occasion each time ("winter holidays"), so the
entries read alike unless each carries its region. A name so fronted counts only in a paragraph
that fronts at least two different names this way (one "In Hastings, ..." may open any story);
the names need not be in the gazetteer (provinces, districts), and a fronted name that is part
of a date ("In March, ...") is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from calfeed.events.vocabulary import list_alternation, word_list

MIN_FRONTED_REGIONS = 2      # different names fronted in one paragraph that make it a list of regions


@lru_cache(maxsize=None)
def _fronted() -> re.Pattern[str]:
    """A sentence start (the paragraph's or after a full stop), a fronting preposition in capitals,
    one to three capitalised words, then a comma."""
    name = r"[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}"
    preps = list_alternation("fronted_region_prepositions")
    return re.compile(rf"(?:^|(?<=[.!?])[ \t]+)(?i:{preps})[ \t]+({name}),[ \t]", re.M)


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The line (a paragraph of prose) holding offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def fronted_region(text: str, sentence_start: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The region fronting the sentence that opens at ``sentence_start``, when its paragraph fronts
    two or more different names so; None otherwise. ``dated`` are the spans of the page's dates."""
    start, end = _paragraph(text, sentence_start)
    names: dict[int, str] = {}
    for match in _fronted().finditer(text, start, end):
        if match.group(1)[0].islower() or any(s < match.end(1) and match.start(1) < e for s, e in dated):
            continue           # "In March, ...": a date, not a region
        names[match.start(1)] = match.group(1)
    if len(set(names.values())) < MIN_FRONTED_REGIONS:
        return None
    return next((name for at, name in names.items()
                 if text[sentence_start:at].strip().lower() in word_list("fronted_region_prepositions")), None)
