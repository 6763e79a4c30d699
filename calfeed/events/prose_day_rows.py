"""A dated list's row told again in a sentence of prose: "November 7: Lantern Fair (markets
closed)" in a list of holidays and "All markets in the valley will stay closed on November 7."
below it; "Monday 6th September – Block 1 starts for pupils" and "The new academic year will begin
for pupils on Monday 6th September 2027".

The row is the list's own telling; the sentence tells the same day in passing, with the words of
its own clause ("Markets closure", "New academic year begins"), so the two entries share no title
and merge_told_twice keeps both. An all-day one-day entry read from prose only folds into the
row of its day when exactly one row of the list holds that day and the sentence and the row
share a word of content (not grammar, not a month's or a weekday's name: row_retelling_stops)
and they are of one kind (a session told beside a holiday's row is another thing):
the row keeps its title and quotes the sentence too. A row is a line its date opens with another
such line right above or below it; prose is a line its date does not open (a sentence ending with
its day too, which the list readers take for a diary row). The sentence's entry may be a guess
("This year, the fair falls on ...": approximate); the row's is exact.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from calfeed.events.identity import take_in
from calfeed.events.phrases import month_words
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.model import Event, SourceRef
from calfeed.text import line_end

MIN_WORD = 4        # letters a shared word must have ("fair", "closed", "pupils")
ROW_MARKS = " \t*-•"
_WORD = re.compile(r"[^\W\d_]+")


def fold_prose_into_day_rows(events: list[Event], told: list[bool], text: str,
                             rows: dict[int, int]) -> tuple[list[Event], list[bool]]:
    """``events`` with each prose retelling of a list row's day folded into the row (``rows``: the
    entries read from a row of a list, by id, as told_twice._list_rows finds them)."""
    by_day: dict[date, list[int]] = {}
    for k, event in enumerate(events):
        if (id(event) in rows and event.all_day and event.precision == "exact" and len(event.sources) == 1
                and not _in_prose(text, event.sources[0])):
            by_day.setdefault(day_of(event.start), []).append(k)
    if not by_day:
        return events, told
    gone: set[int] = set()
    for k, event in enumerate(events):
        if (not event.all_day or event.rrule
                or day_of(event.start) != day_of(event.end or event.start)
                or not event.sources or not all(_in_prose(text, s) for s in event.sources)):
            continue
        twins = [j for j in by_day.get(day_of(event.start), ()) if j not in gone and j != k
                 and day_of(events[j].end or events[j].start) == day_of(events[j].start)]
        if len(twins) != 1:
            continue
        row = events[twins[0]]
        if _line_start(text, row.sources[0]) in {_line_start(text, s) for s in event.sources}:
            continue       # "This day marks ... Later this day, ...": one paragraph, no row of a list
        if row.kind != event.kind:
            continue       # "To be announced" (a milestone row) and "the plenary session on Tuesday": two things
        if _content(_line(text, row.sources[0])) & _content(event.sources[0].sentence):
            take_in(row, event)
            row.notes.append(f"the same day as the list's row, told again in prose (\"{event.title}\")")
            gone.add(k)
    if not gone:
        return events, told
    return [e for i, e in enumerate(events) if i not in gone], [t for i, t in enumerate(told) if i not in gone]


def _in_prose(text: str, source: SourceRef) -> bool:
    """Whether anything but list marks stands before ``source`` on its line, read back from it: a page
    on one line must not be copied from its start for every entry."""
    start, at = _line_start(text, source), source.start
    while at > start and text[at - 1] in ROW_MARKS:
        at -= 1
    return at > start


def _line_start(text: str, source: SourceRef) -> int:
    return text.rfind("\n", 0, source.start) + 1


def _line(text: str, source: SourceRef) -> str:
    return text[text.rfind("\n", 0, source.start) + 1:line_end(text, source.start)]


def _content(said: str) -> set[str]:
    stops = _stops()
    return {w for w in (m.group().lower() for m in _WORD.finditer(said)) if len(w) >= MIN_WORD and w not in stops}


@lru_cache(maxsize=None)
def _stops() -> frozenset[str]:
    return frozenset(word_list("row_retelling_stops") | month_words() | weekday_words())
