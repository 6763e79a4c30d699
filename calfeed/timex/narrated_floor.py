"""A page dated by the year its title names is counted from an announcement's lead before its first
year-less day. When the page tells one of those days as over ("The warm-up was held on April 26")
and a later one ahead ("the fair will take place from May 3 to 5"), it was written between them:
the told past lifts the count to the day after it, so the past day is read as past, not announced."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from calfeed.events.words import words_in
from calfeed.model import ReferenceDate, Timex
from calfeed.text import Sentences
from calfeed.timex.lexicon import load_words
from calfeed.timex.undated import day_in, spoken_day, told


LEAD_REACH = 4     # words from the finite past word to the date: "was held on", "took place on", "had opened on"


def past_floor(reference: ReferenceDate, year: int, timexes: list[Timex], text: str, sentences: Sentences,
               verb_of: Callable[[Timex], str | None]) -> ReferenceDate:
    """``reference`` moved to the day after the latest year-less day of ``year`` told in a finite past
    (a word of ``narrated_past_leads`` among the LEAD_REACH words before it in its sentence; ``verb_of``
    gives the date's verb phrase) that falls after it and before a year-less day of that year told
    ahead; unchanged without one."""
    if reference.value is None:
        return reference
    days = [(t, d) for t in timexes if t.type == "DATE" for d in [told(t)] if d is not None]
    ahead = [on for _, d in days if d.ahead for on in [day_in(year, d.month, d.day)] if on is not None]
    told_ahead = {(d.month, d.day) for _, d in days if d.ahead}
    leads = load_words("en", "narrated_past_leads")
    best: tuple[date, Timex, str] | None = None
    for timex, day in days:
        on = day_in(year, day.month, day.day)
        if day.ahead or on is None or (day.month, day.day) in told_ahead or on < reference.value:
            continue
        if not any(on < later for later in ahead):
            continue
        verb = verb_of(timex)
        before = [w.lower for w in words_in(text, sentences.at(timex.start)[0], timex.start) if w.is_word]
        if verb is None or not leads.intersection(before[-LEAD_REACH:]):
            continue
        if best is None or on > best[0]:
            best = (on, timex, verb)
    if best is None:
        return reference
    on, timex, verb = best
    value = on + timedelta(days=1)
    return replace(reference, value=value,
                   reason=f"{reference.reason}; written after {spoken_day(on)} (\"{verb}\" \"{timex.text}\", told as "
                          f"over): counted from {spoken_day(value)}")
