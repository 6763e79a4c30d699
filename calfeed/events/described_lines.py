"""A programme's date line over the paragraph that describes it:

    Wednesday 1st May , Laois Arthouse Stradbally 4pm Free
    Launch of 'Fiesta' an exhibition by the Stradbally Active Retirement Group, open ...

A festival programme or a what's-on page writes each item's facts on one line that its date
opens - the days, the venue, the clock, the price - and what happens on the next line. The
date line names nothing, so the description's first sentence names the entry (cut at a comma
when long) and the capitalised words between the date and the clock are where. A fact line
holds only dates, clocks, capitalised venue words, a few linking words and prices; a line with
words of its own is a sentence or a date-led row, read elsewhere."""

from __future__ import annotations

import re
from dataclasses import dataclass

from calfeed.events.candidates import date_not_written
from calfeed.events.quote_marks import ENGLISH, opening_marks
from calfeed.events.title_lines import EMPHASIS
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import CLAUSE_END, line_end

MAX_TITLE = 90                 # characters: a longer first sentence is cut at a comma or a word
MIN_DESCRIPTION = 20           # characters: a shorter line is a label, not a description
MAX_LABEL = 60                 # characters of a label line over the next date (no sentence of its own)
_PRICE = re.compile(r"[^\w\s]?\d+(?:[.,]\d\d)?[^\w\s]?")     # "€5", "£3.50", "5€"
_WORD = re.compile(r"[^\s,|]+")
_OPENING_QUOTES = opening_marks(ENGLISH)     # a description may open with a quote mark


@dataclass(frozen=True)
class Described:
    title: str
    place: tuple[int, int] | None      # the venue's span on the date line
    clock: Timex | None                # the line's clock, when the date has none


def described_line(text: str, timex: Timex, line_dates: list[Timex]) -> Described | None:
    """The entry the description line under ``timex``'s fact line names; ``line_dates``: the
    document's dates (not durations) on that line, in order."""
    start = text.rfind("\n", 0, timex.start) + 1
    end = line_end(text, start)
    own = [t for t in line_dates if start <= t.start and t.end <= end]
    if not own or text[start:own[0].start].strip(EMPHASIS + "".join(word_list("list_bullets"))):
        return None                    # the line opens with no date
    if own[0].type != "DATE" or own[0].interval is None or own[0].interval.granularity != "day":
        return None                    # "7pm ...": a slot; "Fall 2024 Full Semester": a term's heading
    gaps, at = [], start
    for t in own:
        gaps.append((at, t.start))
        at = max(at, t.end)
    gaps.append((at, end))
    venue: tuple[int, int] | None = None
    for a, b in gaps:
        for word in _WORD.finditer(text, a, b):
            token = word.group(0).strip("*_()")
            if not token or token in ("–", "—", "-", "&", "/") or _PRICE.fullmatch(token):
                continue
            lowered = token.lower()
            if lowered in word_list("price_words") or lowered in word_list("venue_joiner_articles") \
                    or lowered in word_list("place_prepositions") or lowered in word_list("name_joiners"):
                continue
            if not token[:1].isupper():
                return None            # words of its own: a sentence or a named row
            if venue is None:
                venue = (word.start(), word.end())
            elif a <= venue[0] < b:    # the venue's words run on within one gap
                venue = (venue[0], word.end())
    clock = next((t for t in own if date_not_written(t)), None)
    if venue is None and clock is None:
        return None                    # a bare date over a paragraph: a label or a heading's day
    below = end + 1
    if below >= len(text) or text[end:end + 1] != "\n":
        return None
    line = text[below:line_end(text, below)].strip(EMPHASIS)
    if len(line) < MIN_DESCRIPTION or not (line[0].isalpha() or line[0] in _OPENING_QUOTES) \
            or any(below <= t.start < below + 40 and not text[below:t.start].strip(EMPHASIS) for t in line_dates):
        return None                    # another date line, or a short label
    after = line_end(text, below) + 1
    if line.endswith(":") or (len(line) < MAX_LABEL and not CLAUSE_END.search(line) and after < len(text) and any(
            t.start < after + 40 and t.start >= after and not text[after:t.start].strip(EMPHASIS) for t in line_dates)):
        return None                    # "Notification to authors:" / its date: a label over the next date
    stop = CLAUSE_END.search(line)
    title = " ".join((line[:stop.start()] if stop else line).split())
    if len(title) > MAX_TITLE and ": " in title[:MAX_TITLE]:
        title = title[:title.index(": ")]     # "Memory Lane: bring an old photograph and ..."
    if len(title) > MAX_TITLE:
        cut = title.rfind(", ", 0, MAX_TITLE)
        title = title[:cut] if cut > 0 else title[:title.rfind(" ", 0, MAX_TITLE)] + " …"
    return Described(title, venue, clock)
