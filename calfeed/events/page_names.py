"""A bare generic title named by its page: on a page titled "IGEC 2024 Important Dates" the
line "Jun 30-Jul 4, 2024: Conference date" gives an entry titled only "Conference"; the page's
title says which conference, so the entry reads "IGEC 2024 conference". Only a name written
with an acronym or a year ("IGEC 2024", "ACL 2025") qualifies it: a page called "Important
Dates" or "Board Calendar" names no event."""

from __future__ import annotations

import re

from calfeed.events.mentions import without_page_section
from calfeed.events.vocabulary import ending_phrase, word_list

MAX_NAME_WORDS = 6
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]*[A-Z0-9]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SEPARATOR = re.compile(r"[ \t][|–—-][ \t]|:[ \t]")


def named_by_page(title: str, page_title: str | None) -> str:
    """``title`` qualified by the name in ``page_title`` when ``title`` is a bare generic event
    noun (page_named_nouns); else ``title`` as it is."""
    noun = title.strip().lower()
    if not page_title or noun not in word_list("page_named_nouns"):
        return title
    name = _page_name(page_title)
    if name is None:
        return title
    if noun in name.lower().split():
        return name                       # "ICWSM 2027 Conference: Key dates"
    return f"{name} {noun}"


def _page_name(page_title: str) -> str | None:
    """The name a page's title opens with, its section words ("Important Dates") left out;
    None unless it is short and holds an acronym or a year."""
    line = without_page_section(" ".join(page_title.split()).strip(" #*_|:"))
    parts = [p for p in _SEPARATOR.split(line) if p.strip().lower() not in word_list("page_section_words")]
    if len(parts) != 1:
        return None                       # "Programme: Day 1 | Hall B": no one name
    words = parts[0].split()
    sections = sorted((tuple(s.split()) for s in word_list("page_section_words")), key=len, reverse=True)
    lowered = [w.lower() for w in words]
    cut = ending_phrase(lowered, sections, leaving=1)
    if cut is not None:
        words = words[:-len(cut)]
    words = [w.strip(",:;|–—-") for w in words]
    words = [w for w in words if w]
    if not words or len(words) > MAX_NAME_WORDS or not words[0][:1].isupper():
        return None
    if not any(_ACRONYM.fullmatch(w) or _YEAR.fullmatch(w) for w in words):
        return None
    return " ".join(words)
