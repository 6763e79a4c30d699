"""A clock with no day of its own that follows a dated event: "A press conference is scheduled
at around 4:30 P.M., following the meeting."

The tagger gives a day-less clock the day the text last wrote (TimeML's rule), which here may be
another event's ("the summit of 18 and 19 December", written between). "following the meeting"
says whose day it is: the day written beside the nearest earlier mention of that event noun
("The General Affairs Council is held on 16 December ... The meeting is chaired by ...").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from calfeed.events.candidates import date_not_written
from calfeed.events.deadline_clock import clock_of
from calfeed.events.vocabulary import event_nouns, longest_noun, phrase_matches, table, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Interval, Timex

# How far (characters) around the clock its sentence's "following the <noun>" may stand.
REACH = 120


def follow_on_clocks(text: str, ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each day-less clock that follows a named, dated event moved to that
    event's day (its clock and zone kept)."""
    out = list(ordered)
    starting = _Starts(ordered)
    for index, clock in enumerate(ordered):
        if not _movable(clock):
            continue
        noun = _followed_noun(text, clock, starting)
        if noun is None:
            continue
        day = _day_of_mention(text, noun, starting, index, clock.start)
        if day is not None and day != clock.interval.start.date():
            out[index] = on_day(clock, day)
    return out


class _Starts:
    """The dates of a text looked up by where they start, so each clock asks of its own
    stretch only, not of every date of the document."""

    def __init__(self, ordered: list[Timex]) -> None:
        self.ordered = ordered
        self.by_start = sorted(range(len(ordered)), key=lambda k: ordered[k].start)
        self.starts = [ordered[k].start for k in self.by_start]

    def within(self, start: int, end: int) -> list[int]:
        """The indexes, in list order, of the dates starting in [start, end)."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return sorted(self.by_start[lo:hi])


def _movable(clock: Timex) -> bool:
    return (clock.interval is not None and clock_of(clock) is not None and date_not_written(clock)
            and clock.interval.granularity == "minute")


def _followed_noun(text: str, clock: Timex, starting: _Starts) -> tuple[tuple[str, ...], Word] | None:
    """The event noun of "following the <noun>" (or "prior to the <noun>": a link of
    ``follow_on_links``) in the clock's sentence, with its first word, when no other date stands
    in that sentence (whose day it then is would be in doubt)."""
    start, end = _sentence(text, clock.start, clock.end)
    words = words_in(text, start, end)
    lowered = [w.lower for w in words]
    articles = word_list("follow_on_articles")
    for link in _links():
        for at in _ends(lowered, link):
            if at >= len(words) or lowered[at] not in articles:
                continue
            found = _noun_at(lowered, at + 1)
            if found is None:
                continue
            if any(t is not clock and t.type in ("DATE", "TIME")
                   for t in (starting.ordered[k] for k in starting.within(start, end))):
                return None
            phrase, first = found
            return phrase, words[first]
    return None


@lru_cache(maxsize=None)
def _links() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in word_list("follow_on_links"))


def _ends(lowered: list[str], link: tuple[str, ...]) -> list[int]:
    """Where each run of ``link``'s words in ``lowered`` ends (exclusive)."""
    size = len(link)
    return [i + size for i, word in enumerate(lowered) if word == link[0] and tuple(lowered[i:i + size]) == link]


@lru_cache(maxsize=None)
def _heads() -> frozenset[str]:
    """The last words of the event nouns of several words ("service" of "memorial service") that
    end no deadline's: after an article and one word of its own ("the private service") such a
    word is that kind of event."""
    nouns = event_nouns()
    deadline_heads = {p[-1] for p, kind in nouns.items() if kind == "deadline"}
    return frozenset(p[-1] for p, kind in nouns.items() if len(p) > 1 and kind != "deadline") - deadline_heads


def _noun_at(lowered: list[str], i: int) -> tuple[tuple[str, ...], int] | None:
    """The event noun (not a deadline's: "after the deadline" names no event's day) starting at
    word ``i``, longest first, or the head of one after a word of its own ("private service")."""
    nouns = event_nouns()
    for size in range(min(longest_noun(), len(lowered) - i), 0, -1):
        phrase = tuple(lowered[i:i + size])
        if nouns.get(phrase) not in (None, "deadline"):
            return phrase, i
    if i + 1 < len(lowered) and lowered[i + 1] in _heads() and lowered[i].isalpha():
        return (lowered[i + 1],), i + 1
    return None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of one line around the clock, cut at sentence ends and at REACH."""
    left = max(text.rfind("\n", 0, start) + 1, start - REACH)
    for mark in (". ", "! ", "? "):
        cut = text.rfind(mark, left, start)
        if cut >= 0:
            left = max(left, cut + 2)
    right_line = text.find("\n", end)
    right = min(len(text) if right_line < 0 else right_line, end + REACH)
    for mark in (". ", "! ", "? "):
        cut = text.find(mark, end, right)
        if cut >= 0:
            right = min(right, cut + 1)
    return left, right


@lru_cache(maxsize=None)
def _forms(phrase: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The noun and the phrases it is a short name for ("AGM": "annual general meeting")."""
    name = " ".join(phrase)
    return tuple(sorted({phrase} | {tuple(row["words"].split()) for row in table("short_names") if row["short"] == name}))


def _day_of_mention(text: str, noun: tuple[tuple[str, ...], Word], starting: _Starts, index: int, stop: int) -> date | None:
    """The one day written in the paragraph of the nearest earlier mention of the noun (or of a
    short name for it: "AGM" for "annual general meeting"), or None; the days looked at are the
    dates listed before ``index``."""
    name, said = noun
    forms = _forms(name)
    cursor = stop
    while cursor > 0:
        para_start = _paragraph_start(text, cursor)
        words = [w for w in words_in(text, para_start, min(cursor, stop)) if w.start != said.start]
        lowered = [w.lower for w in words]
        at = max((words[i].start for i, _ in phrase_matches(lowered, forms)), default=None)
        if at is not None:
            days = [starting.ordered[k] for k in starting.within(para_start, cursor)
                    if k < index and _one_written_day(starting.ordered[k])]
            if not days:
                return None      # the nearest mention has no day beside it: no guess
            return min(days, key=lambda t: (abs(t.start - at), t.start > at)).interval.start.date()
        cursor = para_start - 1
    return None


def _paragraph_start(text: str, at: int) -> int:
    cut = text.rfind("\n\n", 0, at)
    return 0 if cut < 0 else cut + 2


def _one_written_day(timex: Timex) -> bool:
    return (timex.type in ("DATE", "TIME") and timex.interval is not None and not date_not_written(timex)
            and timex.end_interval is None and timex.interval.granularity in ("day", "minute", "hour")
            and not timex.approximate)


def on_day(clock: Timex, day: date) -> Timex:
    start = datetime.combine(day, clock.interval.start.time())
    shift = start - clock.interval.start
    end_part = None
    if clock.end_interval is not None:
        end_part = Interval(clock.end_interval.start + shift, clock.end_interval.end + shift,
                            clock.end_interval.granularity)
    value = start.isoformat(timespec="minutes")
    return replace(clock, value=value, interval=Interval(start, start + timedelta(minutes=1), "minute"),
                   end_interval=end_part)
