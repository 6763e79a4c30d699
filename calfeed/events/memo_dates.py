"""The date line of a memorandum: a day alone on its line right above the line that names the kind
of document ("June 4, 2031" / "" / "MEMORANDUM" / "To: All members").

A notice that sets out a memorandum dates it on a line of its own before the memo's heading; the
day is when the memo went out, not the meeting it announces, which the memo's subject line and
body date. Put on as an entry, it made the memo's day a second "Public hearing".
"""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import line_end, only_marks, start_of_line

MEMO_BLANK_LINES = 3     # blank lines between the date line and the memo's heading (a line of spaces counts)
MEMO_HEAD_WORDS = 4      # words of the heading line ("Inter-office memorandum")
MEMO_HEAD_CHARS = 80     # characters of a line read as that heading, blanks included
_FURNITURE = " \t*_#|-–—:,.()[]"


def memo_date(text: str, timex: Timex) -> bool:
    """Whether ``timex`` is all its line holds and the next line with words, at most
    MEMO_BLANK_LINES blank lines down, names a memorandum (its last word one of ``memo_kinds``,
    MEMO_HEAD_WORDS words at most): the memo's own day. Only a day: a timeline's month cell over its
    item ("| May 2031 |" / "First announcement |") is no memo's date, and neither is a day over an
    announcement's title."""
    if timex.interval is None or timex.interval.granularity != "day":
        return False          # "| May 2031 |" over "First announcement |": a timeline's month, no memo's day
    start, end = start_of_line(text, timex.start), line_end(text, timex.end)
    if not (only_marks(text, start, timex.start, _FURNITURE) and only_marks(text, timex.end, end, _FURNITURE)):
        return False
    at = end
    for _ in range(MEMO_BLANK_LINES + 1):
        if at >= len(text):
            return False
        at += 1                                   # past the line break
        after = line_end(text, at)
        if after - at > MEMO_HEAD_CHARS:
            return False                          # a paragraph, no heading (and no long copy)
        line = text[at:after].strip(_FURNITURE + " \u00a0")
        if line:
            words = line.lower().replace("-", " ").split()
            return len(words) <= MEMO_HEAD_WORDS and words[-1] in word_list("memo_kinds")
        at = after
    return False
