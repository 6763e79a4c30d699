"""The run of days an every-day clock belongs to when its sentence writes no day: "The fair is
on from 4 to 8 June." then "Stalls open from 9 am to 5 pm daily." A daily rule with no first or
last day is standing hours (left off the calendar); right after a written run of days, it is the
hours of each day of that run, so the run bounds the series and gives no all-day entry of its own.

Read narrowly: the run must be the last date before the series' sentence, a range of days no
longer than a month, at most one paragraph break and RUN_REACH characters before it; the series'
sentence must write nothing but day-less clocks besides the series, and open with the occasion
("The event will be held ...", "They run ..."): "Parking is free from 9 am to 5 pm daily" is
no hours of the run's event."""

from __future__ import annotations

from bisect import bisect_left

from calfeed.events.candidates import date_not_written
from calfeed.events.vocabulary import event_nouns, word_list
from calfeed.model import Timex

RUN_REACH = 400          # characters from the run's end to the series' sentence: a paragraph or two of prose
MAX_RUN_DAYS = 31        # a festival's or a lecture series' days, not a season
MAX_SEASON_DAYS = 184    # a summer's ban or closure whose hours are written right before its days: half a year


def run_before(text: str, sentence: tuple[int, int], series: Timex, dates) -> Timex | None:
    """The range of days that an endless daily ``series`` in ``sentence`` runs over, or None."""
    if not _opens_with_occasion(text[sentence[0]:sentence[1]]):
        return None
    for other in dates.within(sentence):
        if other is not series and other.type != "DURATION" and not (other.type == "TIME" and date_not_written(other)):
            return None         # "daily from 2 June": the sentence dates it itself
    index = bisect_left(dates.starts, sentence[0]) - 1
    while index >= 0 and dates.timexes[index].type == "DURATION":
        index -= 1
    if index < 0:
        return None
    run = dates.timexes[index]
    if run.end > sentence[0] or not _day_run(run):
        return None
    between = text[run.end:sentence[0]]
    if len(between) > RUN_REACH or between.count("\n\n") > 1:
        return None
    return run


def _opens_with_occasion(sentence: str) -> bool:
    """Whether the sentence's subject is the occasion: an event noun or a pronoun for it, after
    an article or quantifier ("The lectures", "All sessions", "It", "They")."""
    opener = [w.strip(",:").lower() for w in sentence.split()[:2]]
    if opener and opener[0] in word_list("articles") | word_list("all_quantifiers"):
        opener = opener[1:]
    subjects = word_list("plural_event_pronouns") | word_list("follow_on_subjects")
    return bool(opener) and (opener[0] in subjects or (opener[0],) in event_nouns())


def run_of_clocks(clock: Timex, within: list[Timex]) -> Timex | None:
    """The range of days a day-less range of clocks in the same sentence gives the hours of:
    "On 13-14 October the fair will run from 9 am to 6 pm" (the tagger dates the clocks by
    the range's first day). Only when the range, of days and no longer than MAX_RUN_DAYS, is
    the one date the sentence writes, before the clocks."""
    if clock.type != "TIME" or not date_not_written(clock) or clock.interval is None or clock.end_interval is None:
        return None
    others = [t for t in within if t is not clock and t.type != "DURATION"]
    if len(others) != 1:
        return None
    run = others[0]
    if run.end > clock.start or not _day_run(run) or run.interval.start.date() != clock.interval.start.date():
        return None
    return run


def run_after_clocks(text: str, clock: Timex, within: list[Timex]) -> Timex | None:
    """The range of days right after a day-less range of clocks that it gives the hours of: "All
    outdoor work is banned from noon to 4 pm between 1 July and 31 August" (the tagger dates the
    clocks by the page's day). Only when nothing but a word of clock_run_links stands between
    them and the range is of whole days, no longer than MAX_SEASON_DAYS: a season's daily hours,
    the range bounding the series (a later date, "the minister said on Monday", is another matter)."""
    if clock.type != "TIME" or not date_not_written(clock) or clock.interval is None or clock.end_interval is None:
        return None
    run = min((t for t in within if t.start >= clock.end and t.type != "DURATION"), key=lambda t: t.start, default=None)
    if run is None:
        return None
    gap = " ".join(text[clock.end:run.start].replace(",", " , ").split()).lower()
    if gap not in word_list("clock_run_links") or not _day_run(run, MAX_SEASON_DAYS):
        return None
    return run


def _day_run(run: Timex, longest: int = MAX_RUN_DAYS) -> bool:
    """An exact written range of whole days, no longer than MAX_RUN_DAYS: what daily hours can run over."""
    return (run.type == "DATE" and run.interval is not None and run.end_interval is not None and not run.approximate
            and run.interval.granularity == "day" and run.end_interval.granularity == "day"
            and 0 < (run.end_interval.start - run.interval.start).days <= longest)
