"""A weekday written twice before its day ("Grant B: Friday, Friday, 6 June"): a slip of the
pen, not a day of its own. Read alone, the first copy would name the nearest such weekday (often
the page's own week); the day that follows already holds it."""

from __future__ import annotations

from calfeed.model import Timex

_GAP = ", \t"        # what may stand between the copy and the day that repeats it


def doubled_weekdays(text: str, ordered: list[Timex]) -> set[int]:
    """The bare weekdays (by id) written right before a date that opens with the same word."""
    found: set[int] = set()
    for first, second in zip(ordered, ordered[1:]):
        if not first.bare_weekday or first.type != "DATE" or second.start < first.end:
            continue
        if text[first.end:second.start].strip(_GAP) or second.start == first.end:
            continue
        word = text[first.start:first.end].strip()
        following = text[second.start:second.start + len(word) + 1]
        if following[:len(word)].lower() == word.lower() and not following[len(word):].isalpha():
            found.add(id(first))
    return found
