"""A programme's run of clock rows under its heading, its day told in the prose above:

    The Minister will on Monday, 4 April 2016 launch the Focus Week ...
    Media Programme
    Part One: Tribal Office
    09h00 – 09h30 Technical media briefing
    Part Two: Follow-up visits
    10h30 – 11h30 Photo opportunity

Each row is a slot, an event of its own, even when its name holds no event word ("Photo
opportunity", "Tour of the clinic"): the heading says the rows are what happens. The part
headings between the rows ("Part Two: ...") split the run, they do not end it. Rows under a
heading that names no programme ("Opening times" / "09:00 – 17:00 Galleries") are hours.
"""

from __future__ import annotations

import re

from calfeed.events.dates_by_offset import DatesByOffset
from calfeed.events.deadline_clock import clock_of
from calfeed.events.vocabulary import find_phrase, phrase_list
from calfeed.model import Timex
from calfeed.text import LETTER_WORD, line_end, lines_above

MAX_RUN_LINES = 16        # lines read upward from a row to its programme's heading
MAX_HEADING_WORDS = 6     # "Programme for the day:", "Media Programme": a heading, not a sentence
MAX_PART_WORDS = 10       # "Part Two: Follow-up visits to households and projects"
ROW_LEADS = " \t-–•*·>"   # a bullet before a row's clock


def in_programme(text: str, slot: Timex, dates: DatesByOffset) -> bool:
    """Whether the clock row ``slot`` stands in a run of rows under a programme's heading: going up,
    only other clock rows, part headings and blank lines lie between it and the heading."""
    for above, end in lines_above(text, text.rfind("\n", 0, slot.start) + 1, MAX_RUN_LINES):
        line = text[above:end].strip()
        if not line:
            continue
        if _programme_heading(line):
            return True
        if _clock_row(text, above, dates) or _part_heading(line):
            continue
        return False
    return False


def _programme_heading(line: str) -> bool:
    words = LETTER_WORD.findall(line.lower())
    if not words or len(words) > MAX_HEADING_WORDS or line.rstrip().endswith((".", ",", ";")):
        return False
    return find_phrase(words, phrase_list("programme_heading_nouns")) is not None


def _part_heading(line: str) -> bool:
    """A short line with no sentence's end that heads a part of the run ("Part Two: Community Hall")."""
    words = len(LETTER_WORD.findall(line))
    return (words <= MAX_PART_WORDS and not line.endswith((".", ",", ";"))
            and not (line.endswith(":") and words > MAX_HEADING_WORDS))   # "... invited as follows:": prose


def _clock_row(text: str, begin: int, dates: DatesByOffset) -> bool:
    """A line that opens with a clock, after a bullet at most."""
    row = text[begin:line_end(text, begin)]
    lead = len(row) - len(row.lstrip(ROW_LEADS))
    return any(t.start == begin + lead and t.type == "TIME" and clock_of(t) is not None
               for t in dates.starting_in(begin + lead, begin + lead + 1))
