"""Programme items run together in one paragraph, each opened by its clock and a colon: "... 9h: Opening
of the craft market in the fair village 11h: Lecture on river trade. 7 pm: Film show at the fair
village 8 pm: Concert at the fair village: Brass bands".

A programme pasted from a list often loses its line breaks, so one sentence holds several items, and the
sentence's name (a festival's, the page's) then titled every clock in it, or one title covered two
clocks and the second gave nothing. Each item's own words, from its colon to the next item's clock (or
the sentence's end), say what happens at its clock. The rule asks for at least two such items on the
line (stops may part them into sentences): a line that is one "7 pm: Film show" item is read whole, as before. The title is the item's
words up to the first mark that opens a detail of it (a label's colon, a semicolon, a spaced dash, a
stop), cut at a comma or after MAX_TITLE_WORDS words when longer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import line_end, start_of_line

MIN_ITEMS = 2              # clock-and-colon items in one sentence: a programme run together
MAX_TITLE_WORDS = 10       # "1 / 8th final game in the 4th district": a name; more is a description
_COLON_AFTER = re.compile(r":[ \t]+\S")
_DETAIL = re.compile(r"[:;]|\s[–—-]\s|\.(?:\s|$)")
_TRIM = " \t\n,.;:–—-"
CLOCK_RULE_PREFIX = "clock"     # the tagger's rules that read a clock ("month_year+clock_h_hour")


def _opens_item(text: str, timex: Timex) -> bool:
    """A clock (the tagger's last rule for it reads one) followed right away by a colon and words."""
    return (timex.type == "TIME" and timex.end_interval is None
            and timex.rule.rsplit("+", 1)[-1].startswith(CLOCK_RULE_PREFIX)
            and _COLON_AFTER.match(text, timex.end) is not None)


def _line_dates(text: str, timex: Timex, dates_within: Callable[[tuple[int, int]], Sequence[Timex]]) -> list[Timex]:
    line = (start_of_line(text, timex.start), line_end(text, timex.end))
    return [t for t in dates_within(line) if line[0] <= t.start and t.end <= line[1]]


def runs_colon_items(text: str, timex: Timex, dates_within: Callable[[tuple[int, int]], Sequence[Timex]]) -> bool:
    """``timex`` opens a clock-and-colon item on a line that runs at least MIN_ITEMS of them together
    (``dates_within``: the page's dates in a stretch, in order): each item is its clock's own, so the
    line is no single item its first date leads."""
    return _opens_item(text, timex) and sum(1 for t in _line_dates(text, timex, dates_within)
                                            if _opens_item(text, t)) >= MIN_ITEMS


def colon_clock_title(text: str, timex: Timex, sentence: tuple[int, int],
                      dates_within: Callable[[tuple[int, int]], Sequence[Timex]]) -> str | None:
    """The title of the item ``timex`` opens when its line runs several clock-and-colon items
    together (``dates_within``: the page's dates in a stretch, in order, asked only for a clock
    that opens an item); None for any other date."""
    if not _opens_item(text, timex):
        return None
    on_line = _line_dates(text, timex, dates_within)
    if sum(1 for t in on_line if _opens_item(text, t)) < MIN_ITEMS:
        return None
    later = [t.start for t in on_line if t.start > timex.start and t.type in ("DATE", "TIME")]
    end = min(later[0], sentence[1]) if later else sentence[1]    # the next item's clock, or the next day's heading
    start = text.index(":", timex.end) + 1
    words = text[start:end]
    cut = _DETAIL.search(words)
    title = (words[:cut.start()] if cut else words).strip(_TRIM)
    if len(title.split()) > MAX_TITLE_WORDS:
        title = title.split(",", 1)[0].strip(_TRIM)
    kept = title.split()
    if len(kept) > MAX_TITLE_WORDS:
        kept = kept[:MAX_TITLE_WORDS]
        small = word_list("title_dangling_ends")
        while kept and kept[-1].lower() in small:
            kept.pop()
        title = " ".join(kept)
    if not any(c.isalpha() for c in title):
        return None
    return title[:1].upper() + title[1:]
