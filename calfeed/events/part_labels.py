"""Labels that only name a part of the year ("Term 1: Tue 27 Jan, Wed 28 Jan") under a list's
heading ("2026 Pupil Free Days"): the label says which term the days fall in, the heading says
what they are. Such an entry is named by both: "Pupil Free Days (Term 1)", not "Term 1", which
is the name of the whole term.

A heading that says only that it lists dates ("Term Dates 2026", "Key Dates":
list_heading_fillers) or names a part itself ("Semester Two") names nothing, and the labels keep
their names; so does a row with no colon after its label ("Semester one 7th Sep - 27th Nov"),
which names the part itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from calfeed.events.label_lines import numbered_name
from calfeed.events.timing import Timing
from calfeed.events.vocabulary import word_list
from calfeed.text import line_end, lines_above

MAX_LINES_UP = 16        # lines walked up from the date's line to the list's heading
MAX_HEADING_WORDS = 8
MAX_LABEL_CHARS = 40     # a row's label before its colon ("Fair Interval")
_ITEM_MARKS = "-–•*·▪"


def part_name_only(label: str) -> bool:
    """Whether the label is only a numbered part's name: "Term 1", "Term Two", "Semester 2", "T1"."""
    tokens = label.split()
    if len(tokens) == 1:
        return numbered_name(tokens[0]) and any(c.isdigit() for c in tokens[0]) and tokens[0][:1].isupper()
    return (len(tokens) == 2 and tokens[0].lower() in word_list("numbered_parts")
            and (tokens[1].isdigit() or tokens[1].lower() in word_list("part_number_words")))


def heading_named(text: str, line_start: int, label: str) -> str | None:
    """The name for a date on the line at ``line_start`` whose label is ``label``: the list
    heading's words with the label in brackets, when the label is only a part's name and the
    heading above the list names a thing; else None."""
    if not part_name_only(label):
        return None
    line = text[line_start:line_end(text, line_start)].lstrip(_ITEM_MARKS + " \t")
    if not line.startswith(label) or not line[len(label):].lstrip().startswith(":"):
        return None           # "Semester one 7th Sep - 27th Nov": a row naming the part itself
    for start, end in lines_above(text, line_start, MAX_LINES_UP):
        line = text[start:end].strip()
        if not line or all(c in _ITEM_MARKS for c in line):
            continue
        if line.startswith("(") and line.endswith(")"):
            return None       # "(Quay Road, Leith)": an address or aside in brackets, no list's heading
        head = line.lstrip(_ITEM_MARKS + " \t")
        colon = head.find(":")
        if colon > 0 and part_name_only(head[:colon].strip()):
            continue          # "Term 2: Mon 20 Apr": a sibling item of the list
        return _thing(line, label)
    return None


def gap_row(text: str, at: int) -> bool:
    """Whether the date at ``at`` stands on a row whose label names the gap between the parts
    ("Expo Interval: Mar. 8 - 11, Mar. 17 - 19"), a time when nothing the page lists happens
    (gap_row_nouns): no entry. The label opens the line and ends at the first colon before the date."""
    start = text.rfind("\n", 0, at) + 1
    colon = text.find(":", start, at)
    if colon < 0 or colon - start > MAX_LABEL_CHARS:
        return False
    words = text[start:colon].strip(_ITEM_MARKS + " \t*_#").lower().split()
    return bool(words) and words[-1] in word_list("gap_row_nouns")


def part_span(timing: Timing, title: str, written: str) -> Timing | None:
    """A part's row with one day's hours ("Phase 1: Mar. 3 - 7, 2029 9:00AM - 06:00PM"): the part
    runs from its first day to its last, open those hours each day; one all-day stretch with the
    hours as a note, not a daily series of them. None unless ``title`` is only a part's name and
    ``timing`` runs over more than one day with clocks."""
    if (not part_name_only(title) or timing.all_day or timing.rrule or not isinstance(timing.start, datetime)
            or not isinstance(timing.end, datetime) or timing.end.date() <= timing.start.date()):
        return None
    hours = f"{timing.start:%H:%M}–{timing.end:%H:%M}"
    return replace(timing, start=timing.start.date(), end=timing.end.date(), all_day=True,
                   notes=timing.notes + [f"open {hours} each day of the part, as \"{written}\" says"])


def _thing(line: str, label: str) -> str | None:
    """"Pupil Free Days (Term 1)" from the heading "2026 Pupil Free Days"; None when the line
    is no heading (a sentence, a label with its value) or names nothing but dates."""
    line = line.strip(" \t*_#")
    if not line or ":" in line or line[-1] in ".!?;," or len(line.split()) > MAX_HEADING_WORDS:
        return None
    fillers = word_list("list_heading_fillers") | word_list("numbered_parts")
    words = [w for w in line.split() if not (w.isdigit() and len(w) == 4)]     # "2026": the list's year
    if not words or any(any(c.isdigit() for c in w) for w in words):
        return None
    if all(w.lower() in fillers for w in words):
        return None           # "Term Dates 2026": the labels are the names
    if any(w.lower() in word_list("numbered_parts") for w in words):
        return None           # "Semester Two" over "Semester two: ...": the part's own section
    return f"{' '.join(words)} ({label})"
