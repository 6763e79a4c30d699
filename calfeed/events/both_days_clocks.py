"""A clock told for days named before: "The counter will be staffed on Tuesday and Friday. ...
On both days, it will serve from 9 am to 12 noon." The clock's sentence opens with a phrase that
points back to days already told (both_days_leads: "on both days", "on each of these days"); it
has no day of its own, so the tagger put it on the last day written, and its clause gave an entry
titled by the pointing phrase. The clock is the hours of the days it points to: the untimed
entries of one title that one earlier sentence of the paragraph (or the one before it) gives,
two of them for "both"; each takes the clock, and the clock makes no entry of its own. When no
earlier sentence gives such a run of entries, the clock is left to the other rules.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from calfeed.events.candidates import Candidate, date_not_written
from calfeed.events.deadline_clock import clock_of
from calfeed.events.nearby_clocks import timed_candidate
from calfeed.events.shared_place import PLACELESS_KINDS
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.text import Sentences

SENTENCES_BACK = 3     # sentences before the clock's where the days it points to may be told
PAIR_WORD = "both"     # a lead with it points to exactly two days
WHY = "told for the days named before it (\"{lead}\")"


@lru_cache(maxsize=None)
def _leads(lang: str = "en") -> tuple[tuple[str, ...], ...]:
    """The leads, as lower-case word tuples, longest first."""
    rows = {tuple(line.split()) for line in word_list("both_days_leads", lang)}
    return tuple(sorted(rows, key=lambda row: -len(row)))


def _lead(text: str, sentence: tuple[int, int], clock_start: int) -> tuple[str, ...] | None:
    """The lead that opens the sentence and stands before the clock, or None."""
    words = [w.lower for w in words_in(text, sentence[0], clock_start) if w.is_word]
    return next((lead for lead in _leads() if tuple(words[:len(lead)]) == lead), None)


def untimed_entry(cand: Candidate) -> bool:
    """An all-day entry of one exact day, written as a day or a weekday ("on Wednesday"), that is
    attended (no deadline or milestone)."""
    timing, timex = cand.timing, cand.timex
    return (timing.all_day and timing.precision == "exact" and not timing.rrule and isinstance(timing.start, date)
            and (timing.end is None or timing.end == timing.start) and cand.frame.kind not in PLACELESS_KINDS
            and timex.type == "DATE" and timex.end_interval is None and timex.interval is not None
            and timex.interval.granularity == "day")


def _pointed_days(candidates: list[Candidate], sentences: Sentences, sentence: tuple[int, int],
                  pair: bool) -> list[int]:
    """Indexes of the untimed entries of one title that the nearest earlier sentence giving two or
    more of them holds (exactly two when ``pair``), within SENTENCES_BACK sentences."""
    index = sentences.index_at(sentence[0])
    for back in range(1, SENTENCES_BACK + 1):
        if index - back < 0:
            return []
        earlier = sentences.bounds[index - back]
        owned = [k for k, c in enumerate(candidates) if earlier[0] <= c.timex.start < earlier[1] and untimed_entry(c)]
        titles = {candidates[k].frame.title for k in owned}
        days = {candidates[k].timing.start for k in owned}
        if len(owned) >= 2 and len(titles) == 1 and len(days) == len(owned):
            return owned if not pair or len(owned) == 2 else []
    return []


def both_days_clocks(candidates: list[Candidate], text: str, sentences: Sentences) -> list[Candidate]:
    """``candidates`` with the days a pointing clock ("On both days, ... from 9 am to 12 noon") is
    told for timed by it, and the clock's own entry left out."""
    out = list(candidates)
    dropped: set[int] = set()
    for k, cand in enumerate(candidates):
        clock = cand.timex
        if clock.type != "TIME" or clock_of(clock) is None or not date_not_written(clock) or clock.interval is None:
            continue
        sentence = sentences.at(clock.start)
        lead = _lead(text, sentence, clock.start)
        if lead is None:
            continue
        owners = _pointed_days(candidates, sentences, sentence, PAIR_WORD in lead)
        if not owners:
            continue
        for owner in owners:
            out[owner] = timed_candidate(candidates[owner], clock, WHY.format(lead=" ".join(lead)))
        dropped.add(k)
    return [c for k, c in enumerate(out) if k not in dropped]
