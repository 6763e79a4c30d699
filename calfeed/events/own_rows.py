"""A key-date row's own words name its entry whole.

A key-dates list writes one row a date: the date, a mark, then what happens on it ("- July 15th
2025: Conference final programme announcement", "12 May 2027 – Early registration closes"). A
framer reading the row's noun phrase may keep only a part of it: the event noun a compound
opens ("Conference" of "Conference schedule published"), or a head cut before a
word it cannot read ("Deadline" of "Deadline for every strand's papers"). A subscriber seeing
"Conference" cannot tell it from the conference itself. So when the title is a part of the row's
label, the whole label titles the entry, whatever framer chose it.

A row whose label only says that something starts or ends ("Starts | Sunday 2 November")
shares its subject with the row right above it when that row's label ends with such a word too
("Summer Timetable Ends | Sunday 12 October"): "Summer Timetable starts".

A label counts only when it is short and plain: a few words with no sentence end inside, no
comma, no bracket, no second date, no clock and no digit (a row that goes on to a place, a time or
a note is a sentence, read by the framers); only when the title is a run of its words, so a title
taken from elsewhere is never replaced by this row; and only when the title was cut inside a
compound, not before a tail a preposition or a clause word opens ("Pilot launch" / "with three
local authorities" is a whole phrase), nor for a label that names a list ("Conference dates").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from calfeed.events.vocabulary import word_list
from calfeed.text import line_end, short_lead, start_of_line

MIN_LABEL_WORDS = 2
MAX_LABEL_WORDS = 12
ROW_MARKS = " \t*_#"          # what may stand before a row's date besides a list bullet
LABEL_MARKS = (":", "–", "—", "-", "|")     # what parts the date from its label
_PLAIN = re.compile(r"[A-Za-z][A-Za-z'’&/-]*")
_NOT_PLAIN = re.compile(r"[\d,;()\[\]?!]|\.\s")


def own_row_title(title: str, text: str, date_start: int, dated: Sequence[tuple[int, int]]) -> str:
    """The row's whole label when ``title`` is a shorter run of its words (module note);
    ``title`` itself otherwise. ``dated`` are the spans of every date on the page, sorted."""
    label = _label(text, date_start, dated)
    if label is None:
        return title
    have = _words(title)
    whole = _words(label)
    if not have or len(have) >= len(whole):
        return title
    at = _run_at(have, whole)
    if at is None:
        return title
    after = at + len(have)
    if after < len(whole) and whole[after] in _tail_openers():
        return title              # "Pilot launch" of "pilot launch with three local authorities": a whole phrase
    if whole[-1] in _list_words():
        return title              # "Conference dates": what the row lists, no better name
    return label[:1].upper() + label[1:]


def _label(text: str, date_start: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The plain label after the date that opens its row, or None."""
    begin = start_of_line(text, date_start)
    bullets = word_list("list_bullets")
    lead = short_lead(text, begin, date_start, max(map(len, bullets), default=0), ROW_MARKS)
    if lead is None or (lead and lead not in bullets):
        return None
    at = bisect.bisect_left(dated, (date_start, -1))
    date_end = max((end for start, end in dated[at:at + 4] if start == date_start), default=None)
    if date_end is None:
        return None
    end = line_end(text, date_end)
    after = bisect.bisect_left(dated, (date_end, -1))
    if after < len(dated) and dated[after][0] < end:
        return None              # a second date on the row: a range or a note, read by the framers
    rest = text[date_end:end].strip(" \t*_")
    mark = next((m for m in LABEL_MARKS if rest.startswith(m)), None)
    if mark is None:
        return None
    label = rest[len(mark):].strip(" \t*_").rstrip(".")
    words = label.split()
    if not MIN_LABEL_WORDS <= len(words) <= MAX_LABEL_WORDS or _NOT_PLAIN.search(label):
        return None
    if not all(_PLAIN.fullmatch(w) for w in words):
        return None
    return label


def _words(title: str) -> list[str]:
    return [w.lower() for w in title.split()]


def _run_at(part: list[str], whole: list[str]) -> int | None:
    """Where ``part`` stands in ``whole`` as consecutive words, or None."""
    size = len(part)
    return next((k for k in range(len(whole) - size + 1) if whole[k:k + size] == part), None)


def _tail_openers() -> frozenset[str]:
    """Words that open a phrase's tail or a clause after it: a title cut before one is a whole
    phrase ("Early registration ends" / "for all participants"), not a cut compound."""
    return word_list("phrase_breaks") | word_list("phrase_links") | word_list("place_prepositions")


def _list_words() -> frozenset[str]:
    return word_list("date_header_words") | word_list("date_list_heading_words") | word_list("generic_title_nouns")


MAX_SUBJECT_WORDS = 6


def bound_row_title(title: str, text: str, date_start: int) -> str:
    """"Daylight Savings starts" for a row labelled "Starts" under a row labelled "Daylight
    Savings Ends" (module note); ``title`` itself otherwise."""
    bounds = word_list("bound_row_words")
    if title.strip().lower() not in bounds:
        return title
    line_start = start_of_line(text, date_start)
    if _row_label(text[line_start:date_start]).lower() != title.strip().lower() or line_start < 2:
        return title
    above = start_of_line(text, line_start - 1)
    words = _row_label(text[above:line_start - 1]).split()
    if not 2 <= len(words) <= MAX_SUBJECT_WORDS or words[-1].lower() not in bounds:
        return title
    if any(c.isdigit() for w in words for c in w):
        return title
    return f"{' '.join(words[:-1])} {title.strip().lower()}"


def _row_label(line: str) -> str:
    """A row's label: its first cell, or the words before its colon."""
    cell = line.split("|")[0] if "|" in line else line.split(":")[0]
    return cell.strip(ROW_MARKS + "-–—•:")
