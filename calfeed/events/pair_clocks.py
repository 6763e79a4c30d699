"""One clock told for two days joined by "and" or "&": "On 5 & 6 March (Wednesday & Thursday),
the stations will close at around 10pm", "The fair opens at 10am on 5 and 6 March".

The tagger reads two days of one month joined by a pair link as one two-day stretch (rules.tsv's
day_pair_month and month_day_pair: "24 and 25 April", both days). Without a clock that is the
right entry; with one clock for both it is not: the clock is each day's ("one entry a night"), not
the start of a stretch that ends on the second day. Joined to the clock by the tagger ("10am on
5 and 6 March") the stretch ran from the first day's clock to the second day's midnight; with the
clock later in the sentence it stayed all-day and the clock timed nothing.

So such a two-day entry becomes two entries, one a day, each at the clock: the one day-less clock
that follows the pair in its sentence (no other date written between, and no limit word before it:
"until 9pm" ends something; weekdays in brackets that restate the pair, "(Wednesday & Thursday)", the
tagger joins to it: timex/bracketed_weekdays.py), or the clock the tagger joined to it. Alternatives ("5 or 6 August") and ranges
("5-6 March") are no pair and keep their reading.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from calfeed.events.candidates import Candidate, date_not_written
from calfeed.events.deadline_clock import clock_of
from calfeed.events.limit_clocks import limit_clock
from calfeed.events.nearby_clocks import timed_candidate
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Interval, Timex

PAIR_RULES = ("day_pair_month", "month_day_pair")   # the tagger's rules for "5 and 6 March", "March 5 & 6"
WHY = "one of two days joined by \"{link}\" that share it"


def _pair_link(text: str, timex: Timex) -> str | None:
    """The pair link ("and", "&") the pair's words hold, or None (a slash, or no pair rule)."""
    if not any(part in PAIR_RULES for part in timex.rule.split("+")):
        return None
    links = word_list("pair_day_links")
    return next((w.text for w in words_in(text, timex.start, timex.end) if w.lower in links), None)


def _two_days(timex: Timex) -> tuple[date, date] | None:
    """The pair's first and second day, when they are two days in a row."""
    if timex.interval is None or timex.end_interval is None or timex.end_interval.granularity != "day":
        return None
    first, second = timex.interval.start.date(), timex.end_interval.start.date()
    return (first, second) if second - first == timedelta(days=1) else None


def _clock_after(text: str, cand: Candidate, ordered: list[Timex]) -> Timex | None:
    """The one day-less clock after the pair in its sentence, with no other day between."""
    after = [t for t in ordered if cand.timex.end <= t.start < cand.sentence[1]]
    clocks = [t for t in after if t.type == "TIME" and date_not_written(t) and clock_of(t) is not None]
    if len(clocks) != 1 or len(after) != 1 or limit_clock(text, clocks[0]):
        return None
    return clocks[0]


def _one_day(cand: Candidate, day: date) -> Candidate:
    """The pair's entry for one of its days, all-day as the clock finds it."""
    start = datetime.combine(day, datetime.min.time())
    timex = replace(cand.timex, interval=Interval(start, start + timedelta(days=1), "day"), end_interval=None)
    return replace(cand, timex=timex, timing=replace(cand.timing, start=day, end=day, all_day=True))


def pair_clocks(candidates: list[Candidate], text: str, ordered: list[Timex]) -> list[Candidate]:
    """``candidates`` with each entry of a two-day pair that one clock times split into one timed
    entry a day (``ordered``: the page's dates, without the weekdays that restate a pair's days)."""
    out: list[Candidate] = []
    for cand in candidates:
        timex = cand.timex
        days = _two_days(timex)
        link = _pair_link(text, timex) if days is not None and cand.timing.rrule is None else None
        if link is None:
            out.append(cand)
            continue
        if timex.type == "TIME" and not cand.timing.all_day and isinstance(cand.timing.start, datetime):
            at = cand.timing.start     # "10am on 5 and 6 March": the clock the tagger joined to the pair
            clock = replace(timex, raw_value=f"XXXX-XX-XXT{at:%H:%M}", value=f"XXXX-XX-XXT{at:%H:%M}",
                            interval=Interval(at, at + timedelta(minutes=1), "minute"), end_interval=None)
        elif timex.type == "DATE" and cand.timing.all_day and cand.timing.start == days[0] \
                and cand.timing.end == days[1]:
            clock = _clock_after(text, cand, ordered)
        else:
            clock = None
        if clock is None:
            out.append(cand)
            continue
        out.extend(timed_candidate(_one_day(cand, day), clock, WHY.format(link=link)) for day in days)
    return out
