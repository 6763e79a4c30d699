"""A text's characters written as their kinds, so that a scan can first ask whether what it needs is there.

Most patterns of the glue readers (glued_cells, glued_runs) need two kinds of character side by
side: a digit touching a letter ("Jul29th"), a small letter before a capital ("MeetingTuesday"),
five digits in a row ("Jan 152019"). Each such pattern used to be a scan of the whole text,
and the engine tests every character against a category one by one: ten scans of a page for
points that most pages lack. Written as kinds, the text is one ``str.translate`` away, and
"is a digit ever glued to a letter here" is a substring test that runs at memory speed. A
pattern is then scanned only where its kinds stand side by side somewhere in the text; what it
finds is unchanged, as the test only rules out texts where it could find nothing.

The kinds follow the engine's own classes (``\\d``, ``[^\\W\\d_]``, ``[a-z]``, ``[A-Z]``):
"""

from __future__ import annotations

import re

DIGIT = "9"      # a decimal digit (``\d``: any character of category Nd, str.isdecimal)
SMALL = "a"      # an ASCII small letter (``[a-z]``)
CAPITAL = "A"    # an ASCII capital (``[A-Z]``)
OTHER = "x"      # any other letter or number (``[^\W\d_]`` beyond ASCII: "é", "²")

_ASCII = str.maketrans({**{chr(c): DIGIT for c in range(ord("0"), ord("9") + 1)},
                        **{chr(c): SMALL for c in range(ord("a"), ord("z") + 1)},
                        **{chr(c): CAPITAL for c in range(ord("A"), ord("Z") + 1)}})
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


def _beyond(match: re.Match[str]) -> str:
    char = match.group()
    if char.isdecimal():
        return DIGIT
    return OTHER if char.isalnum() else char


# The same table for an ASCII text's bytes: ``bytes.translate`` is one table look-up a character, where
# ``str.translate`` looks each one up in a cache of the dict (three times as long over a first TBAQ pass).
_ASCII_BYTES = bytes(range(128)).decode("ascii").translate(_ASCII).encode("ascii") + bytes(range(128, 256))


def kinds(text: str) -> str:
    """``text`` with each digit, letter and number written as its kind (DIGIT, SMALL, CAPITAL,
    OTHER), every other character as itself: same length, same offsets."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_BYTES).decode("ascii")
    return _BEYOND_ASCII.sub(_beyond, text.translate(_ASCII))


def letter_touches_digit(written: str) -> bool:
    """Whether a digit stands right before or after a letter (``[^\\W\\d_]``) in the text ``written``
    is of."""
    return _TOUCHING.search(written) is not None


# The kinds rarest in prose, first: most of a text's kinds are small letters and blanks.
_RARE_FIRST = (DIGIT, OTHER, CAPITAL)


def kinds_finder(*needles: str) -> re.Pattern[str]:
    """A pattern that a text's kinds hold a match of exactly when they hold one of ``needles``:
    ``any(needle in written for needle in needles)`` in one search, and a faster one. A substring
    search steps one character at a time through a run of small letters when the needle holds
    one, and a text's kinds are mostly runs of small letters; here each needle is found from its
    rarest character (a digit, else another letter, else a capital: ``_RARE_FIRST``) with the rest
    checked around it, so the engine skips to those characters alone."""
    leads = [next((needle.index(kind) for kind in _RARE_FIRST if kind in needle), 0) for needle in needles]
    kinds = sorted({needle[at] for needle, at in zip(needles, leads)})
    ahead: list[str] = []                   # what follows the lead, where nothing need stand before it
    behind: dict[int, list[str]] = {}       # what ends with the lead, where nothing need follow it: by width
    both = []
    for needle, at in zip(needles, leads):
        # the lead itself is checked again when several kinds lead (the set below takes any of them)
        before = needle[:at + 1] if at or len(kinds) > 1 else ""
        after = needle[at + 1:]
        if not before:
            ahead.append(re.escape(after))
        elif not after:
            behind.setdefault(len(before), []).append(re.escape(before))
        else:
            both.append(f"(?<={re.escape(before)})(?={re.escape(after)})")
    # One look-around for the needles of each side (of each width behind, as a look-behind must have
    # one), not one a needle: the engine runs each look-around it enters at every lead it finds.
    branches = ([("" if "" in ahead else f"(?={'|'.join(ahead)})")] if ahead else []) \
        + [f"(?<={'|'.join(found)})" for _, found in sorted(behind.items())] + both
    lead = re.escape(kinds[0]) if len(kinds) == 1 else f"[{''.join(map(re.escape, kinds))}]"
    return re.compile(f"{lead}(?:{'|'.join(branches)})")


_TOUCHING = kinds_finder(*(a + b for letter in (SMALL, CAPITAL, OTHER) for a, b in ((letter, DIGIT), (DIGIT, letter))))
