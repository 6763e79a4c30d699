"""A show named in quotes by "titled" or "entitled": "the walls ... will come alive with a
projection titled, “Dancing with Light”" is the run of "Dancing with Light", though no event
noun names it ("projection" names many things that are no events)."""

from __future__ import annotations

import re

from calfeed.events.quote_marks import ENGLISH, closing_marks, opening_marks
from calfeed.events.vocabulary import word_list

MAX_NAME = 80          # characters of a quoted name
_OPENINGS = re.escape(opening_marks(ENGLISH, double=True))     # ", “
_CLOSINGS = re.escape(closing_marks(ENGLISH, double=True))     # ", ”
_QUOTED = re.compile(r"([A-Za-z]+),?\s*[%s]([^%s\n]{1,%d})[%s]" % (_OPENINGS, _CLOSINGS, MAX_NAME, _CLOSINGS))


def quoted_title(text: str, clause: tuple[int, int]) -> str | None:
    """The quoted name after a naming word ("titled", "entitled") in the clause, if any."""
    for match in _QUOTED.finditer(text, clause[0], clause[1]):
        name = match.group(2).strip(" ,.")
        if match.group(1).lower() in word_list("naming_words") and name[:1].isupper():
            return name
    return None


_NAME_OPENINGS = re.escape(opening_marks(ENGLISH, apostrophe=False))     # ‘, ", “: none an apostrophe
_NAME_CLOSINGS = re.escape(closing_marks(ENGLISH, apostrophe=False))
_ANY_QUOTED = re.compile(r"[%s]([^%s\n]{3,%d})[%s]|(?<![\w'])'([A-Z][^'\n]{2,%d})'(?![\w'])"
                         % (_NAME_OPENINGS, _NAME_CLOSINGS, MAX_NAME, _NAME_CLOSINGS, MAX_NAME))     # straight single quotes only around a word-free edge


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t,]*\Z")


def quoted_name(text: str, span: tuple[int, int], dates: list[tuple[int, int]]) -> tuple[str, bool] | None:
    """The first quoted name in ``span`` that opens with a capital and holds no date ("for 'The
    Coronation Big Lunch'"): what a sentence with no event noun calls its occasion; with whether a
    naming cue stands just before it ("for", "called", "titled"), without which the quote may as
    well name a book or a ship ("the carrier 'HMS Queen Elizabeth' docks on 14 June")."""
    for match in _ANY_QUOTED.finditer(text, span[0], span[1]):
        name = (match.group(1) or match.group(2)).strip(" ,.")
        if (name[:1].isupper() and len(name.split()) >= 2
                and not any(match.start() < e and s < match.end() for s, e in dates)):
            before = _WORD_BEFORE.search(text, max(span[0], match.start() - 40), match.start())
            cue = before.group(1).lower() if before else ""
            return name, cue in word_list("quoted_name_cues") or cue in word_list("naming_words")
    return None
