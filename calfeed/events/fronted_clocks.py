"""A clock written once, before a list of days: "open 6pm - 9pm on Thursdays 4 March, 1 April
and 6 May", "swimming runs 7:30pm to 9pm on Wednesday 3 February, Wednesday 17 February and
Wednesday 3 March".

The tagger joins the clock to the first day only (or to the plural weekday, as if it were a
weekly series) and reads the later days of the list as all-day dates. The clock stands before
the whole list, so every listed day starts at it (and ends at its end). A clock written after
the first day ("on 3 February at 7pm, 10 February and 17 February") is that day's own and is
not carried; a clock after the last day is shared_clocks' business (attached_clock.py).
"""

from __future__ import annotations

from calfeed.events.not_events import SERIES_LIST_GAPS, plural_weekday
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

CLOCK_RULE_PREFIX = "clock"     # the tagger's rules that read a clock ("clock_ampm_range+month_year")
MAX_WRAPS = 1       # a sentence wrapped inside the list ("... and" / "Wednesday 3 March")


def fronted_clocks(text: str, ordered: list[Timex]) -> dict[int, Timex]:
    """For each listed one-day DATE (by id) the timed expression before the list whose clock it
    takes: a clock-first TIME ("7:30pm to 9pm on Wednesday 3 February") or a timed plural
    weekday ("6pm - 9pm on Thursdays") right before the list."""
    joiners = {tuple(p.split()) for p in word_list("date_joiners")}
    found: dict[int, Timex] = {}
    for index, lead in enumerate(ordered):
        if not _clock_first(lead):
            continue
        weekday = plural_weekday(lead)
        if lead.type == "SET" and weekday is None:
            continue
        previous = lead
        for day in ordered[index + 1:]:
            gap = text[previous.end:day.start]
            if previous is lead and lead.type == "SET":
                linked = gap.strip() in SERIES_LIST_GAPS
            else:
                linked = tuple(w.lower for w in words_in(text, previous.end, day.start)) in joiners
            if not (linked and gap.count("\n") <= MAX_WRAPS and _one_day(day)
                    and (weekday is None or day.interval.start.isoweekday() == weekday)):
                break
            found[id(day)] = lead
            previous = day
    return found


def _clock_first(timex: Timex) -> bool:
    """A timed expression whose words open with its clock ("9am on Sundays", "7pm on 3 May")."""
    return (timex.type in ("TIME", "SET") and timex.interval is not None
            and timex.interval.granularity in ("hour", "minute")
            and timex.rule.split("+", 1)[0].startswith(CLOCK_RULE_PREFIX) and "+" in timex.rule)


def _one_day(timex: Timex) -> bool:
    return (timex.type == "DATE" and timex.end_interval is None and timex.interval is not None
            and timex.interval.granularity == "day")
