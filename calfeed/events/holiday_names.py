"""A holiday opening an event's name ("Canada Day celebrations", "the Christmas market",
"Easter egg hunt"): the holiday is part of what the event is called, so its words belong to
the title. When the sentence writes the event's own date ("... will be held on Friday, 3
December 2027") the holiday is no date of its own; when it writes none, the holiday's day is
the event's ("The Christmas market will be held in York" is on Christmas Day). Another
holiday that names nothing dates it too ("... held on Christmas Eve" is on the 24th).
"""

from __future__ import annotations

import re

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

HOLIDAY_RULES = ("holiday",)       # the tagger's rules that read a holiday's name
_NEXT_WORD = re.compile(r"[ \t]{1,3}(\w[\w'’-]*)")


def holiday_names(text: str, ordered: list[Timex], sentence_of) -> tuple[set[int], set[int]]:
    """(holidays opening a name, by id; of those, the ones their sentence dates otherwise, by a
    written date or by a holiday that opens no name).
    ``sentence_of(offset)`` gives the (start, end) of the sentence at an offset."""
    naming: set[int] = set()
    dated: set[int] = set()
    for timex in ordered:
        if timex.rule not in HOLIDAY_RULES or timex.type != "DATE" or not _opens_name(text, timex):
            continue
        naming.add(id(timex))
        start, end = sentence_of(timex.start)
        if any(o is not timex and o.type in ("DATE", "TIME") and start <= o.start < end
               and (o.rule not in HOLIDAY_RULES or not _opens_name(text, o)) for o in ordered):
            dated.add(id(timex))
    return naming, dated


def _opens_name(text: str, timex: Timex) -> bool:
    """A noun follows the holiday's name: a word that ends no phrase ("Christmas market", not
    "Christmas is" or "Christmas and")."""
    match = _NEXT_WORD.match(text, timex.end)
    if match is None:
        return False
    word = match.group(1).lower()
    return (word not in word_list("phrase_breaks") and word not in word_list("phrase_links")
            and not word[0].isdigit())
