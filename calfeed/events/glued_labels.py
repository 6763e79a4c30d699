"""A capital deadline label glued to the line before it by a transcription that lost its breaks.

A tender's PDF copied as text runs its capital heading lines together: "... FOR A PERIOD OF TWO
YEARSCLOSING DATE AND TIME: 17th FEBRUARY, 2020 AT 2.00PM". The label still names the date after
its colon; only its first word is glued to the word before ("YEARSCLOSING"), so no label reader
finds it at a word's start. A label written in capitals (deadline_label_starts, perhaps with a
tail such as "and time") that ends right before the colon in front of a date, glued to a letter,
digit or bracket, makes the date that deadline. A lower-case run ("the enclosing date:") is a
word of its own, not a glued label.

A reader of its own, asked just before label_block.line_label, rather than a step inside it: the
line reader takes all of a line before its colon as the label and then trims it (prose stops, a
long label's place, list numbers), and keeps its case ("CLOSING DATE AND TIME"); a glued label is
found the other way, from the colon back, by the vocabulary's deadline words alone, and only
where a glue character proves the break was lost. Folded in, it would be one more exception in
each of line_label's trims.
"""

from __future__ import annotations

import re

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import start_of_line

REACH = 60          # characters before the date in which the label and its colon stand
_COLON = re.compile(r"[ \t]*:[ \t]*\Z")
_GLUE = re.compile(r"[A-Z0-9)]\Z")


def glued_label(text: str, timex: Timex) -> str | None:
    """The title of the capital deadline label glued before ``timex``'s colon, or None."""
    line = start_of_line(text, timex.start)
    before = text[max(line, timex.start - REACH):timex.start]
    colon = _COLON.search(before)
    if colon is None:
        return None
    head = before[:colon.start()]
    if head != head.upper():
        return None
    spaced = " ".join(head.split()).lower()
    tails = [""] + [" " + t for t in sorted(word_list("deadline_label_tails"), key=len, reverse=True)]
    for label in sorted(word_list("deadline_label_starts"), key=len, reverse=True):
        for tail in tails:
            written = label + tail
            if not spaced.endswith(written):
                continue
            rest = " ".join(head.split())[:len(spaced) - len(written)]
            if not rest or not _GLUE.search(rest):
                return None      # a label at a word's start: the label readers have it
            return written[:1].upper() + written[1:]
    return None


def glued_day(text: str, timex: Timex) -> bool:
    """Whether ``timex`` opens with a day number glued to the letters before it ("Public Forum20 May
    2031"): a table row copied as text whose label cell lost its blank. The tagger reads the day from
    the digits on; the label is the row's whole first cell, though its last word holds the digits."""
    return 0 < timex.start < len(text) and text[timex.start].isdigit() and text[timex.start - 1].isalpha()
