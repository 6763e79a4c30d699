"""Feasts a sentence talks about, not days it puts on the calendar.

A holiday's name dates something only when the sentence sets an act on it. Parish and
newsletter pages also define and praise their feasts in the present tense: "Holy Saturday is
a day of quiet and fasting", "the Triduum (the three days of Holy Thursday, Good Friday, Holy
Saturday) is the culmination of every year", "Palm Sunday begins our holiest week". Those
sentences hold no clock and no written day, name the feast as a subject or after a noun
("the days of", "the events of") rather than after a time preposition ("closed on Good
Friday"), or say the feast comes round "every year". And a feast that falls on the very day
its sentence writes out ("On Monday, April 22, 2019 ... the theme for Earth Day") is that
written day's name: the written date frames the sentence once.
"""

from __future__ import annotations

from calfeed.events.deadline_clock import clock_of
from calfeed.events.holiday_names import HOLIDAY_RULES
from calfeed.events.vocabulary import find_phrase, phrase_list, word_list
from calfeed.events.words import Word, words_in
from calfeed.model import Timex



def feast_mentions(text: str, ordered: list[Timex], sentence_of, naming: set[int]) -> set[int]:
    """Ids of the timexes that name a feast and date nothing of their own, and of the other
    (undated) ones of a sentence about feasts. ``sentence_of(offset)`` gives the (start, end)
    of the sentence at an offset; ``naming`` holds the feasts that open an event's name
    ("Easter egg hunt"), which holiday_names reads."""
    found: set[int] = set()
    generic: set[tuple[int, int]] = set()      # sentences that talk about feasts
    for timex in ordered:
        if not _feast(timex) or timex.type != "DATE" or timex.interval is None or id(timex) in naming:
            continue
        start, end = sentence_of(timex.start)
        others = [o for o in ordered if o is not timex and start <= o.start < end]
        if _same_day_written(timex, others):
            found.add(id(timex))
        elif any(_dates_a_day(o) for o in others):
            if _served(text, start, timex, ordered):
                found.add(id(timex))      # "falls on November 29, so that families can stock up for Christmas"
        else:
            words = words_in(text, start, end)
            if timex.tense != "future" and _fitted(words, timex):
                # "a reading of winter tales, neatly timed for Halloween": the participle reads
                # as past, and the sentence says what suits the feast, not what falls on it
                found.add(id(timex))
                generic.add((start, end))
            elif timex.tense in ("present", None):
                governor = _governor(text, words, timex, ordered)
                if governor == "topic" or (timex.tense == "present" and (_habitual(words) or governor is None)):
                    found.add(id(timex))
                    generic.add((start, end))
    # "Just as Sundays are our weekly celebration of Easter, so the Triduum ... is the summit
    # of the year": the sentence's other dates (none a day or a clock) are part of the same
    # statement about feasts
    found |= {id(t) for t in ordered if any(a <= t.start < b for a, b in generic)}
    return found


def _feast(timex: Timex) -> bool:
    """A date read from feasts' names alone ("Good Friday", "Holy Saturday – Easter Sunday")."""
    return set(timex.rule.split("+")) <= set(HOLIDAY_RULES)


def _same_day_written(feast: Timex, others: list[Timex]) -> bool:
    """Another date of the sentence, written as a day, is the feast's own day."""
    return any(o.type == "DATE" and not _feast(o) and o.interval is not None
               and o.interval.granularity == "day" and o.interval.start == feast.interval.start
               and o.end_interval is None for o in others)


def _dates_a_day(other: Timex) -> bool:
    """A clock or a day (or finer) of the sentence's own: a listed service, a dated notice."""
    if other.type == "TIME" or clock_of(other) is not None:
        return True
    return (other.type == "DATE" and not _feast(other) and other.interval is not None
            and (other.interval.end - other.interval.start).days <= 1)


def _habitual(words: list[Word]) -> bool:
    """The sentence says what happens every year ("every year", "annually")."""
    return find_phrase([w.lower for w in words], phrase_list("habitual_year_marks")) is not None


def _fitted(words: list[Word], feast: Timex) -> bool:
    """The feast follows "for" after a word of fit ("timed for Halloween", "in time for
    Christmas", "perfect for Easter"): something suits the feast or comes ahead of it."""
    before = [w for w in words if w.end <= feast.start]
    return (len(before) > 1 and before[-1].lower in word_list("feast_purpose_links")
            and before[-2].lower in word_list("feast_fit_marks"))


def _served(text: str, start: int, feast: Timex, ordered: list[Timex]) -> bool:
    """The feast (or the first feast of the list it ends) follows a purpose link ("for
    Christmas and New Year") in a sentence that writes a day of its own: what that day serves,
    not a day the sentence dates."""
    before = _before_list(text, words_in(text, start, feast.start), feast, ordered)
    return bool(before) and before[-1].lower in word_list("feast_purpose_links")


def _before_list(text: str, words: list[Word], feast: Timex, ordered: list[Timex]) -> list[Word]:
    """The words before the feast, or before the first feast of the list it ends ("of Holy
    Thursday, Good Friday and Easter": the list's first feast has the governor)."""
    head = feast
    while True:
        before = [w for w in words if w.end <= head.start]
        if before and (before[-1].lower in word_list("day_list_links") or before[-1].lower == "&"):
            previous = next((t for t in reversed(ordered) if t.end <= before[-1].start
                             and _feast(t) and not text[t.end:before[-1].start].strip(" ,")), None)
            if previous is not None and previous is not head:
                head = previous
                continue
        return before


def _governor(text: str, words: list[Word], feast: Timex, ordered: list[Timex]) -> str | None:
    """How the feast (or the first feast of the list it ends) is joined to its sentence: "time"
    after a time preposition ("on Good Friday", "over Easter") or "of" after a part of a day
    ("the evening of Holy Thursday"); "topic" after "of" following any other word ("the
    events of Holy Week", "the three days of Holy Thursday, Good Friday ..."); else None."""
    before = _before_list(text, words, feast, ordered)
    if before and before[-1].lower in word_list("feast_time_prepositions"):
        return "time"             # "this Easter", "on Good Friday"
    while before and before[-1].lower in word_list("articles"):
        before.pop()              # "on the Saturday of", "during our Easter"
    if not before:
        return None
    word = before[-1].lower
    if word in word_list("feast_part_links"):
        if len(before) > 1 and before[-2].lower in word_list("feast_time_parts"):
            return "time"
        return "topic" if len(before) > 1 and before[-2].is_word else None
    return "time" if word in word_list("feast_time_prepositions") else None
