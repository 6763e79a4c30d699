"""A sentence a copy cut in two by a blank line, joined back (same length).

A page copied to text sometimes breaks a paragraph in the middle of a sentence, so that "Doors are
open from 2 p.m. to" ends one paragraph and "6:30 p.m. on Monday" opens the next. Read as two
paragraphs, the clock range falls apart and each half is a sentence of its own. A paragraph that
ends on a lower-case word no sentence ends on (unfinished_line_ends: "to", "and", "the" ...), with no mark
after it, before a paragraph that opens with a digit or a lower-case letter, goes on: the line
breaks between become spaces, so every offset of the text stays where it was.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from calfeed.tables import read_list

_ENDS = Path(__file__).parent / "timex" / "resources" / "en" / "unfinished_line_ends.txt"
# A lower-case word ending a line, then the blank line(s), then a digit or a lower-case letter. The run is
# bounded and every other part is fixed or a single class, so a failed match is linear.
_BREAK = re.compile(r"(?<![A-Za-z])([a-z]{1,10})([ \t]*\n[ \t]*\n\s{0,4})(?=[0-9a-z])")


@lru_cache(maxsize=None)
def _ends() -> frozenset[str]:
    return frozenset(w.lower() for w in read_list(_ENDS))


def join_broken_paragraphs(text: str) -> str:
    """The text with each paragraph break inside a sentence made spaces (same length)."""
    if "\n\n" not in text:
        return text
    ends = _ends()

    def joined(match: re.Match[str]) -> str:
        if match.group(1) not in ends:
            return match.group(0)
        return match.group(1) + re.sub(r"\s", " ", match.group(2))
    return _BREAK.sub(joined, text)
