"""The date of a periodical's issue that names only its season or month ("Spring 2027
Newsletter", "Parish Bulletin — March 2027", "Q1 2027 Update").

Such an issue was written within the period it names, so that period is the window; the
tense of what it tells narrows it. "The campaign closed on March 15" in a spring issue puts
the writing after mid-March, "the sale will be held on Sunday May 9" before May 9. The
earliest day that fits the most of them is taken, as for any inferred date: "later this
year" counted from it opens no earlier than the truth. A date it gives no tense is one it
announces, so it lies ahead.

An issue's title may set its noun between the period and the year ("Spring Newsletter 2027",
"March Bulletin 2027"): the tagger reads only the year there, so the period word before the
issue noun is read with that year as the tagger reads "Spring 2027".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from calfeed.events.vocabulary import word_list
from calfeed.model import ReferenceDate, Timex
from calfeed.text import LETTER_WORD
from calfeed.timex.undated import MAX_TOLD, PERIOD_GRAINS, spoken_day, told

PERIODS = PERIOD_GRAINS                             # a year names an annual report, written after it
OPENING_LINES = 4                                   # non-empty lines searched for the issue's title


@dataclass(frozen=True)
class IssuePeriod:
    """The period an issue's title names: its words, where they stand, its first and last days."""

    text: str
    start: int
    end: int
    first: date
    last: date


@dataclass(frozen=True)
class IssueTitle:
    """An opening line that names an issue's period, and whether it sets the issue's noun between
    the period and the year ("Spring Newsletter 2027")."""

    line: str
    period: IssuePeriod
    split: bool


def issue_period(title: IssueTitle | None, timexes: list[Timex], holds: Callable[[date], int],
                 split_only: bool = False) -> ReferenceDate | None:
    """The date of the issue ``title`` names (:func:`issue_title`, read once per document: the
    readers ask for it more than once). ``holds(day)``: how many of the document's tensed full
    dates ``day`` fits. With ``split_only``, only a title that sets its noun between the period
    and the year counts ("Spring Newsletter 2027"), which a page's edition year must not take for
    a year's."""
    if title is None or (split_only and not title.split):
        return None
    period = title.period
    first, last = period.first, period.last
    days = [t for t in (told(x) for x in timexes) if t is not None][:MAX_TOLD]

    def fitting(day: date) -> int:
        return holds(day) + sum(t.fits(day) for t in days)

    span = (last - first).days
    best = max((first + timedelta(days=n) for n in range(span + 1)), key=lambda d: (fitting(d), -d.toordinal()))
    how = (f"{spoken_day(best)} is the earliest day in it that fits the tenses of the dates it tells"
           if best != first else f"counted from its first day, {spoken_day(first)}")
    return ReferenceDate(best, True, f"issue \"{title.line}\" names {period.text}; {how}", first, last,
                         span=(period.start, period.end), forward=True)


def issue_title(text: str, timexes: list[Timex]) -> IssueTitle | None:
    """An opening line naming an issue with one month, season, quarter or half and its year."""
    nouns = word_list("issue_nouns")
    for first, (start, end) in enumerate(_opening_lines(text)):
        on_line = [t for t in timexes if start <= t.start and t.end <= end]
        if len(on_line) != 1:
            continue
        period = on_line[0]
        words = [w.strip("#*_:|,.()[]–—-").lower() for w in text[start:end].split()]
        words = [w for w in words if w]
        pairs = {" ".join(words[i:i + 2]) for i in range(len(words) - 1)}
        line = " ".join(text[start:end].split())
        split = _split_period(text[start:period.start], period, nouns)
        if split is not None:
            return IssueTitle(line, split, True)
        if (period.type != "DATE" or period.span is None or period.problem or period.end_interval is not None
                or period.span.granularity not in PERIODS or not period.value[:4].isdigit()):
            continue
        if nouns & (set(words) | pairs) or (first == 0 and period.span.granularity == "month"
                                             and _names_its_period(text, start, end, period, timexes)):
            span = period.span
            return IssueTitle(line, IssuePeriod(period.text, period.start, period.end, span.start.date(),
                                                (span.end - timedelta(days=1)).date()), False)
    return None


_LEAD_WORD = re.compile(r"[^\W\d_]+")


def _split_period(lead: str, year: Timex, nouns: frozenset[str]) -> IssuePeriod | None:
    """"Spring Newsletter 2027": a bare year right after an issue noun (one or two words) that a
    period word opens; the period read with the year as the tagger reads "Spring 2027"."""
    from calfeed.timex import tag

    if year.type != "DATE" or year.span is None or year.span.granularity != "year" or not year.value[:4].isdigit():
        return None
    origin = year.start - len(lead)
    lead = lead.rstrip(" \t,:\u2013\u2014-")        # "Spring Newsletter – 2027"
    words = list(_LEAD_WORD.finditer(lead))
    if not words or words[-1].end() != len(lead):
        return None                 # the year does not follow the noun's last word
    noun = next((size for size in (1, 2) if len(words) > size
                 and " ".join(w.group().lower() for w in words[-size:]) in nouns), None)
    if noun is None:
        return None
    word = words[-noun - 1]
    read = [t for t in tag(f"{word.group()} {year.value[:4]}", None)
            if t.span is not None and t.span.granularity in PERIODS and t.end_interval is None]
    if len(read) != 1 or read[0].start != 0:
        return None
    span = read[0].span
    return IssuePeriod(f"{word.group()} {year.value[:4]}", origin + word.start(), year.end, span.start.date(),
                       (span.end - timedelta(days=1)).date())


def _names_its_period(text: str, start: int, end: int, period: Timex, timexes: list[Timex]) -> bool:
    """The page's first line is its month ("February 2020"), alone or with words naming a listing of
    it (``issue_listing_nouns``: "Village Hall Events November 2021"): a newsletter's or a what's-on
    page's issue, written in that month. A season alone ("Fall 2024") is as often a term's calendar,
    written ahead of it, and a year alone names a report, written after it; a month in a table's cell
    opens a timeline."""
    if "|" in text[start:end]:
        return False        # "| December 2024 |" over "1st circular |": a timeline's first cell
    if opens_timeline(text, end, timexes):
        return False        # "March 2022" / "Business case announced" / "March → June 2022": a key-dates widget
    rest = text[start:period.start] + " " + text[period.end:end]
    words = {w.lower() for w in LETTER_WORD.findall(rest)}
    return not words or not word_list("issue_listing_nouns").isdisjoint(words)


CAPTION_WORDS = 12      # words of a timeline row's caption under its date ("Business case announced")
ROW_EXTRA_WORDS = 2     # words beside a timeline row's date ("March → June 2022", "From 3 May")


TIMELINE_LINES = 40     # lines below a first date row searched for the timeline's further rows
TIMELINE_ROWS = 2       # further rows (a date row with its caption under it) that make a timeline


def opens_timeline(text: str, end: int, timexes: list[Timex]) -> bool:
    """The date line ending at ``end`` is the first row of a timeline (a key-dates widget): the
    next line is a short caption with no date, and at least TIMELINE_ROWS more date rows follow,
    each with its caption under it ("March 2022" / "Business case announced" / "March → June
    2022" / "Site screening activities" / ...). A page's own date is followed by its title and
    prose, not by a run of captioned date rows."""
    lines = []
    cursor = end + 1
    while cursor < len(text) and len(lines) < TIMELINE_LINES:
        stop = text.find("\n", cursor)
        stop = len(text) if stop < 0 else stop
        if text[cursor:stop].strip():
            lines.append((cursor, stop))
        cursor = stop + 1
    if not lines or not _caption(text, *lines[0], timexes):
        return False
    first = " ".join(text[lines[0][0]:lines[0][1]].split()).lower()
    rows = sum(1 for k in range(1, len(lines) - 1)
               if _date_row(text, *lines[k], timexes) and _caption(text, *lines[k + 1], timexes)
               and " ".join(text[lines[k + 1][0]:lines[k + 1][1]].split()).lower() != first)
    return rows >= TIMELINE_ROWS      # a month calendar repeats its weekday header under each month: no steps


def _caption(text: str, start: int, end: int, timexes: list[Timex]) -> bool:
    """A short line with no date: a timeline row's caption ("Business case announced")."""
    return not any(start <= t.start < end for t in timexes) and 0 < len(text[start:end].split()) <= CAPTION_WORDS


def _date_row(text: str, start: int, end: int, timexes: list[Timex]) -> bool:
    """A line that is a date written with its month (or a span of dates) and at most ROW_EXTRA_WORDS
    words more."""
    on_row = [t for t in timexes if start <= t.start and t.end <= end and t.type == "DATE"]
    if not on_row or not any(c.isalpha() for c in on_row[0].text):
        return False              # "18" under a month calendar's weekday header: a day cell, no row of a timeline
    rest = text[start:on_row[0].start] + " " + text[on_row[-1].end:end]
    return len(LETTER_WORD.findall(rest)) <= ROW_EXTRA_WORDS


def _opening_lines(text: str) -> Iterator[tuple[int, int]]:
    cursor, seen = 0, 0
    while cursor < len(text) and seen < OPENING_LINES:
        end = text.find("\n", cursor)
        end = len(text) if end < 0 else end
        if text[cursor:end].strip():
            seen += 1
            yield cursor, end
        cursor = end + 1
