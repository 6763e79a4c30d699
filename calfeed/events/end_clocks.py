"""The end of an entry told right after its start clock: "the trial round begins at 4:30 pm
and lasts till 4:40 pm", "opens at 5:00 pm and ends two hours on at 7:00 pm". The second
clock is no entry of its own (the ending verb says so, not_events.ends_at); it is when the
first one's entry ends, so the entry runs from one clock to the other. An alert's end may be
told by a noun instead of a verb ("After the alarm at 11 a.m., an all-clear is given at 11:40
a.m."; alert_end_nouns).

The end clock may write a later day of its own ("the dig starts at 8 pm on Friday, 4 March and ends
at 5 am on Saturday, 5 March"), up to MAX_END_DAYS on: a night or a weekend. A closure's end may be
told by what reopens (reopening_end_verbs: "... and reopens at 5 am on Monday"), which says nothing
of an entry that is not a closure.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from calfeed.events.candidates import Candidate, DateSpans, date_not_written
from calfeed.events.identity import normalise_title
from calfeed.events.vocabulary import merged_phrase_list, phrase_at, phrase_list, word_list
from calfeed.model import Timex

MAX_GAP = 60            # characters between the start clock and the end clock
MAX_ADVERBIAL = 4       # words between the ending verb and "at" / "till" ("after an hour")
MAX_END_DAYS = timedelta(days=4)   # an end clock on a later day it writes: a night or a weekend on at most
END_CLOCK_NOTE = "ends at the clock its clause gives after the start (\"{}\")"
_END_OF_DAY = "T24:00"     # a midnight the tagger wrote as its day's end (TimeML)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+|[^\w\s]")


def with_end_clocks(candidates: list[Candidate], text: str, dates: DateSpans) -> list[Candidate]:
    """Give each timed entry of no end, framed at a clock, the end clock its own clause joins to
    it ("at 4:30 pm and lasts till 4:40 pm") when that clock is later the same day; an entry of the
    same title, kind and start framed elsewhere (at its day) takes the same end, so the two stay one.
    The candidates without any framed at an end clock so taken: "runs until midnight" ends the day's
    entry, it is no deadline of its own."""
    ends: dict[tuple[str, str, object], tuple[object, str]] = {}     # (title, kind, start) -> end, note
    taken: set[int] = set()       # the end clocks given to an entry
    for cand in candidates:
        timex, timing = cand.timex, cand.timing
        if timex.type != "TIME" or timing.all_day or timing.end is not None or timing.rrule is not None:
            continue
        following = dates.after(timex)
        if (following is None or following.type != "TIME" or following.interval is None
                or following.start - timex.end > MAX_GAP or "\n" in text[timex.end:following.start]):
            continue
        end = _end_instant(following)
        if end <= timing.start or not _ends_between(text[timex.end:following.start], _closure(cand)):
            continue
        if (end.date() != timing.start.date() and not _midnight_after(following, end, timing.start)
                and not _later_written_day(following, end, timing.start)):
            continue
        ends[(normalise_title(cand.frame.title), cand.frame.kind, timing.start)] = (
            end, END_CLOCK_NOTE.format(text[timex.start:following.end]))
        taken.add(id(following))
    alerts = _alert_ends(text, dates.timexes)
    for cand in candidates:    # the same entry framed at its day too ("The fair ... on Friday, March 12"): one end
        timing = cand.timing
        open_timed = not timing.all_day and timing.end is None and timing.rrule is None
        found = ends.get((normalise_title(cand.frame.title), cand.frame.kind, timing.start)) if open_timed else None
        if found is None and open_timed and cand.timex.type == "TIME":
            found = alerts.get(timing.start)     # "After the alarm at 11 a.m., an all-clear ... at 11:45 a.m."
        if found is not None:
            timing.end = found[0]
            timing.notes.append(found[1])
    return [cand for cand in candidates if id(cand.timex) not in taken]


def _ends_between(gap: str, closure: bool = False) -> bool:
    """Whether the words between two clocks are a joiner, an ending verb, at most MAX_ADVERBIAL
    words and the link to the clock ("and ends two hours on at"); for a closure's entry
    (``closure``) a verb of reopening ends it too ("and reopen at")."""
    words = [w.lower() for w in _TOKEN.findall(gap)]
    if _end_noun_between(words):
        return True
    k = _past_joiners(words, word_list("end_clock_joiners"))
    if k == 0:
        return False
    lists = ("end_verbs", "lasting_verbs", "running_end_verbs") + (("reopening_end_verbs",) if closure else ())
    verb = phrase_at(words, k, merged_phrase_list(lists))
    return verb is not None and _linked_rest(words[k + len(verb):])


def _closure(cand: Candidate) -> bool:
    """Whether the entry is a closure ("Next closure", "Bridge shut"): a word of closing_words in
    its title (split as identity.normalise_title splits it, the same words every title reader
    compares), and no deadline ("Applications close")."""
    return cand.frame.kind != "deadline" and not word_list("closing_words").isdisjoint(
        normalise_title(cand.frame.title).split())


def _end_instant(clock: Timex) -> datetime:
    """When an end clock ends its entry: its first minute, but a midnight the tagger wrote as its
    day's end (T24:00, "runs until midnight") at the next day's 00:00, where the day is over."""
    if (clock.value or "").endswith(_END_OF_DAY):
        return clock.interval.end
    return clock.interval.start


def _midnight_after(end_clock: Timex, end: datetime, start: datetime) -> bool:
    """Whether the end is the midnight that closes the start's own day ("opens at 9am and will run
    until midnight"): the next day's 00:00, not a later day."""
    return (end_clock.value or "").endswith(_END_OF_DAY) and end == datetime.combine(
        start.date() + timedelta(days=1), datetime.min.time())


def _later_written_day(end_clock: Timex, end: datetime, start: datetime) -> bool:
    """Whether an end clock on another day than the start writes that day itself ("5 am on
    Saturday, 5 March") and falls at most MAX_END_DAYS after the start."""
    return not date_not_written(end_clock) and end - start <= MAX_END_DAYS


def _past_joiners(words: list[str], joiners: frozenset[str]) -> int:
    """How many of the first words are joiners ("and", "then", a comma) before the telling words."""
    k = 0
    while k < len(words) and words[k] in joiners:
        k += 1
    return k


def _linked_rest(rest: list[str]) -> bool:
    """Whether the words after an ending verb or noun are at most MAX_ADVERBIAL words and the link
    to the second clock ("two hours on at"): anything else is a clause of its own."""
    links = word_list("ending_clock_links") | word_list("closing_clock_marks")
    return (bool(rest) and rest[-1] in links and len(rest) - 1 <= MAX_ADVERBIAL
            and all(w[:1].isalpha() for w in rest))


def _alert_ends(text: str, timexes: list[Timex]) -> dict[object, tuple[object, str]]:
    """The clocks an alert's end noun ends, by the instant they start: "After the alarm at 11 a.m.,
    an all-clear is given at 11:40 a.m." ends whatever entry starts at 11:00 that day, although
    the entry was framed at another telling of that clock ("sirens sound at 11 a.m."). One pass
    over the dates in order, each with the next."""
    found: dict[object, tuple[object, str]] = {}
    for first, second in zip(timexes, timexes[1:]):
        if (first.type != "TIME" or second.type != "TIME" or first.interval is None or second.interval is None
                or not 0 <= second.start - first.end <= MAX_GAP or "\n" in text[first.end:second.start]):
            continue
        start, end = first.interval.start, second.interval.start
        if end.date() != start.date() or end <= start:
            continue
        if _end_noun_between([w.lower() for w in _TOKEN.findall(text[first.end:second.start])]):
            found.setdefault(start, (end, END_CLOCK_NOTE.format(text[first.start:second.end])))
    return found


def _end_noun_between(words: list[str]) -> bool:
    """Whether the words between two clocks are a comma or joiner, an article, a noun that tells an
    alert's end, at most MAX_ADVERBIAL words and the link to the clock (", an all-clear tone is
    sounded at"): the noun, not a verb, says the second clock ends the first one's entry."""
    k = _past_joiners(words, word_list("end_clock_joiners") | {","})
    if k == 0:
        return False
    if k < len(words) and words[k] in word_list("articles"):
        k += 1
    noun = next((n for n in phrase_list("alert_end_nouns") if tuple(words[k:k + len(n)]) == n), None)
    return noun is not None and _linked_rest(words[k + len(noun):])
