"""Labels that only name a part of the year ("Term 1: Tue 27 Jan, Wed 28 Jan") under a list's
heading ("2026 Pupil Free Days"): the label says which term the days fall in, the heading says
what they are. Such an entry is named by both: "Pupil Free Days (Term 1)", not "Term 1", which
is the name of the whole term.

A heading that says only that it lists dates ("Term Dates 2026", "Key Dates":
list_heading_fillers) or names a part itself ("Semester Two") names nothing, and the labels keep
their names; so does a row with no colon after its label ("Semester one 7th Sep - 27th Nov"),
which names the part itself."""

from __future__ import annotations

from calfeed.events.label_lines import numbered_name
from calfeed.events.vocabulary import word_list
from calfeed.text import line_end, lines_above

MAX_LINES_UP = 16        # lines walked up from the date's line to the list's heading
MAX_HEADING_WORDS = 8
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
        head = line.lstrip(_ITEM_MARKS + " \t")
        colon = head.find(":")
        if colon > 0 and part_name_only(head[:colon].strip()):
            continue          # "Term 2: Mon 20 Apr": a sibling item of the list
        return _thing(line, label)
    return None


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
