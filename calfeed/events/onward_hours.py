"""Hours that hold every day from a day on, or up to a day, though the clocks are written once.

A notice that changes standing hours writes the day they hold from and then the hours, often as
list items under a lead-in: "The council changed the curfew as of 6 May. The following now apply:"
over "• 21:00-05:00: Varnholm". Each item's clock range is then a nightly (or daily) series from
that day, with no last day, not one night. Likewise a day's hours followed by a sentence that keeps
them "in force until" a later day ("Repairs resume on 8 May between 8:00 am - 2:00 pm. The lane
closure will stay in force until 30 May.") are those hours each day up to that day.
And "held through 05:00 the following day" only ends a stretch told before it: no entry of its own.

Read narrowly: the item's clock range must open its list item, with no day of its own, and the
lead-in (the first line above the items that is not an item, ending in a colon) must write the day
the tagger gave the clocks after an onward lead (onward_hours_leads: "as of", "effective"); the
keeping sentence must follow the hours' sentence in the same paragraph, write one date only, and
keep "in place" (kept_in_place_phrases) up to it (kept_until_words)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from calfeed.events.candidates import date_not_written
from calfeed.events.timing import last_day
from calfeed.events.vocabulary import ending_phrase, phrase_list, word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import Sentences, item_mark, lines_above, start_of_line

LEAD_IN_REACH = 12       # lines above an item searched for its lead-in: a short list's items and their blank lines
LEAD_WORDS = 4           # words before the lead-in's day that may hold the onward lead ("with effect from")
KEPT_WORDS = 12          # words of a keeping sentence before its "until": "The new six-hour restriction will remain in place"
MAX_KEPT_DAYS = 184      # hours kept up to a day at most half a year on: a season's restriction, not a standing rule
LEAD_CHARS = 40          # characters before the lead-in's day read for its onward lead
END_WORD_CHARS = 24      # characters before a next-day clock read for its end word ("held through")
DatesWithin = Callable[[tuple[int, int]], Sequence[Timex]]     # DateSpans.within: the page's dates in a span


@dataclass(frozen=True)
class KeptUntil:
    """The last day a day's hours are kept to, and the date that writes it (no entry of its own)."""

    last: date
    date: Timex


def _clock_range(timex: Timex) -> bool:
    """A range of clocks with no day written ("21:00-05:00"): the tagger dated it by its context."""
    return (timex.type == "TIME" and timex.interval is not None and timex.end_interval is not None
            and date_not_written(timex))


def onward_item_day(text: str, timex: Timex, within: DatesWithin) -> Timex | None:
    """The day a list item's clock range holds from each day, written in the list's lead-in after an
    onward lead ("amended the curfew as of 6 May. The following now apply:" over "• 21:00-05:00:
    Varnholm"), or None. ``within`` gives the dates of a span (DateSpans.within)."""
    if not _clock_range(timex):
        return None
    line_start = start_of_line(text, timex.start)
    mark = item_mark().match(text, line_start)
    if mark is None or text[mark.end():timex.start].strip():
        return None          # the clocks must open an item of a list
    for begin, end in lines_above(text, line_start, LEAD_IN_REACH):
        line = text[begin:end].strip()
        if not line or item_mark().match(text, begin):
            continue         # the list's other items and the blank lines between them
        if not line.endswith(":"):
            return None
        return _onward_day(text, (begin, end), timex, within)
    return None


def _onward_day(text: str, line: tuple[int, int], timex: Timex, within: DatesWithin) -> Timex | None:
    leads = phrase_list("onward_hours_leads")
    for day in within(line):
        if day.type != "DATE" or day.interval is None or day.end_interval is not None \
                or day.interval.start.date() != timex.interval.start.date():
            continue
        before = [w.lower for w in words_in(text, max(line[0], day.start - LEAD_CHARS), day.start) if w.is_word]
        if ending_phrase(before[-LEAD_WORDS:], leads) is not None:
            return day
    return None


def kept_until(text: str, sentences: Sentences, sentence: tuple[int, int], first: date,
               within: DatesWithin) -> KeptUntil | None:
    """The last day a day's hours in ``sentence`` (first held on ``first``) are kept to by the next
    sentence of its paragraph: "The lane closure will stay in force until 30 May.", or
    None. The sentence must write that date only, after "in force until" (or the like)."""
    index = sentences.index_at(sentence[0])
    if index + 1 >= len(sentences.bounds):
        return None
    following = sentences.bounds[index + 1]
    if "\n\n" in text[sentence[1]:following[0]]:
        return None
    days = [t for t in within(following) if t.type != "DURATION"]
    if len(days) != 1 or days[0].type != "DATE" or days[0].interval is None:
        return None
    day = days[0]
    before = [w.lower for w in words_in(text, following[0], day.start) if w.is_word]
    if not before or before[-1] not in word_list("kept_until_words") \
            or ending_phrase(before[-KEPT_WORDS:-1], phrase_list("kept_in_place_phrases")) is None:
        return None
    last = _last_day(day)
    if not 0 < (last - first).days <= MAX_KEPT_DAYS:
        return None
    return KeptUntil(last, day)


def _last_day(day: Timex) -> date:
    """The last day a date covers: "the end of May" ends on 31 May, "30 May" on itself."""
    return last_day((day.end_interval or day.interval).end)


def following_day_end(text: str, timex: Timex) -> bool:
    """Whether a lone clock "through 05:00 the following day" only ends a stretch told before it:
    a clock with no day written, counted on by a next-day phrase (next_day_phrases) and led by an
    end word (kept_until_words). It is no entry of its own."""
    if timex.type != "TIME" or timex.end_interval is not None or timex.interval is None:
        return False
    words = [w.lower for w in words_in(text, timex.start, timex.end) if w.is_word]
    if ending_phrase(words, phrase_list("next_day_phrases"), leaving=1) is None:
        return False
    before = [w.lower for w in words_in(text, max(start_of_line(text, timex.start), timex.start - END_WORD_CHARS), timex.start)
              if w.is_word]
    return bool(before) and before[-1] in word_list("kept_until_words")
