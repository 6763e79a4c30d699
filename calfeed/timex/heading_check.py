"""A page's heading date checked against the days its story tells ahead.

A news site's crawl often keeps the site's "today" line ("8.38 PM Saturday, 20 April 2024",
"Monday, 2 October, 2023") above a story written long before: a full date on an opening line
that is no publication date. Nothing in the line's shape tells it apart from a real one, but
the story does: a page is written before the days it announces, and a year-less day it tells
ahead lies within the months after it ("will be held ... on June 29"). When every day the story
tells ahead would fall far past the heading (a year-less day only reached the next year, more
than FAR_AHEAD on; a day with its year already gone), the heading is not when the story was
written. The year the heading (or the page's address) writes is still the best guess of the
story's: the crawl keeps pages of the site's own years, and the story's days then fall in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from calfeed.model import Document, ReferenceDate, Timex
from calfeed.timex.edition_years import address_date, address_years
from calfeed.timex.rawvalue import yearless_month_day
from calfeed.timex.undated import ANNOUNCEMENT_LEAD, day_in, spoken_day

# A year-less day told ahead more than this far after the page's date is not what the page
# announces: writers give the year of a day most of a year away. Eight months: "will open on
# 5 July" under a November date still reads as the next July, one under an October date
# naming June 29 (nine months on) does not.
FAR_AHEAD = timedelta(days=240)
OUTRUN_RATIO = 3     # out-run days needed per day told ahead that fits the heading
DAY_GRANULARITIES = ("day", "partofday", "hour", "minute", "second")


@dataclass(frozen=True)
class Outrun:
    """A day the story tells ahead that the heading's date leaves behind: its month and day, and
    its year when written (None: year-less), with the expression."""
    month: int
    day: int
    year: int | None
    timex: Timex


def outrun_days(timexes: list[Timex], heading: ReferenceDate) -> list[Outrun]:
    """The days told ahead below the heading that lie far past or before it, when they outnumber
    those that fit it (within FAR_AHEAD after it) OUTRUN_RATIO to one: a story's tenses are read
    word by word, and one past day misread as ahead ("rescheduled until May 11 before being
    postponed") must not keep a heading every other day breaks. A day counted from the page's own
    ("will end tomorrow") fits any heading, and so does a later day set in the present tense with its
    year written (``_announced_after``). A machine's stamp ("date 2021-01-14", a mail's
    "Tue Feb 15 11:21:09 EST 2011") is what the page's record says, and is not checked. Empty
    otherwise."""
    if heading.stamp:
        return []
    below = heading.span[1] if heading.span is not None else 0
    found: list[Outrun] = []
    fitting = 0
    for timex in timexes:
        if (timex.start < below or timex.type not in ("DATE", "TIME") or timex.span is None
                or timex.problem):
            continue
        raw = timex.raw_value or timex.value
        if timex.tense == "present":
            if _announced_after(timex, raw, heading.value):
                fitting += 1
            continue
        if timex.tense != "future":
            continue
        if raw.startswith("REF"):
            fitting += 1      # "will end tomorrow", "next week": counted from the page's day, whatever it is
            continue
        yearless = yearless_month_day(timex.type, raw)
        if yearless is not None:
            month, day = yearless[0], yearless[1] or 1
            nearest = _on_or_after(heading.value, month, day)
            if nearest is None:
                continue
            if nearest - heading.value <= FAR_AHEAD:
                fitting += 1
                continue
            found.append(Outrun(month, day, None, timex))
        elif raw[:4].isdigit() and timex.span.granularity in DAY_GRANULARITIES:
            told = timex.span.start.date()
            if told >= heading.value:
                fitting += 1
                continue
            found.append(Outrun(told.month, told.day, told.year, timex))
    return found if found and len(found) >= OUTRUN_RATIO * fitting else []


def _announced_after(timex: Timex, raw: str, heading: date) -> bool:
    """A day the story sets in the present tense with its year written ("is now set as Sat. Dec. 13,
    2013"), falling on or after the heading: an old story under a site's later clock line writes no
    such day, so it fits the heading. A year-less one fits any year and proves nothing."""
    return (raw[:4].isdigit() and timex.span is not None and timex.span.granularity in DAY_GRANULARITIES
            and timex.span.start.date() >= heading)


def _on_or_after(start: date, month: int, day: int) -> date | None:
    """The first ``month``/``day`` on or after ``start`` (29 February: within the next years)."""
    for year in range(start.year, start.year + 5):
        found = day_in(year, month, day)
        if found is not None and found >= start:
            return found
    return None


def before_outrun(doc: Document, heading: ReferenceDate, outrun: list[Outrun]) -> ReferenceDate | None:
    """The page's date when its heading is outrun: the story's days in the one year its address
    writes, else in the heading's year, and the page written ANNOUNCEMENT_LEAD before the first
    of them (announcements come ahead). The opening lines down to the heading stay the page's
    header ``span``: the site's clock line above it is no event. None when no such day falls
    before the heading."""
    years = address_years(doc)
    year = next(iter(years)) if len(years) == 1 else heading.value.year
    days = sorted(d for d in (day_in(o.year or year, o.month, o.day) for o in outrun) if d is not None)
    if not days or days[0] > heading.value:
        return None
    first = days[0]
    value = first - ANNOUNCEMENT_LEAD
    told = " ".join(outrun[0].timex.text.split())
    where = f"the address's year ({year})" if len(years) == 1 else f"the heading's year ({year})"
    return ReferenceDate(
        value, True,
        f"{heading.reason} is no publication date: the days the story tells ahead (\"{told}\" ...) lie far past it; "
        f"the days put in {where}, the first is {spoken_day(first)}: counted from {ANNOUNCEMENT_LEAD.days // 7} "
        f"weeks before it, as announcements come ahead", None, heading.value,
        span=(0, heading.span[1]) if heading.span is not None else None, forward=True)


def address_outdates(doc: Document, timexes: list[Timex], heading: ReferenceDate) -> bool:
    """A site's header day ("Sunday, 14 April 2030" on a saved copy's first line) above a story its
    address files years before ("/2019/05/06/"), whose text writes only years nearer the address's
    than the header's ("in November 2019", "by early 2020"): the header is the day the copy was
    served, and the address, which the text agrees with, is the story's. The header does not lose
    when it falls within the address's day or month, when it is no later than it, when the text
    writes no year below it and the header's year is the address's (a day or two later is an
    update's), or when one year the text writes is as near the header's as the address's (a story
    about a later year is no older page). A header in a later year over a text that writes no year
    loses: no year of the text agrees with it ("Saturday, 15 November 2031" over "/2027/02/08/"
    and a fair "from March 3 to April 9"). A machine's stamp is the record's
    own date and is not checked."""
    filed = address_date(doc)
    if heading.stamp or heading.value is None or filed is None or heading.value <= filed[1]:
        return False
    below = heading.span[1] if heading.span is not None else 0
    written = _years_written(timexes, below)
    served, address = heading.value.year, filed[0].year
    if not written:     # no year of the text agrees with the header's: a later year than the address's is the copy's
        return served > filed[1].year
    return all(abs(year - address) < abs(year - served) for year in written)


def _years_written(timexes: list[Timex], after: int) -> set[int]:
    """The years the text writes out after offset ``after`` (a day's, a month's or a bare year's;
    a year-less day or a day counted from the page's own writes none)."""
    years = set()
    for timex in timexes:
        if timex.start < after or timex.type not in ("DATE", "TIME") or timex.span is None:
            continue
        raw = timex.raw_value or timex.value
        if raw[:4].isdigit():
            years.add(int(raw[:4]))
    return years
