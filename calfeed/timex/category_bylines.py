"""A post's run of sections or tags ending in its date ("Americas, Events, News, April 30 2018",
"Posted in News, Announcements | May 4, 2021"): news sites and blogs print the post's filing day
after the sections it is filed under, so the date is the page's own, never an event's day."""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import load_words

MAX_ITEM_WORDS = 4      # words of one section's name ("Human rights and development")
_SEPARATORS = re.compile(r"\s*[,|·•/;]\s*")
_TRAILING = " \t,|·•/;:–—-"


def category_byline(before: str, after: str) -> bool:
    """Whether ``before`` (the line's words before a date) is a run of sections ending at the date and
    ``after`` holds nothing but punctuation: every item a short name opening with a capital, one of
    them a section word (post_category_words), and two items at least unless a lead says what they
    are ("Posted in News |")."""
    if after.strip(_TRAILING + "."):
        return False
    run = before.strip(_TRAILING + "*_#")
    lead = _lead(run)
    if lead:
        run = run[len(lead):].strip(_TRAILING)
    items = [item for item in _SEPARATORS.split(run) if item]
    if len(items) < (1 if lead else 2):
        return False
    if not all(_name_like(item) for item in items):
        return False
    sections = load_words("en", "post_category_words")
    return any(" ".join(item.lower().split()) in sections for item in items)


def _lead(run: str) -> str:
    """The lead of ``run`` from post_category_leads ("Posted in", "Filed under:"), as written, or ""."""
    folded = run.lower()
    for lead in _leads_longest_first():
        if folded.startswith(lead) and (len(run) == len(lead) or not run[len(lead)].isalnum()):
            return run[:len(lead)]
    return ""


@lru_cache(maxsize=None)
def _leads_longest_first() -> tuple[str, ...]:
    """The leads, longest first so that "posted in" is taken whole before "in" could be; sorted once."""
    return tuple(sorted(load_words("en", "post_category_leads"), key=len, reverse=True))


def _name_like(item: str) -> bool:
    """A section's name: a few words, the first opening with a capital or a digit."""
    words = item.split()
    return 0 < len(words) <= MAX_ITEM_WORDS and (words[0][0].isupper() or words[0][0].isdigit())
