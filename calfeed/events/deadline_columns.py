"""Rows of a flattened table whose header names the date column a deadline:

    Channel Deadline Type of Taxpayer
    Post or at a branch 21 September 2018 Individuals
    Online 31 October 2018 Individuals

The cell borders are lost, so no reader cuts the header into columns, and each row's day is a
tentative entry named by the rest of its line (unclaimed_dates). The header still says what the
days are: a word of ``deadline_header_words`` in it makes each row's day a deadline. The header is
the nearest line above the run of dated rows that holds no date: short (HEADER_WORDS words at
most) with no full stop, or a lead-in ending with a colon ("Deadlines are as follows:").
"""

from __future__ import annotations

from calfeed.events.vocabulary import find_phrase, phrase_list
from calfeed.events.words import words_in
from calfeed.text import lines_above

ROW_REACH = 30        # lines read up from a row, over the rows and blanks above it, for the header
HEADER_WORDS = 8      # words of a header line at most
HEADER_CHARS = 160    # characters of a header or lead-in line at most (a longer line is prose, not read)


def under_deadline_header(text: str, begin: int, dated_lines: set[int]) -> bool:
    """Whether the line starting at ``begin`` is a row under a header (or lead-in) that names a
    deadline; ``dated_lines`` are the starts of the lines holding a date."""
    for start, end in lines_above(text, begin, ROW_REACH):
        if start in dated_lines:
            continue      # another row of the run
        if end - start > HEADER_CHARS:
            return False  # prose (not sliced: a long line read for every row would make the page square)
        line = text[start:end].strip()
        if not line:
            continue      # a blank between the rows or under the header
        words = words_in(text, start, end)
        header = len([w for w in words if w.is_word]) <= HEADER_WORDS and not line.endswith((".", "!", "?"))
        if not (header or line.endswith(":")):
            return False
        lowered = [w.lower for w in words]
        return find_phrase(lowered, phrase_list("deadline_header_words")) is not None
    return False
