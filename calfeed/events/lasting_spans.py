"""A stretch told by how long it lasts and when it starts: "The relay runs for exactly 30 hours,
beginning at noon on 2 June". The tagger reads a duration and a start apart; read
alone, the start is an entry with no end, though the sentence says when it ends. When a lasting
verb (lasting_verbs, an exactness word allowed: lasting_exact_words) stands right before the
duration and a start word (lasting_start_words) opens the rest of the clause up to the start,
the start gains its end: a clock plus the duration, or a day plus the days less one.

The start may come first: "the barges fire their first rockets at 8pm on Friday for a display due to
last for 15 minutes". A clock that is the last date before the lasted duration, in the same clause
and a few words back (START_GAP), gains the same end.

A length written as the adjective of what starts ("The annual 56-day pilgrimage will commence on June 28",
"the three-day festival begins on 5 June") gives the end too: a joined length of days before the day
in its clause, with an opening verb (told_ranges' range_opening_verbs) right before the day, runs the
day on for that many days, the last inclusive. The day may come first, in the clause a link word
(length_after_day_links) ties to the stretch's: "the teams meet today (Sunday) as the three-day regatta
begins" runs from that day for three days."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from calfeed.events.told_ranges import MAX_SPAN, opened
from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.model import Interval, Timex

LASTING_REACH = 4        # words before the duration: "will last exactly", "will last a full"
START_GAP = 60           # characters from the duration to its start: ", beginning at noon on "
MAX_LASTING = timedelta(days=14)
_WORD = re.compile(r"[a-z]+")
_DURATION = re.compile(r"P(?:(\d{1,3})D|T(\d{1,3})H|T(\d{1,4})M)\Z")
_CLAUSE_END = re.compile(r"[.;!?\n]")
_JOINED_LENGTH = re.compile(r"\S+-\w+")    # "56-day", "three-day": a length joined to its unit, an adjective
ADJECTIVE_GAP = 80       # characters from such a length to the day it starts: " Amarnath yatra will commence on "


def lasting_spans(text: str, ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each start told after a lasted duration ranged to the end the duration gives."""
    joined: dict[int, Timex] = {}
    following = _next_non_lengths(ordered)
    for k, duration in enumerate(ordered):
        if duration.type != "DURATION" or duration.approximate or duration.mod:
            continue
        length = _length(duration.value)
        start = following[k]
        if length is None:      # "held for three weeks from 3 May": weeks run on from a day alone
            weeks = _weeks_from_day(text, duration, start)
            if weeks is not None:
                joined[id(start)] = weeks
            continue
        if _lasted_from(text, duration, start):       # "shut for 12 hours from 9 p.m. on 4 May"
            ended = ended_after(start, length)
            if ended is not None:
                joined[id(start)] = ended
            continue
        if not _lasted(text, duration.start):
            continue
        if (start is None or start.start - duration.end > START_GAP       # the gap measured before it is read
                or not _started(text[duration.end:start.start])):
            start = _clock_before(text, ordered, k)
        if start is None:
            continue
        ended = ended_after(start, length)
        if ended is not None:
            joined[id(start)] = ended
    joined |= _lengthed_starts(text, ordered)
    joined |= {k: v for k, v in _lengthed_after(text, ordered).items() if k not in joined}
    joined |= {k: v for k, v in _run_lengths(text, ordered).items() if k not in joined}
    joined |= {k: v for k, v in _continued_lengths(text, ordered).items() if k not in joined}
    return [joined.get(id(t), t) for t in ordered] if joined else ordered


def _lengthed_starts(text: str, ordered: list[Timex]) -> dict[int, Timex]:
    """The days that an adjective of length before them in their clause ends: "the 56-day
    pilgrimage will commence on June 28" runs to August 22 (by id of the day)."""
    joined: dict[int, Timex] = {}
    following = _next_non_lengths(ordered)
    for k, duration in enumerate(ordered):
        if (duration.type != "DURATION" or duration.approximate or duration.mod
                or not _JOINED_LENGTH.fullmatch(duration.text)):
            continue
        match = _DURATION.match(duration.value)
        if match is None or not match.group(1) or not timedelta(days=2) <= timedelta(days=int(match.group(1))) <= MAX_SPAN:
            continue
        start = following[k]
        if start is None or start.type != "DATE" or id(start) in joined or start.start - duration.end > ADJECTIVE_GAP:
            continue
        gap = text[duration.end:start.start]        # measured first: at most ADJECTIVE_GAP characters read
        if _CLAUSE_END.search(gap) or "," in gap or not (opened(text, start.start) or _opened_before(gap)):
            continue
        ended = ended_after(start, timedelta(days=int(match.group(1))))
        if ended is not None:
            joined[id(start)] = ended
    return joined


_ASIDE = re.compile(r"\([^()\n]{0,40}\)")     # a bracketed gloss between a day and the link ("today (Sunday) as")
_OPENED_AFTER = 60       # characters from a length to the opening verb of its clause: " Shandur Polo Festival begins"


def _lengthed_after(text: str, ordered: list[Timex]) -> dict[int, Timex]:
    """The days a later clause of a lengthed stretch opens: "today (Friday) as the yearly two-day
    fair begins" (by id of the day). The clause must open with a link word, its length come before
    its noun and an opening verb end it within a few words."""
    joined: dict[int, Timex] = {}
    links = word_list("length_after_day_links")
    for k, duration in enumerate(ordered):
        if (k == 0 or duration.type != "DURATION" or duration.approximate or duration.mod
                or not _JOINED_LENGTH.fullmatch(duration.text)):
            continue
        match = _DURATION.match(duration.value)
        if match is None or not match.group(1) or not timedelta(days=2) <= timedelta(days=int(match.group(1))) <= MAX_SPAN:
            continue
        day = _day_before(text, ordered, k)
        if day is None:
            continue
        words = _WORD.findall(_ASIDE.sub(" ", text[day.end:duration.start]).lower())
        if not words or words[0] not in links or len(words) > LASTING_REACH:
            continue
        after = text[duration.end:duration.end + _OPENED_AFTER]
        clause = _CLAUSE_END.split(after, 1)[0]
        verbs = word_list("range_opening_verbs")
        if "," in clause or not any(word in verbs for word in _WORD.findall(clause.lower())):
            continue
        ended = ended_after(day, timedelta(days=int(match.group(1))))
        if ended is not None:
            joined[id(day)] = ended
    return joined


_RUN_LENGTH = re.compile(r"P(\d{1,3})([DW])\Z")
_RUN_GAP = 16            # characters from a day to its run's length: " for a full " at most


def _run_lengths(text: str, ordered: list[Timex]) -> dict[int, Timex]:
    """The days a run's length right after them ends: "will be held in the square on Thursday for a
    five-day run", "opens on 4 July for a ten-day period" (by id of the day). Only a lead of
    run_length_leads between the day and the length ("for a") and a noun of run_length_nouns right
    after the length: "was fined on Monday for a two-day delay" tells no run. The tagger's length may
    hold its article and noun ("a ten-day period") or the length alone ("five-day")."""
    joined: dict[int, Timex] = {}
    leads = phrase_list("run_length_leads")
    nouns = word_list("run_length_nouns")
    for k, duration in enumerate(ordered):
        if k == 0 or duration.type != "DURATION" or duration.approximate or duration.mod:
            continue
        match = _RUN_LENGTH.match(duration.value)
        day = ordered[k - 1]
        if (match is None or day.type != "DATE" or day.interval is None or day.interval.granularity != "day"
                or id(day) in joined or duration.start - day.end > _RUN_GAP):
            continue
        days = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
        if not timedelta(days=2) <= timedelta(days=days) <= MAX_SPAN:
            continue
        tail = _NEXT_WORD.match(text, duration.end)      # the noun, when the length ends at its adjective
        words = [w for w in text[day.end:tail.end() if tail else duration.end].split() if w != ","]
        at = next((i for i, word in enumerate(words) if _JOINED_LENGTH.fullmatch(word)), None)
        if (at is None or at + 2 != len(words) or _CLAUSE_END.search(" ".join(words))
                or tuple(w.lower() for w in words[:at]) not in leads or words[-1].lower() not in nouns):
            continue
        ended = ended_after(day, timedelta(days=days))
        if ended is not None:
            joined[id(day)] = ended
    return joined


_NEXT_WORD = re.compile(r" [A-Za-z]+")
_CONTINUED_GAP = 40      # characters from a day to its length: " and would then be expected to continue for "


def _continued_lengths(text: str, ordered: list[Timex]) -> dict[int, Timex]:
    """The days a length told right after them, in the same clause, carries on: "would commence on
    Feb. 12 and continue for 9 days", "will open on 1 May and will run for 12 days" (by id of the
    day). The words between are a link of continued_length_links ("and"), auxiliaries of
    continued_length_auxiliaries, then a verb of continued_length_verbs ending right before the
    length; the last day is counted inclusive, so
    nine days from 12 February end on the 20th. A vague length ("about ten days") gives none."""
    joined: dict[int, Timex] = {}
    for k, duration in enumerate(ordered):
        if k == 0 or duration.type != "DURATION" or duration.approximate or duration.mod:
            continue
        day = ordered[k - 1]
        if (day.type != "DATE" or day.interval is None or day.interval.granularity != "day"
                or duration.start - day.end > _CONTINUED_GAP):
            continue
        match = _RUN_LENGTH.match(duration.value)
        if match is None:
            continue
        days = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
        if not timedelta(days=2) <= timedelta(days=days) <= MAX_SPAN:
            continue
        gap = text[day.end:duration.start]
        if _CLAUSE_END.search(gap) or not _continued(_WORD.findall(gap.lower())):
            continue
        ended = ended_after(day, timedelta(days=days))
        if ended is not None:
            joined[id(day)] = ended
    return joined


def _continued(words: list[str]) -> bool:
    """Whether the words from a day to a length are a link ("and"), auxiliaries, then a carrying-on verb."""
    if len(words) < 3 or words[0] not in word_list("continued_length_links"):
        return False
    auxiliaries = word_list("continued_length_auxiliaries")
    for verb in phrase_list("continued_length_verbs"):
        if tuple(words[len(words) - len(verb):]) == verb:
            return all(word in auxiliaries for word in words[1:len(words) - len(verb)])
    return False


def _day_before(text: str, ordered: list[Timex], k: int) -> Timex | None:
    """The day told right before the length at ``k``, passing over a weekday that restates it in
    brackets, within ADJECTIVE_GAP characters and no clause end."""
    at = k - 1
    if at > 0 and ordered[at].interval is not None and ordered[at - 1].interval is not None \
            and ordered[at].interval.start == ordered[at - 1].interval.start \
            and text[ordered[at - 1].end:ordered[at].start].strip() == "(":
        at -= 1         # "today (Sunday)": the weekday restates the day
    day = ordered[at]
    if day.type != "DATE" or day.interval is None or day.interval.granularity != "day":
        return None
    gap = text[day.end:ordered[k].start] if ordered[k].start - day.end <= ADJECTIVE_GAP else None
    return day if gap is not None and _CLAUSE_END.search(gap) is None else None


def _opened_before(gap: str) -> bool:
    """Whether the words from a length to its day hold an opening verb and end with a day link ("the two-day
    fair will open in a market town from"): a place may stand between the verb and the day."""
    words = _WORD.findall(gap.lower())
    if not words or words[-1] not in word_list("range_verb_day_links"):
        return False
    verbs = word_list("range_opening_verbs")
    return any(word in verbs for word in words[:-1])


def _next_non_lengths(ordered: list[Timex]) -> list[Timex | None]:
    """For each expression, the first after it that is no length (one pass from the end): a page of
    many lengths before one day would otherwise look ahead over the rest of them from each."""
    found: list[Timex | None] = [None] * len(ordered)
    after: Timex | None = None
    for k in range(len(ordered) - 1, -1, -1):
        found[k] = after
        if ordered[k].type != "DURATION":
            after = ordered[k]
    return found


def _clock_before(text: str, ordered: list[Timex], k: int) -> Timex | None:
    """The clock right before the duration at ``k`` in its clause (the expression just before it, a
    minute's clock, no clause end and at most START_GAP characters between): a start told first."""
    before = ordered[k - 1] if k > 0 else None
    if before is None or before.type != "TIME" or before.interval is None or before.interval.granularity != "minute":
        return None
    gap = text[before.end:ordered[k].start]
    return before if len(gap) <= START_GAP and _CLAUSE_END.search(gap) is None else None


def _length(value: str) -> timedelta | None:
    match = _DURATION.match(value)
    if match is None:
        return None
    days, hours, minutes = (int(g) if g else 0 for g in match.groups())
    length = timedelta(days=days, hours=hours, minutes=minutes)
    return length if timedelta(0) < length <= MAX_LASTING else None


def _lasted(text: str, start: int) -> bool:
    """Whether a lasting verb, an exactness word allowed after it, ends right before ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    words = _WORD.findall(text[max(line_start, start - 40):start].lower())[-LASTING_REACH:]
    for exact in phrase_list("lasting_exact_words"):
        if tuple(words[len(words) - len(exact):]) == exact:
            words = words[:len(words) - len(exact)]
            break
    verbs = word_list("lasting_verbs")
    return any(" ".join(words[i:]) in verbs for i in range(len(words)))


def _lasted_from(text: str, duration: Timex, start: Timex | None) -> bool:
    """Whether a duration is told as a stretch from the start right after it: a word of
    lasting_for_words right before it and only a word of lasting_from_words between it and the
    start ("for 12 hours from 9 p.m. on 4 May")."""
    if start is None or start.start - duration.end > START_GAP:
        return False
    if text[duration.end:start.start].strip().lower() not in word_list("lasting_from_words"):
        return False
    reach = max(0, duration.start - 12)          # the line's start, searched for only within the reach
    before = _WORD.findall(text[text.rfind("\n", reach, duration.start) + 1 or reach:duration.start].lower())
    return bool(before) and before[-1] in word_list("lasting_for_words")


_WEEKS = re.compile(r"P(\d{1,2})W\Z")


def _weeks_from_day(text: str, duration: Timex, start: Timex | None) -> Timex | None:
    """The day a length in weeks counts from ("will be held for three weeks from tomorrow") with
    its end, the first day counted; None unless the duration is told as a stretch from that day
    (``_lasted_from``). A length of days or hours only comes this far when it exceeds MAX_LASTING,
    which a clock's stretch should not; weeks are how a run of days is told."""
    match = _WEEKS.match(duration.value or "")
    if match is None or start is None or start.type != "DATE" or start.interval is None \
            or start.interval.granularity != "day" or not _lasted_from(text, duration, start):
        return None
    length = timedelta(weeks=int(match.group(1)))
    return ended_after(start, length) if length <= MAX_SPAN else None


def _started(gap: str) -> bool:
    """Whether ``gap`` (from the duration to the next date) is ", <start word> ..." in one clause."""
    if len(gap) > START_GAP or _CLAUSE_END.search(gap):
        return False
    words = _WORD.findall(gap.lower())
    return bool(words) and words[0] in word_list("lasting_start_words") and gap.lstrip(" \t,")[:1].isalpha()


def ended_after(start: Timex, length: timedelta) -> Timex | None:
    """The start with its end: a clock's plus the length; a day's plus whole days, the last inclusive."""
    span = start.interval
    if span is None or start.end_interval is not None or start.approximate or start.rrule:
        return None
    if start.type == "TIME" and span.granularity == "minute":
        end = span.start + length
        return replace(start, end_interval=Interval(end, end + timedelta(minutes=1), "minute"))
    if start.type == "DATE" and span.granularity == "day" and length.days >= 2 and length == timedelta(days=length.days):
        last = span.start + timedelta(days=length.days - 1)
        return replace(start, end_interval=Interval(last, last + timedelta(days=1), "day"))
    return None
