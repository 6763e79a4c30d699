"""A running schedule of bare weekdays ahead of the page: "Stage two is ridden on Sunday and stage
three on Monday. After a rest on Tuesday, stage four starts on Wednesday ... Stage five is set for
Friday and the closing stage for Saturday".

Alone, each bare weekday is the one nearest the page's day, so on a Wednesday page "on Friday" is
two days on even when the schedule has already reached the next Wednesday. A schedule is told in
its order: a bare weekday that would come before the last bare weekday of the schedule is the first
such weekday after it. Only a schedule ahead of the page runs so (its last weekday after the page's
day), only in that weekday's sentence or the next one (a paragraph break between them or not, but no line
break of a list: a programme's rows "8.00am Friday" / "9.30am Friday" / "Woodchop: 10am Saturday" /
"Twilight Dressage: Friday afternoon" keep their days), within
SCHEDULE_REACH characters, and not in a past-tense report ("On Friday ... On Monday the minister said"
tells its days in any order). A story that names its main day first and then the days before it
("the race fires off Sunday midnight ... The expo will be open ... on Thursday, ... on Friday") tells
them sentences apart: those days stay where they are.
A day written in full ends the schedule.
A bare weekday that names the page's own day ("the lilies should open Friday evening" on a Friday page)
starts no schedule, but a schedule ahead that follows it keeps it among the days it named: "open until
10 p.m. Friday" after "the parade is on Saturday" is that same Friday, a day back, not the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from calfeed.timex.rawvalue import WEEKDAY_HEAD

SCHEDULE_REACH = 500      # characters from the schedule's last weekday to the next one
_PARAGRAPH = re.compile(r"\n[^\S\n]{0,8}\n")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")
_BARE_WEEKDAY = re.compile(r"XXXX-WXX-(?P<wd>[1-7])(?=T|$)")


@dataclass(frozen=True)
class ScheduleDay:
    """The last bare weekday of a running schedule: its day and where it ends in the text, and, by
    weekday, the latest day of it the schedule has named (a weekday named again restates its day).
    One schedule's steps share ``named`` and add to it, so a page of many weekdays in one schedule is
    read in linear time (a copy per weekday made it quadratic)."""

    day: date
    end: int
    named: dict[int, date] = field(default_factory=dict, compare=False)
    ahead: bool = True      # False: only the page's own day named so far, nothing runs yet


def bare_weekday(core: str) -> re.Match[str] | None:
    """The match of a bare weekday's raw core ("XXXX-WXX-3", "XXXX-WXX-1T18:30"), else None. Asked of
    every expression: a core that does not open as a weekday's is passed over without the pattern."""
    return _BARE_WEEKDAY.match(core) if core.startswith(WEEKDAY_HEAD) else None


def within_schedule(last: ScheduleDay | None, start: int, text: str) -> bool:
    """Whether an expression starting at ``start`` is near enough ``last`` to continue its schedule."""
    if last is None or start < last.end or start - last.end > SCHEDULE_REACH:
        return False
    gap = text[last.end:start]
    parts = _PARAGRAPH.split(gap)
    if len(parts) > 2 or any("\n" in part for part in parts):
        return False            # two paragraph breaks, or a line break of a list: rows keep their own days
    return len(_SENTENCE_END.findall(gap)) <= 1


def next_in_schedule(day: date, last: ScheduleDay) -> date | None:
    """The first day of ``day``'s weekday on or after the schedule's last day when ``day`` comes
    before it, else None (the same weekday again restates the last day). A weekday the schedule
    has already named restates that day when it lies nearer the schedule's last day than the one
    ahead would: "a viewing on Thursday and a service on Friday", then "the viewing is from 4-7 p.m.
    Thursday", is the same Thursday (one day back, not six on), while a tour that opened on a
    Saturday and has reached Friday ends on the next Saturday (one day on, not six back)."""
    if day >= last.day or not last.ahead:
        return None
    ahead = day + timedelta(weeks=-(-(last.day - day).days // 7))     # on or after: "Friday" again is that Friday
    same = last.named.get(day.isoweekday())
    if same is not None and (last.day - same) < (ahead - last.day):
        return None if same == day else same
    return ahead


def schedule_after(last: ScheduleDay | None, day: date | None, end: int, reference: date | None,
                   weekday: bool, full_day: bool, continues: bool = False) -> ScheduleDay | None:
    """The schedule after an expression: a bare ``weekday`` ahead of the page's ``reference`` day
    becomes its last day (adding to the days named when it ``continues`` the schedule), a day written
    in full (``full_day``) ends it, anything else leaves it."""
    if weekday and day is not None and reference is not None and day > reference:
        named = last.named if continues and last is not None else {}
        named[day.isoweekday()] = max(day, named.get(day.isoweekday(), day))
        return ScheduleDay(day, end, named)
    if weekday and day is not None and day == reference:       # the page's own day: kept, runs nothing
        return ScheduleDay(day, end, {day.isoweekday(): day}, ahead=False)
    if weekday or full_day:
        return None
    return last
