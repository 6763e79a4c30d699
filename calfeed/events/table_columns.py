"""What a table's column header says about the dates under it.

An "important dates" table gives each row (a track, a call, a fee band) several dates, one
per column, and the header names what each is: "| Track | Submission | Notification |".
Each date cell is then its own entry, a deadline or a milestone as the header says, titled
by the row's label and the header ("Full papers — submission deadline"), with the label a
cell may give its own date ("Abstracts: September 30<br>Papers: October 7").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calfeed.events.phrases import kind_of, noun_phrases
from calfeed.events.vocabulary import singular_nouns, table, word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import lines_above

HEADING_REACH = 6          # lines above a table searched for the heading that names its section
NOUN_REACH = 40            # lines above a table searched for the heading that says what its rows are
MAX_HEADING_WORDS = 3      # a heading this short follows the label ("Early registration"), a longer one leads
LABEL_KINDS = ("deadline", "milestone")   # a row label of these kinds says itself what its date is
_HEADER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CELL_BREAK = re.compile(r"<br\s*/?>|[;\n]", re.IGNORECASE)


@dataclass(frozen=True)
class ColumnEntry:
    title: str
    kind: str


def column_kind(header: str) -> tuple[str, str] | None:
    """(kind, word the title adds) of a column header whose head word names one, else None:
    the last known word before any linking word ("Deadline of the call": deadline)."""
    kinds = {row["word"]: (row["kind"], row.get("adds", "")) for row in table("table_column_kinds")}
    links = word_list("table_column_links")
    found = None
    for word in _HEADER_WORD.findall(header.lower()):
        if word in links:
            break
        found = kinds.get(word, found)
    return found


def column_entry(text: str, label: str, header: list[str], label_at: int | None, at: int,
                 cell: tuple[int, int], timex: Timex, table_top: int) -> ColumnEntry | None:
    """The entry of ``timex`` in column ``at`` when that column's header names a kind."""
    if at == label_at or at >= len(header):
        return None
    named = column_kind(header[at])
    if named is None:
        return None
    kind, adds = named
    own_kind = kind_of(label)
    if own_kind in LABEL_KINDS:        # "| Milestone | Deadline |" / "| Notification of acceptance | 1 April |"
        return ColumnEntry(label, own_kind)
    what = header[at]
    if adds and adds not in _HEADER_WORD.findall(what):
        what = f"{what} {adds}"
    if label_at is not None and header[label_at] in word_list("table_variant_headers"):
        heading = heading_above(text, table_top)
        if heading:                  # "## Registration" over "| Type | Deadline |" / "| Early | February 28 |"
            short = len(heading.split()) <= MAX_HEADING_WORDS
            label = f"{label} {heading[:1].lower()}{heading[1:]}" if short else f"{heading}: {label}"
    own = cell_label(text, cell, timex)
    return ColumnEntry(f"{label} — {what}" + (f" ({own[:1].lower()}{own[1:]})" if own else ""), kind)


def cell_label(text: str, cell: tuple[int, int], timex: Timex) -> str | None:
    """The label a cell gives one of its dates ("Abstracts: September 30<br>Papers: October 7")."""
    before = _CELL_BREAK.split(text[cell[0]:timex.start])[-1].strip(" \t*_")
    if not before.endswith(":"):
        return None
    label = before[:-1].strip(" \t*_")
    return label if any(c.isalpha() for c in label) else None


def heading_above(text: str, top: int) -> str | None:
    """The Markdown heading over a table and the paragraph that introduces it, if near."""
    for begin, end in lines_above(text, top, HEADING_REACH):
        line = text[begin:end].strip()
        if line.startswith("|"):
            return None              # another table: the heading is not this one's
        if line.startswith("#"):
            return line.lstrip("#").strip(" *_") or None
    return None


def rows_noun(text: str, top: int) -> str | None:
    """What a table's rows are, as its caption (the line right over it) or the nearest heading
    above that holds an event noun says: "Inaugural Lecture Series" -> "Inaugural Lecture",
    "Seminars" -> "Seminar". Headings over other tables count: a page's sections share one."""
    for step, (begin, end) in enumerate(lines_above(text, top, NOUN_REACH)):
        line = text[begin:end].strip()
        if not (line.startswith("#") or (step == 0 and line and not line.startswith("|"))):
            continue
        words = words_in(line, 0, len(line))
        found = noun_phrases(words, [], line)
        if found:
            phrase = found[0]
            head = words[phrase.head].lower
            singular = singular_nouns().get((head,)) if phrase.plural else None
            noun = line[words[phrase.first].start:words[phrase.head].start] + (singular or words[phrase.head].text)
            noun = noun.lstrip("#* _")
            return noun[:1].upper() + noun[1:] if noun else None
    return None
