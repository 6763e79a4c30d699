"""A weekday with a bare day number whose month is named elsewhere in the sentence: "the
general meeting for March will be held on Saturday 12" is 12 March, not the next Saturday; or in
the month heading its row stands under ("March" / "Saturday 13 - Jumble sale").

The tagger reads "Saturday" alone (a bare "12" could be a count or an hour); the month written
nearby, with that weekday falling on that day of it, settles it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from calfeed.events.vocabulary import list_alternation
from calfeed.model import Interval, Timex
from calfeed.text import same_sentence
from calfeed.timex.carried_months import HEADING_REACH, month_heading
from calfeed.timex.lexicon import ordinal_ending

MONTH_REACH = 120      # characters between the month and the weekday, within one sentence
ROW_REACH = 200        # characters from a dated row to the weekday row under it
_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])\Z")
_MONTH = re.compile(r"XXXX-(\d\d)\Z")
_NAMES_MONTH = re.compile(r"(?:XXXX|\d{4})-\d\d")     # a date that names its month
_MONTH_ALONE = re.compile(r"(?:XXXX|\d{4})-\d\d\Z")


@lru_cache(maxsize=None)
def _day_number() -> re.Pattern[str]:
    """A day number right after a weekday ("Saturday 12", "Saturday the 12th"), and what may follow it:
    a stop, a dash or a word of weekday_number_followers ("Saturday 12 at noon")."""
    articles, followers = list_alternation("weekday_number_articles"), list_alternation("weekday_number_followers")
    return re.compile(rf"[ \t]{{1,3}}(?:(?:{articles})[ \t]{{1,3}})?([12]\d|3[01]|0?[1-9]){ordinal_ending()}?"
                      rf"(?=[ \t]{{0,2}}(?:[,;!?)]|\.(?!\d)|$)|[ \t]{{1,3}}(?:{followers})(?![\w])"
                      r"|[ \t]{0,2}[:–—][ \t]|[ \t]{1,2}-[ \t])",
                      re.MULTILINE)


def days_of_named_months(text: str, ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each "Saturday 12" dated in the one month its sentence names."""
    months = [t for t in ordered if t.type == "DATE" and t.interval is not None
              and _MONTH.match(t.raw_value or "")]
    result = []
    for timex in ordered:
        weekday = _WEEKDAY.match(timex.raw_value or "") if timex.type == "DATE" else None
        number = _day_number().match(text, timex.end) if weekday else None
        if weekday is None or number is None:
            result.append(timex)
            continue
        near = [m for m in months if _same_sentence(text, m, timex)] or _heading_above(text, ordered, timex)
        day = _day_in(near[0], int(number.group(1))) if len(near) == 1 else None
        if day is None or day.isoweekday() != int(weekday.group(1)):
            result.append(timex)
            continue
        first = datetime.combine(day, datetime.min.time())
        result.append(replace(timex, end=number.end(1), text=text[timex.start:number.end(1)],
                              value=day.isoformat(), raw_value=f"XXXX-{day:%m-%d}",
                              interval=Interval(first, first + timedelta(days=1), "day")))
    return result


def _heading_above(text: str, ordered: list[Timex], weekday: Timex) -> list[Timex]:
    """The month heading the weekday's row stands under ("March" / "Saturday 13 - Jumble sale"),
    when no date naming a month stands between them: the month written once over its rows; or
    the month of the row just above in the same block of lines."""
    for timex in reversed([t for t in ordered if t.end <= weekday.start]):
        if weekday.start - timex.end > HEADING_REACH:
            return []
        if timex.type != "DATE" or not _NAMES_MONTH.match(timex.raw_value or ""):
            continue
        if timex.interval is None:
            return []
        if _MONTH_ALONE.match(timex.raw_value or ""):
            return [timex] if month_heading(text, timex) else []
        # a row above of the same list with its month ("* Tuesday 2 March: ..." / "* Saturday 13: ...")
        return [timex] if weekday.start - timex.end <= ROW_REACH and "\n\n" not in text[timex.end:weekday.start] \
            and "\n" in text[timex.end:weekday.start] else []
    return []


def _same_sentence(text: str, month: Timex, weekday: Timex) -> bool:
    return same_sentence(text, min(month.start, weekday.start), max(month.end, weekday.end), MONTH_REACH)


def _day_in(month: Timex, number: int) -> date | None:
    first = month.interval.start
    try:
        return date(first.year, first.month, number)
    except ValueError:
        return None


_BARE_ORDINAL = re.compile(r"XXXX-XX-(\d\d)\Z")
_NAMED_DAY = re.compile(r"(?:XXXX|\d{4})-(\d\d)-(\d\d)\Z")


def days_after_named_days(text: str, ordered: list[Timex]) -> list[Timex]:
    """``ordered`` with each bare ordinal day ("the 28th") that follows a day naming its month in
    the same sentence ("ministers will meet on March 27, foreign ministers on the 28th") dated in
    that month: the tagger reads it in the month the page's date puts it. Only a later day of that
    month counts (an earlier one would be a step back no writer takes without naming the month)."""
    result: list[Timex] = []
    named: Timex | None = None
    for timex in ordered:
        bare = _BARE_ORDINAL.match(timex.raw_value or "") if timex.type == "DATE" else None
        if bare is not None and named is not None and named.interval is not None and timex.interval is not None \
                and _same_sentence(text, named, timex):
            before = named.interval.start
            day = int(bare.group(1))
            told = timex.interval.start
            if day > before.day and (told.year, told.month) != (before.year, before.month):
                first = datetime.combine(date(before.year, before.month, day), datetime.min.time())
                result.append(replace(timex, value=first.date().isoformat(),
                                      interval=Interval(first, first + timedelta(days=1), "day")))
                continue
        if timex.type == "DATE" and _NAMED_DAY.match(timex.raw_value or "") and timex.interval is not None \
                and timex.interval.granularity == "day":
            named = timex
        result.append(timex)
    return result
