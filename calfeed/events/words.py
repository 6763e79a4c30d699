"""Words and clauses of a sentence, with offsets into the document body.

The framer reasons over words (is this an event noun, a cue, a capitalised name?) but
must report exact character offsets, so every word keeps its span. Clauses split a
sentence at line breaks and semicolons: a bullet list the sentence splitter keeps as
one sentence ("- Abstract deadline: 12 May\\n- Notification: 3 June") is several
clauses, and a date must never borrow a title from its neighbour's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word (letters/digits, inner hyphens and apostrophes, bounded) or one punctuation mark.
_TOKEN = re.compile(r"\w[\w'’&-]{0,60}|[^\w\s]")
_CLAUSE_BREAK = re.compile(r"\n|;")


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


def words_in(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]``, offsets absolute."""
    return [Word(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of the sentence ``text[start:end]`` as absolute (start, end) spans."""
    bounds = []
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        bounds.append((cursor, match.start()))
        cursor = match.end()
    bounds.append((cursor, end))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def clause_of(text: str, sentence: tuple[int, int], offset: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``offset``, found by looking out from the offset
    (a sentence the splitter could not cut may be the whole document)."""
    start = max(text.rfind("\n", sentence[0], offset), text.rfind(";", sentence[0], offset)) + 1
    start = max(start, sentence[0])
    ends = [e for e in (text.find("\n", offset, sentence[1]), text.find(";", offset, sentence[1])) if e >= 0]
    return start, min(ends) if ends else sentence[1]
