"""Year- and season-long spans that give a subscriber nothing to put in a diary.

A whole year or season written plainly ("this year", "2016", "autumn") stretches over months.
When the page dates a day inside it, the page is precise about its occasions and the vague
span is only talk round them ("I hope more people come along this year", "our two remaining
events this year", "a celebration of autumn"): the days are the entries. A span the writer
hedges on purpose ("later this year", "early 2027") is kept, as it is all a reader is told.
A whole year already over by the page's own year is history, whatever the sentence's tense.
A year a plan aims at ("by 2020") and a year-long deadline ("with the elections due next year")
are horizons: no day to be anywhere, nothing to hand in on. So is the period a report covers
("the results for the first half of 2022"): over when the report comes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from calfeed.events.candidates import GRANULARITY_ORDER
from calfeed.events.generic_titles import is_generic
from calfeed.events.not_events import bare_generic
from calfeed.events.vocabulary import word_list
from calfeed.events.words import LETTER_DIGIT_RUN, last_word
from calfeed.model import ReferenceDate, Timex

LONG_GRANULARITIES = ("year", "season")     # a plain span this long says no week of its own


def _long_plain_span(timex: Timex) -> bool:
    span = timex.span
    return (timex.type == "DATE" and span is not None and span.granularity in LONG_GRANULARITIES
            and not timex.approximate and timex.mod is None)


def _written_day(other: Timex) -> bool:
    span = other.interval
    return (other.type in ("DATE", "TIME") and span is not None     # "on November 17 and 18" too
            and GRANULARITY_ORDER.index(span.granularity) >= GRANULARITY_ORDER.index("day"))


def restated_span(timex: Timex, others: list[Timex]) -> bool:
    """A plain year or season ("this year", "2016", "autumn") on a page that writes a day inside
    it (``others``: the page's dates that may date an occasion, not its own date line): the
    days are the occasions, the span only talks round them."""
    if not _long_plain_span(timex):
        return False
    return _day_inside(timex, others)


def _day_inside(timex: Timex, others: list[Timex]) -> bool:
    span = timex.span
    return any(o is not timex and _written_day(o) and span.start <= o.interval.start < span.end
               for o in others)


def _written_starts(others: list[Timex]) -> list:
    """Where each written day of ``others`` starts, sorted: the spans of a page ask by bisection, not
    each over every date (a page of many years and days was square in them)."""
    return sorted(o.interval.start for o in others if _written_day(o))


def _holds_a_day(span, starts: list) -> bool:
    """_day_inside over the sorted starts of the written days (a long span is no written day itself)."""
    k = bisect_left(starts, span.start)
    return k < len(starts) and starts[k] < span.end


def own_occasion(text: str, sentence: tuple[int, int], title: str, timex: Timex,
                 sentence_dates: list[Timex], page_day: date | None) -> bool:
    """A restated span that still dates an occasion of its own: its own sentence names the
    occasion (``title``; not a count of occasions, "our three remaining events this year", nor a
    generic word), tells it ahead, not in the past, in a year or season not yet begun on
    ``page_day`` (the current one is the page's own, talked round: "more people came out to vote
    this year"),
    the span tells its time, after a preposition ("in 2027"), rather than a word of a name
    ("Summer concert" over "Jun. 19, 2027", "AT 2012 CONVENING LEADERS") or the subject
    ("Autumn is on the way"), and the sentence writes no day inside it ("a celebration of
    autumn" beside "On Saturday, October 16th"). "The Regional Games will be held in 2027" stays
    beside "Registrations close on 3 March 2027": the Games' day is not yet told, the year is all
    there is."""
    words = LETTER_DIGIT_RUN.findall(title.lower())
    if not words or words[0].isdigit() or words[0] in word_list("count_words"):
        return False
    if bare_generic(title) or is_generic(title) or timex.tense == "past":
        return False
    if page_day is not None and timex.span.start.date() <= page_day:
        return False
    if title.lower() not in " ".join(text[sentence[0]:sentence[1]].split()).lower():
        return False          # "I hope more people come along this year": the title is another sentence's
    before = last_word(text, max(0, timex.start - TARGET_REACH), timex.start)
    if before is None or before.lower() not in word_list("span_time_prepositions"):
        return False          # "FRUIT FEAST: Autumn is on the way": the span is no occasion's time
    named = LETTER_DIGIT_RUN.match(text, timex.end + 1) if text[timex.end:timex.end + 1] == " " else None
    if named is not None and (named.group()[0].isupper() or named.group().lower() == words[0]):
        return False          # "Summer concert", "2012 Convening Leaders": the span is a word of a name
    return not _day_inside(timex, sentence_dates)


def restated_spans(text: str, ordered: list[Timex], others: list[Timex]) -> set[int]:
    """The ids of the plain years and seasons :func:`restated_span` drops, and of any joined to
    one of them ("held in the spring and summer", beside a day in April): the pair is one
    stretch of talk, so neither half stands alone."""
    days = _written_starts(others) if any(_long_plain_span(t) for t in ordered) else []
    found = {id(t) for t in ordered if _long_plain_span(t) and _holds_a_day(t.span, days)}
    for first, second in zip(ordered, ordered[1:]):
        if (_long_plain_span(first) and _long_plain_span(second) and (id(first) in found) != (id(second) in found)
                and text[first.end:second.start].strip().lower() in word_list("span_joiners")):
            found |= {id(first), id(second)}
    return found


def past_year(timex: Timex, reference: ReferenceDate) -> bool:
    """A whole year that ended before the year the page was written in, not told as ahead
    ("at the 2015 Festival" in a 2016 newsletter): a year-long window already over."""
    span = timex.span
    return (timex.type == "DATE" and span is not None and span.granularity == "year"
            and reference.value is not None and span.end.year <= reference.value.year
            and timex.tense != "future")


TARGET_REACH = 12      # characters back from the year to find its preposition ("by  2020")


def _whole_year(timex: Timex) -> bool:
    span = timex.span
    return (timex.type == "DATE" and span is not None and span.granularity == "year"
            and timex.end_interval is None and timex.mod is None)


def target_year(text: str, timex: Timex) -> bool:
    """A whole year right after a target's preposition (``target_prepositions``: "expected to
    reach around 45 percent by 2020", "a zero-emission standard by 2050"): a plan's horizon."""
    if not _whole_year(timex):
        return False
    before = last_word(text, max(0, timex.start - TARGET_REACH), timex.start)
    return before is not None and before.lower() in word_list("target_prepositions")


REPORT_WORDS = 5       # words back from the link word searched for the report's noun ("results of activities for")
_REPORT_TOKEN = re.compile(r"[^\W\d_]+|[.!?;:\n]")


def reported_period(text: str, timex: Timex) -> bool:
    """A period longer than a day that a report covers ("will hold press conferences on the results of
    their work for the first half of 2022"; ``reported_period_heads``, ``reported_period_links``): it
    is over when the report comes, and no occasion takes place in it."""
    if timex.type != "DATE" or timex.interval is None or timex.end_interval is not None \
            or (timex.interval.end - timex.interval.start).days <= 1:
        return False
    tokens = [t.lower() for t in _REPORT_TOKEN.findall(text, max(0, timex.start - 80), timex.start)]
    if not tokens or tokens[-1] not in word_list("reported_period_links"):
        return False
    before: list[str] = []
    for token in reversed(tokens[:-1]):
        if not token.isalpha() or len(before) == REPORT_WORDS:
            break
        before.append(token)
    return any(word in word_list("reported_period_heads") for word in before)


def year_deadline(kind: str, timex: Timex) -> bool:
    """A deadline whose day is only a whole year ("with the General Elections due next year"):
    nothing a reader can hand in on a day."""
    return kind == "deadline" and _whole_year(timex)
