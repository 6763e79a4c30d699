"""Months written once and carried to the bare days after them: a month heading over rows that
give only a weekday and a day ("November" / "Friday 13th" / "Tuesday 17th"), or a month placed by
"in" or "during" in one sentence and a bare day in the next of the same paragraph ("The choir will
meet in February. The concert is on the 20th."), or any month in the sentence of a bare day
written with its weekday ("the general meeting for March will be held on Saturday 13"), or the
month of a day written just before in the paragraph, when the weekday fits ("Tuesday 2 March: Lent
lunch. The sale follows on Saturday 13") or, with no weekday, when the bare day is one of the week
after it a sentence or two on ("The 18th September 2017 marks ... a parade on the 19th").

A bare day ("the 20th", "Tuesday 24th") is otherwise read as a day of the month nearest the
document's date, where the weekday fits, so a list under "December" could land in September.
The month is carried only when nothing naming another month stands between, and only when the
weekday written beside the day falls on that day of that month (in the heading's year, or in a year
next to the document's); otherwise the day is left as it was read. Same-sentence months are
:mod:`preposed_months`' work; this works, like it, on the raw values before resolution.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Sequence

from calfeed.model import Timex
from calfeed.text import Sentences, split_sentences
from calfeed.timex.lexicon import load_list
from calfeed.timex.month_then_days import YEAR, weekday_fits
from calfeed.timex.rawvalue import CALENDAR, Raw, core_of, parse
from calfeed.timex.vocabulary import norm

HEADING_REACH = 3000     # characters a month heading's rows may run below it
SENTENCE_REACH = 300     # characters from a month placed in a sentence to a bare day in the next one
DAYS_AFTER = 7           # days after a dated day that a bare day with no weekday may be, to take its month
SENTENCES_AFTER = 2      # sentences after the dated day's that such a bare day may stand in
_SKIP = ("yr", "dir")     # "next month's 12th": said otherwise
_BARE_DAY_HEAD = "XXXX-XX-"  # how the core of a day with neither month nor year begins (see _bare_day)
# a line that holds a month alone: markdown marks, table bars, a colon or a year around it
_HEADING_LINE_MARKS = re.compile(r"[\s#*|:,.\-–—]*")
_YEAR = re.compile(YEAR)
# how a month was written: over rows, after "in", with a day just before, else
HEADING, PLACED, DAY, LOOSE = "heading", "placed", "day", "loose"


def _bare_day(raw: Raw) -> bool:
    """A day with neither month nor year ("the 20th", "Tuesday 24th", "the 23rd to the 26th")."""
    m = CALENDAR.match(raw.core)
    if m is None or m.group("year") != "XXXX" or m.group("month") != "XX" or m.group("day") in (None, "XX") \
            or m.group("time") or any(raw.get(k) for k in _SKIP):
        return False
    last = raw.get("to")
    return last is None or not _names_a_month(parse(last))


def _month_of(raw: Raw) -> tuple[str, str] | None:
    """(year or XXXX, month) of a month named without its day, else None."""
    m = CALENDAR.match(raw.core)
    if m is None or m.group("month") in (None, "XX") or m.group("day") is not None or m.group("time") \
            or any(raw.get(k) for k in ("yr", "dir", "to")):
        return None
    return m.group("year"), m.group("month")


def _names_a_month(raw: Raw) -> bool:
    m = CALENDAR.match(raw.core)
    return m is not None and m.group("month") not in (None, "XX")


def month_heading(text: str, timex: Timex) -> bool:
    """The month stands alone on its line ("November", "## March 2027", "| April | |", "June:")."""
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.end)
    end = len(text) if end < 0 else end
    rest = text[start:timex.start] + " " + _YEAR.sub(" ", text[timex.end:end])
    return _HEADING_LINE_MARKS.fullmatch(rest) is not None


@lru_cache(maxsize=None)
def _anchors(lang: str) -> frozenset[str]:
    return frozenset(load_list(lang, "month_anchor_words"))


def _placed(text: str, timex: Timex, lang: str) -> bool:
    """"in June", "during September": the month places what its sentence says in it."""
    before = text[max(0, timex.start - 20):timex.start].split()
    return bool(before) and norm(before[-1]) in _anchors(lang)


def _soon_after(above: Timex, raw: Raw, timex: Timex, sentences: Sentences) -> bool:
    """Whether a bare day with no weekday ("the 19th") is one of the few days after the day written
    with its month a sentence or two before it ("The 18th September 2017 ..."): a story telling a
    feast's days goes on in its month. A day before the written one, or weeks after it, may be of
    another month, and is left as it was read."""
    written = CALENDAR.match(parse(above.raw_value or above.value).core)
    if written is None or written.group("day") in (None, "XX"):
        return False
    first, day = int(written.group("day")), int(CALENDAR.match(raw.core).group("day"))
    return (first < day <= first + DAYS_AFTER
            and sentences.index_at(timex.start) - sentences.index_at(above.start) <= SENTENCES_AFTER)


def carried_months(timexes: Sequence[Timex], text: str, reference: date | None, lang: str = "en") -> dict[int, str]:
    """Index (in ``timexes``, sorted by start) -> the raw core of a bare day with the month (and
    the year, when the heading writes one) of the heading above it or of the sentence before."""
    if not any(t.type == "DATE" and core_of(t.raw_value or t.value).startswith(_BARE_DAY_HEAD) for t in timexes):
        return {}       # no day without its month and year (what _bare_day needs): no value parsed
    raws = [parse(t.raw_value or t.value) for t in timexes]
    if not any(t.type == "DATE" and _bare_day(raw) for t, raw in zip(timexes, raws)):
        return {}
    sentences = split_sentences(text)
    out: dict[int, str] = {}
    # (the month's timex, (year, month), how it was written: HEADING, PLACED or LOOSE)
    source: tuple[Timex, tuple[str, str], str] | None = None
    for index, (timex, raw) in enumerate(zip(timexes, raws)):
        if timex.type not in ("DATE", "TIME"):
            continue
        month = _month_of(raw)
        if month is not None:
            kind = HEADING if month_heading(text, timex) else \
                PLACED if _placed(text, timex, lang) and timex.tense != "past" else LOOSE
            source = (timex, month, kind)
            continue
        if _names_a_month(raw):
            written = CALENDAR.match(raw.core)
            if source is not None and written.group("month") == source[1][1] and source[2] == HEADING:
                continue            # a row of the heading's month keeps its rows going
            source = (timex, (written.group("year"), written.group("month")), DAY) \
                if written.group("day") not in (None, "XX") and not raw.get("to") else None
            continue
        if source is None or timex.type != "DATE" or not _bare_day(raw):
            continue
        above, (year, month_text), kind = source
        weekday = int(raw.get("wd")) if raw.get("wd") else None
        same = sentences.at(timex.start)[0] == sentences.at(above.start)[0]
        if kind == HEADING:
            if timex.start - above.end > HEADING_REACH:
                continue
        elif kind == PLACED:
            if timex.start - above.end > SENTENCE_REACH or "\n\n" in text[above.end:timex.start] or same:
                continue        # the same sentence is preposed_months' to read
        elif kind == DAY:
            if "\n\n" in text[above.end:timex.start]:
                continue
            if weekday is None:
                if not _soon_after(above, raw, timex, sentences):
                    continue    # "on 18 March 2017 ... Two sentences on, a parade on the 19th": the days after it
            elif timex.start - above.end > SENTENCE_REACH:
                continue        # "Tuesday 2 March: Lent lunch. The sale follows on Saturday 13": a weekday that fits
        elif not (same and weekday is not None):
            continue            # "the meeting for March ... on Saturday 13": a weekday that fits ties them
        day = int(CALENDAR.match(raw.core).group("day"))
        if weekday_fits(year, int(month_text), day, weekday, reference):
            out[index] = f"{year}-{month_text}" + raw.core[7:]
    return out
