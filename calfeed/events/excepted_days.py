"""Days a schedule leaves out: "Monday 16th April to Monday 2nd July, excluding Bank Holiday
Mondays 7th and 28th May", "open daily from 1 to 20 December except 12 December".

A range or a series is written first; then an exception word (series_exceptions) and at most a
short name of the days ("Bank Holiday Mondays", no preposition or modal: exception_name_stops)
bring the days it does not hold. Those days are
no occasions of their own: each was an entry named after the schedule it is taken out of. A
series takes its exceptions in its own clause (framing._series_anchors); this finds them after
any earlier date of the sentence, and the days listed after the first one ("7th and 28th May").
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import timedelta

from calfeed.events.candidates import date_not_written
from calfeed.events.vocabulary import ending_phrase, phrase_list, word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.text import Sentences

MAX_NAME_WORDS = 4       # words naming the excepted days between the exception word and the first day
REACH = 80               # characters before a day where its exception word and name may stand
MAX_LIST_GAP = 12        # characters between two listed days (", and ")
_BREAKS = set(",;:.()[]")


def excepted_days(text: str, ordered: list[Timex], sentences: Sentences) -> set[int]:
    """The ids of the days an exception word takes out of an earlier date of their sentence."""
    exceptions = phrase_list("series_exceptions")
    joiners = {tuple(p.split()) for p in word_list("date_joiners")}
    found: set[int] = set()
    previous: Timex | None = None
    dated = sorted((t for t in ordered if t.type in ("DATE", "TIME", "SET")), key=lambda t: t.start)
    starts = [t.start for t in dated]
    for timex in ordered:
        if timex.type not in ("DATE", "TIME") or timex.interval is None or date_not_written(timex):
            continue
        first, _ = sentences.at(timex.start)
        if previous is not None and id(previous) in found and previous.end <= timex.start \
                and timex.start - previous.end <= MAX_LIST_GAP and sentences.at(previous.start)[0] == first \
                and tuple(w.lower for w in words_in(text, previous.end, timex.start)) in joiners:
            found.add(id(timex))          # "7th and 28th May": the list goes on
        elif _after_exception(text, timex, first, (dated, starts), exceptions):
            found.add(id(timex))
        previous = timex
    return found


def _after_exception(text: str, timex: Timex, first: int, dated: tuple[list[Timex], list[int]],
                     exceptions: tuple[tuple[str, ...], ...]) -> bool:
    """An exception word stands before the day, with at most a short name between and no break,
    and another date of the sentence stands before that word. ``dated``: the dates by start,
    and their starts."""
    words = [w for w in words_in(text, max(first, timex.start - REACH), timex.start) if w.text not in ("*", "_")]
    lowered = [w.lower for w in words]
    for gap in range(0, MAX_NAME_WORDS + 1):
        cut = len(lowered) - gap
        if cut <= 0:
            break
        if any(w in _BREAKS or w in word_list("exception_name_stops") for w in lowered[cut:]):
            break
        phrase = ending_phrase(lowered, exceptions, end=cut)
        if phrase is None:
            continue
        opened = words[cut - len(phrase)].start
        timexes, starts = dated
        earliest = bisect_left(starts, first)     # the sentence's first date
        return (earliest < len(timexes) and timexes[earliest] is not timex and timexes[earliest].end <= opened
                and _schedule(timexes[earliest]))
    return False


def _schedule(timex: Timex) -> bool:
    """A range of days or a series: what an exception can take days out of."""
    if timex.type == "SET" or timex.end_interval is not None:
        return True
    span = timex.interval
    return span is not None and span.end - span.start > timedelta(days=1)
