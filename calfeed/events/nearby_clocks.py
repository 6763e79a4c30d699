"""A clock written apart from its day: "we're planning a party night on Friday 3rd April, with a
disco, and the bar will be open from 6pm"; "Our quiz is on Friday 6th March. It starts at 7pm."

The tagger gives a day-less clock the day the text last wrote, and a clock that is not right
after its day times no entry, so the day's entry stays all-day. A page states the time once,
in the day's sentence or the one after it, for the one thing that day's sentence announces.
So a clock that times nothing else gives its time to the one all-day entry of that day whose
sentence holds the clock, or whose sentence is right before the clock's (same paragraph) when
the clock's clause says a start ("it starts", "will begin") or points back to that day ("boats
stay ashore from 10am on the race day"). A clock that closes or limits
("until 9pm", "closes at 4pm", "by 5pm") is no start; deadlines and milestones keep their day.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache

from calfeed.events.attached_clock import clock_end, timed_day
from calfeed.events.candidates import Candidate, date_not_written, one_day
from calfeed.events.deadline_clock import clock_of
from calfeed.events.follow_on_clocks import on_day
from calfeed.events.holiday_names import HOLIDAY_RULES
from calfeed.events.limit_clocks import limit_clock
from calfeed.events.listed_meetings import standing_clocks
from calfeed.events.phrases import clause_subject
from calfeed.events.shared_place import PLACELESS_KINDS
from calfeed.events.vocabulary import event_nouns, singular_word, table, word_list
from calfeed.events.clock_opened_sentences import MAX_LEAD_WORDS
from calfeed.events.words import first_words, words_in
from calfeed.model import Timex
from calfeed.text import Sentences, first_on_line, start_of_line

ASIDE_SENTENCES = 1   # sentences that may stand between an entry's and its clock's when the clock's points back
LOOK_BACK_DATES = 4  # dates before a clock looked at for the holiday name and the day before it
START_REACH = 60     # characters before a clock where its start or limit word stands ("Doors will open at")
PARAGRAPH_BREAK = "\n\n"
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\n[ \t]*\n|\n?[ \t]*\Z)")    # a blank line or the text's end
TABLE_MARK = "|"


def past_holiday_names(text: str, ordered: list[Timex], sentences: Sentences) -> list[Timex]:
    """``ordered`` with each day-less clock that the tagger dated by a holiday name standing as a
    modifier ("on Friday 3rd April as the Easter holidays start ... from 6pm": an article before
    the name, a lower-case noun after it) moved to the day written before that name in the
    sentence: the name says which holidays, not the clock's day."""
    out = list(ordered)
    articles = word_list("articles")
    days = sorted((t for t in ordered if clock_of(t) is None), key=lambda t: t.start)
    starts = [t.start for t in days]
    for index, clock in enumerate(ordered):
        if clock_of(clock) is None or clock.interval is None or not date_not_written(clock):
            continue
        first, _ = sentences.at(clock.start)
        last = bisect_left(starts, clock.start)
        before = [t for t in days[max(bisect_left(starts, first), last - LOOK_BACK_DATES):last] if t.end <= clock.start]
        if not before or before[-1].rule not in HOLIDAY_RULES or before[-1].interval is None \
                or before[-1].interval.start.date() != clock.interval.start.date():
            continue
        name = before[-1]
        said = words_in(text, max(first, name.start - 20), name.start)
        after = words_in(text, name.end, min(len(text), name.end + 30))
        if not said or said[-1].lower not in articles or not after or not after[0].text[:1].islower() \
                or text[name.end:after[0].start].strip():
            continue
        written = [t for t in before[:-1] if one_day(t) and t.type == "DATE"]
        if written:
            out[index] = on_day(clock, written[-1].interval.start.date())
    return out


def nearby_clocks(candidates: list[Candidate], text: str, ordered: list[Timex], sentences: Sentences,
                  noted: list[tuple[int, int]] = ()) -> list[Candidate]:
    """``candidates`` with each all-day entry that a nearby free clock times given that clock;
    the clocks in ``noted`` (a place's opening hour, kept as a note) time nothing."""
    taken = Spans([(c.timex.start, c.timex.end) for c in candidates] + list(noted))
    free = sorted((_day_less(t) for t in ordered if (clock_of(t) is not None or _weekday_restated(t))
                   and t.interval is not None and not taken.overlaps(t.start, t.end) and not limit_clock(text, t)),
                  key=lambda t: t.start)
    restated = {id(t) for t in free if clock_of(t) is not None and t.raw_value != _day_less_source(t)}
    if not free:
        return candidates
    starts = [t.start for t in free]
    days = sorted(t.start for t in ordered if one_day(t))
    named = sorted(t.start for t in ordered if _names_a_day(t))
    claims: dict[int, list[int]] = {}         # each clock: the candidates it could time
    untimed_in: dict[tuple[int, int], list[Candidate]] = {}     # each sentence: its untimed entries
    for cand in candidates:
        if untimed_day(cand):
            untimed_in.setdefault(cand.sentence, []).append(cand)
    for index, cand in enumerate(candidates):
        if not untimed_day(cand):
            if _untimed_told_day(cand):     # "all events tomorrow ..." / "At 6 a.m. invited guests ..."
                clock = next((free[k] for k in range(bisect_left(starts, cand.timex.end), len(free))), None)
                if clock is not None and _paragraph_opened_by_clock(text, cand, clock, sentences, named):
                    claims.setdefault(id(clock), []).append(index)
            continue
        reach = _reach(text, cand, sentences)
        for k in range(bisect_left(starts, cand.timex.end), bisect_left(starts, reach)):
            clock = free[k]
            if (((clock.interval.start.date() == cand.timing.start
                  and (_near(text, cand, clock, sentences, days)
                       or id(clock) in restated and _in_next_sentence(text, cand, clock, sentences)))
                 or _told_after_an_aside(text, cand, clock, sentences, named)
                 or _told_in_next_paragraph(text, cand, clock, sentences, named))
                    or _listed_before(cand, clock, untimed_in[cand.sentence],
                                      lambda other: _near(text, other, clock, sentences, days))):
                claims.setdefault(id(clock), []).append(index)
                break
    out = list(candidates)
    timed: set[int] = set()
    for clock in free:
        owners = [k for k in claims.get(id(clock), []) if k not in timed]
        if len(owners) != len(claims.get(id(clock), [])) or not (len(owners) == 1 or _one_list(candidates, owners)):
            continue              # two entries of that day near one clock: whose it is, the page does not say
        for owner in owners:
            timed.add(owner)
            out[owner] = timed_candidate(candidates[owner], clock)
    return out


def _listed_before(cand: Candidate, clock: Timex, same_sentence: list[Candidate],
                   near: Callable[[Candidate], bool]) -> bool:
    """Whether the clock, later in the candidate's sentence, follows another untimed entry of the
    same name on the clock's own day, written after the candidate's, that the clock times (``near``):
    the days are one list that shares the clock ("This Saturday (September 23) and next Saturday
    (September 30) replacement buses will run ... from 11pm"). ``same_sentence``: the untimed
    entries of the candidate's sentence, grouped once per page."""
    if not (cand.timex.end <= clock.start < cand.sentence[1]):
        return False
    day = clock.interval.start.date()
    return any(other is not cand and other.timing.start == day and other.frame.title == cand.frame.title
               and cand.timex.end <= other.timex.start and other.timex.end <= clock.start and near(other)
               for other in same_sentence)


def _names_a_day(timex: Timex) -> bool:
    """An expression that writes a day or a clock on a day ("May 11", "on Friday", "tomorrow"),
    not a longer period ("the second quarter") nor a clock whose day came from context."""
    return (timex.type in ("DATE", "TIME") and timex.interval is not None and not date_not_written(timex)
            and timex.interval.granularity in ("day", "hour", "minute", "second"))


def _told_after_an_aside(text: str, cand: Candidate, clock: Timex, sentences: Sentences, named: list[int]) -> bool:
    """The clock's sentence comes one sentence after the entry's next one, in the same paragraph,
    opens by pointing back to the entry ("The call", "It") and says a start: "On Thursday, July 30
    ... will host a conference call ... Earnings will be released before trading opens. / The call
    will begin at 10:00 a.m.". The day the tagger gave the clock is no reason to keep it apart (a
    period in between, "second quarter", sent it to the page's date); a day named anywhere between
    the entry's day and the clock is (``named``: where day-naming expressions start, in order)."""
    if not date_not_written(clock) or bisect_left(named, cand.timex.end) != bisect_left(named, clock.start):
        return False
    index = sentences.index_at(cand.sentence[0])
    if sentences.index_at(clock.start) != index + 1 + ASIDE_SENTENCES:
        return False
    if PARAGRAPH_BREAK in text[cand.sentence[1]:clock.start] or _in_table(text, clock.start):
        return False
    start, _ = sentences.at(clock.start)
    said = {w.lower for w in words_in(text, max(start, clock.start - START_REACH), clock.start)}
    return bool(said & word_list("nearby_clock_starts")) and _points_back(text, cand, start, clock.start)


def _told_in_next_paragraph(text: str, cand: Candidate, clock: Timex, sentences: Sentences,
                            named: list[int]) -> bool:
    """The clock's sentence opens the paragraph right after the entry's, at most ASIDE_SENTENCES
    sentences past the entry's next one, says a start, and opens by naming the entry again, by a
    noun of its title or one its sentence writes before the day: "The night parade will wind
    through the old town on Friday (9) night. ... / The parade will start from the temple at 8.05
    p.m.". As in :func:`_told_after_an_aside`, no day may be named between the entry's day and the
    clock, and across the paragraph the tagger's day for the clock must already be the entry's: a
    period named between ("first quarter results") sent it elsewhere, and then the new paragraph
    is another matter (test_events_clock_after_an_aside)."""
    if not date_not_written(clock) or bisect_left(named, cand.timex.end) != bisect_left(named, clock.start) \
            or clock.interval.start.date() != cand.timing.start:
        return False
    index = sentences.index_at(cand.sentence[0])
    at = sentences.index_at(clock.start)
    if not index < at <= index + 1 + ASIDE_SENTENCES or _in_table(text, clock.start):
        return False
    start, _ = sentences.at(clock.start)
    previous_end = sentences.bounds[at - 1][1]
    if text.count(PARAGRAPH_BREAK, cand.sentence[1], start) != 1 or PARAGRAPH_BREAK not in text[previous_end:start]:
        return False              # the clock's sentence opens the very next paragraph
    said = {w.lower for w in words_in(text, max(start, clock.start - START_REACH), clock.start)}
    return bool(said & word_list("nearby_clock_starts")) and (
        _points_back(text, cand, start, clock.start) or _names_the_subject(text, cand, start, clock.start))


def _untimed_told_day(cand: Candidate) -> bool:
    """An all-day entry of a day told without its number ("tomorrow", "on Saturday"), which
    ``untimed_day`` leaves to the readers of its own sentence."""
    timing, timex = cand.timing, cand.timex
    return (timing.all_day and timing.precision == "exact" and not timing.rrule and isinstance(timing.start, date)
            and (timing.end is None or timing.end == timing.start) and cand.frame.kind not in PLACELESS_KINDS
            and timex.type == "DATE" and timex.interval is not None and timex.interval.granularity == "day"
            and timex.end_interval is None and not timex.approximate and not any(c.isdigit() for c in timex.text))


def _paragraph_opened_by_clock(text: str, cand: Candidate, clock: Timex, sentences: Sentences,
                               named: list[int]) -> bool:
    """The next paragraph after the entry's sentence opens with the clock ("With the race this morning,
    all events tomorrow will take place at the stadium." / "At 6 a.m. the guests take their seats
    ..."), the day the tagger gave the clock is the entry's, and no day is named between: the first
    hour of the day the paragraph before told of."""
    if not date_not_written(clock) or bisect_left(named, cand.timex.end) != bisect_left(named, clock.start) \
            or clock.interval.start.date() != cand.timing.start or _in_table(text, clock.start):
        return False
    start, _ = sentences.at(clock.start)
    if sentences.index_at(clock.start) != sentences.index_at(cand.sentence[0]) + 1:
        return False
    if text.count(PARAGRAPH_BREAK, cand.sentence[1], start) != 1 or text[cand.sentence[1]:start].strip():
        return False              # the clock's sentence opens the very next paragraph
    lead = first_words(text, start, clock.start, MAX_LEAD_WORDS + 1)
    return len(lead) <= MAX_LEAD_WORDS and all(w.lower in word_list("clock_prepositions") for w in lead)


def _names_the_subject(text: str, cand: Candidate, start: int, stop: int) -> bool:
    """The words from ``start`` open with a determiner (event_anaphors) and a noun the entry's
    sentence writes before its day ("The parade" after "The night parade will wind ... on Friday"):
    the sentence tells of the entry's subject again, whatever its title became."""
    words = [w.lower for w in words_in(text, start, stop) if w.is_word][:2]
    if len(words) != 2 or words[0] not in word_list("event_anaphors") or words[0] in word_list("event_pronouns"):
        return False
    before = {singular_word(w.lower) for w in words_in(text, cand.sentence[0], cand.timex.start) if w.is_word}
    return singular_word(words[1]) in before - word_list("articles")


def _points_back(text: str, cand: Candidate, start: int, stop: int) -> bool:
    """The words from ``start`` open by naming the entry again: an event pronoun ("It"), or a
    determiner (event_anaphors) before a noun of the entry's title or an event noun ("The call"
    of "Conference call", "The event")."""
    words = [w.lower for w in words_in(text, start, stop) if w.is_word][:2]
    if not words or words[0] not in word_list("event_anaphors"):
        return False
    if words[0] in word_list("event_pronouns"):
        return True
    return len(words) == 2 and (singular_word(words[1]) in title_words(cand.frame.title) or (words[1],) in event_nouns())


def _one_list(candidates: list[Candidate], owners: list[int]) -> bool:
    """Entries of one name on different days of one sentence: a list of days sharing a clock."""
    chosen = [candidates[k] for k in owners]
    return (len({c.frame.title for c in chosen}) == 1 and len({c.sentence for c in chosen}) == 1
            and len({c.timing.start for c in chosen}) == len(chosen))


def standing_clock_items(candidates: list[Candidate], text: str, ordered: list[Timex]) -> list[Candidate]:
    """``candidates`` with each all-day entry whose title names an event a standing sentence
    times ("The meetings officially start at 19:00" over "March – Club Meeting") at that
    clock: the page states it once for all such events. The sentence's event and the entry
    may not each have words the other lacks ("Genealogy Club meeting" times no "Knitting Club
    meeting"), the entry's own words may not name a part of the day or a meal the clock falls outside
    ("Meetings start at 7pm" times no "Coffee morning meeting": its name says when it is held), and the
    sentences that fit must agree on one clock. A series with no clock of its own ("Board
    meetings are held on the first Thursday of the month. Meetings commence at 5:30 p.m.") takes
    it the same way: every occurrence starts then."""
    untimed = [index for index, cand in enumerate(candidates) if untimed_day(cand) or _untimed_series(cand)]
    rules = [(head, title_words(name), clock) for head, name, clock in standing_clocks(text, ordered)] if untimed else []
    if not rules:
        return candidates
    out = list(candidates)
    for index in untimed:
        cand = candidates[index]
        said = title_words(cand.frame.title)
        fitting = [clock for head, named, clock in rules
                   if head in said and not (named - said and said - named - {head})
                   and not _other_part_of_day(_before_head(cand.frame.title, head) - named, clock)]
        if fitting and len({(clock_of(c), c.end_interval and c.end_interval.start.time()) for c in fitting}) == 1:
            timed = _timed_series if cand.timing.rrule else timed_candidate
            out[index] = timed(cand, fitting[0], "as the page says such events are held")
    return out


def _untimed_series(cand: Candidate) -> bool:
    """A weekly or monthly series of whole days (no clock of its own) that people attend."""
    timing = cand.timing
    return (bool(timing.rrule) and timing.all_day and cand.timex.type == "SET" and isinstance(timing.start, date)
            and not isinstance(timing.start, datetime) and cand.frame.kind not in PLACELESS_KINDS
            and timing.rrule.startswith(("FREQ=WEEKLY", "FREQ=MONTHLY")))


_DAY_UNTIL = re.compile(r"UNTIL=(\d{8})(?![\dT])")


def _timed_series(cand: Candidate, clock: Timex, why: str) -> Candidate:
    """The series with each occurrence at the clock's start (and end); an UNTIL day becomes the
    end of that day, as a timed rule needs, and the days it skips take the clock too."""
    at = clock_of(clock)
    first: date = cand.timing.start
    start = datetime.combine(first, at)
    end = clock_end(first, start, clock)
    rule = _DAY_UNTIL.sub(r"UNTIL=\1T235959", cand.timing.rrule)
    note = f"time {start:%H:%M} from \"{clock.text}\" {why}"
    timing = replace(cand.timing, start=start, end=end, all_day=False, rrule=rule, notes=cand.timing.notes + [note])
    skipped = [datetime.combine(d.date() if isinstance(d, datetime) else d, at) for d in cand.exdates]
    return replace(cand, timing=timing, exdates=skipped)


def title_words(title: str) -> set[str]:
    """A title's words, lower-case and singular, with articles left out."""
    articles = word_list("articles")
    return {singular_word(w.lower) for w in words_in(title, 0, len(title)) if w.is_word and w.lower not in articles}


def _other_part_of_day(words: set[str], clock: Timex) -> bool:
    """One of ``words`` names a part of the day or a meal whose hours leave out the clock's."""
    hour = clock.interval.start.hour
    return any(row["word"] in words and not int(row["start"]) <= hour < int(row["end"])
               for row in table("day_part_words"))


def _before_head(title: str, head: str) -> set[str]:
    """The title's words before its first ``head`` noun ("coffee", "morning" of "Coffee morning
    meeting"), lower-case and singular: what kind of that event it is, not its topic ("Club
    Meeting (Set Subject = Night Images)")."""
    words = [singular_word(w.lower) for w in words_in(title, 0, len(title)) if w.is_word]
    return set(words[:words.index(head)]) if head in words else set()



class Spans:
    """Spans answering "does any overlap this one?" by bisection (a running maximum of ends)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []
        furthest = -1
        for _, end in spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end) - 1
        return k >= 0 and self.reach[k] > start


def _reach(text: str, cand: Candidate, sentences: Sentences) -> int:
    """Where a clock of the candidate's day may stand at the latest: the end of the sentence
    after the next one (:func:`_told_after_an_aside`)."""
    index = min(sentences.index_at(cand.sentence[0]) + 1 + ASIDE_SENTENCES, len(sentences.bounds) - 1)
    return max(cand.sentence[1], sentences.bounds[index][1])


def untimed_day(cand: Candidate) -> bool:
    timing = cand.timing
    return (timing.all_day and timing.precision == "exact" and not timing.rrule and isinstance(timing.start, date)
            and (timing.end is None or timing.end == timing.start) and cand.frame.kind not in PLACELESS_KINDS
            and one_day(cand.timex) and cand.timex.type == "DATE")


def _near(text: str, cand: Candidate, clock: Timex, sentences: Sentences, days: list[int]) -> bool:
    """The clock stands after the day in the day's sentence, or in the next sentence of the same
    paragraph saying a start and writing no day of its own; neither in a table's row, whose
    cells the row readers time. ``days``: where the text's written days start, in order."""
    if _in_table(text, cand.timex.start) or _in_table(text, clock.start):
        return False
    first, last = cand.sentence
    if cand.timex.end <= clock.start < last:
        return True
    index = sentences.index_at(first)
    if sentences.index_at(clock.start) != index + 1:
        return False
    start, end = sentences.at(clock.start)
    if bisect_left(days, start) != bisect_left(days, end):
        return False              # "Fall break begins, 4:00 p.m. | Fri | Oct 11": that day's clock
    said = {w.lower for w in words_in(text, max(start, clock.start - START_REACH), clock.start)}
    if PARAGRAPH_BREAK in text[last:clock.start]:
        return bool(said & word_list("nearby_clock_starts")) and _lone_pronoun_start(text, start, end)
    return (bool(said & word_list("nearby_clock_starts")) or (_hours(clock) and _entrys_hours(text, cand, start, clock))
            or _held_then(text, start, clock.start) or _day_pointed_back(text, clock))


BACK_DAY_WORDS = 2          # words between the determiner and "day": "on the strike day", "on the opening day"


def _day_pointed_back(text: str, clock: Timex) -> bool:
    """The clock says it is on the day told before, by a day noun led by a determiner right after it
    (clock_day_backs: "... boats stay ashore from 10am on the race day", "from 9 am on the day"): its
    day is the one the sentence before named; not a day counted from it (a shift word between: "on
    the next day"). ("6 a.m. that day" the tagger reads whole, on the day told last.)"""
    found = _back_day().match(text, clock.end)
    shifts = {r["word"] for r in table("clock_day_backs") if r["role"] == "shift"}
    return found is not None and not set(found.group(1).lower().split()) & shifts


@lru_cache(maxsize=None)
def _back_day() -> re.Pattern[str]:
    rows = table("clock_day_backs")
    alternation = {role: "|".join(re.escape(r["word"]) for r in rows if r["role"] == role)
                   for role in ("preposition", "determiner", "noun")}
    return re.compile(rf"[^\S\n]{{1,3}}(?:{alternation['preposition']})[^\S\n]{{1,3}}(?:{alternation['determiner']})"
                      rf"((?:[^\S\n]{{1,3}}[a-z][a-z-]{{0,20}}){{0,{BACK_DAY_WORDS}}}?)[^\S\n]{{1,3}}"
                      rf"(?:{alternation['noun']})(?![\w-])", re.IGNORECASE)


def _lone_pronoun_start(text: str, start: int, end: int) -> bool:
    """The clock's sentence is a paragraph of its own that opens with a pronoun: "... will be tabled
    in the Regional Assembly on Thursday 24th November by the Treasurer." / "She will begin her address at 3.15 pm."
    (the caller has checked it says a start and writes no day)."""
    if not _PARAGRAPH_END.match(text, end):
        return False
    words = [w.lower for w in words_in(text, start, end) if w.is_word]
    return bool(words) and re.split("['\u2019]", words[0], maxsplit=1)[0] in word_list("pronouns")


def _held_then(text: str, start: int, stop: int) -> bool:
    """The clock's sentence opens with a pronoun for the event, contracted or not, and says where or
    when it is held before the clock: "It'll take place in the old mill, at the usual hour,
    7 p.m." after "... its autumn exhibition next Thursday, October 5"."""
    words = [w.lower for w in words_in(text, start, stop) if w.is_word]
    if not words or re.split("['’]", words[0], maxsplit=1)[0] not in word_list("event_pronouns"):
        return False
    said = f" {' '.join(words[1:])} "
    return any(f" {verb} " in said for verb in word_list("event_verbs"))


_BARE_WEEKDAY = re.compile(r"XXXX-WXX-[1-7]T")


_RESTATED_MARK = ";restated=weekday"


def _day_less(clock: Timex) -> Timex:
    """A clock range written with a bare weekday read as its clocks alone (the weekday only says
    which entry's day it is, the day the tagger gave it): what timing an entry with it takes."""
    if not _weekday_restated(clock):
        return clock
    return replace(clock, raw_value=_BARE_WEEKDAY.sub("XXXX-XX-XXT", clock.raw_value or "") + _RESTATED_MARK)


def _day_less_source(clock: Timex) -> str:
    """The raw value a clock had before _day_less (the same when it was not rewritten)."""
    raw = clock.raw_value or ""
    return "" if raw.endswith(_RESTATED_MARK) else raw


def _in_next_sentence(text: str, cand: Candidate, clock: Timex, sentences: Sentences) -> bool:
    """The clock stands after the entry's day in its sentence or in the next sentence of the same
    paragraph, outside a table: "... on Monday, March 13 and Tuesday, March 14 ... / The hours are
    2 p.m. to 6:30 p.m. on Monday and 9 a.m. to 12:30 p.m. on Tuesday" (its weekday names the day)."""
    if _in_table(text, cand.timex.start) or _in_table(text, clock.start):
        return False
    first, last = cand.sentence
    if cand.timex.end <= clock.start < last:
        return True
    return sentences.index_at(clock.start) == sentences.index_at(first) + 1 and PARAGRAPH_BREAK not in text[last:clock.start]


def _weekday_restated(clock: Timex) -> bool:
    """A clock range written with a bare weekday ("2 p.m. to 6:30 p.m. on Monday"): the tagger put it
    on the day the text last wrote in full with that weekday, so the weekday ties it to that day's
    entry as a written day would (the caller checks the day is the entry's)."""
    return _hours(clock) and _BARE_WEEKDAY.match(clock.raw_value or "") is not None


def _hours(clock: Timex) -> bool:
    """A clock range within one day ("Call in any time between 3:30pm and 7:00pm"): its first clock
    is a start as surely as "it starts at" says one."""
    return (clock.end_interval is not None and clock.interval is not None
            and clock.end_interval.start.date() == clock.interval.start.date()
            and clock.end_interval.start > clock.interval.start)


def _entrys_hours(text: str, cand: Candidate, start: int, clock: Timex) -> bool:
    """The next sentence's range is the entry's own hours, not another party's: the sentence has
    no subject of its own (nothing before the range, or a call to the reader: "Drop in any time
    from 4pm to 8pm"), or its subject is the entry ("It runs ...", "The market is open ...",
    "The event ..."). A new subject ("Stallholders can set up between 6am and 8am", "Parking is
    free from ...") keeps the entry date-only."""
    words = words_in(text, start, clock.start)
    lowered = [w.lower for w in words if w.is_word]
    if not lowered:
        return True
    opening = 1 if lowered[0] in word_list("instruction_leads") and len(lowered) > 1 else 0
    if lowered[opening] in word_list("nearby_range_invitations") or lowered[0] in word_list("event_pronouns"):
        return True
    subject = clause_subject(words, [])
    if subject is None:
        return False
    head = singular_word(words[subject[1]].lower)
    return head in title_words(cand.frame.title) or head in word_list("generic_event_nouns")


def _in_table(text: str, at: int) -> bool:
    """Whether the line holding ``at`` holds a table's pipe (asked in place, once a line)."""
    return first_on_line(text, start_of_line(text, at), TABLE_MARK) >= 0


def timed_at(cand: Candidate, clock: Timex, why: str) -> Candidate:
    """The all-day candidate at the clock's time, ``why`` saying where the clock comes from."""
    return timed_candidate(cand, clock, why)


def timed_candidate(cand: Candidate, clock: Timex, why: str = "written near the day") -> Candidate:
    timex = timed_day(cand.timex, clock)
    start = timex.interval.start
    end: datetime | None = timex.end_interval.start if timex.end_interval is not None else None
    note = f"time {start:%H:%M} from \"{clock.text}\" {why}"
    timing = replace(cand.timing, start=start, end=end, all_day=False, notes=cand.timing.notes + [note])
    return replace(cand, timex=timex, timing=timing)
