"""A stretch told in two clauses of one sentence: "the forum will begin on Monday, July 15,
2024, and end on Saturday, July 20, 2024", "works start on 4 May and run until 29 May"; or by an
opening word and an end word alone ("starting tomorrow until July 19").

The tagger reads two separate days; read apart, the second is only when something already
dated stops, and the entry kept the first day alone. When an opening verb stands right before
the first day and "and" with a closing verb (``range_closing_links``, a modal allowed before it:
"and will continue until") is all that stands between the two, they are one range from the first
day to the second. A first day with its starting clock ("starts on 6 July at noon, and will end on
14 July") runs from that clock to the end of the last day, or to the last day's own clock; so does a
first clock with "at" ("will begin at 6 a.m. on Friday, Aug. 16, and end at 9 p.m. on Monday, Aug.
19": range_clock_links). The closing clause may name the stretch again by a pronoun before its modal
("begins on Saturday, March 2 and it'll go to April 9": range_link_pronouns, "ll" read as the modal).

A pause told the same way ("Both Houses will recess on 13 February and resume on 9 March", a
pause verb of ``range_pause_verbs`` before the first day, "and" with a resume verb before the
second) is a stretch too, to the day before the return, which stays a day of its own.

A stretch that lasts until something else comes back ("will begin on 1 June and will continue
until the full working days resume from 13 July") ends the day before the second date, and the
second date stays a day of its own: what resumes then is an entry too. So does a break whose return
to work the next clause tells ("the feast break starts from 6 June while offices reopen from 10 June").

A public offer opened for subscription and closed in the next clause ("the share issue opens for
subscription on 3 May and will close on 6 May": offer_opening_verbs, offer_closing_links) runs
from the first day to the second as well; a call that opens and closes stays two entries.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from datetime import timedelta

from calfeed.events.candidates import date_not_written
from calfeed.events.vocabulary import list_alternation, phrase_list, table, word_list
from calfeed.model import Interval, Timex
from calfeed.text import start_of_line

MAX_SPAN = timedelta(days=366)     # a festival, a season, a term; a longer pair is two dates
OPENING_REACH = 4                  # words before the first day: "will begin on", "will open for subscription"
RESUMER_WORDS = 8                  # words of what comes back: "the full court working days"
PAUSED_RULE = "paused_stretch"     # the first day's rule gains it: a pause up to a return, no deadline
PAUSED_NOTE = "a closing verb over a stretch that ends when it reopens: a closure, not a deadline"
OPENING_CHARS = 60                 # characters before the first day read for its OPENING_REACH words
# The longest gap each reader takes between the two days, in characters: a gap as long as the
# words it allows, with their blanks and a comma, and no longer (a longer one holds more than a link).
CLOSING_GAP = 40                   # ", and will continue until" / ", and will close on"
END_LINK_GAP = 12                  # a lone " until " / " through ", with its blanks
END_HEDGED_GAP = 32                # ", tentatively until " / " until at least " / ", provisionally until "
RETURN_GAP = 40                    # ", and will resume on" after a pause
RESUMER_GAP = 120                  # "and will continue until" + up to RESUMER_WORDS words + "resume from"
WORK_RETURN_GAP = 120              # "while" + up to RESUMER_WORDS words + "will start again from"
FROM_CHARS = 12                    # characters before a stretch's first day read for its "from"
_WORD = re.compile(r"[a-z]+")


def told_ranges(text: str, ordered: list[Timex]) -> tuple[list[Timex], set[int]]:
    """``ordered`` with the first day of each stretch told in two clauses made a range to its
    last day; and the last days (by id), which close those ranges and are no days of their own."""
    days = [t for t in ordered if t.type != "DURATION"]
    joined: dict[int, Timex] = {}
    closing: set[int] = set()
    for first, second in zip(days, days[1:]):
        gap = text[first.end:second.start]
        timed = _timed_start(text, first, gap, second)
        last_interval = (second.interval if _one_day(second) or (timed and _timed_day(second))
                         else _month_end_day(second))
        if id(first) in closing or last_interval is None:
            continue
        shown = _shown(text, first, gap)
        timed = timed and not shown
        if not (_one_day(first) or shown or timed):
            continue
        paused = opened(text, first.start, "range_pause_verbs") and _returned_by(gap)
        offered = opened(text, first.start, "offer_opening_verbs") and _closed_by(gap, "offer_closing_links")
        if timed:       # "starts on 6 July at noon, and will end on 14 July": from the clock to that day's end
            resumed = False
        elif paused:    # "will recess on 13 February and resume on 9 March": a break until then
            resumed = True
        elif offered or shown:      # "opens for subscription on 9 September and will close on 11 September"
            resumed = False
        elif not opened(text, first.start):
            continue
        else:
            resumed = _resumed_by(gap) or (_work_returns(gap) and _break_before(text, first.start))
        if not (resumed or offered or shown or _closed_by(gap) or _linked_by(gap)):
            continue
        if not timedelta(days=1 if resumed else 0) < second.interval.start - first.interval.start <= MAX_SPAN:
            continue
        if resumed and last_interval is not second.interval:
            continue         # "until the end of March" says when it stops, not when another thing comes back
        if resumed:      # until the other comes back: the day before it, which stays a day of its own
            last = second.interval.start - timedelta(days=1)
            joined[id(first)] = replace(first, end_interval=Interval(last, second.interval.start, "day"),
                                        rule=f"{first.rule}+{PAUSED_RULE}" if paused else first.rule)
            continue
        if _timed_day(first) and last_interval.granularity == "day":
            # "opens 6pm Friday 4 October ... and continues to Sunday 3 November": to that day's end
            last_interval = Interval(last_interval.end - timedelta(minutes=1), last_interval.end, "minute")
        joined[id(first)] = replace(first, end_interval=last_interval)
        closing.add(id(second))
    return [joined.get(id(t), t) for t in ordered], closing


def _shown(text: str, first: Timex, gap: str) -> bool:
    """A show that opens on the first day, at a clock or not, and carries on to the second ("The
    exhibition opens 6pm Friday 4 October at the Quay Gallery and continues to Sunday 3 November":
    show_opening_verbs, show_continuing_links); its opening night's clock is the run's start."""
    if not (_one_day(first) or _timed_day(first)):
        return False
    return (opened(text, first.start, "show_opening_verbs", "show_verb_day_links")
            and _closed_by(gap, "show_continuing_links"))


def _timed_start(text: str, first: Timex, gap: str, second: Timex) -> bool:
    """A stretch that starts at a clock on its first day and ends on a later day in the next clause
    ("The fair starts on 6 July at noon, and will end on 14 July": range_opening_verbs before the
    day, range_closing_links after it, or an end word alone: "starting at 10 p.m. today until April 8");
    its starting clock is the run's start."""
    if not (_timed_day(first) and (_closed_by(gap) or _linked_by(gap))):
        return False
    if opened(text, first.start):
        return True
    # "will begin at 6 a.m. on Friday, Aug. 16, and end at 9 p.m. on Monday, Aug. 19": "at" before a clock, only
    # when both ends write their days ("begins at 7pm on Friday, and ends at midnight" is that evening's hours)
    return not (date_not_written(first) or date_not_written(second)) and opened(text, first.start, clock=True)


def _timed_day(timex: Timex) -> bool:
    """A clock on a written day ("5.30pm Thursday August 16")."""
    return _exact(timex, "TIME", "minute") and timex.rrule is None


def _month_end_day(timex: Timex) -> Interval | None:
    """The last day of the month "the end of <month>" names ("on till the end of June 2027"):
    a stretch's end word before it says when it stops, so its last day, not the month's last third."""
    span = timex.span
    if timex.type != "DATE" or timex.mod != "END" or span is None or span.granularity != "month":
        return None
    last = span.end - timedelta(days=1)
    return Interval(last, span.end, "day")


def _one_day(timex: Timex) -> bool:
    return _exact(timex, "DATE", "day")


def _exact(timex: Timex, kind: str, granularity: str) -> bool:
    """One exact point of ``kind`` read to ``granularity``, no range."""
    return (timex.type == kind and timex.interval is not None and timex.end_interval is None
            and timex.interval.granularity == granularity and not timex.approximate)


def opened(text: str, start: int, verbs_list: str = "range_opening_verbs", links: str = "range_verb_day_links",
           clock: bool = False) -> bool:
    """Whether an opening verb (or another of ``verbs_list``), with "on" after it or not (a word of
    ``links``), stands right before ``start``; with ``clock`` (a clock on a written day), "at" too."""
    line_start = start_of_line(text, start)
    before = text[max(line_start, start - OPENING_CHARS):start]
    if before.rstrip().endswith((",", ";", ":", ".")):
        return False
    words = _WORD.findall(before.lower())[-OPENING_REACH:]
    if words and words[-1] in (word_list(links) | _clock_links(text, start) if clock else word_list(links)):
        words = words[:-1]
    verbs = word_list(verbs_list)
    return any(" ".join(words[i:]) in verbs for i in range(len(words)))


def _closed_by(gap: str, links: str = "range_closing_links") -> bool:
    """Whether ``gap`` is ", and <closing verb> [on]" (one of ``links``) and nothing else, a place
    the first day is held at allowed before the "and" ("was opened on 5 March in the town hall and
    open to the public until 18 April")."""
    gap = _CONTRACTION.sub(" ", _without_place(gap).lower())     # "and it'll go to": "it", "ll"
    if "\n" in gap or len(gap) > CLOSING_GAP:
        return False
    if _WORD.sub("", gap).strip(" ,") != "":
        return False     # a bracket, a dash, a clause mark: more than a link ("and Continues to": words)
    words = _link_words(gap)
    if words is None:
        return False
    words = words[:-1] if words and words[-1] in word_list("range_verb_day_links") | word_list("range_clock_links") else words
    return " ".join(words) in word_list(links)


_CONTRACTION = re.compile(r"(?<=[a-z])['’](?=[a-z])")     # the apostrophe inside "it'll"
CLOCK_START = re.compile(r"\d")


def _clock_links(text: str, start: int) -> frozenset[str]:
    """The prepositions of a clock (range_clock_links: "at") when a figure opens the expression at
    ``start`` ("will begin at 6 a.m. on Friday, Aug. 16"): a run's first clock, read past as "on" is
    before a day; none before a word ("begins at Easter" names no first day of a run). Asked only for a
    clock on a day it writes: "The show starts at 7:30pm and finishes at midnight" is one evening's hours."""
    return word_list("range_clock_links") if CLOCK_START.match(text, start) else frozenset()


PLACE_GAP = 80           # characters of a place phrase between the first day and the closing "and"
PLACE_WORDS = 8          # words of it: "in the premises of the old harbour museum"
_PLACE_AND = re.compile(r"\A[ \t]*([A-Za-z@][A-Za-z ’'.-]{0,%d}?)[ \t]+(?=and[ \t])" % PLACE_GAP)


def _without_place(gap: str) -> str:
    """``gap`` from its "and" on when a place phrase (place_prepositions: "in the city hall") is all
    that stands before it; else ``gap`` as it is."""
    match = _PLACE_AND.match(gap)
    if match is None:
        return gap
    words = match.group(1).split()
    if words[0].lower() not in word_list("place_prepositions") | word_list("place_marks") or len(words) > PLACE_WORDS:
        return gap
    return gap[match.end():]


def _linked_by(gap: str) -> bool:
    """Whether ``gap`` is a range's end word alone (range_end_links: "until", "through"): "starting
    tomorrow until July 19", two days the tagger reads apart when the first is counted from the page.
    A comma may stand before it, and a hedge on the end (range_end_hedges) before or after it:
    "starting at 9:30 pm today, tentatively until May 8", "until at least May 8": the end is only
    expected, but it is still the run's end, not a deadline of its own."""
    if "\n" in gap or len(gap) > END_HEDGED_GAP or _WORD.sub("", gap).strip(" ,") != "" or gap.count(",") > 1:
        return False
    words = _WORD.findall(gap.lower())
    links = [k for k, word in enumerate(words) if word in word_list("range_end_links")]
    if len(links) != 1:
        return False
    hedges = phrase_list("range_end_hedges")
    before, after = words[:links[0]], words[links[0] + 1:]
    if not (before or after):
        return len(gap) <= END_LINK_GAP and "," not in gap
    return all(not part or tuple(part) in hedges for part in (before, after))


def _link_words(gap: str) -> list[str] | None:
    """The words of a gap after its "and" and a modal ("and will continue until"), or None when
    it does not open with "and". A joiner row that is a mark, not a word (","), opens the gap on
    its own: "the fair, which opens on 3 May, will run until 8 May" closes the relative clause's stretch."""
    words = _WORD.findall(gap.lower())
    joiners = word_list("range_link_joiners")
    if len(words) >= 2 and words[0] in joiners:
        words = words[1:]
    elif not words or not any(gap.lstrip().startswith(mark) for mark in joiners if not _WORD.search(mark)):
        return None
    if len(words) >= 3 and words[0] in word_list("range_link_pronouns") and words[1] in word_list("range_link_modals"):
        words = words[1:]      # "and it'll go to March the 9th": the stretch named again by its pronoun
    return words[1:] if words[0] in word_list("range_link_modals") else words


def _returned_by(gap: str) -> bool:
    """Whether ``gap`` is ", and [will] <resume verb> [on|from]" and nothing else: what paused on the
    first day comes back on the second ("will recess on 13 February and resume on 9 March")."""
    if "\n" in gap or len(gap) > RETURN_GAP or _WORD.sub("", gap).strip(" ,") != "":
        return False
    words = _link_words(gap)
    if words and words[-1] in word_list("range_resume_day_links"):
        words = words[:-1]
    return words is not None and len(words) == 1 and words[0] in word_list("range_resume_verbs")


def _resumed_by(gap: str) -> bool:
    """Whether ``gap`` is "and [will] <closing link ending in until> <what> <resume verb> [from|on]":
    "and will continue until the full court working days resume from"."""
    if "\n" in gap or len(gap) > RESUMER_GAP or _WORD.sub("", gap).strip(" ,") != "":
        return False
    words = _link_words(gap)
    ends = word_list("range_pause_ends")
    cut = next((k + 1 for k, word in enumerate(words or ()) if word in ends), None)
    if words is None or cut is None:
        return False
    if " ".join(words[:cut]) not in word_list("range_closing_links"):
        return False
    rest = words[cut:]
    if rest and rest[-1] in word_list("range_resume_day_links"):
        rest = rest[:-1]
    return 2 <= len(rest) <= RESUMER_WORDS + 1 and rest[-1] in word_list("range_resume_verbs")


def _work_returns(gap: str) -> bool:
    """Whether ``gap`` is "<joiner> <what> [will] <return verb> [from|on]" with work among what returns
    (resumed_work_joiners, resumed_work_nouns, resumed_work_verbs): "the feast break starts from Thursday, 6 June
    while office work starts again from Monday, 10 June": the break ends the day before work returns."""
    if "\n" in gap or len(gap) > WORK_RETURN_GAP or _WORD.sub("", gap).strip(" ,") != "":
        return False
    words = _WORD.findall(gap.lower())
    if len(words) < 3 or words[0] not in word_list("resumed_work_joiners"):
        return False
    words = words[:-1] if words[-1] in word_list("range_resume_day_links") else words
    verb = words[-1]
    subject = words[1:-1]
    if subject and subject[-1] in word_list("range_link_modals"):
        subject = subject[:-1]
    return (verb in word_list("resumed_work_verbs") and 1 <= len(subject) <= RESUMER_WORDS
            and any(word in word_list("resumed_work_nouns") for word in subject))


BREAK_REACH = 80       # characters before a break's first day searched for the word that names the break


def _break_before(text: str, start: int) -> bool:
    """Whether a word naming a break (resumed_work_breaks: "holiday", "recess") stands before ``start`` in its
    line, within BREAK_REACH characters: what work returns after is a break, not any happening."""
    before = _WORD.findall(text[max(start_of_line(text, start), start - BREAK_REACH):start].lower())
    return any(word in word_list("resumed_work_breaks") for word in before)


MOVE_REACH = 40        # characters before a day searched for the verb that moved something to it


@lru_cache(maxsize=None)
def _run_link() -> re.Pattern[str]:
    """A comma or a joining word (moved_day_joiners: "and") between two days of a moved run."""
    return re.compile(rf"[ \t]{{0,2}}(?:,|,?[ \t]{{1,3}}(?:{list_alternation('moved_day_joiners')}))[ \t]{{1,3}}")


def moved_runs(text: str, ordered: list[Timex]) -> tuple[list[Timex], set[int]]:
    """``ordered`` with a run of days a move names ("is being postponed to October 29, 30, 31,
    2021", "moved to 5, 6 and 7 June") made one range from its first day to its last, and the
    later days (by id), which close it and are no days of their own. Only a run of consecutive
    days right after a moving verb (schedule_verbs, span "move") counts: the new dates of one
    moved event."""
    days = [t for t in ordered if t.type != "DURATION"]
    joined: dict[int, Timex] = {}
    closing: set[int] = set()
    for index, first in enumerate(days):
        if id(first) in closing or not _one_day(first) or not _moved_to(text, first.start):
            continue
        run = [first]
        for later in days[index + 1:]:
            if not (_one_day(later) and _run_link().fullmatch(text, run[-1].end, later.start)
                    and later.interval.start - run[-1].interval.start == timedelta(days=1)):
                break
            run.append(later)
        if len(run) < 2:
            continue
        joined[id(first)] = replace(first, end_interval=run[-1].interval)
        closing |= {id(t) for t in run[1:]}
    return [joined.get(id(t), t) for t in ordered], closing


def _moved_to(text: str, start: int) -> bool:
    """Whether a moving verb's form ("postponed to", "brought forward to") ends right before ``start``."""
    before = " ".join(_WORD.findall(text[max(0, start - MOVE_REACH):start].lower()))
    if text[max(0, start - 1):start] not in (" ", "\t") or not before:
        return False
    return any(before == form or before.endswith(" " + form) for form in _move_forms())


@lru_cache(maxsize=None)
def _move_forms() -> tuple[str, ...]:
    return tuple(row["form"].lower() for row in table("schedule_verbs") if row["span"] == "move")


_PERIOD_GRAINS = ("month", "season")


def open_month_ranges(text: str, ordered: list[Timex]) -> tuple[list[Timex], set[int]]:
    """``ordered`` with a stretch from a day until a part of a month ("closed from 8 May until
    mid-August", "from 3 June to the end of July") or until a day counted from the page ("from
    tomorrow until Monday next week") made one range to the end of that part or day; and the ends
    (by id), which close those ranges.

    The tagger joins two written days ("from 8 May until 20 August"), not a day and a month, nor
    days it counts from the page; read apart, the entry kept the first day alone and the stretch
    was lost. Only "from" (range_from_words) right before the day and "until" / "to" alone
    (range_to_words) between them count, and no moving verb before the "from" in its clause
    ("moved the hearing from tomorrow to Friday" names the old day and the new)."""
    days = [t for t in ordered if t.type != "DURATION"]
    joined: dict[int, Timex] = {}
    closing: set[int] = set()
    for first, second in zip(days, days[1:]):
        if id(first) in closing or not _one_day(first) or not (_month_part(second) or _one_day(second)):
            continue
        before = _WORD.findall(text[max(start_of_line(text, first.start), first.start - FROM_CHARS):first.start].lower())
        between = text[first.end:second.start]
        if (not before or before[-1] not in word_list("range_from_words") or "\n" in between
                or " ".join(_WORD.findall(between.lower())) not in word_list("range_to_words")
                or _WORD.sub("", between).strip() != "" or _moved_from(text, first.start)):
            continue
        if not timedelta(0) < second.interval.end - first.interval.end <= MAX_SPAN:
            continue
        joined[id(first)] = replace(first, end_interval=second.interval)    # the start, written with its day, stays exact
        closing.add(id(second))
    return [joined.get(id(t), t) for t in ordered], closing


MOVED_FROM_REACH = 60       # characters of the clause before a stretch's "from" searched for a moving verb


def _moved_from(text: str, start: int) -> bool:
    """Whether the clause before the "from" ending right before ``start`` holds a moving verb (the
    first word of a schedule_verbs form of span "move": "moved", "postponed", "switched")."""
    head = text[max(0, start - MOVED_FROM_REACH):start]
    cut = max(head.rfind(mark) for mark in ".,;:\n")
    words = _WORD.findall(head[cut + 1:].lower())
    return any(word in _move_verbs() for word in words)


@lru_cache(maxsize=None)
def _move_verbs() -> frozenset[str]:
    return frozenset(form.split()[0] for form in _move_forms())


def _month_part(timex: Timex) -> bool:
    return (timex.type == "DATE" and timex.interval is not None and timex.end_interval is None
            and timex.interval.granularity in _PERIOD_GRAINS)
