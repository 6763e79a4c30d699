"""Two value lines stacked under one label line: "Thanksgiving Recess" / "November 27th
(Wednesday)" / "December 1st (Sunday)". A key-dates list flattened from a two-column table
writes a period's first and last day on lines of their own under the period's name; the two
days are one entry running from the first to the last, not two entries of which the second
has no name. A third value line after them (a bracketed note line between aside) makes the
run a list or a flattened table's cells, no period.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, replace
from datetime import timedelta

from calfeed.events.candidates import DateSpans
from calfeed.events.flat_columns import note_line
from calfeed.events.label_lines import label_over, value_line
from calfeed.model import Interval, Timex
from calfeed.text import LineIndex

MAX_SPAN = timedelta(days=62)     # a recess, a break, an exam period; more is two separate days


def stacked_ranges(text: str, ordered: list[Timex], occurrences: Container[int] = ()) -> tuple[list[Timex], set[int]]:
    """The dates with the first of each pair of stacked one-day value lines under a label line
    made a range to the second's day; and the second dates (by id), which close those ranges
    and are no days of their own. Days listed under a series' rule (``occurrences``, by where
    they start) are its meetings, no period's bounds."""
    by_line: dict[int, list[Timex]] = {}
    lines, brackets = LineIndex(text), _Brackets(text)
    for timex in ordered:
        line_start = lines.start(timex.start)
        if timex.type != "DURATION" and not brackets.open_before(line_start, timex.start):
            by_line.setdefault(line_start, []).append(timex)     # "(Wednesday)" only restates the day
    lines = [start for start in sorted(by_line) if len(by_line[start]) == 1]
    spans = DateSpans(ordered).spans
    joined: dict[int, Timex] = {}
    closing: set[int] = set()
    for first_line, second_line in zip(lines, lines[1:]):
        first, second = by_line[first_line][0], by_line[second_line][0]
        if id(first) in closing or not _one_day(first) or not _one_day(second) or first.start in occurrences:
            continue
        if _next_filled_line(text, first_line) != second_line:
            continue
        after = _next_filled_line(text, second_line)
        while after is not None and note_line(text[slice(*_line(text, after))].strip()):
            after = _next_filled_line(text, after)    # "(Where possible ...)": a cell's note, the run goes on
        if (not value_line(text, _line(text, first_line), spans) or not value_line(text, _line(text, second_line), spans)
                or (after is not None and value_line(text, _line(text, after), spans))):
            continue         # a run of three or more value lines is a list of days, no period
        above = label_over(text, first_line)
        if above is None or above.colon:
            continue
        last = second.interval
        if last.start <= first.interval.start and second.raw_value.startswith("XXXX-"):
            last = _a_year_on(last)    # "December 25th" / "January 1st": the period runs into the next year
        if not timedelta(0) < last.start - first.interval.start <= MAX_SPAN:
            continue
        joined[id(first)] = replace(first, end_interval=last)
        closing.add(id(second))
    return [joined.get(id(t), t) for t in ordered], closing


def _bracketed(before: str) -> bool:
    """Whether a bracket opened in ``before`` is still open."""
    return before.count("(") > before.count(")")


@dataclass
class _Brackets:
    """``_bracketed`` of the text from a line's start to each date, read on from the date asked last:
    the count of brackets opened less those closed is kept for the last line asked, so each date of a
    line reads only the text since the one before it, where the plain test read the line from its start
    for every date (a page written on one line holds them all). A date before the last one read, or on
    another line, starts the count again from its line's start."""

    text: str
    line: int = -1      # the start of the line counted
    at: int = 0         # counted up to here
    net: int = 0        # "(" less ")" from the line's start to ``at``

    def open_before(self, line_start: int, at: int) -> bool:
        """``_bracketed(text[line_start:at])``."""
        if line_start != self.line or at < self.at:
            self.line, self.at, self.net = line_start, line_start, 0
        piece = self.text[self.at:at]
        self.net += piece.count("(") - piece.count(")")
        self.at = at
        return self.net > 0


def _a_year_on(day: Interval) -> Interval:
    try:
        return Interval(day.start.replace(year=day.start.year + 1), day.end.replace(year=day.end.year + 1), day.granularity)
    except ValueError:          # 29 February
        return day


def _one_day(timex: Timex) -> bool:
    return (timex.type == "DATE" and timex.interval is not None and timex.end_interval is None
            and timex.interval.granularity == "day" and not timex.approximate)


def _line(text: str, start: int) -> tuple[int, int]:
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _next_filled_line(text: str, start: int) -> int | None:
    """Where the next non-blank line after the one starting at ``start`` starts."""
    cursor = text.find("\n", start)
    while cursor >= 0:
        end = text.find("\n", cursor + 1)
        if text[cursor + 1:len(text) if end < 0 else end].strip():
            return cursor + 1
        cursor = end
    return None
