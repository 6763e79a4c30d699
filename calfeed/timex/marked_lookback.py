"""A look back searched only where it can match: a plain substring test before the pattern.

Several readers try a pattern over the characters just before a date, and every match holds one
word of a short list (a comparison marker, an adjective of what is to come). Most dates have none of
those words before them, and testing for them as plain strings costs far less than trying a pattern
that opens with a look-behind at each character of the look back.
"""

from __future__ import annotations

import re


def marked_search(pattern: re.Pattern[str], markers: tuple[str, ...], text: str, begin: int, end: int) -> bool:
    """Whether ``pattern`` matches in ``text[begin:end]``; ``markers`` are in lower case and every match
    holds one. Only an ASCII window is pre-tested: lower-casing other scripts can change lengths and
    letters the case-blind pattern still matches."""
    window = text[begin:end]
    if window.isascii():
        lowered = window.lower()
        if not any(marker in lowered for marker in markers):
            return False
    return pattern.search(text, begin, end) is not None
