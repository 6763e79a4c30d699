"""A page dated by the year its title names, or by the weekdays written beside its days, is counted
from an announcement's lead before its first year-less day. When the page tells one of those days
as over ("The warm-up was held on April 26") and a later one ahead ("the fair will take place from
May 3 to 5"), it was written between them: the told past lifts the count to the day after it, so
the past day is read as past, not announced."""

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
FRONTED_WORDS = 2  # words before a date that opens its sentence ("On May 20, ...", "And on May 20, ...")
FRONT_REACH = 6    # words from a fronted date to its past word: "On May 20, the three sessions were held"


def past_floor(reference: ReferenceDate, year: int, timexes: list[Timex], text: str, sentences: Sentences,
               verb_of: Callable[[Timex], str | None] | None = None) -> ReferenceDate:
    """``reference`` moved to the day after the latest year-less day of ``year`` told in a finite past
    (a word of ``narrated_past_leads`` among the LEAD_REACH words before it in its sentence, or among
    the FRONT_REACH words after it when it opens the sentence; ``verb_of``, if given, must find the
    date's verb phrase) that falls after it and before a year-less day of that year told ahead;
    unchanged without one."""
    if reference.value is None:
        return reference
    days = [(t, d) for t in timexes if t.type == "DATE" for d in [told(t)] if d is not None]
    latest_ahead = max((on for _, d in days if d.ahead for on in [day_in(year, d.month, d.day)] if on is not None),
                       default=None)
    if latest_ahead is None:
        return reference
    told_ahead = {(d.month, d.day) for _, d in days if d.ahead}
    leads = load_words("en", "narrated_past_leads")
    best: tuple[date, Timex, str] | None = None
    for timex, day in days:
        on = day_in(year, day.month, day.day)
        if (day.ahead or on is None or (day.month, day.day) in told_ahead or on < reference.value
                or on >= latest_ahead):
            continue
        lead = _past_lead(text, sentences, timex, leads)
        verb = verb_of(timex) if verb_of is not None else lead
        if verb is None or lead is None:
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


def _past_lead(text: str, sentences: Sentences, timex: Timex, leads: frozenset[str]) -> str | None:
    """The finite past word that tells ``timex`` as over: shortly before it, or shortly after it when
    the date is fronted ("On Monday, June 2, the first two clinics were held ..."); None without one."""
    first, last = sentences.at(timex.start)
    before = [w.lower for w in words_in(text, first, timex.start) if w.is_word]
    found = next((w for w in reversed(before[-LEAD_REACH:]) if w in leads), None)
    if found is not None or len(before) > FRONTED_WORDS:
        return found
    after = [w.lower for w in words_in(text, timex.end, last) if w.is_word][:FRONT_REACH]
    return next((w for w in after if w in leads), None)
