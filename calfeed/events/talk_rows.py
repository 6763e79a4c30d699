"""One talk's row of a seminar or lecture list, flattened one cell a line under its date:

    Oct. 4,
    4:00 p.m.
    Dr. Ana Ruiz,
    Hollins Polytechnic Institute
    "Tides, Moons and the Length of a Day"

The lines under the date are not several items of that day (as on a fixture list or a school
diary, where each line is an entry) but the cells of one row: who speaks, where they come from
and what the talk is. So the date is one entry, titled by the talk ("Tides, Moons and the Length
of a Day — Dr. Ana Ruiz"), or by the speaker when the row gives no talk title; the affiliation
line and a link to the talk's papers ("Talk Flyer") name nothing.

A date's lines are a talk's row when one of them is a speaker's: a line opened by an honorific
(speaker_titles), or a person's name alone (programme.only_a_name: capitalised words, no event
noun) with an affiliation (talk_affiliation_words: "University", "Institute", "Alum") or a quoted
title beside it, or a name standing at the same place under every date of the list (a society's
talks: "The Canal Age" / "Mary Fenwick" / a sentence about the talk), at that place only. A line
with a word of a day part, a stretch of time or a gathering (talk_occasion_words: "Parents
Evening", "Science Week", "Cake Sale") is a school diary's item, not a bare name. A line with a clock of its
own keeps its rows apart ("Quiz Night 7pm" / "Bingo 9pm": two things that day), and so do lines
that read as sentences only (the talk's description is no title).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from calfeed.events.deadline_clock import clock_of
from calfeed.events.programme import only_a_name
from calfeed.events.quote_marks import ENGLISH, quote_marks
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import is_shortened

MAX_NAME_WORDS = 6        # a speaker's name, honorifics and initials included
MAX_TITLE_WORDS = 25      # a talk's title may be long ("The Tainted Truth: ...")
MAX_CAPITALS = 3          # letters of a word in capitals a name may hold ("IV", "MBE")
MIN_STEADY_ROWS = 3       # rows that must all hold a name at one place before it marks the speaker
MAX_LINK_WORDS = 3        # "Talk Flyer", "Abstract and slides"
QUOTES = quote_marks(ENGLISH)
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_SENTENCE_END = re.compile(r"([^\W\d_]+)[.!](?=\s|$)")    # "... the sea." (a title's "?" ends no sentence)


@dataclass(frozen=True)
class RowTitle:
    """What names one talk's row: the title, the line it is read from, and the row's other lines."""

    title: str
    line: tuple[int, int]
    others: tuple[tuple[int, int], ...]


# What a line under a talk's date is: a name alone ("person"), a name after an honorific, the
# speaker's affiliation, a quoted title, a link to the talk's papers, a sentence about it, or other words.
CellShape = Literal["person", "honorific", "affiliation", "quoted", "link", "sentence", "name"]


@dataclass(frozen=True)
class _Cell:
    line: tuple[int, int]
    shape: CellShape    # what the line is in a talk's row
    text: str           # the cell's words as they should title the row


def row_titles(text: str, rows: list[list[tuple[int, int]]],
               dates_of: Callable[[tuple[int, int]], list[Timex]]) -> dict[int, RowTitle]:
    """The title of each row (by its index in ``rows``) whose lines are one talk's cells; ``rows``
    holds the item lines under each date heading of one list, ``dates_of`` a line's dates."""
    cells = [[_cell(text, line, dates_of(line)) for line in row] for row in rows]
    kept = [[c for c in row if c is not None and c.shape != "link"] if all(c is not None for c in row) else []
            for row in cells]
    steady = _steady_name(kept)
    found: dict[int, RowTitle] = {}
    for n, row in enumerate(kept):
        if len(rows[n]) < 2 or not _a_talk(row, steady):
            continue
        title = _titled(row, rows[n], steady)
        if title is not None:
            found[n] = title
    return found


def _cell(text: str, line: tuple[int, int], dates: list[Timex]) -> _Cell | None:
    """The line's shape; None for a line with a clock of its own (a second thing that day)."""
    if any(clock_of(t) is not None for t in dates):
        return None
    body = " ".join(text[line[0]:line[1]].split()).strip(" *_|•-–—")
    words = _WORD.findall(body)
    if not words:
        return _Cell(line, "link", body)
    lowered = [w.lower().rstrip(".,;:") for w in words]
    if len(words) <= MAX_LINK_WORDS and lowered[-1] in word_list("talk_link_words"):
        return _Cell(line, "link", body)
    if body[:1] in QUOTES:
        return _Cell(line, "quoted", body.strip(QUOTES + " ,;.").strip())
    head = re.split(r"[,(]", body, maxsplit=1)[0].strip()     # "Dr. Ana Ruiz, Ph.D." / "Ana Ruiz (Hollins, alum)"
    head_words = head.split()
    if (head_words and head_words[0].lower() in word_list("speaker_titles") and len(head_words) <= MAX_NAME_WORDS
            and _a_name(head)):     # "Dr. Ana Ruiz", not "Mrs Reid's class assembly"
        return _Cell(line, "honorific", head)
    affiliated = {w.lower().rstrip(".,;:") for w in _WORD.findall(body)} & word_list("talk_affiliation_words")
    if (2 <= len(head_words) <= MAX_NAME_WORDS and _a_name(head) and not dates and ":" not in head
            and not {w.lower().rstrip(".,;:") for w in head_words} & (word_list("talk_affiliation_words")
                                                                     | word_list("talk_occasion_words"))):
        return _Cell(line, "person", head)     # "Ana Ruiz (Hollins, alum)": who, with where from
    if affiliated:
        return _Cell(line, "affiliation", body)
    if any(not is_shortened(m.group(1)) for m in _SENTENCE_END.finditer(body)) or len(words) > MAX_TITLE_WORDS:
        return _Cell(line, "sentence", body)
    return _Cell(line, "name", body.rstrip(" ,;:"))


def _a_name(head: str) -> bool:
    """Someone's name: capitalised words with no event noun (programme.only_a_name), none of them a
    word no name holds (talk_name_stops: "FOR BIDS RECEIVED BEFORE THIS DATE") nor a long
    word in capitals (a label shouting; "IV", "MBE" are short)."""
    words = [w.strip(".,;:()" + QUOTES) for w in head.split()]
    return (only_a_name(head) and not any(w.lower() in word_list("talk_name_stops") for w in words)
            and not any(len(w) > MAX_CAPITALS and w.isupper() for w in words))


def _steady_name(cells: list[list[_Cell]]) -> int | None:
    """The place of a person's name that every row of two lines or more holds (three rows at least).
    When two places hold a name in every row, the name test cannot tell the speaker from the talk:
    such rows are a diary's title-case items ("Science Week" / "Parents Evening"), no speaker's."""
    rows = [row for row in cells if len(row) >= 2]
    if len(rows) < MIN_STEADY_ROWS:
        return None
    places = [at for at in range(min(len(row) for row in rows))
              if all(row[at].shape in ("person", "honorific") for row in rows)]
    return places[0] if len(places) == 1 else None


def _a_talk(row: list[_Cell], steady: int | None) -> bool:
    """Whether the row's lines are one talk's cells: a speaker's line with a second line."""
    if len(row) < 2:
        return bool(row) and row[0].shape == "honorific"
    shapes = {c.shape for c in row}
    if "honorific" in shapes:
        return True
    if "person" in shapes and shapes & {"affiliation", "quoted"}:
        return True
    return steady is not None and "person" in shapes


def _titled(row: list[_Cell], lines: list[tuple[int, int]], steady: int | None) -> RowTitle | None:
    """The talk's title, with its speaker after a dash; the speaker alone when no line is a title.
    The speaker is the honorific's line, else the name at the list's steady place, else the first
    name; another line in title case is the talk ("Lost Rivers of the Fens" beside "Dr. Ana Ruiz").
    A plain line right over an affiliation ("Physics and Astronomy" / "University of Leeds") or
    after one ("Leeds, England") is where the speaker comes from, not the talk."""
    speaker = (next((c for c in row if c.shape == "honorific"), None)
               or (row[steady] if steady is not None and steady < len(row) else None)
               or next((c for c in row if c.shape == "person"), None))
    first_affiliation = next((k for k, c in enumerate(row) if c.shape == "affiliation"), len(row))
    talk = next((c for c in row if c.shape == "quoted"), None) or next(
        (c for k, c in enumerate(row) if c.shape in ("name", "person") and c is not speaker and k < first_affiliation
         and not (k + 1 < len(row) and row[k + 1].shape == "affiliation")), None)
    named = talk or speaker
    if named is None or not named.text:
        return None
    title = f"{talk.text} — {speaker.text}" if talk is not None and speaker is not None else named.text
    return RowTitle(title, named.line, tuple(line for line in lines if line != named.line))
