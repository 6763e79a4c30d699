"""A list of a place's exceptional days written one a line, the day first and the state last, set
off by commas: "26 Mar, Good Friday, closed" / "27 Mar, closed" / "3 May, Spring Bank Holiday, open
10.00–15.00". A museum's, a library's or an office's holiday hours are printed this way.

A line whose last part is a closed cell (closed_cells: "closed", "shut") says the place is shut all
that day: an entry titled by the line's name and its state ("Good Friday, closed"), or by the state
alone ("Closed") when the line names no day. The participle is the place's state, not a past verb,
so the tense the tagger reads from it does not keep the day out. A holiday the name holds ("Good
Friday") is part of the title and no date of its own. Only a run of such lines is a list: the
line above or below must open with a day and a comma too, as prose seldom does twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import line_end, lines_near, start_of_line

CLOSED_DAY_NOTE = "a line of a list of exceptional days that says the place is shut that day"
MAX_NAME_WORDS = 6        # words of the name between the day and the state ("day before Midsummer Eve")
NEAR_LINES = 2            # lines looked at each way for another line of the list
_LIST_MARKS = " \t-•*–"
_PART_EDGE = " \t*_."


@dataclass(frozen=True)
class ClosedDay:
    """The title of a closed day's line, or "" for a date inside the line's name (a holiday's)."""

    title: str


@dataclass
class DayOpens:
    """Which lines open with a written day and a comma ("27 Mar, ..."), each line read once."""

    text: str
    by_line: dict[int, list[Timex]]
    _seen: dict[int, bool] | None = None

    def opens(self, begin: int) -> bool:
        if self._seen is None:
            self._seen = {}
        if begin not in self._seen:
            first = _opening_day(self.text, begin, self.by_line.get(begin, []))
            self._seen[begin] = first is not None and self.text[first.end:first.end + 1] == ","
        return self._seen[begin]


def closed_day_line(text: str, timex: Timex, day_opens: DayOpens) -> ClosedDay | None:
    """The closure a line "DAY, NAME, closed" gives ``timex``: its title when ``timex`` is the day
    that opens the line, "" when ``timex`` stands inside the name; None for any other line."""
    begin = start_of_line(text, timex.start)
    stop = line_end(text, timex.start)
    first = _opening_day(text, begin, day_opens.by_line.get(begin, []))
    if first is None:
        return None
    parts = [" ".join(p.strip(_PART_EDGE).split()) for p in text[first.end:stop].split(",")]
    if len(parts) < 2 or parts[0] or parts[-1].lower() not in word_list("closed_cells"):
        return None        # "26 Mar, Good Friday, closed": nothing between the day and its comma
    name_parts = parts[1:-1]
    if any(not p for p in name_parts) or sum(len(p.split()) for p in name_parts) > MAX_NAME_WORDS:
        return None
    if any(c in p for p in name_parts for c in ".;:!?"):
        return None        # a sentence, no name
    if not any(day_opens.opens(near) for near in lines_near(text, begin, NEAR_LINES, NEAR_LINES)):
        return None        # one such line alone: prose may read so
    if timex is not first:
        return ClosedDay("")
    state = parts[-1].lower()
    name = ", ".join(name_parts)
    title = f"{name}, {state}" if name else state
    return ClosedDay(title[:1].upper() + title[1:])


def _opening_day(text: str, begin: int, on_line: Sequence[Timex]) -> Timex | None:
    """The date that opens the line (after list marks), written with its day's number."""
    first = min(on_line, key=lambda t: t.start, default=None)
    if first is None or first.type != "DATE" or not any(c.isdigit() for c in first.text):
        return None
    if text[begin:first.start].strip(_LIST_MARKS):
        return None
    span = first.interval
    return first if span is not None and span.granularity == "day" else None
