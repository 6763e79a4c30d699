"""Bare afternoon clocks: "CIRCUS WORKSHOPS 2.30-3.30 and 5.30-6.30", "storytime ... at 2.30".

A listing written in the twelve-hour style drops "pm" where nobody could mean the night: a
workshop at "2.30" is at half past two in the afternoon. So a clock written with its minutes and
no "am"/"pm", zone or leading zero, whose hour is 1 to 6, is an afternoon clock (unless a night named
by its days comes before it, "On the night of May 3-4 ... from 1:20 to 3:40": night_clocks), and so is the end
of its range before noon ("5.30-7.00", "6.00-10.00"); a start from 7 on is left as written
("7.30-9.00" may be breakfast), but an end written below its start ("11:00-1:00") is past noon.
A bare clock of seven is in the evening where its line, or the short heading of its block, names
an evening activity (``evening_activities.txt``: "Show Dates" / "Friday, March 3rd at 7:00"):
nobody puts on a show at seven in the morning.
The same holds for bare hours joined by o'clock ("a break between 2 and 4 o'clock": 14:00 to
16:00); a lone "five o'clock" is left as written.
A document that writes any clock the twenty-four-hour way ("14.00", "09:30", "20:00 CET") means
its "2.30" as written: nothing changes there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.builders import Atom
from calfeed.timex.lexicon import load_list
from calfeed.timex.day_halves import HALF_DAY
from calfeed.timex.night_clocks import SMALL_HOURS_END, Nights, night_named_before, nights_of
from calfeed.timex.rawvalue import time_of, with_time
from calfeed.timex.rules import expand

AFTERNOON_FIRST = 1      # the hours a bare start is read in the afternoon
AFTERNOON_LAST = 6
EVENING_HOUR = 7         # a bare start of this hour is in the evening beside an evening activity
HEAD_LINES = 6           # lines above a clock searched for the heading of its block
HEAD_WIDTH = 60          # the longest line read as a heading
HEAD_REACH = 600         # characters above a clock's line searched for that heading
LINE_REACH = 160         # characters either side of a clock on its line searched for an activity

_BARE_RULES = frozenset({"clock_dotted", "clock_24", "clock_range"})    # and ranges they join into
_OCLOCK_RULES = frozenset({"clock_oclock_range"})
_ANY_CLOCK = re.compile(r"(?<![\d.,])(\d{1,2})[:.h]([0-5]\d)(?!\d)")


@lru_cache(maxsize=None)
def _bare_oclock() -> re.Pattern[str]:
    """Two bare hours joined by a word (%oclockRangeWord: "5 to 7") or a dash, then "o'clock" (%oclock)."""
    return re.compile(expand(r"(?P<h>\d{1,2})(?:[^\S\n]{1,3}%oclockRangeWord[^\S\n]{1,3}|[^\S\n]{0,2}[-–—][^\S\n]{0,2})"
                             r"(?P<h2>\d{1,2})[^\S\n]{1,3}%oclock", "en"), re.IGNORECASE)


@lru_cache(maxsize=None)
def _bare() -> re.Pattern[str]:
    """What the rules clock_dotted, clock_24 and clock_range match when nothing marks the half of the day."""
    return re.compile(expand(r"(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)"
                             r"(?:[^\S\n]{0,2}%clockRangeLink[^\S\n]{0,2}(?P<h2>\d{1,2})[:.](?P<m2>[0-5]\d))?", "en"))


@lru_cache(maxsize=None)
def _half_mark() -> re.Pattern[str]:
    return re.compile(expand("%halfDayMark", "en"), re.IGNORECASE)


def half_day_marked(written: str) -> bool:
    """Whether a clock as written says the half of the day ("7.30pm", "12 noon"): the macro
    halfDayMark, the one reading of these marks outside the rules."""
    return _half_mark().search(written) is not None


def bare_written_hour(atom: Atom, text: str) -> re.Match[str] | None:
    """The written hours of a clock that nothing marks as morning or afternoon, else None."""
    if atom.tz is not None or atom.type != "TIME":
        return None
    if atom.rule in _OCLOCK_RULES:
        return _bare_oclock().fullmatch(text, atom.start, atom.end)    # "2 and 4 o'clock", no "pm" or "in the morning"
    if not set(atom.rule.split("+")) <= _BARE_RULES:
        return None
    return _bare().fullmatch(text, atom.start, atom.end)


def twenty_four_hour(atoms: list[Atom], text: str) -> bool:
    """Whether the document writes a clock the 24-hour way: an hour from 13 on with no "pm", or
    a leading zero ("09:30")."""
    for atom in atoms:
        if atom.type != "TIME":
            continue
        written = text[atom.start:atom.end]
        for match in _ANY_CLOCK.finditer(written):
            hour = int(match.group(1))
            if 13 <= hour <= 23 and not half_day_marked(written):
                return True
            if len(match.group(1)) == 2 and match.group(1).startswith("0"):
                return True
    return False


def _afternoon(hour_text: str) -> bool:
    return len(hour_text) == 1 and AFTERNOON_FIRST <= int(hour_text) <= AFTERNOON_LAST


@lru_cache(maxsize=None)
def _evening_words() -> re.Pattern[str]:
    words = sorted(load_list("en", "evening_activities"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)


def _block_heading(text: str, line_start: int) -> tuple[int, int] | None:
    """The first line of the block (lines with no blank one between) holding the line that starts at
    ``line_start``, when it is a short line at most HEAD_LINES lines and HEAD_REACH characters above,
    else None."""
    floor = max(0, line_start - HEAD_REACH)
    start = line_start
    for _ in range(HEAD_LINES):
        if start == 0:
            break
        above = text.rfind("\n", floor, start - 1) + 1
        if above == 0 and floor > 0:
            return None             # the line above starts out of reach
        if not text[above:start - 1].strip():
            break
        start = above
    else:
        return None
    if start == line_start:
        return None
    end = text.find("\n", start, start + HEAD_WIDTH + 1)
    return (start, end) if end >= 0 else None


def _evening(atom: Atom, text: str) -> bool:
    """Whether an evening activity is named on the clock's line (near it) or in its block's heading."""
    low, high = max(0, atom.start - LINE_REACH), min(len(text), atom.end + LINE_REACH)
    line_start = text.rfind("\n", low, atom.start) + 1
    line_end = text.find("\n", atom.end, high)
    words = _evening_words()
    if words.search(text, max(line_start, low), high if line_end < 0 else line_end):
        return True
    if line_start == 0 and low > 0:
        return False                # a long line: its heading is out of reach
    heading = _block_heading(text, line_start)
    return heading is not None and words.search(text, *heading) is not None


def _of_the_night(hour_text: str, atom: Atom, text: str, nights: Nights) -> bool:
    """A bare hour of the small hours under a night named by its days ("On the night of May 3-4
    ... from 1:20 to 3:40"): the early morning, not the afternoon (night_clocks)."""
    return int(hour_text) < SMALL_HOURS_END and night_named_before(text, atom.start, nights)


def later(core: str) -> str:
    time = time_of(core) or ""
    hour, rest = int(time[:2]), time[2:]
    return with_time(core, f"{hour + HALF_DAY:02d}{rest}")


def afternoon_clocks(atoms: list[Atom], text: str) -> list[Atom]:
    """``atoms`` with each bare afternoon clock (and its range's end) moved twelve hours on."""
    if twenty_four_hour(atoms, text):
        return atoms
    nights: Nights | None = None      # read once, when a bare clock of the small hours first asks
    for atom in atoms:
        written = bare_written_hour(atom, text)
        if written is None or not (time_of(atom.core) or "")[:2].isdigit():
            continue
        end = atom.raw.get("to")
        last = written.group("h2")
        if end is None or last is None or not (time_of(end) or "")[:2].isdigit():
            last = None
        evening = len(written.group("h")) == 1 and int(written.group("h")) == EVENING_HOUR and _evening(atom, text)
        afternoon = _afternoon(written.group("h"))
        if afternoon and nights is None and int(written.group("h")) < SMALL_HOURS_END:
            nights = nights_of(sorted((a.start, a.type) for a in atoms), text)
        if (afternoon and not (nights is not None and _of_the_night(written.group("h"), atom, text, nights))) or evening:
            atom.raw.core = later(atom.core)
            if last is not None and int(last) < HALF_DAY:
                atom.raw.annotations["to"] = later(end)   # "2.30-3.30", "6.00-10.00": the same afternoon
        elif last is not None and len(last) == 1 and 0 < int(last) < int(written.group("h")) <= HALF_DAY:
            atom.raw.annotations["to"] = later(end)       # "11:00-1:00", "12:30-1:30": past noon
    return atoms
