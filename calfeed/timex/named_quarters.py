"""Quarters that the words right after them place: "the quarter ended Sept. 30", "the same quarter in 2018".

A quarter named by neither number nor year ("the quarter", "the same quarter") is read from the
story's quarter or the document's date, which an earnings report often contradicts at once: the
day that closes it ("the quarter ended September 30, 2018" is the third quarter, whatever quarter
the report is written in) or the year it is taken in ("the same quarter in 2018" is 2018's). Another
closing day ("the quarter ended July 31") closes a fiscal quarter, which is read as the calendar quarter
holding most of it, the one of its middle (TBAQ: 1989-Q2 for May to July), approximate.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from calfeed.model import Timex
from calfeed.timex import periods
from calfeed.timex.lexicon import load_list
from calfeed.timex.rawvalue import ANCHORED, core_of
from calfeed.timex.vocabulary import norm

_GAP = re.compile(r"[^\S\n]{1,3}(?P<w>[A-Za-z]{2,8})[^\S\n]{1,3}(?:on[^\S\n]{1,3})?")
_QUARTER_ENDS = (3, 6, 9, 12)
_HALF_QUARTER = timedelta(days=45)     # back from a quarter's last day to its middle month


def placed_quarters(out: list[Timex], text: str, lang: str) -> list[Timex]:
    """``out`` with each such quarter moved to the quarter its next expression places it in."""
    placed = list(out)
    for index, (quarter, after) in enumerate(zip(out, out[1:])):
        moved = placed_quarter(quarter, after, text, lang)
        if moved is not None:
            placed[index] = moved
    return placed


def placed_quarter(quarter: Timex, after: Timex, text: str, lang: str) -> Timex | None:
    """The quarter as the expression right after it places it ("the quarter ended March 31": the
    first), or None when that expression places nothing."""
    if not _unnumbered_quarter(quarter):
        return None
    gap = _GAP.fullmatch(text, quarter.end, after.start)
    if gap is None or after.interval is None or after.type != "DATE" or after.approximate:
        return None
    word = norm(gap.group("w"))
    moment = after.interval.start
    approximate = quarter.approximate
    if word in load_list(lang, "period_ends") and after.interval.granularity == "day":
        interval, value = periods.containing(moment - _HALF_QUARTER, "Q")
        approximate = approximate or not (moment.month in _QUARTER_ENDS and (moment + timedelta(days=1)).day == 1)
    elif word in load_list(lang, "period_year_links") and after.interval.granularity == "year":
        first = quarter.interval.start.replace(year=moment.year)
        interval, value = periods.containing(first, "Q")
    else:
        return None
    return replace(quarter, value=value, interval=interval, approximate=approximate)


def _unnumbered_quarter(timex: Timex) -> bool:
    """A quarter the words count from another time, with no number or year of its own."""
    if timex.type != "DATE" or timex.interval is None or timex.interval.granularity != "quarter":
        return False
    anchored = ANCHORED.match(core_of(timex.raw_value or ""))
    return anchored is not None and anchored.group("unit") == "Q" and (anchored.group("n") or "0") == "0"
