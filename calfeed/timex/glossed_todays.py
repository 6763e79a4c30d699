"""A "today" glossed with its weekday in brackets ("the final is played today (Sunday)") says which
day the writer's today is. A page's date may be a day off from it: a print edition carries the next
morning's date or its site stamps the evening before it went to press, a late story is stamped after
midnight. When the bracketed weekday is that of the day after or the day before the page's date,
"today" is that day, and the weekday (which restates the day before its bracket) follows it. Any
other weekday is left as written (a slip or a weekday of another week)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from calfeed.model import Timex
from calfeed.timex.bracketed_weekdays import GLOSS_CLOSE, GLOSS_OPEN
from calfeed.timex.rawvalue import BARE_WEEKDAY, TODAY, parse

# The step from the page's date to the writer's today a glossed weekday may make, in days
_STEPS = {1: "REF+P1D", -1: "REF-P1D"}


def _glossed_weekday(today: Timex, weekday: Timex, text: str) -> int | None:
    """The ISO weekday written alone in brackets right after ``today``, else None."""
    raw = parse(weekday.raw_value or weekday.value)
    match = BARE_WEEKDAY.fullmatch(raw.core)
    if (match is None or raw.annotations or weekday.type != "DATE"
            or GLOSS_OPEN.fullmatch(text, today.end, weekday.start) is None or GLOSS_CLOSE.match(text, weekday.end) is None):
        return None
    return int(match.group(1))


def todays_by_their_weekdays(ordered: list[Timex], text: str, reference: date | datetime | None) -> list[Timex]:
    """``ordered`` (in text order) with each glossed "today" moved to the day its weekday names, when that
    is the day after or before ``reference``."""
    if reference is None:
        return ordered
    out = list(ordered)
    day = reference.date() if isinstance(reference, datetime) else reference
    for at, (today, weekday) in enumerate(zip(ordered, ordered[1:])):
        if "(" not in text[today.end:today.end + 3]:      # no bracket within GLOSS_OPEN's reach: no gloss, nothing parsed
            continue
        raw = parse(today.raw_value or today.value)
        if today.type != "DATE" or raw.core != TODAY:
            continue
        iso = _glossed_weekday(today, weekday, text)
        if iso is None or iso == day.isoweekday():
            continue
        for step, value in _STEPS.items():
            if (day + timedelta(days=step)).isoweekday() == iso:
                raw.core = value
                out[at] = replace(today, raw_value=str(raw))
    return out
