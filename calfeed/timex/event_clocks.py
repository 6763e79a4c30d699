"""Clock times told of a happening the story dated earlier, in the TimeML view.

"Slepian ... was shot to death at 10 p.m." after "he was shot to death last Oct. 23": the clock is
on the day the story gave the death (TimeBank 1998-10-23T22:00), not on the last date named before
it ("the rifle was discovered April 8"). Counted from that day when the clause says so: "at 6 a.m.
ten days before the shooting" is 1998-10-13T06:00 (TimeBank writes both so, the second as one
TIMEX3 "6 a.m. ten days", which the clock then spans). Only a clock written
without its day is moved, and only to a happening the story gave a whole day.

Evidence: three clocks in two TBAQ reports of the same shooting (NYT19990419.0515,
NYT19990505.0443); no other TBAQ or Platinum clock is moved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from calfeed.model import Timex
from calfeed.text import SENTENCE_END, same_sentence
from calfeed.timex.compose import count_link_signs
from calfeed.timex.dated_happenings import DAY, DatedHappenings, kins_named_after, kins_near, within_clause
from calfeed.timex.rawvalue import core_of
from calfeed.timex.vocabulary import norm

_BARE_CLOCK = re.compile(r"XXXX-XX-XX(?P<clock>T.+)")
_DAYS = re.compile(r"P(?P<days>\d+)D")
_LINK = re.compile(r"\s{1,3}(?P<w>[^\W\d_]+(?:\s{1,3}[^\W\d_]+)?)")
# How far back in its sentence a clock looks for a day of its own (characters).
_SENTENCE_REACH = 300


@dataclass(frozen=True)
class PlacedClock:
    """A clock after placing: whether its day was counted from a happening's (it then dates no
    happening itself), and whether it took in the count written right after it ("6 a.m. ten
    days", one TIMEX3 in TimeBank: 1 of 1), so that the count is no TIMEX3 of its own."""

    timex: Timex
    counted: bool = False
    took_count: bool = False


def _counted(text: str, clock: Timex, amount: Timex | None, lang: str) -> tuple[int, int] | None:
    """Days counted from the happening after the clock in its clause ("6 a.m. ten days before", "6
    a.m. near his home 10 days before"), and where the happening's words begin; None when no count
    follows the clock."""
    if amount is None or amount.type != "DURATION" or not within_clause(text, clock.end, amount.start):
        return None
    days, link = _DAYS.fullmatch(amount.value), _LINK.match(text, amount.end)
    if days is None or link is None:
        return None
    signs = count_link_signs(lang)
    for words in (link.group("w"), link.group("w").split()[0]):
        if norm(words) in signs:
            sign = -1 if signs[norm(words)] == "-" else 1
            return sign * int(days.group("days")), link.start("w") + len(words)
    return None


def placed_clock(text: str, timexes: list[Timex], index: int, happenings: DatedHappenings) -> PlacedClock:
    """``timexes[index]`` on the day of the happening its clause tells of, when it is a clock
    written without a day and the story dated that happening (``happenings``: those told before it)."""
    clock = timexes[index]
    bare = _BARE_CLOCK.fullmatch(core_of(clock.raw_value)) if clock.type == "TIME" else None
    if bare is None:
        return PlacedClock(clock)
    amount = timexes[index + 1] if index + 1 < len(timexes) else None
    counted = _counted(text, clock, amount, happenings.lang)
    if counted is None and _day_in_sentence(text, timexes, index):
        return PlacedClock(clock)
    kins = (kins_named_after(text, counted[1], happenings.lang) if counted
            else kins_near(text, clock.start, clock.end, happenings.lang))
    happening = happenings.latest(kins, with_day=True) if kins else None
    if happening is None or happening.day is None:
        return PlacedClock(clock, counted is not None)
    day = date.fromisoformat(happening.day) + timedelta(days=counted[0] if counted else 0)
    placed = replace(clock, value=day.isoformat() + bare.group("clock"), interval=None)
    if counted is None or amount is None or text[clock.end:amount.start].strip():
        return PlacedClock(placed, counted is not None)
    return PlacedClock(replace(placed, end=amount.end, text=text[clock.start:amount.end]), True, True)


def _day_in_sentence(text: str, timexes: list[Timex], index: int) -> bool:
    """Whether a day is named before ``timexes[index]`` in its own sentence ("On Tuesday, police
    said, a nurse was shot dead at 10 p.m."): the clock is on that day, the one it already has,
    not on an earlier happening of its kin the story told of."""
    clock = timexes[index]
    for before in reversed(timexes[:index]):
        if not same_sentence(text, before.end, clock.start, _SENTENCE_REACH, SENTENCE_END):
            return False
        if before.type in ("DATE", "TIME") and DAY.match(before.value):
            return True
    return False
