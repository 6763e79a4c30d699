"""A label alone on its line with its value on the next: "Final versions due:" / "October 14,
2031". An important-dates block written this way says what "Final versions due: October 14,
2031" says on one line, so the date's clause reaches back over its label line: the label names
the date and says whether it is a deadline, exactly as it does when it shares the date's line.

A value line holds only its date(s), brackets and a few linking words ("at", "by"): a line of
its own words ("12 January 2027 Board meeting") names its own occasion and keeps its clause.

Web pages flattened to text write the same block without colons: a list item's label over its
date ("• Grants announced" / "early December 2024"), or a status line over it ("Expressions of
Interest open" / "Monday 19 February 2024"); the label is then the entry's name.

A label may also stand straight before its date with no colon ("Reading week  21 - 27 October
(week 7)", "Semester one teaching ends 30 November"): a line holding a short label, one date,
and nothing after it but a bracketed note, is a row of a key-dates list, named by its label.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Callable

from calfeed.events.announced_acts import past_participle
from calfeed.events.candidates import GRANULARITY_ORDER, DateSpans, Frame
from calfeed.events.credit_lines import credit_lead, person_line
from calfeed.events.phrases import deadline_label, noun_phrases
from calfeed.events.vocabulary import table, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex
from calfeed.text import (back_over, few_words_before, forward_over, line_end, lines_above, marks_bounds, only_marks,
                          start_of_line)

MAX_LABEL_WORDS = 8           # a longer line ending in ":" introduces a list, it labels no date
MAX_LONG_LABEL_WORDS = 16     # a label line a label-first list vouches for ("Last day to change from credit/audit or vice versa")
EMPHASIS = "*_`"
MAX_TASK = 90                 # characters: a longer task cell is cut at its first comma
MAX_CELL = 200                # characters: a longer line is a paragraph, no table cell
MAX_RUN_LINES = 40            # filled lines read each way from a date line for its run
REMARK_STOPS = ".!?"           # what ends a remark after a list's last date
MAX_ROW_WORDS = 8             # words a row may hold written as a sentence (date_headings.MAX_TITLE_WORDS)
MIN_RUN_DATES = 2             # date rows a timetable holds at least
MAX_LINES_UP = 6              # lines walked up from a date line to its label (blanks and sibling lines)
SENTENCE_ENDS = ".!?;,"
Spans = Callable[[tuple[int, int]], list[tuple[int, int]]]


def line_above(text: str, at: int) -> tuple[int, int] | None:
    """The line just above the line holding ``at`` when it is a label alone ("**Notification:**"),
    as (start, end) of the label's words without its colon and emphasis."""
    line_start = start_of_line(text, at)
    if line_start == 0:
        return None
    start = start_of_line(text, line_start - 1)
    end = line_start - 1
    start, end = marks_bounds(text, start, end, EMPHASIS, blanks=True)
    if end <= start or text[end - 1] != ":":
        return None
    end = back_over(text, start, end - 1, EMPHASIS, blanks=True)
    label = text[start:end]
    if (not label or ":" in label or label.startswith("#") or not any(c.isalpha() for c in label)
            or len(label.split()) > MAX_LABEL_WORDS):
        return None
    return start, end


def value_line(text: str, clause: tuple[int, int], spans: Spans) -> bool:
    """Whether the clause is a line holding only dates: it opens with one, and what its dates
    leave is brackets, punctuation and linking words ("March 10, 2031 (23:59, anywhere on earth)")."""
    dates = sorted(spans(clause))
    if not dates or text[clause[0]:dates[0][0]].strip(" \t" + EMPHASIS):
        return False
    rest: list[str] = []
    cursor = clause[0]
    for start, end in dates:
        if start > cursor:
            rest.append(text[cursor:start])
        cursor = max(cursor, end)
    rest.append(text[cursor:clause[1]])
    left = without_brackets(" ".join(rest))
    links = word_list("value_line_words")
    words = [w.strip(".,;:–—-*_`").lower() for w in left.split()]
    return all(not w or w in links or not any(c.isalnum() for c in w) for w in words)


def without_brackets(text: str) -> str:
    """The text outside round brackets ("(23:59, anywhere on earth)" is the date's own aside)."""
    kept: list[str] = []
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(char)
    return "".join(kept)


def _only_notes(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds nothing outside round brackets but blanks and footnote marks
    (``without_brackets(...).strip(" \t*†")`` is empty), read only up to the first other
    character: asked for each date of a line, reading the whole rest made a long line square."""
    depth = 0
    for at in range(start, end):
        char = text[at]
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif not depth and char not in " \t*†":
            return False
    return True


def with_label_above(text: str, clause: tuple[int, int], sentence: tuple[int, int],
                     spans: Spans) -> tuple[int, int]:
    """The clause of a date alone on its line, reaching back over a label line just above it in
    the same sentence; any other clause as it is."""
    line_start = start_of_line(text, clause[0] + 1)
    if line_start == 0 or text[line_start:clause[0]].strip():
        return clause
    label = line_above(text, clause[0])
    if label is None or label[0] < sentence[0] or any(
            any(c.isdigit() for c in text[a:b]) for a, b in spans(label)):
        return clause          # "Friday 12 March:" over "10:00-13:00" is a day's heading, not a label
    if not value_line(text, clause, spans):
        return clause
    return label[0], clause[1]


@dataclass(frozen=True)
class LabelLine:
    """A short line naming what the lines below it date: its words' span, bare of marks."""

    start: int
    end: int
    bullet: bool       # a list item's own line ("• Applications")
    colon: bool        # "Final versions due:"


@lru_cache(maxsize=None)
def _window_verbs() -> dict[tuple[str, ...], str]:
    return {tuple(row["phrase"].split()): row["role"] for row in table("window_line_verbs")}


@lru_cache(maxsize=None)
def window_verb_words() -> int:
    """The most words a window verb has."""
    return max((len(phrase) for phrase in _window_verbs()), default=0)


def window_role(lowered: list[str]) -> str | None:
    """"open" or "close" when the words are exactly a window verb ("Close", "Closing date:")."""
    return _window_verbs().get(tuple(w.strip(":") for w in lowered if w.strip(":")))


def window_lead(line: str) -> str | None:
    """The role of the window verb a line opens with ("Open Monday 19 February 2024"), if any."""
    lowered = [w.lower() for w in line.split()]
    if lowered and lowered[0] in word_list("list_bullets"):
        lowered = lowered[1:]
    for size in (2, 1):
        role = window_role(lowered[:size])
        if role is not None and len(lowered) > size:
            return role
    return None


def label_over(text: str, line_start: int, skip: Callable[[str], bool] = lambda line: False) -> LabelLine | None:
    """The label line above the line that starts at ``line_start``, past blank lines and lines
    ``skip`` takes as siblings ("Open Monday 19 February 2024" over "Close Friday 7 June 2024");
    None when the first other line is no label (a sentence, a dated line, a long line)."""
    for start, end in lines_above(text, line_start, MAX_LINES_UP):
        line = text[start:end]
        if not line.strip() or skip(line):
            continue
        return _label_line(text, start, end)
    return None


def _field_label(line: str) -> bool:
    """A line that is only a listing field's label ("Date", "Time", "Venue": field_labels)."""
    return " ".join(line.strip(" \t" + EMPHASIS).lower().split()) in word_list("field_labels")


def _label_line(text: str, start: int, end: int, max_words: int = MAX_LABEL_WORDS) -> LabelLine | None:
    start = forward_over(text, start, end, EMPHASIS + "#", blanks=True)
    bullet = False
    first = text[start:end].split(maxsplit=1)
    if first and first[0] in word_list("list_bullets"):
        bullet = True
        start = forward_over(text, text.index(first[0], start) + len(first[0]), end)
    end = back_over(text, start, end, EMPHASIS, blanks=True)
    colon = end > start and text[end - 1] == ":"
    if colon:
        end = back_over(text, start, end - 1, EMPHASIS, blanks=True)
    label = text[start:end]
    if (not label or not any(c.isalpha() for c in label) or not numbered_name(label)
            or label[-1] in SENTENCE_ENDS or ":" in label or len(label.split()) > max_words):
        return None
    return LabelLine(start, end, bullet, colon)


_PART_NUMBER = re.compile(r"\d{1,2}(?:[-–]\d{1,2})?")
_LETTER_NUMBER = re.compile(r"[A-Z]\d{1,2}")


def numbered_name(label: str) -> bool:
    """Whether every number in a label names a part ("Term 2", "Week 1-10", "T1 Break":
    numbered_parts), so the line is still a label and writes no date; a label with no digit is one.
    Numbers in brackets are the label's note ("Term 1 (Week 1-10)")."""
    if not any(c.isdigit() for c in label):
        return True
    parts = word_list("numbered_parts")
    previous = ""
    for token in without_brackets(label).split():
        if any(c.isdigit() for c in token):
            bare = token.strip(".,;")
            if not (_LETTER_NUMBER.fullmatch(bare) or (previous in parts and _PART_NUMBER.fullmatch(bare))):
                return False
        previous = token.lower()
    return True


_MARKS_ONLY = re.compile(r"[ \t*_`]*")      # blanks and EMPHASIS


@lru_cache(maxsize=None)
def _value_lead() -> re.Pattern[str]:
    """The leads of value_line_leads and date_line_leads as one pattern, blanks and emphasis
    around them and any run of blanks between their words."""
    phrases = sorted(word_list("value_line_leads") | word_list("date_line_leads"), key=len, reverse=True)
    # a word's case as str.lower reads it (ASCII only: no "ſ" for "s"), any blank between words
    words = "|".join(r"\s+".join(f"(?ai:{re.escape(word)})" for word in phrase.split()) for phrase in phrases if phrase.split())
    # possessive runs: blanks are read once, a run of them never tried split two ways
    return re.compile(rf"[ \t*_`]*+\s*+(?:(?:{words})\s*+)?[ \t*_`]*")


def value_lead(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, emphasis and blanks at its ends aside, is nothing or a lead of
    value_line_leads or date_line_leads ("Until end", "Throughout"): read from ``start`` only as
    far as it can match, not copied and split whole for each date of a line."""
    return _value_lead().fullmatch(text, start, end) is not None


def labelled_value(text: str, timex_start: int, dates: DateSpans) -> Frame | None:
    """A date alone on its line under a label line with no colon that is a list item ("• Grants
    announced" / "early December 2024") or ends with a window verb ("Expressions of Interest
    open" / "Monday 19 February 2024"): the label names the date. A window verb makes it an
    opening milestone or a closing deadline; else the label's event noun gives the kind, and a
    label ending with a past participle ("Grants announced", "Results published") is a milestone.
    In a timetable whose rows open with their dates the task line below names the date instead."""
    spans, ordered = dates.spans, dates.timexes
    line_start = start_of_line(text, timex_start)
    own = (line_start, line_end(text, timex_start))
    if not _MARKS_ONLY.fullmatch(text, line_start, timex_start):   # "Until end October 2019", "Throughout June":
        if not value_lead(text, line_start, timex_start) \
                or not value_line(text, (timex_start, own[1]), spans):    # a value line led by how it covers the days
            return None
    elif not value_line(text, own, spans):
        return None
    rows = _cell_run(text, line_start, dates)
    if rows is not None:      # "May 2025" / "Reopening event and open day": a timetable's rows
        return _task_below(text, rows, timex_start)     # no task under it: the label above is another row's
    if _labels_next_value(text, timex_start, spans):
        return None           # "First Half" / "August 22—October 12": a dateless-looking label over its own date
    label = label_over(text, line_start, skip=lambda line: _note_line(line) or credit_lead(line))
    run = _timed_run_label(text, line_start, dates)
    if run is not None:       # "Help Desk – Opening Times" / "Tuesday, 4th June 2024 09:00 – 18:00" / ...
        words = words_in(text, run.start, run.end)
        return Frame(" ".join(text[run.start:run.end].split()), _name_kind(words, text), (timex_start, -1),
                     [LABEL_LINE_NOTE + ", over a run of its timed days"])
    if label is None:
        found = _long_label_above(text, line_start, timex_start, ordered)
        if found is None and (_prose_above(text, line_start, spans) or _row_above(text, line_start, spans)):
            found = _label_under(text, line_start, timex_start, ordered)   # "Purpose to ... efforts." /
        return found          # "October 2022 → January 2023" / "Multi-Criteria Assessment ...": the caption below
    if label is None or label.colon:
        return None           # a colon label reaches its value line through with_label_above
    name = text[label.start:label.end]
    if _field_label(name):
        return None           # "Date" / "4 - 18 May": the field says when, the item's heading says what
    from calfeed.events.pair_runs import ABOVE, pair_direction     # pair_runs reads this module's line kinds

    words = words_in(text, label.start, label.end)
    role = next((r for size in (2, 1) if len(words) > size
                 and (r := window_role([w.lower for w in words[-size:]])) is not None), None)
    if not label.bullet:      # "• Grants announced" / "early December 2024": the item's own date
        below = _label_under(text, line_start, timex_start, ordered)
        if below is not None:     # "Tues 22nd April" / "Stephen Lawrence Day" / "Wed 30th April (1pm)": the label below
            return below          # ("Awards cycle opens" over "01 February 2019" is the day above's label)
    if role is None and not label.bullet and not _in_pair_run(text, label, line_start, spans) \
            and not _among_label_rows(text, label, line_start, spans) \
            and not (_set_apart(text, label) and pair_direction(text, line_start, ordered) == ABOVE):
        return None
    if role is not None:
        kind = "milestone" if role == "open" else "deadline"
    else:
        kind = _name_kind(words, text)
    return Frame(" ".join(name.split()), kind, (timex_start, -1), [LABEL_LINE_NOTE])


def _set_apart(text: str, label: LabelLine) -> bool:
    """A label line with a blank line (or the text's start) right above it: a label standing
    alone, as in a list that sets each label over its date ("Publish draft plan" / "Q3
    2021"); the second line of a block ("Los Alamos National Laboratory" / "Los Alamos, New
    Mexico") is a talk's cell, naming no date below it."""
    line_start = start_of_line(text, label.start)
    if line_start == 0:
        return True
    above = start_of_line(text, line_start - 1)
    return not text[above:line_start - 1].strip()


def _prose_above(text: str, line_start: int, spans: Spans) -> bool:
    """The nearest filled line above is a sentence with no date ("Purpose to select a study site to
    focus investigative efforts."): a row's description, which names no label of the date below."""
    above = _filled_line_above(text, line_start)
    if above is None or spans(above):
        return False
    return text[above[0]:above[1]].rstrip(" \t" + EMPHASIS).endswith(tuple(SENTENCE_ENDS))


def _row_above(text: str, line_start: int, spans: Spans) -> bool:
    """The nearest filled line above opens with a date and goes on with words ("September 2026
    Pilot launch"): a row that is a whole entry of its own, no label of the date below."""
    above = _filled_line_above(text, line_start)
    if above is None:
        return False
    dated = spans(above)
    return (bool(dated) and not text[above[0]:dated[0][0]].strip(" \t" + EMPHASIS)
            and any(c.isalpha() for c in text[dated[-1][1]:above[1]]))


def _filled_line_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The nearest line above the one at ``line_start`` that holds anything, within MAX_LINES_UP."""
    return next(((a, b) for a, b in lines_above(text, line_start, MAX_LINES_UP) if text[a:b].strip()), None)


def _long_label_above(text: str, line_start: int, timex_start: int, ordered: list[Timex]) -> Frame | None:
    """The entry of a date line under a label line too long to be a label alone, when the
    list around sets each label over its date (pair_runs): the run's shape says it is one."""
    from calfeed.events.pair_runs import label_above      # pair_runs reads this module's line kinds

    found = label_above(text, line_start, ordered)
    nearest = _filled_line_above(text, line_start)
    if found is None or nearest is None or nearest[0] != found[0]:
        return None           # "Final classes held |" / "|" / "June 29 | 9:00am |": a table's cell between
    label = _label_line(text, *found, MAX_LONG_LABEL_WORDS)
    if label is None or label.colon:
        return None           # "Closed: All libraries closed for Easter.": a sentence, no label
    if person_line(text[label.start:label.end]):     # "Dr. ... (IIT Madras) & A/Prof. ... (UNSW)": who speaks;
        named = _filled_line_above(text, found[0])
        label = _label_line(text, *named, MAX_LONG_LABEL_WORDS) if named is not None else None
        if label is None or label.colon or person_line(text[label.start:label.end]):
            return None       # the title line over it names the session
    words = words_in(text, label.start, label.end)
    if not words:
        return None
    name = text[label.start:label.end]
    return Frame(" ".join(name.split()), _name_kind(words, text), (timex_start, -1), [LABEL_LINE_NOTE])


def _label_under(text: str, line_start: int, timex_start: int, ordered: list[Timex]) -> Frame | None:
    """The entry of a date line in a run that sets each date over its label (pair_runs),
    named by the label line under it."""
    from calfeed.events.pair_runs import label_below      # pair_runs reads this module's line kinds

    found = label_below(text, line_start, ordered)
    if found is None:
        return None
    start, end = found
    raw = text[start:end]
    start += len(raw) - len(raw.lstrip(" \t" + EMPHASIS))
    name = raw.strip(" \t" + EMPHASIS)
    words = words_in(text, start, start + len(name))
    if not words:
        return None
    return Frame(" ".join(name.split()), _name_kind(words, text), (timex_start, -1), [LABEL_BELOW_NOTE])


def _labels_next_value(text: str, timex_start: int, spans: Spans) -> bool:
    """A date line written with no digit ("First Half", "Summer term") right over a line of
    written days: in a list of label lines over date lines it is the label of the days below,
    so it takes no label line from above (across it, a sub-heading would name a date that is
    not its own)."""
    own = (start_of_line(text, timex_start), line_end(text, timex_start))
    if any(c.isdigit() for c in text[own[0]:own[1]]):
        return False
    below = _filled_lines_below(text, timex_start, 1)
    return bool(below) and value_line(text, below[0], spans) and any(
        any(c.isdigit() for c in text[a:b]) for a, b in spans(below[0]))


def _task_below(text: str, rows: tuple[list[tuple[str, tuple[int, int]]], int], timex_start: int) -> Frame | None:
    """The entry of a date line in a timetable flattened with the date cell first and its task on
    the next line ("November 2020 - January 2021" / "Pre-submission consultation on the Draft Plan"
    / "April 2021" / ...): named by the line below (``_cell_run`` tells the direction)."""
    kinds, at = rows
    if at + 1 >= len(kinds) or kinds[at + 1][0] != "cell":
        return None
    start, end = kinds[at + 1][1]
    raw = text[start:end]
    start += len(raw) - len(raw.lstrip(" \t" + EMPHASIS))
    name = raw.strip(" \t" + EMPHASIS).rstrip(".")
    if len(name) > MAX_TASK:
        name = name.split(",")[0]
    words = words_in(text, start, start + len(name))
    if not any(w.is_word for w in words):
        return None           # "•": an empty list item names nothing
    kind = _name_kind(words, text)
    return Frame(" ".join(name.split()), kind, (timex_start, -1),
                 [TASK_BELOW_NOTE])


def _name_kind(words: list[Word], text: str) -> str:
    """The kind a label or task line gives its date: a deadline when it reads as one on the
    date's own line ("Last Day to Drop", "Grades Due": phrases.deadline_label), else its event
    noun's, else a milestone when it ends with a past participle ("Grants announced"), else an
    event."""
    if deadline_label(text[words[0].start:words[-1].end]):
        return "deadline"
    phrases = noun_phrases(words, [], text)
    return phrases[0].kind if phrases else ("milestone" if past_participle(words[-1]) else "event")


def section_year_line(text: str, line: tuple[int, int], dated: list[Timex]) -> bool:
    """A line that names a section by a year or a part of one, with words of its own beside
    the date ("2018 Fall Semester", "Key dates 2026"): it heads a section of a dates list; it is
    no row of it, whichever way the rows pair their labels and dates. A line holding only the
    season or year ("Spring 2025", "2026") is a timetable's row."""
    if not dated or not all(
            t.span is not None and GRANULARITY_ORDER.index(t.span.granularity) < GRANULARITY_ORDER.index("month")
            and any(c.isdigit() for c in t.text) for t in dated):
        return False
    rest = text[line[0]:line[1]]
    for timex in dated:
        rest = rest.replace(timex.text, " ")
    return any(c.isalpha() for c in rest)


def _cell_run(text: str, line_start: int, dates: DateSpans) -> tuple[list[tuple[str, tuple[int, int]]], int] | None:
    """The filled lines of the date-first run holding the date line at ``line_start``, each a
    "date" or a "cell" line, and the date line's place among them; None when the lines around
    do not read as date rows with their tasks below. The run's ends tell the direction: its last
    date has a task line under it, and its first date stands under no task line (nothing, a
    paragraph, a line ending with a colon, or the table's column header: timetable_headers). A
    run read the other way (each label over its date) ends on a date line, and is left to the
    labels above."""
    spans, ordered, starts = dates.spans, dates.timexes, dates.starts

    def dated_on(line: tuple[int, int]) -> list[Timex]:
        return ordered[bisect.bisect_left(starts, line[0]):bisect.bisect_left(starts, line[1])]

    def kind(line: tuple[int, int]) -> str | None:
        content = text[line[0]:line[1]].strip()
        if len(content) > MAX_CELL or content.endswith(":"):
            return None
        if _field_label(content):
            return None       # "Date" / "4 - 18 May" / "Time" / "14:00": a field's label over its value, no task
        dates = sorted(spans(line))
        if not dates:
            return "cell"
        if section_year_line(text, line, dated_on(line)):
            return None       # "2018 Fall Semester": a section's heading over the rows, no row
        # a line its date opens ("January/February 2022", read as two dates) is a date row
        return None if text[line[0]:dates[0][0]].strip(" \t" + EMPHASIS) else "date"

    own = (line_start, line_end(text, line_start))
    above: list[tuple[str, tuple[int, int]]] = []
    for line in lines_above(text, line_start, MAX_RUN_LINES):
        if not text[line[0]:line[1]].strip():
            continue
        found = kind(line)
        if found is None or (found == "cell" and above and above[-1][0] == "cell"):
            break
        above.append((found, line))
    below: list[tuple[str, tuple[int, int]]] = []
    for line in _filled_lines_below(text, line_start, MAX_RUN_LINES):
        found = kind(line)
        if found is None or (found == "cell" and below and below[-1][0] == "cell"):
            break
        below.append((found, line))
    rows = above[::-1] + [("date", own)] + below
    if rows[-1][0] == "cell" and remark(text[slice(*rows[-1][1])].strip(" \t" + EMPHASIS)):
        rows.pop()            # a sentence after the last date is a remark, no task cell of it
    at = len(above)
    dates = [i for i, (k, _) in enumerate(rows) if k == "date"]
    if len(dates) < MIN_RUN_DATES or sum(1 for k, _ in rows if k == "cell") < MIN_RUN_DATES - 1:
        return None
    first, last = dates[0], dates[-1]
    if last + 1 >= len(rows):
        return None           # the run ends on a date: labels stand over their dates
    if first > 0 and not _column_header(text[slice(*rows[first - 1][1])]):
        return None           # "Library closes" / "January 2025": the first date has its label above
    return rows, at


def remark(line: str) -> bool:
    """A sentence after a list's last date ("For questions about the scheme, write to the
    office; we answer within a week."): the page goes on, it is no row of the list. A short
    line ending in a full stop ("Building works.") may still be a row."""
    return line.endswith(tuple(REMARK_STOPS)) and len(line.split()) > MAX_ROW_WORDS


def _column_header(line: str) -> bool:
    """A column's header over a timetable's first row ("Stage", "Local Plan Part 2 Stage", "Key
    milestones"): its last word names what the rows list."""
    words = line.strip(" \t" + EMPHASIS).rstrip(":").lower().split()
    return bool(words) and (words[-1] in word_list("timetable_headers")
                            or words[-1].removesuffix("s") in word_list("timetable_headers"))


MIN_TIMED_RUN = 2        # value lines under one label that make it a block of timed days


def _timed_run_label(text: str, line_start: int, dates: DateSpans) -> LabelLine | None:
    """The plain label over a run of lines that each hold only a day and its clock, the line at
    ``line_start`` among them, no blank line between ("Help Desk – Opening Times" /
    "Tuesday, 4th June 2024 09:00 – 18:00" / "Wednesday, 5th June 2024 08:30 – 12:30"): each line
    is an occasion of what the label names, the second and later as much as the first."""
    if not _timed_value(text, (line_start, line_end(text, line_start)), dates):
        return None
    run = 1
    above = line_start
    for start, end in lines_above(text, line_start, MAX_LINES_UP + MAX_TIMED_LINES):
        if not text[start:end].strip():
            return None           # a blank line: the run has no label right over it
        if _timed_value(text, (start, end), dates):
            run += 1
            above = start
            continue
        label = _label_line(text, start, end)
        if label is None or label.colon:
            return None
        break
    else:
        return None
    below = line_end(text, line_start) + 1
    while below < len(text) and _timed_value(text, (below, line_end(text, below)), dates):
        run += 1
        below = line_end(text, below) + 1
    return label if run >= MIN_TIMED_RUN and above > 0 else None


MAX_TIMED_LINES = 12     # timed lines looked up over for the run's label


def _timed_value(text: str, line: tuple[int, int], dates: DateSpans) -> bool:
    """A line holding only dates, one of them a day with its clock."""
    return value_line(text, line, dates.spans) and any(
        t.type == "TIME" and t.interval is not None and line[0] <= t.start < line[1] for t in dates.within(line))


def _in_pair_run(text: str, label: LabelLine, value_start: int, spans: Spans) -> bool:
    """A plain label line over its value line next to another such pair, above or below
    ("First Day of Classes" / "August 26th (Monday)" / "Labor Day" / "September 2nd (Monday)"):
    the rows of a key-dates list, each label naming its date. A lone plain line over a date
    may be a heading or a sentence's end, and names nothing by itself."""
    words = text[label.start:label.end].lower().split()
    stops = word_list("bare_label_stops")
    if label.colon or words[0] in stops or words[-1] in stops:
        return False         # "February and" / "March": one date written over two lines
    below = _filled_lines_below(text, value_start)
    while below and value_line(text, below[0], spans):
        below = below[1:]        # "Thanksgiving Recess" / "November 27th" / "December 1st": the pair's last value
    if len(below) > 1 and _label_line(text, *below[0]) is not None and value_line(text, below[1], spans):
        return True
    line_start = start_of_line(text, label.start)
    above = [line for line in lines_above(text, line_start, MAX_LINES_UP) if text[slice(*line)].strip()]
    values = 0
    while values < len(above) and value_line(text, above[values], spans):
        values += 1
    return 0 < values < len(above) and _label_line(text, *above[values]) is not None


def _among_label_rows(text: str, label: LabelLine, value_start: int, spans: Spans) -> bool:
    """A plain label line over its value line between rows "<label> <date>" of a key-dates list
    ("Semester one 7th Sep - 27th Nov" / "Reading week" / "19th - 23rd Oct" / "Teaching ends
    27th Nov"): one row whose date wrapped under its label, naming that date as its row does."""
    below = _filled_lines_below(text, value_start)
    while below and value_line(text, below[0], spans):
        below = below[1:]
    line_start = start_of_line(text, label.start)
    above = [line for line in lines_above(text, line_start, MAX_LINES_UP) if text[slice(*line)].strip()]
    for line in below[:1] + above[:1]:
        dates = sorted(spans(line))
        if dates and bare_label(text, line[0], dates[-1], dates) is not None:
            return True
    return False


def _note_line(line: str) -> bool:
    """A line wholly in brackets ("(for Faculties with this option)"): a note on the label above."""
    line = line.strip()
    return len(line) > 2 and line[0] == "(" and line[-1] == ")" and line.count("(") == 1


def _filled_lines_below(text: str, at: int, count: int = 4) -> list[tuple[int, int]]:
    """The next ``count`` non-blank lines after the line holding ``at``, as (start, end)."""
    lines: list[tuple[int, int]] = []
    cursor = text.find("\n", at)
    while cursor >= 0 and len(lines) < count:
        end = line_end(text, cursor + 1)
        if text[cursor + 1:end].strip():
            lines.append((cursor + 1, end))
        cursor = end if end < len(text) else -1
    return lines


LABEL_LINE_NOTE = "named by the label line above its date line"
TASK_BELOW_NOTE = "named by the line below its date line: the date opens each row of a timetable"
LABEL_BELOW_NOTE = "named by the label line below its date line: the list sets each date over its label"
MAX_BARE_LABEL_WORDS = 8
SENTENCE_MARKS = ".!?;:"


def bare_label(text: str, line_start: int, date: tuple[int, int],
               dated: list[tuple[int, int]] = ()) -> str | None:
    """The label of a line "<label> <date> [(note)]" with no colon or dash between them
    ("Beginning of semester one teaching 9 September"), None for any other line: the label
    opens with a capital, holds no sentence mark, comma, "&" or other date (``dated``), ends in
    no linking word ("held on"), and nothing but brackets and footnote marks follows the date."""
    end = line_end(text, date[1])
    opening = forward_over(text, line_start, date[0], " \t")     # read in place: a copy up to each date was square
    if opening < date[0] and text[opening] == "(" and text[date[1]:end].strip(" \t") == ")":
        # "(Mid-term break Monday the 15th to Friday the 19th)": a row wholly in brackets, an aside of
        # the calendar's, is still a label and its date
        return _label_before(text, opening + 1, date, dated)
    if not _only_notes(text, date[1], end):
        if _glued_cell_date(text, date[1], end, dated):
            return _label_before(text, line_start, date, dated)    # "PostersAugust 4September 1": the row's first date cell
        return None           # "... will change over Christmas.": a sentence, or more after the date
    if dated and diary_row(text, line_start, dated):
        return _label_before(text, line_start, date, dated, diary=True)
    return _label_before(text, line_start, date, dated)


def _glued_cell_date(text: str, start: int, end: int, dated: list[tuple[int, int]]) -> bool:
    """Whether all that follows a date on its line (from ``start`` to the line's ``end``) is the next
    cell's date glued to it, bracketed notes aside ("September 9October 7", "October 21 (extended)November
    25"): a flattened table's row of two date cells, whose label names the first. A date after a blank
    ("Monday 3 May Tuesday 4 May") is a list of days, not this."""
    k = bisect.bisect_left(dated, (start,))
    if k >= len(dated) or dated[k][1] > end:
        return False
    following = dated[k]
    return (following[0] >= start and not text[following[0] - 1].isspace()
            and _only_notes(text, start, following[0]) and _only_notes(text, following[1], end))


MAX_DIARY_LABEL_WORDS = 16    # "Final day for holders to register in order to receive the payout Monday, 6 October"
DIARY_REACH = 2               # filled lines read each way for a sibling row


def diary_row(text: str, line_start: int, dated: list[tuple[int, int]]) -> bool:
    """Whether the line starting at ``line_start`` ends in a day and is one of a diary's rows, each a
    label then its day ("Register closes Friday, 10 October" under "Units quoted without the payout
    Thursday, 9 October"): a filled line within DIARY_REACH above or below also ends in a day.
    ``dated``: the page's date spans, sorted."""
    if _ending_day(text, line_start, dated) is None:
        return False
    filled_above = (line for line in lines_above(text, line_start, line_start + 1) if text[line[0]:line[1]].strip())
    near = (*islice(filled_above, DIARY_REACH), *_filled_lines_below(text, line_start, DIARY_REACH))
    return any(_ending_day(text, start, dated) is not None for start, _ in near)


def _ending_day(text: str, line_start: int, dated: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The date that ends the line starting at ``line_start`` (bracketed notes and footnote marks
    after it aside) when it names a day, not a heading's year alone ("Dividend 2026")."""
    end = line_end(text, line_start)
    last = bisect.bisect_left(dated, (end + 1,)) - 1      # the line's last date, read without a copy of the
    if last < bisect.bisect_left(dated, (line_start,)) or dated[last][1] > end or not _only_notes(text, dated[last][1], end):
        return None                                        # page's dates (a one-line page holds them all)
    a, b = dated[last]
    written = text[a:b]
    return (a, b) if any(c.isdigit() for c in written) and any(c.isalpha() for c in written) else None


@dataclass
class ListedLines:
    """The label of each listed line of one page ("<label> – <date>, <date> (note) and <date>", see
    _listed_line), read once a line and kept by where the line starts: every date of a line asks, and
    reading the line's dates and gaps again for each date was square in a line's dates (a page written
    on one line). One value a page, made beside the page's sorted date spans it reads."""

    text: str
    dated: list[tuple[int, int]]      # the page's date spans, sorted
    lines: dict[int, tuple[int, int, int, str | None]] = field(default_factory=dict)   # end, dates from, to, label

    def label(self, line_start: int, date: tuple[int, int]) -> str | None:
        """The label of the listed line starting at ``line_start`` when ``date`` is one of its dates
        (told by bisection in the line's dates)."""
        if line_start not in self.lines:
            self.lines[line_start] = self._read(line_start)
        end, lo, hi, found = self.lines[line_start]
        at = bisect.bisect_left(self.dated, date, lo, hi)
        return found if at < hi and self.dated[at] == date and date[1] <= end else None

    def _read(self, line_start: int) -> tuple[int, int, int, str | None]:
        text, dated = self.text, self.dated
        end = line_end(text, line_start)
        lo, hi = bisect.bisect_left(dated, (line_start,)), bisect.bisect_left(dated, (end + 1,))
        on_line = tuple(span for span in dated[lo:hi] if span[1] <= end)
        return end, lo, hi, _listed_line(text, line_start, end, on_line) if len(on_line) >= 2 else None


def _listed_line(text: str, line_start: int, end: int, on_line: tuple[tuple[int, int], ...]) -> str | None:
    """The label of a line "<label> – <date> [clock] [(note)], <date> [(note)], and <date> ..."
    ("Parents' Evenings – Mon 16th March 3:30 – 5:00 (Oak Class), Tuesday 17th March (Hazel
    Class)") from ``line_start`` to ``end``, holding the dates ``on_line``: a list of the label's
    days after one dash, each date its own occasion. Only commas, "and" and bracketed notes may
    stand between the dates and after the last."""
    for (_, gap_start), (gap_end, _) in zip(on_line, on_line[1:] + ((end, end),)):
        between = without_brackets(text[gap_start:gap_end]).replace(",", " ").split()
        if any(word.lower() not in word_list("listed_day_joins") for word in between):
            return None       # "... 3:30, then tea in the hall on Tuesday 17th": more than a list of days
    opening = text[line_start:on_line[0][0]].rstrip()
    if not opening.endswith(tuple(word_list("label_dashes"))):
        return None           # "Tuesday 17th March, Wednesday 18th March": no label before the list
    return _label_before(text, line_start, on_line[0], list(on_line))    # no date of the page stands before the first


_CLOCK_CELL_END = re.compile(r"\d{1,2}[:.]\d\d(?:[ \t]?[ap]\.?m\.?)?[ \t]*,[ \t]*\Z", re.IGNORECASE)


def clock_cell_label(text: str, line_start: int, date: tuple[int, int]) -> str | None:
    """The first cell of a flattened two-column row "<code> <clock>, <date>" ("MWF 8:00/8:30
    a.m., Friday, Dec. 12 at 8:30 a.m.": an exam timetable's class slot, then its exam): the
    clock belongs to the row's name, so it is no other date and its colon no label's."""
    if not _only_notes(text, date[1], line_end(text, date[1])) or not _clock_cell_end(text, line_start, date[0]):
        return None
    # The cell is read in place, back from the date: a copy of the line up to each date made a long line square.
    end = back_over(text, line_start, date[0], " \t" + EMPHASIS)
    start = forward_over(text, forward_over(text, line_start, end, " \t" + EMPHASIS), end, _CELL_LEAD_MARKS)
    words = few_words_before(text, start, back_over(text, start, end, " ,"), MAX_BARE_LABEL_WORDS)
    label = " ".join(words or ())
    if not words or not label[0].isalpha() or not label[0].isupper() or any(c in "!?;|" for c in label):
        return None
    return label


CLOCK_CELL_CHARS = 10      # the most characters of _CLOCK_CELL_END's clock ("12:30 p.m.")
_CELL_LEAD_MARKS = "-•*+– \t"     # a cell's list bullets and blanks, after its emphasis


def _clock_cell_end(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in _CLOCK_CELL_END (a clock, a comma, blanks), read back from
    ``end`` over the blanks and the comma and then no further than the clock's few characters."""
    at = back_over(text, start, end, " \t")
    if at == start or text[at - 1] != ",":
        return False
    at = back_over(text, start, at - 1, " \t")
    return _CLOCK_CELL_END.search(text, max(start, at - CLOCK_CELL_CHARS), end) is not None


def _label_before(text: str, line_start: int, date: tuple[int, int],
                  dated: list[tuple[int, int]], diary: bool = False) -> str | None:
    """The words before ``date`` on its line when they can be a label (see bare_label); ``diary``:
    the line is a diary's row (diary_row), whose label may run longer and may name the period it
    reports on ("Half-year figures for the period ended 31 March 2031"). ``dated`` is sorted: the
    dates before ``date`` on its line are found by bisection (a scan of the page's dates for each
    date made a page of one dated line after another square)."""
    before = dated[bisect.bisect_left(dated, (line_start,)):bisect.bisect_left(dated, (date[0] + 1,))]
    if any(b <= date[0] and not _in_brackets(text, line_start, a)
           and not (diary and _reported_period(text, line_start, a)) for a, b in before):
        return None           # "Closed Mondays, except ... Mondays (...)": another date in the "label"
    label = " ".join(text[line_start:date[0]].strip(" \t" + EMPHASIS).lstrip("-•*+– \t").split())
    if diary and label.endswith(",") and label.count(",") == 1:
        label = label[:-1]    # "- Harvest Day, October 6, 2031" among its like: the row's name, a comma, its day
    label = _without_number_cell(label).rstrip(" –—-")     # "May Day Bank Holiday – Monday 6 May"     # "6,7,8,11,12 Kagisanong Hall": the wards' cell, then the venue's
    words = without_brackets(label).split()   # "Kagisanong Hall (wards 6,7,8,11,12)": an aside may list
    if (not words or len(words) > (MAX_DIARY_LABEL_WORDS if diary else MAX_BARE_LABEL_WORDS) or not label[0].isupper()
            or any(c in SENTENCE_MARKS + ",&|" for c in " ".join(words))):
        return None
    stops = word_list("bare_label_stops")
    if words[-1].lower() in stops or words[0].lower() in stops:
        return None
    return label


def _reported_period(text: str, line_start: int, at: int) -> bool:
    """Whether the date at ``at`` follows a word of reported_period_leads ("ended", "for", "at"):
    the period a row's report covers, a part of its name."""
    before = text[line_start:at].split()
    return bool(before) and before[-1].lower() in word_list("reported_period_leads")


def _in_brackets(text: str, line_start: int, at: int) -> bool:
    """Whether ``at`` is inside round brackets opened on its line: "First Day of Classes (Follow
    Wednesday schedule) Wednesday, August 28" notes a weekday, it dates nothing."""
    before = text[line_start:at]
    return before.count("(") > before.count(")")


_NUMBER_CELL = re.compile(r"\A\d{1,3}(?:[ \t]{0,2}(?:,|[ \t][^\W\d]{1,3}[ \t]|&)[ \t]{0,2}\d{1,3})*[ \t]+(?=[^\W\d])")


def _without_number_cell(label: str) -> str:
    """The label without a leading cell of bare numbers ("6,7,8,11,12", "1,2,3,4 and 5,19"):
    a flattened table's ward or item numbers, set before the cell that names the row. Only the
    listing words of ``number_cell_links`` may join the numbers."""
    found = _NUMBER_CELL.match(label)
    if found is None:
        return label
    links = word_list("number_cell_links")
    joined = [w.lower() for w in re.findall(r"[^\W\d]+", found.group())]
    return label if any(w not in links for w in joined) else label[found.end():]


_ISSUE_CODE = re.compile(r"[ \t]*(?-i:[A-Z]{1,5})(?:[ \t.-]{0,2}(?-i:[A-Z0-9]{1,5})){0,2}[ \t]{0,2}[-–—][ \t]{0,2}\Z")


def issue_code(text: str, timex: Timex) -> bool:
    """"HS – 10/2025": a line holding only a publication's code, a dash and a numeric month, the
    issue it belongs to; when it was written, not something happening that month."""
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    if not only_marks(text, timex.end, end) or not all(c.isdigit() or c in "/.-" for c in timex.text):
        return False
    return _ISSUE_CODE.match(text[start:timex.start]) is not None


NAMING_PERIOD_RULES = frozenset({"season", "month_alone"})
MAX_ROW_NAME_WORDS = 4      # words of a row's name besides the month or season ("- June Bank Holiday*": 3)
MAX_ROW_DAY_WORDS = 5       # words of the row's day after the dash ("Monday 1 June 2026")
ROW_DASHES = "-–—"
_LINE_WORD = re.compile(r"[^\s]+|\n")      # a word as str.split() parts them, or the line's end


def names_its_row(text: str, timex: Timex) -> bool:
    """Whether ``timex``, a month or a season, is a word of its row's label before a dash and the
    row's day ("June Bank Holiday – Monday 1 June", "Spring - Monday 25 May", "Early May - Monday
    4 May": a closures list's bank holidays): part of the row's name, no other date in its label.
    The label's words besides the month are at most MAX_ROW_NAME_WORDS, those after it with no digit;
    the dash stands alone between blanks; after it, a few words with a digit end the line. Only
    those few words are read (every month of a page asks; a page on one line holds them all)."""
    if timex.rule not in NAMING_PERIOD_RULES:
        return False
    before = few_words_before(text, start_of_line(text, timex.start), timex.start, MAX_ROW_NAME_WORDS)
    if before is None:
        return False
    name_words = len(before)
    for word in _LINE_WORD.finditer(text, timex.end):
        if word.group() == "\n":
            return False      # the line ends with no dash
        if _row_dash(text, word.start(), word.end(), timex.end):
            day = []
            for after in _LINE_WORD.finditer(text, word.end()):
                if after.group() == "\n" or len(day) > MAX_ROW_DAY_WORDS:
                    break
                day.append(after.group())
            return len(day) <= MAX_ROW_DAY_WORDS and any(c.isdigit() for w in day for c in w)
        name_words += 1
        if name_words > MAX_ROW_NAME_WORDS or any(c.isdigit() for c in word.group()):
            return False      # a long label, or one with a number of its own
    return False


def _row_dash(text: str, start: int, end: int, after: int) -> bool:
    """Whether the word ``text[start:end]`` is a dash standing alone between a space or tab on each
    side, the one before it at or past ``after``."""
    return (end - start == 1 and text[start] in ROW_DASHES and start - 1 >= after
            and text[start - 1] in " \t" and text[end:end + 1] in (" ", "\t"))
