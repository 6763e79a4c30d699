"""A run of bare weekdays written in the week's order ("three heats on Tuesday, Wednesday and
Thursday") names days of one week, so its members are placed together. Each is resolved alone: one
may restate a day the text wrote in full weeks before ("entries close Tuesday, October 2"), while the
others fall in the week of the event the text then dates. The run keeps the week most of its members
fall in; a member outside it moves to its own weekday in that week.

Only runs of three or more (two have no majority), whose members a list word joins (no range word:
"Tuesday to Thursday" is a weekly span), in the week's order, in any tense: a report may tell its days
out of order, but a list it writes in the week's order is still one week's days.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from calfeed.model import Timex
from calfeed.timex.rawvalue import BARE_WEEKDAY, WEEKDAY_HEAD
from calfeed.timex.weekday_lists import list_gap

_SHORTEST = 3       # a run of two has no majority


def _weekday(t: Timex, resolved: Timex) -> int | None:
    """The ISO weekday of a bare weekday ("Wednesday") resolved to one day, else None."""
    value = t.raw_value or t.value or ""
    match = BARE_WEEKDAY.fullmatch(value) if value.startswith(WEEKDAY_HEAD) else None
    if match is None or t.type != "DATE" or resolved.interval is None or resolved.interval.granularity != "day" \
            or resolved.end_interval is not None:
        return None
    return int(match.group(1))


def _runs(ordered: list[Timex], out: list[Timex], text: str, lang: str) -> list[list[int]]:
    """Indexes of each run of bare weekdays in the week's order, joined by list words."""
    runs: list[list[int]] = []
    weekdays = [_weekday(t, resolved) for t, resolved in zip(ordered, out)]
    if sum(weekday is not None for weekday in weekdays) < _SHORTEST:
        return runs
    run: list[int] = []
    for index, weekday in enumerate(weekdays):
        t = ordered[index]
        if weekday is not None and run and weekday > weekdays[run[-1]] \
                and list_gap(text, ordered[run[-1]].end, t.start, lang):
            run.append(index)
            continue
        if len(run) >= _SHORTEST:
            runs.append(run)
        run = [index] if weekday is not None else []
    if len(run) >= _SHORTEST:
        runs.append(run)
    return runs


def weekdays_kept_together(ordered: list[Timex], out: list[Timex], text: str, lang: str) -> dict[int, str]:
    """The raw core (the day) each member of a run takes when it fell outside its run's week."""
    moved: dict[int, str] = {}
    for run in _runs(ordered, out, text, lang):
        weeks = {i: out[i].interval.start.date() - timedelta(days=_weekday(ordered[i], out[i]) - 1)  # type: ignore[union-attr,operator]
                 for i in run}
        week, count = Counter(weeks.values()).most_common(1)[0]
        if count * 2 <= len(run):
            continue
        for i in run:
            if weeks[i] != week:
                day: date = week + timedelta(days=_weekday(ordered[i], out[i]) - 1)    # type: ignore[operator]
                moved[i] = day.isoformat()
    return moved
