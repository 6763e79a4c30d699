"""Whole-text scans of the glue readers, tried only where the text's kinds show the pattern can start.

The glue readers (glued_cells, glued_runs) scan a whole page for shapes such as a run of digits before
a clock's minutes or six capitals in a row. The engine looks for such a pattern's first character by
testing every character of the page against a set or a category (``\\d`` asks the character's Unicode
category), some forty instructions a character: these scans were most of the glue readers' cost, a
twelfth of a first pass over TBAQ, for pages that mostly hold none of the shapes. The same page's kinds
(char_kinds: every digit a "9", every small letter an "a", every capital an "A") are searched for a
literal character at memory speed, and the kinds around it tell whether the pattern could start there.

A ``KindsLed`` pairs a pattern over the text with a ``lead`` over the kinds that matches (one
character) at every place where the pattern can start, and perhaps at others. ``matches`` tries the
pattern only at the lead's places, left to right, passing over those inside a match already found:
what ``pattern.finditer`` gives, as the engine's own search tries the same places in the same order
and a match at a place is the same whether it was searched for or asked for there (look-behinds read
the text before the place either way). The pattern must match no empty text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class KindsLed:
    """A pattern over a text, and a pattern over the text's kinds matching wherever it can start."""

    pattern: re.Pattern[str]
    lead: re.Pattern[str]

    def matches(self, text: str, written: str) -> list[re.Match[str]]:
        """``list(self.pattern.finditer(text))``, ``written`` being ``kinds(text)``."""
        return scan_pattern(self.pattern, text, (place.start() for place in self.lead.finditer(written)))


def scan_pattern(pattern: re.Pattern[str], text: str, positions: Iterable[int]) -> list[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, trying only ``positions`` (rising): once a
    match is found, the positions inside it are passed over, as finditer passes over them."""
    found = []
    match_at = pattern.match
    end = 0
    for at in positions:
        if at < end:
            continue
        match = match_at(text, at)
        if match is not None:
            found.append(match)
            end = match.end()
    return found
