"""A schedule's block: a line a day opens, naming the activity, over a line that says only where and
when: "March 4, 2030 (Monday) Lantern Walk" / "Riverside Green, 5:00AM".

A festival's programme writes each day's item this way. The tagger reads the day and the clock as two
expressions, and when such blocks repeat the place line read alone looks like a row named by its label
("Riverside Green") at that clock, beside an all-day entry of the activity. The place line is no
item: its clock is the day's, and the activity above is what happens then. The place line holds only
a name (capitalised words, the particles of a name, commas) and closes on the clock; a line of the same
shape right under it makes the lines a list of named slots ("Opening Session, 9:00" / "Panel, 10:00"),
which is left to the readers of slots.
"""

from __future__ import annotations

from bisect import bisect_left

from calfeed.events.candidates import one_day
from calfeed.events.deadline_clock import clock_of
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex
from calfeed.text import forward_over, line_end, marks_bounds, start_of_line

MAX_NAME_WORDS = 8          # words of a row's name before its dash
MAX_BLOCK_LINES = 3         # lines from a row up to the line its day opens
DASHES = ("–", "—", "-")
MAX_PLACE_WORDS = 10        # "Sports and Cultural Centre, Kalibo, Aklan": a longer line is prose
MAX_LINE_CHARS = 160        # a place line or a row longer before its clock is prose: its words are not read
_LINE_MARKS = " \t*_"       # emphasis and blanks around a line's words
_NAME_MARKS = (",", "&", "'", "’", ".")


class VenueClockLines:
    """The page's day-less clocks by where they start, read once for every day asking."""

    def __init__(self, text: str, ordered: list[Timex]):
        self.text = text
        clocks = sorted((t for t in ordered if clock_of(t) is not None), key=lambda t: t.start)
        self.clocks = clocks
        self.starts = [t.start for t in clocks]
        self.day_lines: dict[int, Timex] = {}      # a line a written day opens -> that day
        for t in ordered:
            line = start_of_line(text, t.start)
            if one_day(t) and line not in self.day_lines and _opens(text, line, t.start):
                self.day_lines[line] = t

    def days_over_place_lines(self) -> list[tuple[Timex, Timex]]:
        """Each day (a whole day, no clock of its own) whose line a place line closing on a clock
        follows, with that clock."""
        found = []
        for clock in self.clocks:
            line = start_of_line(self.text, clock.start)
            day = self.day_lines.get(start_of_line(self.text, line - 1)) if line > 0 else None
            if (day is not None and day.type == "DATE" and day.interval.granularity == "day"
                    and self.times_day(day, clock)):
                found.append((day, clock))
        return found

    def row_name(self, clock: Timex) -> str | None:
        """The name of a row "NAME – PLACE, CLOCK" in a day's block ("January 9, 2030 (Wednesday) Kite
        Contest" / "North Beach, 8:00 AM" / "Sandcastle Contest – North Beach, Old Quay, 1:00 PM"): another
        item of that day, named before the dash, where the place after it says where. The block's lines
        run with no blank line from a line a day opens, at most MAX_BLOCK_LINES above."""
        text = self.text
        if clock_of(clock) is None or not _closes_line(text, clock.end):
            return None
        start = start_of_line(text, clock.start)
        if clock.start - start > MAX_LINE_CHARS:
            return None
        words = [w for w in words_in(text, start, clock.start) if w.text not in "*_"]
        dash = next((k for k, w in enumerate(words) if w.text in DASHES), None)
        if dash is None or not 0 < dash <= MAX_NAME_WORDS or not _place_words(words[dash + 1:]):
            return None
        name = words[:dash]
        if not (name[0].is_capitalised and all(w.is_word or w.text in _NAME_MARKS for w in name)):
            return None
        line = start
        for _ in range(MAX_BLOCK_LINES):
            if line == 0:
                return None
            line = start_of_line(text, line - 1)
            if not text[line:line_end(text, line)].strip():
                return None       # a blank line ends the block
            if line in self.day_lines:
                return " ".join(text[name[0].start:name[-1].end].split())
        return None

    def times_day(self, day: Timex, clock: Timex) -> bool:
        """Whether ``clock`` closes the place line right under the line ``day`` opens and names."""
        text = self.text
        if not _opens(text, start_of_line(text, day.start), day.start):
            return False        # the day opens its line (a bullet aside)
        day_end = line_end(text, day.end)
        if not _names_something(text, day.end, day_end):
            return False        # "January 8, 2030" alone: the line names no activity
        if day_end >= len(text) or start_of_line(text, clock.start) != day_end + 1:
            return False        # the place line is the very next line
        return self._place_line(clock) and not self._place_line_below(clock)

    def _place_line(self, clock: Timex) -> bool:
        """The clock closes a line that holds before it only a place's name and a comma."""
        text = self.text
        if not _closes_line(text, clock.end):
            return False
        start = start_of_line(text, clock.start)
        return clock.start - start <= MAX_LINE_CHARS and _place_words(words_in(text, start, clock.start))

    def _place_line_below(self, clock: Timex) -> bool:
        """The next line is one of the same shape: the lines are a list of named slots."""
        end = line_end(self.text, clock.end)
        if end >= len(self.text):
            return False
        below_end = line_end(self.text, end + 1)
        k = bisect_left(self.starts, end + 1)
        stop = bisect_left(self.starts, below_end, lo=k)
        return any(self._place_line(self.clocks[j]) for j in range(k, stop))


def _opens(text: str, line: int, at: int) -> bool:
    """Nothing but blanks, emphasis or a bullet before ``at`` on the line starting at ``line``, read
    in place: on a page written on one line a copy up to each date read the page once per date."""
    begin, end = marks_bounds(text, line, at, _LINE_MARKS)
    if begin >= end:
        return True
    bullets = word_list("list_bullets")
    return end - begin <= max(map(len, bullets), default=0) and text[begin:end] in bullets


def _closes_line(text: str, at: int) -> bool:
    """Nothing but blanks, emphasis or a full stop after ``at`` on its line (read in place, as _opens)."""
    end = line_end(text, at)
    return forward_over(text, at, end, _LINE_MARKS + ".") >= end


def on_place_line_below(text: str, day: Timex, clock: Timex) -> bool:
    """The clock closes the place line right under the day's line (its shape alone, read when the day
    takes the clock: the entry keeps the day's line, not a span over both lines)."""
    day_end = line_end(text, day.end)
    if day_end >= len(text) or start_of_line(text, clock.start) != day_end + 1:
        return False
    closed = _closes_line(text, clock.end)
    return (closed and clock.start - day_end <= MAX_LINE_CHARS
            and _place_words(words_in(text, day_end + 1, clock.start)))


def _names_something(text: str, start: int, end: int) -> bool:
    """Words after the day on its line, outside brackets ("(Sunday) Lantern Walk", not "(Sunday)")."""
    depth = 0
    for word in words_in(text, start, end):
        if word.text == "(":
            depth += 1
        elif word.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and word.is_word and not word.is_number:
            return True
    return False


def _place_words(words: list[Word]) -> bool:
    """A place's name then a comma: capitalised words, with a name's particles and commas inside."""
    words = [w for w in words if w.text not in "*_"]
    if len(words) < 2 or words[-1].text != "," or not words[0].is_capitalised:
        return False
    named = [w for w in words[:-1] if w.is_word]
    particles = word_list("name_particles")
    return (0 < len(named) <= MAX_PLACE_WORDS
            and all((w.is_word and (w.is_capitalised or w.lower in particles)) or w.text in _NAME_MARKS
                    for w in words[:-1]))
