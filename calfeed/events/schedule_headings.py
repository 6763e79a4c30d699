"""Month and year headings of a schedule: "2026" / "JANUARY" / "Monday, January 5, 2026 - 5:30
p.m. Regularly Scheduled Meeting" / "FEBRUARY" / ... A board, council or club writes its year
of meetings under a line per month; the heading only groups the dated rows under it, it is no
month-long entry of its own, and the row above it is no label naming it.

A line holding only a month (with its year or not) or only a year heads a schedule when the
next line with words holds a day inside it, or another such heading inside it ("2026" over
"JANUARY"). Once two month lines of a text head dated rows this way, every month line of that
text is a heading, also one whose month has no meeting ("JULY" / "NO FIRST MONDAY MEETING IN
JULY"), or whose year the tagger took from the document's date ("OCTOBER" read as 2025 over
"Monday, October 5, 2026").

A school year's part labelled with its months ("Term 4: October – December 2027", its label's noun in
term_heading_nouns) heads its rows the same way when the next line holds a day inside its months;
it does not count among the month lines that make every month line a heading."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from calfeed.events.candidates import GRANULARITY_ORDER, date_not_written
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import line_end, only_marks, start_of_line

HEADING_GRAINS = ("year", "month")
DAY_GRAINS = frozenset(GRANULARITY_ORDER[GRANULARITY_ORDER.index("day"):])
MAX_LABEL_WORDS = 3        # "Term 4", "Spring semester": a label, not a sentence
MIN_MONTH_HEADINGS = 2      # month lines over dated rows that make every month line of the text a heading
_MARKS = " \t*_#:"


def _alone(text: str, timex: Timex) -> bool:
    """Whether the date fills its line, emphasis, a heading mark and a colon aside ("**April**")."""
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    return only_marks(text, start, timex.start, _MARKS) and only_marks(text, timex.end, end, _MARKS)


def _term_labelled(text: str, timex: Timex) -> bool:
    """Whether the date fills its line after a school-year part's label and a colon ("Term 4:  October
    – December 2027")."""
    if not only_marks(text, timex.end, line_end(text, timex.end), _MARKS):
        return False          # asked first, in place: a page on one line is copied for one date at most
    label = text[start_of_line(text, timex.start):timex.start].strip(" \t*_#")
    if not label.endswith(":"):
        return False
    words = label[:-1].lower().split()
    return 0 < len(words) <= MAX_LABEL_WORDS and any(w in word_list("term_heading_nouns") for w in words)


def _next_line(text: str, at: int) -> int | None:
    """Where the next line with words after the line holding ``at`` starts."""
    cursor = text.find("\n", at)
    while cursor >= 0:
        end = line_end(text, cursor + 1)
        if text[cursor + 1:end].strip(_MARKS):
            return cursor + 1
        cursor = text.find("\n", cursor + 1)
    return None


def _inside(inner: Timex, outer: Timex) -> bool:
    """Whether ``inner`` starts in the heading's span; in its month, whatever the year, when the
    heading writes no year ("SEPTEMBER" resolved to next year over "Thursday 10 September 2026")."""
    if inner.interval is None or outer.interval is None:
        return False
    if outer.interval.granularity == "month" and not any(c.isdigit() for c in outer.text):
        return inner.interval.start.month == outer.interval.start.month
    last = outer.end_interval or outer.interval     # "October – December 2027": through December
    return outer.interval.start <= inner.interval.start < last.end


def schedule_headings(text: str, ordered: Sequence[Timex]) -> set[int]:
    """The ids of the dates that are month or year headings of a schedule (see the module)."""
    heads = [t for t in ordered if t.type == "DATE" and t.interval is not None
             and t.interval.granularity in HEADING_GRAINS and (_alone(text, t) or _term_labelled(text, t))]
    if not heads:
        return set()
    starts = [t.start for t in ordered]
    head_ids = {id(t) for t in heads}
    found: set[int] = set()
    for head in reversed(heads):          # a year line over a month heading: that heading first
        below = _next_line(text, head.end)
        if below is None:
            continue
        end = line_end(text, below)
        on_line = ordered[bisect_left(starts, below):bisect_left(starts, end)]
        if any(_inside(t, head) and (id(t) in found or id(t) not in head_ids and t.interval.granularity in DAY_GRAINS
                                     and not date_not_written(t)) for t in on_line):
            found.add(id(head))
    months = [t for t in heads if t.interval.granularity == "month" and _alone(text, t)]
    if sum(id(t) in found for t in months) >= MIN_MONTH_HEADINGS:
        found |= {id(t) for t in months}
    return found
