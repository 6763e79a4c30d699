"""A weekday word that is part of an event's name, not a day ("Wiggle Worm Wednesday", "Saturday
Stories", "Taco Tuesday"), or of a feast's ("Carnival Monday", "Pancake Tuesday").

Club and library listings name their regular sessions after the day they meet on, and set the
name as a block's title line over the line that dates this session:

    Taco Tuesday
    Community Hall
    Tuesday, 9 March 6:00 pm to 8:00 pm

The tagger reads "Tuesday" in the title as a day of its own (the next Tuesday), which gives a
second, wrong entry and spends the title line. When the title line is short, holds words of its
own beside the weekday and no other date, and the first written day below it (within a block's
few lines) falls on that same weekday, the weekday is the name's word: the written day is the
only day the block tells, and the title names it.
"""

from __future__ import annotations

from collections.abc import Sequence

from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import by_line_start, line_end

WEEKDAY_RULE = "weekday_alone"
MAX_NAME_WORDS = 8       # a longer line is a sentence, whose weekday is a day
BLOCK_LINES = 6          # lines below a title line that still belong to its block
_SENTENCE_ENDS = ".!?;,"
NAME_GAP = " "           # what stands between a feast's word and its weekday ("Carnival Monday")


def named_weekdays(text: str, ordered: Sequence[Timex]) -> set[int]:
    """The ids of bare weekdays that are a word of a block's title line over its own date line."""
    by_line = by_line_start(text, ordered)
    found: set[int] = set()
    for begin, on_line in by_line.items():
        if len(on_line) != 1 or on_line[0].rule != WEEKDAY_RULE or on_line[0].interval is None:
            continue
        timex = on_line[0]
        stop = line_end(text, begin)
        if not _a_title(text, begin, stop, timex):
            continue
        written = _first_written_day(text, stop, by_line)
        if written is not None and written.interval is not None \
                and written.interval.start.weekday() == timex.interval.start.weekday():
            found.add(id(timex))
    return found


def _a_title(text: str, begin: int, stop: int, timex: Timex) -> bool:
    """A short line with no sentence's end, holding a word of its own beside the weekday."""
    line = text[begin:stop].strip(" \t*_#")
    if not line or line[-1] in _SENTENCE_ENDS:
        return False
    words = [w for w in words_in(text, begin, stop) if any(c.isalpha() for c in w.text)]
    if len(words) > MAX_NAME_WORDS:
        return False
    days = weekday_words()
    own = [w for w in words if not (timex.start <= w.start < timex.end) and w.lower.rstrip(".") not in days]
    return any(w.text[:1].isupper() for w in own)


def _first_written_day(text: str, stop: int, by_line: dict[int, list[Timex]]) -> Timex | None:
    """The first date with a day number written within the block's lines below ``stop``."""
    at = stop + 1
    for _ in range(BLOCK_LINES):
        if at > len(text):
            return None
        for timex in by_line.get(at, []):
            if timex.type in ("DATE", "TIME") and any(c.isdigit() for c in timex.text):
                return timex
        at = line_end(text, at) + 1
    return None


def feast_weekdays(text: str, ordered: Sequence[Timex]) -> set[int]:
    """The ids of bare weekdays that name a feast's day with the capitalised word before them
    ("Carnival Monday", "Pancake Tuesday", feast_weekday_words), and of the bare weekdays joined to
    one by a list's link ("Carnival Monday and Tuesday"). A movable feast the tagger does not know
    (its holiday names hold "Shrove Tuesday", "Easter Monday") is read as the weekday alone, the
    next one after the page's day: a day nobody wrote. The feast's own day is not told."""
    words = word_list("feast_weekday_words")
    links = word_list("day_list_links")
    found: set[int] = set()
    previous: Timex | None = None
    for timex in ordered:
        if timex.rule != WEEKDAY_RULE or not timex.bare_weekday:
            previous = timex
            continue
        before = words_in(text, max(0, timex.start - 20), timex.start)
        named = (bool(before) and before[-1].text[:1].isupper() and before[-1].lower in words
                 and text[before[-1].end:timex.start] == NAME_GAP)
        joined = (previous is not None and id(previous) in found
                  and all(w.lower in links or not w.is_word and w.text == ","
                          for w in words_in(text, previous.end, timex.start)))
        if named or joined:
            found.add(id(timex))
        previous = timex
    return found
