"""The date a document was written, when it does not say: inferred from tense.

A press release without a date still dates itself: a meeting that "took place" on 21-22
June was before it was written, one that "will take place" on 8 December after. Those
bounds give a window; its earliest day is the safe value, because "later this year"
counted from it opens no earlier than the truth. The reason is written for a reviewer.

A document that only looks ahead (a call for papers, a meeting notice) is bounded on one
side only. Its last possible day, the eve of the first date it announces, is the worst
value for what such documents say without a year: "Registration opens on 2 May" before a
meeting on 12 June would land in the next year, and "later this year" would open on the
eve of the meeting. Announcements come weeks ahead of their dates, so the value is taken
ANNOUNCEMENT_LEAD before that first date: year-less days in the weeks before the event
stay in its year, and list dates months after it, read as the nearest such day, still do.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from calfeed.events.datelines import find_dateline
from calfeed.events.places import lookup
from calfeed.events.vocabulary import table, word_list
from calfeed.events.words import word_before, words_in
from calfeed.model import Document, ReferenceDate, Timex
from calfeed.sources import FOOTER_UPDATE
from calfeed.text import SENTENCE_MARKS, Sentences, lines_above, split_sentences
from calfeed.timex.afternoon_clocks import half_day_marked
from calfeed.timex.attended_days import attended_day
from calfeed.timex.category_bylines import category_byline
from calfeed.timex.counted_years import counted_year
from calfeed.timex.done_days import done_after
from calfeed.timex.edition_years import (Edition, address_date, address_day_run, edition_reference, edition_year,
                                         span_reference, yearless_days)
from calfeed.timex.heading_check import address_outdates, before_outrun, outrun_days
from calfeed.timex.heading_year_pages import heading_year
from calfeed.timex.issue_period import IssueTitle, issue_period, issue_title, opens_timeline
from calfeed.timex.lexicon import load_list, load_table, load_words
from calfeed.timex.name_years import cited_year, held_title
from calfeed.timex.named_year_days import NamedYear, listed_year, named_year
from calfeed.timex.narrated_floor import past_floor
from calfeed.timex.rawvalue import BARE_WEEKDAY, CALENDAR, parse, yearless_month_day
from calfeed.timex.relative_days import present_relative
from calfeed.timex.resolver import WEEKDAY_REACH_DAYS, resolve
from calfeed.timex.tense import reporting_verbs, told_tenses
from calfeed.timex.vocabulary import norm
from calfeed.timex.undated import (ANNOUNCEMENT_LEAD, counted_on, day_in, holidays_overrule, spoken_day,
                                    story_day, told, undated_reference, weekday_of, weekdays_overrule,
                                    yearless_dateline)

DAY_OR_FINER = ("day", "partofday", "hour", "minute", "second")
VERB_LOOKBACK = 20   # words before a date searched for the verb that governs it
HEADING_LINES = 4    # opening lines searched for a line that is just the document's date
DATED_LABEL_WORDS = 8   # words of a label ending in "date"/"dated" ("Notice of the meeting dated"); a longer
                        # lead is a sentence citing a document by its date ("... Circulars dated 8th April 2020")
LEAD_WORDS = DATED_LABEL_WORDS   # the most words of a lead an opening line's readers ask about (labels, issues,
                                # stamps, news services): a date's lead is read back no further than one more
FOOT_LINES = 4       # closing lines searched for the date a notice was signed
WEEKDAY_REACH = timedelta(days=WEEKDAY_REACH_DAYS)   # how far a written weekday may place a year-less day
MASTHEAD_LINES = 12  # opening lines searched for a masthead's distribution lines
KEY_DATE_REACH = 4   # lines either side of a date line searched for another: then a key-dates list
FAR_YEARS = 30       # a bare year this far before the build is history unless other clues are near it
NEAR_YEARS = 5       # how near another clue such a year must be to still bound the document


@dataclass(frozen=True)
class Bound:
    day: date            # earliest (from the past) or latest (from the future) possible date
    side: str            # "after" | "before"
    edge: date           # the event's last day (past) or first day (future), for the reason
    verb: str | None     # the words that showed the tense, when a verb did
    written: str | None = None   # the expression, when its year was not written but guessed
    loose: bool = False          # read from a year, month or approximate date: a weaker clue than a day
    weekday: bool = False        # a year-less day whose written weekday fixed its year
    year_only: bool = False      # told of a bare year ("first envisioned in 2020")
    bare_year: bool = False      # read from a bare year, in any tense
    horizon: str | None = None   # a target year ahead ("by 2030"), as written: see _horizon_year
    narrated: bool = False       # a year-less day a story tells in the past ("Addressing MPs on October 9"): _yearless_past
    opens: date | None = None    # a loose date told ahead: its first day ("2026-27" opens on 1 January 2026)
    next_cycle: bool = False     # a year told ahead as the next one ("the next annual plan in 2026-27"): _next_cycle
    current_year: bool = False   # a year told with a perfect progressive ("in 2022 we have been reviewing"): _ongoing_perfect

    def holds(self, day: date) -> bool:
        return day >= self.day if self.side == "after" else day <= self.day


def infer_reference_date(doc: Document, timexes: list[Timex], today: date | None = None) -> ReferenceDate:
    """The document's date (see :func:`_inferred`), moved to the day a "today (17 July)" names
    when the text writes one: the writer said which day it is, only its year may be missing."""
    found = _inferred(doc, timexes, today)
    said = _today_said(timexes) or _glossed_deictic(doc.text, timexes)
    if said is None and doc.published is None and found.inferred and found.value is not None:
        return _today_weekday(doc.text, timexes, found) or found
    if said is None or doc.published is not None or (found.value is not None and not found.inferred):
        return found
    shown, month, day, offset, weekday = said
    if found.value is None:
        return found
    years = [found.value.year - 1, found.value.year, found.value.year + 1]
    options = [d - timedelta(days=offset) for d in (day_in(y, month, day) for y in years) if d is not None]
    if not options:
        return found          # "today (31 September)": no such day in any year, so it says nothing
    value = min(options, key=lambda d: abs((d - found.value).days))
    if weekday is not None:
        # "today (Sunday, September 22)": the year in which it is that weekday, within the bounds
        # the text's tenses set ("the busiest since 2019": after 2019), nearest the inferred day.
        # None there (a day guessed ahead of the build, the weekday's years all after it): the latest
        # such day before, the guess's bounds set aside, as a page is never written after its build.
        # None within the bounds but one in the inferred day's own year (an address filing the page
        # on the day the text calls tomorrow: "/fair-moved-to-june-8-2024" over "tomorrow, Saturday 8th
        # June"): that year, a day off the filed day, not a weekday twin years before it.
        fitting = (_weekday_years(range(found.value.year - 1, found.value.year + GLOSS_YEARS), said, found, today)
                   or _weekday_years(range(found.value.year, found.value.year + 1), said, None, today)
                   or (_weekday_years(range(found.value.year - GLOSS_YEARS, found.value.year - 1), said, None, today)
                       if today is not None else []))
        value = min(fitting, key=lambda d: abs((d - found.value).days), default=value)
    return ReferenceDate(value, True, f"the text says \"{shown}\"; its year from: {found.reason}",
                         build_year=found.build_year, year_open=found.year_open, day_written=True)


def _weekday_years(years: range, said: tuple[str, int, int, int, int | None], found: ReferenceDate | None,
                   today: date | None) -> list[date]:
    """The days of writing a glossed relative day ``said`` gives in ``years`` in which its day
    falls on its weekday, within ``found``'s bounds (when given) and not after ``today``."""
    _, month, day, offset, weekday = said
    earliest = found.earliest if found is not None else None
    latest = found.latest if found is not None else None
    return [d - timedelta(days=offset) for y in years
            for d in [day_in(y, month, day)] if d is not None and d.isoweekday() == weekday
            and (earliest is None or d - timedelta(days=offset) >= earliest)
            and (latest is None or d - timedelta(days=offset) <= latest)
            and (today is None or d - timedelta(days=offset) <= today)]


def _today_said(timexes: list[Timex]) -> tuple[str, int, int, int, int | None] | None:
    """"today (17 July)" read as one expression: what it says, its month and day, 0 (the day of
    writing is that day) and no weekday."""
    today_words = word_list("today_words")
    for timex in timexes:
        words = timex.text.lower().split()
        raw = parse(timex.raw_value or timex.value)
        match = CALENDAR.fullmatch(raw.core)
        if (words and words[0] in today_words and match is not None
                and (match.group("month") or "").isdigit() and (match.group("day") or "").isdigit()):
            return timex.text, int(match.group("month")), int(match.group("day")), 0, None
    return None


def _glossed_deictic(text: str, timexes: list[Timex]) -> tuple[str, int, int, int, int | None] | None:
    """"kicks off ... today (Saturday, September 14)", "finished yesterday (Sunday, September 17)":
    a day counted from the day of writing (a relative word whose value is a whole day's offset) with
    the day it is written in brackets right after it tells the day of writing, up to its year. What
    it says, the bracketed month and day, the offset in days (yesterday: -1) and the bracketed
    weekday (ISO), if written."""
    ordered = sorted(timexes, key=lambda t: t.start)
    for timex, following in zip(ordered, ordered[1:]):
        offset = _DAY_OFFSET.fullmatch(parse(timex.raw_value or timex.value).core)
        close = gloss_end(text, timex, following) if offset is not None else None
        if close is None:
            continue
        match = CALENDAR.fullmatch(parse(following.raw_value or following.value).core)
        days = int(offset.group(2)) * (-1 if offset.group(1) == "-" else 1)
        shown = " ".join(text[timex.start:close].split())
        weekday = parse(following.raw_value or following.value).annotations.get("wd")
        return (shown, int(match.group("month")), int(match.group("day")), days,
                int(weekday) if weekday and weekday.isdigit() else None)
    return None


def gloss_end(text: str, relative: Timex, gloss: Timex) -> int | None:
    """Where the gloss ends when ``gloss`` writes a month and a day in brackets right after
    ``relative`` ("tomorrow (Friday, 12 March)", "Thursday next week (October 14)"), or after a
    comma with its weekday ("from tomorrow, Tuesday 14 September", an appositive: the weekday says
    it is the same day, not the next item of a list): the writer's own reading of the relative
    words. None otherwise."""
    if gloss.start < relative.end:
        return None
    bracketed = _OPEN_BRACKET.fullmatch(text, relative.end, gloss.start) is not None
    if not bracketed and (_APPOSITIVE_COMMA.fullmatch(text, relative.end, gloss.start) is None
                          or not parse(gloss.raw_value or gloss.value).get("wd")):
        return None
    match = CALENDAR.fullmatch(parse(gloss.raw_value or gloss.value).core)
    if match is None or not (match.group("month") or "").isdigit() or not (match.group("day") or "").isdigit():
        return None
    if not bracketed:
        return gloss.end
    closing = _CLOSE_BRACKET.match(text, gloss.end)
    return closing.end() if closing is not None else None


GLOSS_YEARS = 8     # years after the inferred one searched for the weekday a glossed "today (Sunday, ...)" names
_DAY_OFFSET = re.compile(r"REF([+-])P(\d{1,2})D(?:T[A-Z]{2})?")    # "today", "yesterday", "tonight"
_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*")
_APPOSITIVE_COMMA = re.compile(r",[ \t]{1,3}")
_CLOSE_BRACKET = re.compile(r"[ \t]*\)")


TODAY_WEEKDAY_GAP = 6    # words a day's name may take between "Today is" and its weekday


def _today_weekday(text: str, timexes: list[Timex], found: ReferenceDate) -> ReferenceDate | None:
    """"Today is World Mission Sunday ... Monday, October 22nd is the First Reconciliation
    Seminar": the writer says the weekday of the day of writing, and the days written with their
    weekday tell which one: the last such weekday on or before the first of them still ahead of
    the inferred date (a bulletin is dated the Sunday it is handed out, not the first of a year
    told ahead, nor weeks before). None when the text names no such weekday, or the day would
    break the bounds ``found`` was read from."""
    iso = _weekday_said_today(text, timexes)
    if iso is None:
        return None
    ahead = [d for w in (weekday_of(t) for t in timexes if t.tense != "past") if w is not None
             for d in (w.on(found.value.year), w.on(found.value.year + 1)) if d is not None and d >= found.value]
    if not ahead:
        return None
    first = min(ahead)
    value = first - timedelta(days=(first.isoweekday() - iso) % 7)
    if (found.earliest is not None and value < found.earliest) or (found.latest is not None and value > found.latest):
        return None
    return ReferenceDate(value, True, f"the text says today is a {value:%A}: the last one on or before the first "
                                      f"day it writes with its weekday ({spoken_day(first)}); its year from: "
                                      f"{found.reason}", found.earliest, found.latest, forward=found.forward,
                         build_year=found.build_year, year_open=found.year_open)


def _weekday_said_today(text: str, timexes: list[Timex]) -> int | None:
    """The ISO weekday of "Today is [a day's name] Sunday" or "Today, Sunday, ...", else None."""
    today_words, links = word_list("today_words"), word_list("today_weekday_links")
    ordered = sorted(timexes, key=lambda t: t.start)
    for timex, following in zip(ordered, ordered[1:]):
        weekday = BARE_WEEKDAY.fullmatch(parse(following.raw_value or following.value).core)
        if timex.text.lower() not in today_words or weekday is None:
            continue
        gap = _GAP_TOKEN.findall(text[timex.end:following.start])
        if gap and gap[0].lower() in links and len(gap) <= TODAY_WEEKDAY_GAP \
                and all(w[:1].isupper() or w in links for w in gap[1:]):
            return int(weekday.group(1))
    return None


_GAP_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|,")     # words and commas between "today" and the weekday


def _inferred(doc: Document, timexes: list[Timex], today: date | None = None) -> ReferenceDate:
    """The document's date: front matter, else a dated dateline, else a tense window, else
    what :mod:`calfeed.timex.undated` can tell (``today``: the day of the build, for the
    fallbacks that need one)."""
    if doc.published is not None:
        # A page's "Last updated" is when it was last touched, not when its dates were
        # announced: the year-less ones it keeps ("Results released: 2 July") lie ahead.
        updated = doc.published_from.startswith(FOOTER_UPDATE)
        return ReferenceDate(doc.published, False, doc.published_from, forward=updated)
    dateline = _dateline_date(doc, timexes)
    heading = None if dateline is not None and dateline.year_written else (
        _heading_date(doc, timexes) or _masthead_date(doc, timexes) or _record_field_date(doc, timexes))
    dated = _dateline_in_heading_year(dateline.reference, heading) if dateline is not None and heading is not None \
        else (dateline.reference if dateline is not None else heading)
    if dated is not None:
        outrun = outrun_days(timexes, dated) if dateline is None else []
        if not outrun and not (dateline is None and address_outdates(doc, timexes, dated)):
            return dated
        # a site's "today" line above an older story: see heading_check
        if address_date(doc) is None:
            before = before_outrun(doc, dated, outrun)
            # None: the days told ahead fall after the heading in its own year (a January notice of the
            # autumn's dates), so they fit it after all and the heading stands
            return before if before is not None else dated
        # the page's address carries its date: the readers below take it, and the header down to the
        # served day stays the page's (no event), as before_outrun keeps it
        found = _below_header(doc, timexes, today)
        if outrun or found.span is not None or dated.span is None:
            return found
        return replace(found, span=(0, dated.span[1]))
    return _below_header(doc, timexes, today)


def _below_header(doc: Document, timexes: list[Timex], today: date | None) -> ReferenceDate:
    """The document's date from the readers after the front matter, dateline and heading ones
    (see _inferred): the tenses, the title, editions, the address, year headings and counts."""
    sentences = split_sentences(doc.text)     # once: per date it made long documents quadratic
    named = _holidays_in_dated_rows(doc.text, timexes)
    told = [(t, b) for t in timexes if id(t) not in named for b in [_bound(doc.text, sentences, t)] if b is not None]
    bounds = _elapsed_since(doc.text, sentences, timexes, told, today)
    bounds = _without_far_years(bounds, today)
    titled = _date_before_title(doc, timexes, bounds) or _date_under_headline(doc, timexes, bounds)
    if titled is not None:
        return titled
    issue = issue_title(doc.text, timexes)      # once: the readers below may each ask for it
    if today is not None and not _writes_year(timexes):
        issued = issue_period(issue, timexes, lambda day: sum(b.holds(day) for b in bounds), split_only=True)
        if issued is not None:      # "Spring Newsletter 2027": the spring's issue, not the year's edition
            return issued
        edition = edition_year(doc, today)
        on_day = _filed_in_edition(doc, timexes, bounds, edition)
        if on_day is not None:
            return on_day
        if edition is not None and edition.span and all(_in_span(b, edition) for b in bounds):
            return span_reference(edition, doc.text, timexes)
        if edition is not None and not edition.span and all(_names_page_year(b, edition) for b in bounds):
            return past_floor(edition_reference(edition, yearless_days(timexes)), edition.year, timexes, doc.text,
                              sentences, lambda timex: _verb(doc.text, sentences, timex))
    filed = address_date(doc)
    if filed is not None:
        return _filed(doc, timexes, sentences, bounds, today, filed, issue)
    headed = _heading_year_reference(doc, timexes, bounds, today)
    if headed is not None:
        return headed
    counted = _counted_reference(doc, timexes, bounds, today)
    if counted is not None:
        return counted
    horizons = [b for b in bounds if b.horizon is not None]
    if horizons:
        found = _from_bounds(doc, timexes, sentences, [b for b in bounds if b.horizon is None], today, issue)
        if found.value is not None and all(b.holds(found.value) for b in horizons):
            if not found.inferred:
                return found
            years = ", ".join(f"\"{b.horizon}\"" for b in horizons)
            return replace(found, reason=f"{found.reason}; the target years ({years}) lie ahead: they say only "
                                         f"that it was written before them")
    return _from_bounds(doc, timexes, sentences, bounds, today, issue)


ELAPSED_SENTENCES = 1      # how many sentences away "It's been a full year since ..." may name its past date
_ELAPSED = re.compile(r"P(\d{1,3})([YMWD])")


def _elapsed_since(text: str, sentences: Sentences, timexes: list[Timex],
                   told: list[tuple[Timex, Bound]], today: date | None = None) -> list[Bound]:
    """"It's been a full year since we began ... we went Free Forever in August of 2022": a span of
    time counted since a past date (a duration followed by a word of ``elapsed_since_words``) says the
    text was written that long after it, not just after it. The nearest past date told after "since"
    in the same sentence, or in the next or last one, is moved on by the span; the other bounds are
    kept. A date before the span in its own sentence is not what it counts from ("Friday 8th May is
    VE Day, 75 years since the end of the war"), and no date is moved past the build day
    (``today``): a page is not written after it is read."""
    links = word_list("elapsed_since_words")
    moved: dict[int, Bound] = {}
    for timex in timexes:
        if timex.type != "DURATION":
            continue                    # cheap test first: most timexes are dates
        span = _ELAPSED.fullmatch(timex.value or "")
        if span is None:
            continue
        after = next((w for w in words_in(text, timex.end, min(len(text), timex.end + 20)) if w.is_word), None)
        if after is None or after.lower not in links or text[timex.end:after.start].strip():
            continue
        here = sentences.index_at(timex.start)
        past = [(abs(sentences.index_at(t.start) - here), abs(t.start - timex.start), k) for k, (t, b) in enumerate(told)
                if b.side == "after" and abs(sentences.index_at(t.start) - here) <= ELAPSED_SENTENCES
                and (sentences.index_at(t.start) != here or t.start >= after.end)]   # in its own sentence: after "since"
        if not past:
            continue
        k = min(past)[2]
        bound = told[k][1]
        count, unit = int(span.group(1)), span.group(2)
        start = bound.edge if not bound.loose else bound.day - timedelta(days=1)
        later = _moved(start, count, unit)
        if later is not None and later > bound.day and (today is None or later <= today):
            said = " ".join(text[timex.start:after.end].split())
            moved[k] = replace(bound, day=later, edge=later, verb=f"{said} ... {bound.verb}" if bound.verb else said)
    return [moved.get(k, b) for k, (_, b) in enumerate(told)]


def _counted_reference(doc: Document, timexes: list[Timex], bounds: list[Bound],
                       today: date | None) -> ReferenceDate | None:
    """The page's date from a count of years it names ("its 500th anniversary this year" beside "of
    1516": counted_years) when it writes no date with its year: its year-less days fall in that year
    as in a heading's ("Festival 2016"). Not when a tense told of a written date rules the year out,
    nor for a year after the build's."""
    if today is None or _writes_year(timexes):
        return None
    counted = counted_year(doc.text)
    if counted is None or counted.year > today.year:
        return None
    first, last = date(counted.year, 1, 1), date(counted.year, 12, 31)
    if not all(b.day <= last if b.side == "after" else b.day >= first for b in bounds if b.written is None):
        return None
    return edition_reference(Edition(counted.year, counted.shown, "count", titled=True), yearless_days(timexes))


def _heading_year_reference(doc: Document, timexes: list[Timex], bounds: list[Bound],
                            today: date | None) -> ReferenceDate | None:
    """"Opening Hours 2026" over its rows of year-less days (heading_year_pages): the page is that
    year's list, dated as a titled edition, from before its first row, so no row is read as gone
    by. Not when the page writes a date with its year, for a year after the build's, nor when the
    day breaks a tense told of a full date."""
    if today is None or _writes_year(timexes):
        return None
    found = heading_year(doc.text, timexes)
    if found is None or found[0] > today.year:
        return None
    year, shown = found
    days = [d for d in (day_in(year, m, n) for m, n in yearless_days(timexes)) if d is not None]
    if not days:
        return None
    first = min(days)
    value = max(first - ANNOUNCEMENT_LEAD, date(year, 1, 1))
    if not all(b.holds(value) for b in bounds if not b.loose):
        return None
    return ReferenceDate(value, True, f"heading \"{shown}\" names the year {year} of every year-less day under it; "
                                      f"the first is {spoken_day(first)}: counted from {spoken_day(value)}, in that year",
                         forward=True, window=(date(year, 1, 1), date(year, 12, 31)))


def _moved(day: date, count: int, unit: str) -> date | None:
    """``day`` moved on by ``count`` years, months, weeks or days."""
    if unit in "WD":
        return day + timedelta(days=count * (7 if unit == "W" else 1))
    months = day.month - 1 + count * (12 if unit == "Y" else 1)
    return day_in(day.year + months // 12, months % 12 + 1, day.day) or day_in(day.year + months // 12, months % 12 + 1, 28)


_DAY_COUNT = re.compile(r"REF[+-]P\d{1,2}D")      # "tomorrow", "today", "yesterday", "tonight"


def _filed_in_edition(doc: Document, timexes: list[Timex], bounds: list[Bound],
                      edition: Edition | None) -> ReferenceDate | None:
    """"2031 Kite Festival" filed under "/2031/05/02/" over "starts tomorrow": the address names the
    day the page went out, within the year the name gives, and a day counted from the page's own
    ("tomorrow", "today") needs that day, not one guessed ahead of the year-less days. Only a single
    day in the edition's own year that breaks no tense told of a full date, on a page that counts a
    day so; None otherwise (the edition dates the page as before: its guessed day places bare
    weekdays by the days the page writes, an address day would not)."""
    if not any(_DAY_COUNT.match(t.raw_value or t.value) for t in timexes):
        return None
    filed = address_date(doc) if edition is not None and not edition.span else None
    if filed is None or filed[0] != filed[1] or filed[0].year != edition.year:
        return None
    first, _, path = filed
    if not all(b.holds(first) for b in bounds if not b.loose):
        return None
    return ReferenceDate(first, True, f"address \"{path}\": filed on {spoken_day(first)}, in the year "
                                      f"{edition.where} \"{edition.shown}\" names", first, first, day_written=True)


def _in_span(bound: Bound, edition: Edition) -> bool:
    """A tense that leaves the page's academic year standing: one read from a date whose year was
    guessed (it would move with the span), or one about a day in the span's two years."""
    return bound.written is not None or bound.edge.year in (edition.year, edition.year + 1)


def _names_page_year(bound: Bound, edition: Edition) -> bool:
    """A bare year that is the heading's own ("the theme for 2019 is ..." under "Bealtaine
    Festival 2019"): it says no more of when the page was written than the heading does."""
    return edition.titled and ((bound.bare_year and bound.horizon is None and bound.day.year == edition.year)
                               or (bound.year_only and bound.edge.year == edition.year))


def _writes_year(timexes: list[Timex]) -> bool:
    """Whether the text writes a date with its year finer than a bare year ("Aug 18, 2023",
    "Fall 2024", "March 2024"): then its own dates, not a name's year, date it."""
    return any(t.type in ("DATE", "TIME") and t.span is not None and not t.problem
               and t.span.granularity != "year" and (t.raw_value or t.value)[:4].isdigit() for t in timexes)


def _filed(doc: Document, timexes: list[Timex], sentences: Sentences, bounds: list[Bound], today: date | None,
           filed: tuple[date, date, str], issue: IssueTitle | None) -> ReferenceDate:
    """A page filed under a dated address ("/2025/04/25/", "/2023/10/"): published that day,
    or in that month on the day the tenses put nearest. A day that breaks a tense told of a
    full date is no publication day (the address may name a day the page was moved on)."""
    first, last, path = filed
    firm = [b for b in bounds if not b.loose]
    if first == last:
        if all(b.holds(first) or _near_filing(b, first).holds(first) for b in firm):
            return ReferenceDate(first, True, f"address \"{path}\": filed on {spoken_day(first)}", first, last,
                                 day_written=True)
        found = _from_bounds(doc, timexes, sentences, bounds, today, issue)
        if found.value is not None and found.reason.startswith(CONTRADICTION) \
                and sum(b.holds(first) for b in firm) >= sum(b.holds(found.value) for b in firm):
            # the tenses cannot all hold on any day, and the filing day keeps as many of those told
            # of a full date as the day chosen among them: the address, which names a day, decides
            return ReferenceDate(first, True, f"address \"{path}\": filed on {spoken_day(first)}, which keeps as "
                                              f"many tenses as any day ({found.reason})", first, last, day_written=True)
        return found
    found = _from_bounds(doc, timexes, sentences, bounds, today, issue)
    ahead = _month_day_ahead(timexes, first, last)
    if found.value is not None and first <= found.value <= last and (ahead is None or found.value < ahead[0]):
        return replace(found, reason=f"{found.reason}; in the month of the address \"{path}\"")
    value = min(max(found.value or first, first), last)
    if address_day_run(doc) and not first <= (found.value or first) <= last:
        # "whats-on-december-18-23-2024": the days the page is about, read from their first (or from an
        # earlier year-less day it writes in the weeks before: "booking closes 30 November")
        before = [d for d in (day_in(first.year, m, n) for m, n in yearless_days(timexes))
                  if d is not None and first - ANNOUNCEMENT_LEAD <= d < first]
        value = min(before, default=first)
        if all(b.holds(value) for b in firm):
            return ReferenceDate(value, True, f"address \"{path}\" names the days {spoken_day(first)} to "
                                              f"{spoken_day(last)}: read from {spoken_day(value)}", first, last)
    told = ""
    if ahead is not None and value >= ahead[0]:
        # "/2014/03/" over "will hold a first discussion at its meeting on 20-21 March": before that day
        value = max(first, ahead[0] - timedelta(days=1))
        told = f"; before \"{ahead[1]}\" ({spoken_day(ahead[0])}), told ahead"
    if not all(b.holds(value) for b in firm):
        return found
    return ReferenceDate(value, True, f"address \"{path}\": filed in {value:%B %Y}{told}"
                                      + (f"; the nearest day of it to what the text tells ({found.reason})"
                                         if found.value is not None else ""), first, last)


def _near_filing(bound: Bound, filed: date) -> Bound:
    """A bound told of a day written without its year, its day moved to the year that puts it
    nearest the filing day ``filed`` (the year guessed with no page date, from the build day, is no
    reading of the page's own): "the storm season, which began on January 9," under "/2027/02/08/" is
    9 January 2027, weeks before the filing day, not the January of the build's year. Other
    bounds, and a day whose written weekday fixed its year, are returned as they are. _filed asks it
    only of a bound the filing day breaks in the guessed year: one that holds there keeps holding
    (a year-less day misread as past, "Changes from 15 December", does not then refuse the address)."""
    if bound.written is None or bound.weekday:
        return bound
    nearest = min((d for d in (day_in(year, bound.edge.month, bound.edge.day)
                               for year in (filed.year - 1, filed.year, filed.year + 1)) if d is not None),
                  key=lambda d: abs((d - filed).days), default=None)
    if nearest is None:
        return bound
    shift = nearest - bound.edge
    return replace(bound, day=bound.day + shift, edge=nearest)


def _month_day_ahead(timexes: list[Timex], first: date, last: date) -> tuple[date, str] | None:
    """The first day of the filing month (``first`` to ``last``) that a date written without its year
    tells ahead, with its words: the page went out before it."""
    days = []
    for timex in timexes:
        # told() also counts the present tense ahead: only a day told in the future is one the page awaits
        said = told(timex) if timex.tense == "future" and timex.type in ("DATE", "TIME") else None
        day = day_in(first.year, said.month, said.day) if said is not None else None
        if day is not None and first <= day <= last:
            days.append((day, said.text))
    return min(days, default=None)


def _from_bounds(doc: Document, timexes: list[Timex], sentences: Sentences, bounds: list[Bound],
                 today: date | None, issue: IssueTitle | None) -> ReferenceDate:
    """The document's date from the tense ``bounds`` its dates give, or the fallbacks (``issue``:
    the issue title the page opens with, if any)."""
    dated = _foot_date(doc, timexes, bounds) or issue_period(issue, timexes, lambda day: sum(b.holds(day) for b in bounds))
    if dated is not None:
        return dated
    if today is not None:
        dated = yearless_dateline(doc, timexes, today, lambda day: sum(b.holds(day) for b in bounds), len(bounds))
        if dated is not None:
            return _why_earlier(dated, bounds, today)
    if not bounds:
        named = (_named_year_reference(doc, sentences, timexes, bounds, today, weekday_fits=True)
                 if today is not None else None)
        return named or undated_reference(doc, timexes, today) or ReferenceDate(
            None, True, "none found: no dated event with a past or future verb")
    ongoing = _in_current_year(doc, timexes, bounds, today)
    if ongoing is not None:
        return ongoing
    yearless = _years_told_only(doc, timexes, sentences, bounds, today)
    if yearless is not None:
        return yearless
    bounds = bounds + _yearless_past(doc.text, sentences, timexes, bounds)
    bounds = bounds + _yearless_done(doc.text, sentences, timexes, bounds)
    afters = [b for b in bounds if b.side == "after"]
    earliest = max(afters, key=lambda b: b.day) if afters else None
    if earliest is not None and earliest.loose:
        bounds += _weekday_bounds(doc.text, sentences, timexes, earliest.day)
    befores = [b for b in bounds if b.side == "before"]
    latest = min(befores, key=lambda b: (b.day, b.written is not None and not b.weekday)) if befores else None
    if earliest is not None and latest is not None and earliest.day > latest.day:
        return _weekdays_first(doc, timexes, bounds, _contradiction(bounds), today)
    parts = " and ".join(_describe(b) for b in (earliest, latest) if b is not None)
    if earliest is not None and earliest.loose and latest is not None and not latest.loose \
            and (latest.written is None or latest.weekday) \
            and earliest.day < latest.edge - ANNOUNCEMENT_LEAD and latest.edge - earliest.day <= WEEKDAY_REACH:
        # "received a grant in 2026" only says the year has begun; a day announced within the
        # year after it is firmer (one years ahead says little of when the text was written).
        value = min(latest.day, latest.edge - ANNOUNCEMENT_LEAD)
        how = (f"the past date is loose: counted from {ANNOUNCEMENT_LEAD.days // 7} weeks before the first "
               "day announced, as announcements come ahead")
    elif latest is None and earliest is not None and (untold := _untold_far_after(timexes, earliest)) is not None:
        # "experienced power rationing in the year 2000" over "Friday 14 July 2017 | Laico Regency":
        # a loose year long before a day written in no tense says nothing of when the text was written
        value = max(earliest.day, untold - ANNOUNCEMENT_LEAD)
        how = (f"the past date is a loose year long before: no date told in a tense after it, counted from "
               f"{ANNOUNCEMENT_LEAD.days // 7} weeks before the first ({untold:%-d %B %Y}), as announcements come ahead")
    elif earliest is not None and not _far_loose_past(earliest, latest) and not _far_firm_past(earliest, latest):
        value = earliest.day
        how = "counted from the earliest possible day"
    else:
        weeks = ANNOUNCEMENT_LEAD.days // 7
        first = _first_untold(timexes, latest.edge)
        value = min(latest.day, (first or latest.edge) - ANNOUNCEMENT_LEAD)
        how = f"only future dates: counted from {weeks} weeks before the first, as announcements come ahead"
        leading = _yearless_leading(timexes, latest)
        if leading is not None and leading[0] - ANNOUNCEMENT_LEAD < value:
            value = leading[0] - ANNOUNCEMENT_LEAD
            how = (f"only future dates, and days told ahead without a year that lead up to {spoken_day(latest.edge)} "
                   f"(\"{leading[1]}\" is {spoken_day(leading[0])}): counted from {weeks} weeks before the first, "
                   f"as announcements come ahead")
        if first is not None:
            how = (f"only future dates, and dated days with no tense before them: counted from {weeks} weeks "
                   f"before the first ({first:%-d %B %Y}), as announcements come ahead")
        if latest.bare_year and latest.horizon is None and first is None \
                and all(b.loose for b in bounds if b.side == "before") and yearless_days(timexes):
            # "... for the Bealtaine Festival 2019 ... Wednesday 1st May": a year told ahead is no
            # day to count back from; the days written without a year are that year's.
            value = min(value, date(latest.day.year, 1, 1))
            how = (f"only a year told ahead ({latest.day.year}) and days written without one: counted from its "
                   f"first day, as the days are that year's")
            if latest.next_cycle:
                year = (latest.opens or latest.day).year
                # "... for the next annual plan in 2026-27" beside "the full Council meeting on 3 April":
                # the year told as the next one is not the page's own; its days are the year's before it.
                value = date(year - 1, 1, 1)
                how = (f"only a year told ahead as the next one ({year}) and days written without one: counted "
                       f"from the first day of the year before it, as the days are that year's")
        near = _weekday_named_ahead(doc.text, timexes, latest) if leading is None and first is None else None
        if near is not None and latest.edge - NEAR_WEEKDAY_LEAD > value:
            value = latest.edge - NEAR_WEEKDAY_LEAD
            how = (f"only future dates, the first ({spoken_day(latest.edge)}) named by its weekday alone too "
                   f"(\"{near}\"): counted from the week before it")
        story = story_day(timexes)
        if story is not None and story[0] <= latest.day:
            value = story[0]
            how = (f"only future dates, told in a story that counts days from its own (\"{story[1].text}\" in the "
                   f"past) below {spoken_day(story[0])}: news of the days around it, counted from that day")
        if earliest is not None:     # "Founded in 1948, CONGO will hold its assembly on 5-7 December 2007"
            value = max(value, earliest.day)
            far = "a loose year" if earliest.loose else "a day cited"
            how = f"the past date is {far} long before: {how}"
    return _weekdays_first(doc, timexes, bounds, ReferenceDate(
        value, True, f"written {parts}; {how}",
        earliest.day if earliest else None, latest.day if latest else None, forward=earliest is None), today)


def _in_current_year(doc: Document, timexes: list[Timex], bounds: list[Bound],
                     today: date | None) -> ReferenceDate | None:
    """"Over the course of 2022 we have been reviewing our strategy ... Deadline: 23 September": a
    year the text is still busy in is the year it was written in, so its year-less days are that
    year's, counted from its first day (or from a later day a firm past tells), looking ahead.
    None without such a year, or when another tense breaks it."""
    current = [b for b in bounds if b.current_year]
    if not current:
        return None
    year = max(b.edge.year for b in current)
    firm = [b.day for b in bounds if b.side == "after" and not b.loose]
    value = max([date(year, 1, 1), *firm])
    if value.year != year or not all(b.holds(value) for b in bounds if not b.loose):
        return None
    return _weekdays_first(doc, timexes, bounds, ReferenceDate(
        value, True, f"a year told as still going on ({year}, in a present perfect progressive, or under way a "
                     f"month or a week ago): written in it, "
                     f"its days without a year are that year's, counted from {spoken_day(value)}, looking ahead",
        value, date(year, 12, 31), forward=True), today)


ONGOING_LINKS = "ongoing_perfect_links"


def _recent_year(text: str, sentences: Sentences, timex: Timex) -> bool:
    """A written year that something is for ("the first count for 2017") in a sentence that
    tells it a month or a week ago ("Last month's first count for 2017 found ..."; ``current_year_leads``,
    ``recent_past_phrases``): the year that was under way so lately is the text's own."""
    if not timex.bare_year:
        return False
    if not word_before(text, timex.start, load_words("en", "current_year_leads")):
        return False
    sentence = sentences.at(timex.start)
    words = " ".join(w.lower.replace("\u2019", "'") for w in words_in(text, sentence[0], sentence[1]) if w.is_word)
    return any(f" {phrase} " in f" {words} " for phrase in load_words("en", "recent_past_phrases"))


def _ongoing_perfect(text: str, sentences: Sentences, timex: Timex) -> bool:
    """A written year in a sentence with a present perfect progressive ("Over the course of 2022 we
    have been reviewing our strategic direction"; ``perfect_auxiliaries``, ``ongoing_perfect_links.txt``,
    a verb in -ing, ``gerund_endings``): English joins that tense only to a time not yet over, so the year is the text's own."""
    if not timex.bare_year:
        return False
    sentence = sentences.at(timex.start)
    words = [w.lower for w in words_in(text, sentence[0], sentence[1]) if w.is_word]
    auxiliaries, links = word_list("perfect_auxiliaries"), frozenset(load_list("en", ONGOING_LINKS))
    endings = tuple(word_list("gerund_endings"))
    return any(a in auxiliaries and b in links and c.endswith(endings) and len(c) > 4
               for a, b, c in zip(words, words[1:], words[2:]))


def _yearless_past(text: str, sentences: Sentences, timexes: list[Timex], bounds: list[Bound]) -> list[Bound]:
    """"Addressing county leaders on October 9, the water secretary said ..." on a page whose
    firm past ("Since the cabinet resolution of March 14, 2024") writes its year: a news text leaves
    the year off the days of its own year, so a year-less day told in the past lies in the year
    the page was written, which is no earlier than that firm past's. The day in that year, when
    it is later than the firm past, is one more "written after" (and so is each later year's, so
    the bound holds whichever year it is). Only days no nearer date gave a year (no span) and
    that no sentence tells ahead; none without a firm past day written with its year."""
    firm = [b for b in bounds if b.side == "after" and not b.loose and b.written is None and not b.year_only]
    if not firm:
        return []
    earliest = max(firm, key=lambda b: b.day)
    ahead = {(d.month, d.day) for d in (told(t) for t in timexes) if d is not None and d.ahead}
    found = []
    for timex in timexes:
        if timex.tense != "past" or timex.type not in ("DATE", "TIME") or (timex.span is not None
                                                                         and not timex.problem):
            continue
        day = told(timex)
        if day is None or day.ahead or (day.month, day.day) in ahead:
            continue          # the same day told ahead too ("term starts on October 9 ... who registered on October 9"): no clue
        placed = day_in(earliest.edge.year, day.month, day.day)
        if placed is not None and placed >= earliest.day:
            found.append(Bound(placed + timedelta(days=1), "after", placed, _verb(text, sentences, timex), timex.text,
                               narrated=True))
    return found


def _yearless_done(text: str, sentences: Sentences, timexes: list[Timex], bounds: list[Bound]) -> list[Bound]:
    """"The fire drill set for Tuesday 6th May has already been carried out" (done_days) on a page whose
    first day told ahead writes its year ("the pupils will sit on Monday 12th May 2031"): the done day is
    the last one of its month and day before that day told ahead (of a weekday written beside it, only
    when it fits), and the page was written after it. None without a firm day told ahead."""
    firm = [b for b in bounds if b.side == "before" and not b.loose and b.written is None and b.horizon is None]
    if not firm:
        return []
    edge = min(b.edge for b in firm)
    found = []
    for timex in timexes:
        day = told(timex) if timex.span is None else None
        done = done_after(text, sentences, timex) if day is not None else None
        if done is None:
            continue
        placed = next((d for d in (day_in(edge.year, day.month, day.day), day_in(edge.year - 1, day.month, day.day))
                       if d is not None and d < edge), None)
        named = weekday_of(timex)
        if placed is None or (named is not None and placed.isoweekday() != named.iso):
            continue
        found.append(Bound(placed + timedelta(days=1), "after", placed, done, timex.text, narrated=True))
    return found


def _yearless_leading(timexes: list[Timex], latest: Bound) -> tuple[date, str] | None:
    """"The exams will begin on February 21 ... results will be declared by the first week of June
    2019": days told ahead without a year (and without a weekday to fix one), on a page whose first
    day told ahead writes its year, lead up to that day when their last date before it is nearer to
    it than their next date after it (a timetable announced ahead of its close, not one a year on).
    The first such day, on that date, with the expression as written; None when there is none, or
    when the day the page tells ahead is itself year-less, loose or a year (no date to lead up to)."""
    if latest.written is not None or latest.loose or latest.bare_year or latest.horizon is not None:
        return None
    anchor = latest.edge
    found: list[tuple[date, str]] = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.tense not in ("future", "present"):
            continue
        raw = parse(timex.raw_value or timex.value)
        written = _YEARLESS_DAY.fullmatch(raw.core)
        if written is None or raw.annotations.get("wd"):
            continue
        month, day = int(written.group(1)), int(written.group(2))
        before = next((d for d in (day_in(anchor.year, month, day), day_in(anchor.year - 1, month, day))
                       if d is not None and d < anchor), None)
        after = next((d for d in (day_in(anchor.year, month, day), day_in(anchor.year + 1, month, day))
                      if d is not None and d > anchor), None)
        if before is not None and after is not None and anchor - before < after - anchor:
            found.append((before, timex.text))
    return min(found, default=None)


def _weekday_named_ahead(text: str, timexes: list[Timex], latest: Bound) -> str | None:
    """"Nine Lessons and Carols at St Paul's on Sunday evening" beside "(18/12/2022)": a bare
    weekday after a word pointing to the coming one (``near_weekday_leads.txt``), told in no past,
    that is the weekday of the first day the page tells ahead with its year: the page was written
    in the week before that day, not an announcement's weeks ahead. The weekday as written, else None."""
    if latest.written is not None or latest.loose or latest.bare_year or latest.horizon is not None:
        return None
    leads = frozenset(load_list("en", "near_weekday_leads"))
    for timex in timexes:
        if timex.tense == "past" or timex.type not in ("DATE", "TIME"):
            continue
        bare = _BARE_WEEKDAY_CORE.match(parse(timex.raw_value or timex.value).core)
        if bare is None or int(bare.group(1)) != latest.edge.isoweekday():
            continue
        if word_before(text, timex.start, leads):
            return timex.text
    return None


NEAR_WEEKDAY_LEAD = timedelta(days=6)    # the earliest day from which "on Sunday" is the coming Sunday
_BARE_WEEKDAY_CORE = re.compile(r"XXXX-WXX-([1-7])(?![0-9])")
_YEARLESS_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")


def _untold_far_after(timexes: list[Timex], earliest: Bound) -> date | None:
    """The first day written with its year and told in no tense, when the latest past the text
    tells (``earliest``, the first day the page can be) is loose (a year, a month) and lies more
    than WEEKDAY_REACH before it; else None. (The caller asks only when no future is told.)"""
    if not earliest.loose:
        return None
    days = [t.span.start.date() for t in timexes
            if t.type in ("DATE", "TIME") and t.tense is None and t.span is not None and not t.problem
            and not t.approximate and t.span.granularity in DAY_OR_FINER and t.end_interval is None
            and _WRITTEN_YEAR.search(t.text) and (t.raw_value or t.value)[:4].isdigit()]
    first = min(days, default=None)
    return first if first is not None and first - earliest.day > WEEKDAY_REACH else None


def _far_loose_past(earliest: Bound, latest: Bound | None) -> bool:
    """A past told only by its year, more than WEEKDAY_REACH before a firm day the text announces
    ("founded in 1948" beside "will hold its assembly on 5-7 December 2007"): it says nothing of when
    the text was written, so the announced day decides, as in a text with only future dates. So does
    a year told ahead more than NEAR_YEARS years after it ("SPIEF has been held since 1997" beside
    "SPIEF-2019 will take place on June 6-8"): the page stands near the year it announces, not at
    the first day after its history (neither a target year nor the next of a cycle, which say less)."""
    if not earliest.loose or latest is None or latest.horizon is not None:
        return False
    if latest.loose:
        return latest.bare_year and not latest.next_cycle and latest.day.year - earliest.day.year > NEAR_YEARS
    return latest.edge - earliest.day > WEEKDAY_REACH


def _far_firm_past(earliest: Bound, latest: Bound | None) -> bool:
    """"press conferences are held under the order dated September 15, 2011" beside "will begin
    ... for the first half of 2022": a past day the text cites (a participle of ``cited_day_leads``
    before it, not a verb that narrates it) more than NEAR_YEARS years before the first date the
    text tells ahead is history, not news it reports; the writer stands near what is announced, so
    the date announced decides, as in a text with only future dates. A day narrated ("approved on
    3 March 2026 ... will open on 1 June 2028") still decides, however far ahead the plan reaches,
    and so does a cited day when the date told ahead is a bare year or a target (too loose)."""
    cited = earliest.verb is not None and earliest.verb.split()[0].lower() in load_list("en", "cited_day_leads")
    return (cited and not earliest.loose and latest is not None and not latest.bare_year
            and latest.horizon is None and latest.edge.year - earliest.day.year > NEAR_YEARS)


def _holidays_in_dated_rows(text: str, timexes: list[Timex]) -> set[int]:
    """The holidays named on a line that writes a day of its own ("| Labor Day - no classes | - |
    September 1 |", "Thanksgiving break | November 26 - November 30"): the row's day says when,
    and the holiday, resolved on its own, is one more vote for whatever year it was read in
    (a stale one). Ids of such timexes."""
    days = [t for t in timexes if t.type in ("DATE", "TIME") and "holiday" not in t.rule.split("+")
            and _WRITTEN_DAY.match(parse(t.raw_value or t.value).core)]
    found = set()
    for timex in timexes:
        if "holiday" not in timex.rule.split("+"):
            continue
        start = text.rfind("\n", 0, timex.start) + 1
        end = text.find("\n", timex.end)
        end = len(text) if end < 0 else end
        if any(start <= d.start and d.end <= end for d in days):
            found.add(id(timex))
    return found


_WRITTEN_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")     # a day with its month written, its year or not


def _without_far_years(bounds: list[Bound], today: date | None) -> list[Bound]:
    """"Western painting between 1400 and 1800", "borrowed from a 1938 poem": a bare year far
    before the build, that no future verb tells ahead and no other clue stands near, names a
    period the text describes, not a happening it announces; taken as one, it put a Dublin
    launch in 1800. Such a year does not bound the document from above. One told by a verb
    ("will be completed in 1961") or near another clue ("took place on 3 May 1950 … appears in
    1951") still does: an old text may be dated by its own years."""
    if today is None:
        return bounds

    def far(bound: Bound) -> bool:
        return (bound.side == "before" and bound.bare_year and bound.verb is None
                and bound.day.year <= today.year - FAR_YEARS)
    clues = [b for b in bounds if not far(b)]
    return [b for b in bounds
            if not far(b) or any(abs(b.day.year - c.day.year) <= NEAR_YEARS for c in clues)]


def _years_told_only(doc: Document, timexes: list[Timex], sentences: Sentences, bounds: list[Bound],
                     today: date | None) -> ReferenceDate | None:
    """"…first envisioned in 2020 but could not take place at the time" beside "will be held on
    April 20-21": a bare year told in the past says only that the text is later, often years
    later, so it does not put the days the text tells ahead without a year in that year. They
    are read as in a text with no year at all, from a day every such year still allows. So are the
    days of an event post that tells them in no tense ("Time: June 16 10am-4pm" above an author's
    "involved with the centre since 1997"), unless one is told in the past: a report of days gone
    by is written after them, and its years still bound it."""
    if today is None or not all(b.year_only for b in bounds):
        return None
    previous = _previous_edition(doc.text, timexes, bounds)
    if previous is not None:
        return previous
    named = _named_year_reference(doc, sentences, timexes, bounds, today)
    if named is not None:
        return named
    tensed = [d for d in (told(t) for t in timexes) if d is not None]
    if not any(d.ahead for d in tensed) and (tensed or not yearless_days(timexes)):
        return None
    found = undated_reference(doc, timexes, today, lambda day: all(b.holds(day) for b in bounds))
    if found is None or found.value is None or not all(b.holds(found.value) for b in bounds):
        return None
    years = " and ".join(_describe(b) for b in bounds)
    return ReferenceDate(found.value, True, f"{found.reason}; the past years say only that it was written {years}",
                         found.earliest, found.latest, forward=found.forward, build_year=found.build_year,
                         year_open=found.year_open)


def _named_year_reference(doc: Document, sentences: Sentences, timexes: list[Timex], bounds: list[Bound],
                          today: date, weekday_fits: bool = False) -> ReferenceDate | None:
    """The page's day when a name beside year-less days writes their year ("moved back from May 7
    to May 9 for the 2018 Autumn bursary round"; see named_year_days): the first day of that year
    the tense ``bounds`` allow, else None. With ``weekday_fits`` (a page that tells no date in a
    tense), only when the name's day carries a weekday that falls on it in that year ("the Coastal
    Fair 2019 is the parade that will go by next Saturday, November 2": Saturday in 2019 and in
    2024): the page's own writing chooses among the years the weekday leaves, and a name's year
    the weekday does not fit ("the Rent Act 2009 takes effect on Friday, April 1") or a day with
    no weekday ("owners of the 2004 model: 14 March") dates nothing."""
    named = named_year(doc.text, sentences, timexes) or listed_year(doc.text, sentences, timexes)
    if named is None or named.year > today.year or (weekday_fits and not _weekday_on(named.day, named.year)):
        return None
    value = date(named.year, 1, 1)      # "written after 1 January 2020": its first day the past year allows
    value = max([value] + [b.day for b in bounds if b.side == "after" and b.day.year == named.year])
    if not all(b.holds(value) for b in bounds) or not _day_in_named_year(doc, sentences, timexes, named, value):
        return None
    return ReferenceDate(value, True, f"the year {named.year} is written in a name (\"{_shown_name(doc.text, named.timex)}\") "
                                      f"beside the year-less \"{' '.join(named.day.text.split())}\": the days are "
                                      f"that year's, counted from its first day the tenses allow", forward=True)


def _weekday_on(day: Timex, year: int) -> bool:
    """Whether the year-less ``day`` carries a weekday ("Saturday, November 2") that it falls on in ``year``."""
    raw = day.raw_value or day.value
    weekday, written = parse(raw).get("wd"), yearless_month_day(day.type, raw)
    if weekday is None or not weekday.isdigit() or written is None or written[1] is None:
        return False
    try:
        return date(year, written[0], written[1]).isoweekday() == int(weekday)
    except ValueError:
        return False       # 29 February in a common year


def _day_in_named_year(doc: Document, sentences: Sentences, timexes: list[Timex], named: NamedYear,
                       value: date) -> bool:
    """Whether a year-less day of the name's sentence, read from ``value``, falls in the name's year:
    when every one is sent back before it ("moved to December 26", read on 2 January), the name is
    not their year. Only that sentence's dates are read (its own year is shared with its days)."""
    start, end = sentences.at(named.timex.start)
    read = resolve([t for t in timexes if start <= t.start < end], doc.text, value, default_tz=doc.timezone,
                   forward=True)
    days = [t.span.start.year for t in read
            if t.span is not None and yearless_month_day(t.type, t.raw_value or "") is not None]
    return not days or max(days) >= named.year


OCCASION_NAME_WORDS = 4    # capitalised words after "Annual" read as the occasion's name ("Town Meeting")


def _shown_name(text: str, year: Timex) -> str:
    """A few words around a year, as written, for the reason."""
    before = [w for w in words_in(text, max(0, year.start - 40), year.start) if w.is_word][-2:]
    after = [w for w in words_in(text, year.end, min(len(text), year.end + 40)) if w.is_word][:3]
    start = before[0].start if before else year.start
    return " ".join(text[start:after[-1].end if after else year.end].split())


def _previous_edition(text: str, timexes: list[Timex], bounds: list[Bound]) -> ReferenceDate | None:
    """"... an update on issues raised at the 2012 Annual Town Meeting" on a page that moves this
    year's "Annual Town Meeting" to "May 16": a yearly occasion's edition named by its year and told
    as past is the last one, so the days the page writes without a year are the next edition's, in
    the year after it. Only when the occasion's name ("Annual Town Meeting") is written again with
    no year before it (the page is about an edition it does not date), and no year-less day written
    with its weekday breaks that year. Counted from that year's first day, looking ahead."""
    words = load_words("en", "annual_occasion_words")
    years = {b.edge.year for b in bounds}
    for timex in timexes:
        if timex.span is None or timex.span.granularity != "year" or timex.span.start.year not in years:
            continue
        after = [w for w in words_in(text, timex.end, min(len(text), timex.end + 80)) if w.is_word]
        if not after or after[0].lower not in words or text[timex.end:after[0].start].strip():
            continue
        if not _reported_edition(text, timex.start):
            continue
        name = [after[0].text]
        for word in after[1:OCCASION_NAME_WORDS + 1]:
            if not word.text[:1].isupper() or text[after[0].end:word.start].count("\n"):
                break
            name.append(word.text)
        if len(name) < 2:
            continue
        phrase = " ".join(name)
        again = [m.start() for m in re.finditer(re.escape(phrase), text) if m.start() != after[0].start]
        if not any(not _YEAR_BEFORE.search(text, max(0, at - 6), at) for at in again):
            continue
        year = timex.span.start.year + 1
        if any(w.on(year) is None for w in (weekday_of(t) for t in timexes) if w is not None):
            continue
        value = date(year, 1, 1)
        if not all(b.holds(value) for b in bounds) or not yearless_days(timexes):
            continue
        shown = " ".join(text[timex.start:after[len(name) - 1].end].split())
        return ReferenceDate(value, True, f"the page tells \"{shown}\" as past and writes \"{phrase}\" again with "
                                          f"no year: its year-less days are the next edition's, counted from "
                                          f"1 January {year}, looking ahead", value, date(year, 12, 31), forward=True)
    return None


_YEAR_BEFORE = re.compile(r"\d{4}\W{0,2}$")
_PLAIN_GAP = re.compile(r"[^\W\d]+(?: [^\W\d]+)* ?")   # words and single blanks: no mark, digit or line break
REPORT_LEAD_REACH = 60     # characters looked back from an edition's year for the words that report on it


def _reported_edition(text: str, start: int) -> bool:
    """Whether the year at ``start`` names an edition whose business the page reports: right after
    a lead of ``edition_report_leads`` ("issues raised at the 2012 Annual Town Meeting"; one word
    such as "the" may stand between), in a sentence with no word of ``edition_history_words``. A
    year that only says where something began ("The club was founded at the 1998 Annual General
    Meeting", decades ago) or happened ("first staged at the 2003 Annual Fete") tells no last edition."""
    sentence_start, sentence_end = split_sentences(text).at(start)
    history = frozenset(load_list("en", "edition_history_words"))
    if any(w.lower in history for w in words_in(text, sentence_start, sentence_end) if w.is_word):
        return False
    before = [w for w in words_in(text, max(sentence_start, start - REPORT_LEAD_REACH), start) if w.is_word]
    for lead in load_list("en", "edition_report_leads"):
        size = len(lead.split())
        for skip in (0, 1):
            if len(before) < size + skip:
                continue
            run = before[len(before) - size - skip:len(before) - skip]
            between = before[len(before) - skip:]
            if " ".join(w.lower for w in run) == lead and not any(w.is_capitalised for w in between) \
                    and _PLAIN_GAP.fullmatch(text, run[0].start, start):
                return True
    return False


def _first_untold(timexes: list[Timex], edge: date) -> date | None:
    """The first day written with its year and told in no tense in the year before ``edge``, the
    first day the future tenses tell of: a call's "Publication of call | 04 May 2012" above
    "Project start | January 2013" is one more date the document announces. Only days written
    above every future-tensed date count: a schedule reads forward, while a day written after
    one ("the minutes of the General Assembly of 27 April 2026") looks back; a series, a year or
    a word told ahead is no such date (:func:`_day_told_ahead`)."""
    ahead = min((t.start for t in timexes if _day_told_ahead(t)), default=max((t.end for t in timexes), default=0))
    days = [t.span.start.date() for t in timexes
            if t.start < ahead and t.type in ("DATE", "TIME") and t.tense is None and t.span is not None
            and not t.problem and not t.approximate and t.span.granularity in DAY_OR_FINER
            and (t.raw_value or t.value)[:4].isdigit()]
    days = [d for d in days if d < edge and (edge - d).days <= WEEKDAY_REACH_DAYS]
    return min(days, default=None)


def _day_told_ahead(timex: Timex) -> bool:
    """A date told in the future or present that names a day or a month ("will be held on 3 May",
    "closes in March"): days written below it may look back. Not a series ("Meetings will take
    place on the 3rd Thursday of each month"), a year ("2025 Board Meeting Schedule", "the 2026/27
    Annual Plan") or a word with no day of its own ("Currently"): the dated rows under those are
    the days they announce, listed forward."""
    return (timex.tense in ("future", "present") and timex.type != "SET" and timex.span is not None
            and timex.span.granularity != "year")


def _weekday_bounds(text: str, sentences: Sentences, timexes: list[Timex], after: date) -> list[Bound]:
    """Year-less days told ahead with their weekday ("LOIs are due on Friday, January 15"),
    each on the first such weekday after ``after`` within a year and a bit: the document was
    written before it, as surely as before a day with its year."""
    found = []
    for timex in timexes:
        named = weekday_of(timex)
        if named is None or timex.tense not in ("future", "present"):
            continue
        day = next((d for d in (named.on(y) for y in range(after.year, after.year + 2))
                    if d is not None and after < d <= after + WEEKDAY_REACH), None)
        if day is not None:
            found.append(Bound(day - timedelta(days=1), "before", day, _verb(text, sentences, timex), timex.text,
                               weekday=True))
    return found


def _weekdays_first(doc: Document, timexes: list[Timex], bounds: list[Bound], chosen: ReferenceDate,
                    today: date | None) -> ReferenceDate:
    readings: dict[tuple[date | None, bool], list[Timex]] = {}

    def read(reference: ReferenceDate) -> list[Timex]:
        # each reading resolves the whole document; candidate days repeat (a weekday's years, the chosen date)
        key = (reference.value, reference.forward)
        if key not in readings:
            readings[key] = resolve(timexes, doc.text, reference.value, default_tz=doc.timezone, forward=reference.forward)
        return readings[key]

    def held(day: date) -> tuple[int, int]:
        return (sum(b.holds(day) for b in bounds if not b.loose), sum(b.holds(day) for b in bounds if b.loose))
    if today is None:
        return chosen
    return (holidays_overrule(doc.text, timexes, chosen, today, read, held)
            or weekdays_overrule(timexes, chosen, today, read, held) or chosen)


def _why_earlier(dated: ReferenceDate, bounds: list[Bound], today: date) -> ReferenceDate:
    """A dateline's year before the latest: say which tense the later years break."""
    try:
        later = dated.value.replace(year=dated.value.year + 1)
    except ValueError:
        return dated
    broken = [b for b in bounds if b.holds(dated.value) and not b.holds(later)]
    if later > today or not broken:
        return dated
    return replace(dated, reason=f"{dated.reason}; a later year would not be {_describe(broken[0])}")


# A bare weekday or clock, a day of the month with no month ("on the 18th"), or an offset from the
# last date told ("15 years earlier", "the next day"): its day is another date's.
_ANCHORED_ONLY = re.compile(r"XXXX-(?:WXX|XX-)|LAST[+-]")


def _bound(text: str, sentences: Sentences, timex: Timex) -> Bound | None:
    """What one self-contained, tensed date says about when the document was written.

    A bare weekday or clock ("Saturday 10am–4pm, Sunday closed") is counted from another
    date, so it tells nothing of its own (standing opening hours least of all); nor does a
    day whose written weekday its guessed year breaks."""
    span = timex.span
    if (timex.type not in ("DATE", "TIME") or span is None or timex.problem
            or timex.tense not in ("past", "future", "present")):
        return None
    if span.granularity == "year" and (_names_year(text, sentences, timex) or _archive_year(text, sentences, timex)):
        return None
    if span.granularity in _ERA_GRAINS and (timex.tense == "present" or _era_modifier(text, timex)):
        return None     # "The story is set in the 1940s": a told period's setting, not the page's time
    if span.granularity == "year" and _start_year(text, sentences, timex):
        return None     # "regulated by the city from 2024": when a state starts, not when the text was written
    horizon = _horizon_year(text, sentences, timex) if span.granularity == "year" else None
    if horizon is not None:       # "net zero by 2050": written before the target year, in whatever tense
        start = span.start.date()
        return Bound(start - timedelta(days=1), "before", start, None, None, True, bare_year=True, horizon=horizon)
    raw = parse(timex.raw_value or timex.value)
    if _ANCHORED_ONLY.match(raw.core):
        return None
    weekday = raw.annotations.get("wd")
    if weekday and weekday.isdigit() and span.start.isoweekday() != int(weekday):
        return None
    written = timex.text if raw.core.startswith("XXXX") else None
    verb = _verb(text, sentences, timex)
    loose = timex.approximate or span.granularity not in DAY_OR_FINER
    if timex.tense == "past" and _called_off(text, sentences, timex):
        return None     # "The visit on the 27th July has been postponed": put off while still ahead, or not
    if timex.tense == "past" and present_relative(text, sentences.at(timex.start)[0], timex):
        return None     # "published ... for every voter who reaches 21 on 1 January 2031": a condition, no past
    if timex.tense == "past" and attended_day(text, sentences.at(timex.start)[0], timex):
        return None     # "confirmed their presence on 12 September": the presence's day, no past act
    if loose and span.granularity == "year" and held_title(text, timex):
        # "will take on the 2016 winners": the title's season is over, the text is of that year or later
        return Bound(span.start.date() + timedelta(days=1), "after", span.start.date(), verb, written, True,
                     year_only=True)
    if timex.tense == "past" and not _asked_by(text, sentences, timex) and not _planned_act(text, sentences, timex, verb):
        last = (span.end - timedelta(microseconds=1)).date()
        if loose and span.granularity == "year" and counted_on(text, timex):
            # "the busiest day since 2019": written in a later year, not in 2019 itself
            return Bound(span.end.date(), "after", (span.end - timedelta(microseconds=1)).date(), verb, written, True,
                         year_only=True)
        if loose:   # "took place in 2010": only sure the document is later than its start
            return Bound(span.start.date() + timedelta(days=1), "after", span.start.date(), verb, written, True,
                         year_only=span.granularity == "year",
                         current_year=span.granularity == "year" and (_ongoing_perfect(text, sentences, timex)
                                                                      or _recent_year(text, sentences, timex)))
        return Bound(span.end.date(), "after", last, verb, written)
    done = done_after(text, sentences, timex) if not loose else None
    if done is not None:     # "set for Tuesday 6 May has already been carried out": over when written
        return Bound(span.end.date(), "after", (span.end - timedelta(microseconds=1)).date(), done, written)
    # A present verb with a date is a schedule ("The term ends on 25 June", "COP31 convenes
    # in November"): like a future one, it was written before the date.
    first = span.start.date()
    if loose:       # "will be informed in the second half of 2011": sure only of its end
        last = (span.end - timedelta(microseconds=1)).date()
        return Bound(last, "before", last + timedelta(days=1), verb, written, True,
                     bare_year=span.granularity == "year", opens=first,
                     next_cycle=span.granularity == "year" and _next_cycle(text, sentences, timex))
    whole_days = span.start.time().hour == 0 and span.start.time().minute == 0
    return Bound(first - timedelta(days=1) if whole_days else first, "before", first, verb, written)


def _planned_act(text: str, sentences: Sentences, timex: Timex, verb: str | None) -> bool:
    """Whether the past verb that governs a date (``verb``, as :func:`_verb` quotes it) plans an
    act still to come ("Biden on Wednesday proposed holding another summit in the beginning of
    2022", "agreed to hold talks in March"; the verbs are ``planned_act_verbs.txt``): such a verb
    with a gerund or "to" and a verb right after it. The date is the planned act's, ahead of the
    planning: read as a past event it dated a year-less wire story after the summit it announced.
    A word in -ing that is a preposition or a noun (``ing_non_gerunds.txt``: "decided during its
    meeting on 3 March") or "to" before a noun phrase ("agreed to the budget on 3 March") tells
    of a past act: that date still says the page was written after it."""
    planned = load_list("en", "planned_act_verbs")
    if verb is None or verb.split()[0].lower() not in planned:
        return False
    words = [w for w in words_in(text, sentences.at(timex.start)[0], timex.start) if w.is_word]
    at = max((i for i, w in enumerate(words) if w.lower == verb.split()[0].lower()), default=None)
    if at is None or at + 1 >= len(words):
        return False
    follower = words[at + 1].lower
    if follower in load_list("en", "planned_act_links"):
        # "agreed to hold talks", not "agreed to the budget on 3 March" nor "agreed to 3 new plots
        # on 3 March": a noun phrase after "to" (a determiner or a number opens it) is what was
        # agreed, done that day. A date that is the object ("agreed to 3 March") or sits in that
        # noun phrase ("agreed to a sitting with a May 14, 2021 completion day": a determiner right
        # before it) is still the planned act's.
        if at + 2 >= len(words):
            return True
        determiners = load_list("en", "determiners")
        noun_phrase = words[at + 2].is_number or words[at + 2].lower in determiners
        return not noun_phrase or words[-1].lower in determiners
    return _gerund().fullmatch(follower) is not None and follower not in load_list("en", "ing_non_gerunds")


@lru_cache(maxsize=None)
def _gerund() -> re.Pattern[str]:
    """A lower-case word of two letters or more before a gerund's ending (gerund_endings: "-ing")."""
    endings = "|".join(map(re.escape, sorted(word_list("gerund_endings"))))
    return re.compile(rf"[a-z]{{2,}}(?:{endings})")


CALLED_OFF_REACH = 6     # words after a date within which its occasion is said to be called off


def _called_off(text: str, sentences: Sentences, timex: Timex) -> bool:
    """The date's occasion is called off or moved in its own clause ("The visit to Goodnestone Park
    on the 27th July has been postponed", "the concert on 20 March was cancelled"): an auxiliary
    (``copulas.txt``, ``called_off_auxiliaries.txt``) and a participle of ``called_off_participles.txt``
    among the few words after the date. Such a day was put off whether or not it had come, so it
    tells nothing of when the text was written."""
    end = sentences.at(timex.start)[1]
    after = [w.lower for w in words_in(text, timex.end, end) if w.is_word][:CALLED_OFF_REACH]
    participles = load_list("en", "called_off_participles")
    auxiliaries = set(load_list("en", "copulas")) | set(load_list("en", "called_off_auxiliaries"))
    return any(w in participles and any(a in auxiliaries for a in after[:k]) for k, w in enumerate(after))


def _asked_by(text: str, sentences: Sentences, timex: Timex) -> bool:
    """A date right after "before"/"by" (``obliged_links.txt``) in a sentence that asks something of
    its reader before it (``obliged_cues.txt``: "should ... submit them to Reception before Saturday
    28 October marked for the attention of the Secretary"): the day is still ahead, whatever tense
    a participle after it suggests."""
    start = sentences.at(timex.start)[0]
    before = [w for w in words_in(text, start, timex.start) if w.is_word]
    return (len(before) >= 2 and before[-1].lower in load_list("en", "obliged_links")
            and not text[before[-1].end:timex.start].strip()
            and any(w.lower in load_list("en", "obliged_cues") for w in before[:-1]))


_ERA_GRAINS = ("decade", "century")
_MODIFIED = re.compile(r"-?[ \t]?([^\W\d_][\w'\u2019]*)|-")


def _era_modifier(text: str, timex: Timex) -> bool:
    """A decade or century that modifies the word after it ("The '90s tinged pop-punk band will
    head out", "a 1960s-style diner", "'80s new wave music", "I Want My 80s Tour"): it says what
    something is like, not when the text was written, whatever the sentence's tense; taken as a
    bound it dated a 2019 concert page before 2000. One followed by a word of ``decade_links.txt``
    or a mark ("in the 1990s and 2000s", "the 1960s, when") is a time of its own."""
    match = _MODIFIED.match(text, timex.end)
    if match is None:
        return False
    word = match.group(1)
    return word is None or word.lower() not in load_list("en", "decade_links")


def _archive_year(text: str, sentences: Sentences, timex: Timex) -> bool:
    """A bare year that bounds the records a page keeps ("For agendas or Council minutes prior to
    1998, please see the City Clerk", "records before 2014 are in the archive"; the record nouns
    and links are ``archive_year_nouns.txt`` and ``archive_year_links.txt``): it tells which
    records are kept elsewhere, not when the page was written; read in the present tense of its
    sentence it dated an undated agendas page before 1998."""
    if not timex.bare_year:
        return False
    sentence = sentences.at(timex.start)
    before = [w for w in words_in(text, sentence[0], timex.start) if w.is_word]
    if not before or text[before[-1].end:timex.start].strip():
        return False
    nouns = load_list("en", "archive_year_nouns")
    for link in load_list("en", "archive_year_links"):
        parts = link.split()
        if len(before) > len(parts) and [w.lower for w in before[-len(parts):]] == parts:
            return before[-len(parts) - 1].lower in nouns
    return False


def _start_year(text: str, sentences: Sentences, timex: Timex) -> bool:
    """A bare year right after a word of ``start_year_leads.txt`` ("from 2024"): the year a state
    starts, which the text may tell before, during or long after it."""
    if not timex.bare_year:
        return False
    sentence = sentences.at(timex.start)
    before = [w for w in words_in(text, sentence[0], timex.start) if w.is_word]
    return bool(before) and not text[before[-1].end:timex.start].strip() \
        and before[-1].lower in load_list("en", "start_year_leads")


def _horizon_year(text: str, sentences: Sentences, timex: Timex) -> str | None:
    """A bare year a plan aims at ("cut emissions by 50% by 2030", "runs to 2030", "the 2030
    targets"; ``horizon_leads.txt``, ``horizon_nouns.txt``): it tells what lies ahead, not when
    the text was written. The lead and the year as written, else None."""
    if not timex.bare_year:
        return None                 # "by the end of 2027" is a deadline, often a near one
    sentence = sentences.at(timex.start)
    before = [w for w in words_in(text, sentence[0], timex.start) if w.is_word]
    if before and not text[before[-1].end:timex.start].strip() and before[-1].lower in load_list("en", "horizon_leads"):
        return text[before[-1].start:timex.end]
    after = next((w for w in words_in(text, timex.end, sentence[1]) if w.is_word), None)
    if after is not None and not text[timex.end:after.start].strip() and after.lower in load_list("en", "horizon_nouns"):
        return text[timex.start:after.end]
    return None


NEXT_CYCLE_WORDS = 4    # words before a year searched for "next" ("the next annual plan in 2026-27")


def _next_cycle(text: str, sentences: Sentences, timex: Timex) -> bool:
    """A year told as the next of a cycle ("the next annual plan in 2026-27", "the coming season
    2027"; ``next_modifiers.en.txt`` within NEXT_CYCLE_WORDS words before it, in its sentence, and a
    noun of ``cycle_nouns`` between the two): the cycle the page is written in is the one before it.
    Not an occasion told as the next one ("the next show in 2027"): the page is written in its year."""
    sentence = sentences.at(timex.start)
    before = [w for w in words_in(text, sentence[0], timex.start) if w.is_word][-NEXT_CYCLE_WORDS:]
    nexts = [i for i, w in enumerate(before) if w.lower in word_list("next_modifiers")]
    return bool(nexts) and any(w.lower in load_list("en", "cycle_nouns") for w in before[nexts[0] + 1:])


def _names_year(text: str, sentences: Sentences, timex: Timex) -> bool:
    """A year that is part of a name ("ICWSM 2027", "EuroPython 2026", "the Securities Act of
    1933"): a capitalised word right before it (or before its "of"), other than the
    sentence's first ("In 2010", "Since 2001")."""
    sentence = sentences.at(timex.start)
    if cited_year(words_in(text, sentence[0], timex.start)):
        return True                     # "Municipal Systems Act 32 of 2000", "the Companies Act, 2013"
    words = [w for w in words_in(text, sentence[0], timex.start) if w.is_word]
    if len(words) < 2 or text[words[-1].end:timex.start].strip():
        return False
    before = text[words[-1].start:words[-1].end]
    if before in load_list("en", "statute_links") and len(words) >= 3:   # "the Reform Act of 1995", "the Treaty of 1648"
        named = text[words[-2].start:words[-2].end]
        return named[:1].isupper() and named.lower() not in word_list("place_prepositions")
    return before[:1].isupper() and before.lower() not in word_list("place_prepositions")


def _verb(text: str, sentences: Sentences, timex: Timex) -> str | None:
    """The verb phrase that carries the date's tense, as written, for the reason.

    The nearest tense marker before the date (a word from the table, or a word with a
    tense suffix from it, "-ed"), plus the few words the table says belong to it.
    """
    sentence = sentences.at(timex.start)
    words = [w for w in words_in(text, sentence[0], timex.start) if w.is_word][-VERB_LOOKBACK:]
    rows = table("tense_markers")
    markers = {r["word"]: r for r in rows if not r["word"].startswith("-")}
    suffixes = [r for r in rows if r["word"].startswith("-")]
    stops = word_list("articles") | word_list("place_prepositions") | word_list("phrase_links")
    for index in range(len(words) - 1, -1, -1):
        lowered = words[index].lower
        row = markers.get(lowered) or next(
            (r for r in suffixes if lowered.endswith(r["word"][1:]) and len(lowered) > len(r["word"]) + 1), None)
        if row is None or row["tense"] != timex.tense:
            continue
        taken = [words[index]]
        for follower in words[index + 1:index + 1 + int(row["takes"] or 0)]:
            if follower.lower in stops or follower.start >= timex.start:
                break
            taken.append(follower)
        return text[taken[0].start:taken[-1].end]
    return None


def _describe(bound: Bound) -> str:
    """"before 14 July 2027 ("will be held" 14–16 July)": the verb, and the expression when its
    year was guessed, so a reader can find the sentence."""
    said = [f"\"{bound.verb}\"" if bound.verb else "", f"\"{bound.written}\"" if bound.written else ""]
    said = " ".join(p for p in said if p)
    return f"{bound.side} {spoken_day(bound.edge)}" + (f" ({said})" if said else "")


CONTRADICTION = "contradiction"     # how a reason read from tenses that cannot all hold begins


def _contradiction(bounds: list[Bound]) -> ReferenceDate:
    """Tenses that cannot all be true: take the day that satisfies the most of them."""
    def satisfied(day: date) -> int:
        return sum(1 for b in bounds if b.holds(day))

    def afters(day: date) -> int:
        return sum(1 for b in bounds if b.narrated and b.holds(day))

    # On a tie, the day that breaks no day a story tells as its own past ("Addressing MPs on
    # October 9, the secretary said"): it has gone by when the story was written, while a future may be
    # a report's ("Boards may then bid for funds from July 1", of a resolution of March).
    value = max(sorted({b.day for b in bounds}), key=lambda day: (satisfied(day), afters(day)))
    kept = satisfied(value)
    held = [b for b in bounds if b.holds(value)]
    earliest = max((b for b in held if b.side == "after"), key=lambda b: b.day, default=None)
    latest = min((b for b in held if b.side == "before"), key=lambda b: b.day, default=None)
    far = ""
    if earliest is not None and value == earliest.day and _far_loose_past(earliest, latest):
        # "... became a federal holiday in 1971" beside "will be closed Monday, May 31, 2021": the
        # tenses kept allow any day between, and a loose year long before says nothing of when the
        # text was written; the day announced decides, as in a text with only future dates.
        value = max(earliest.day, latest.edge - ANNOUNCEMENT_LEAD)
        far = (f"; the past date kept is a loose year long before: counted from {ANNOUNCEMENT_LEAD.days // 7} "
               f"weeks before the first day announced ({spoken_day(latest.edge)})")
    described = "; ".join(_describe(b) for b in bounds)
    return ReferenceDate(
        value, True,
        f"{CONTRADICTION}: the tenses cannot all hold ({described}); "
        f"chose {value.isoformat()}, which fits {kept} of {len(bounds)}{far}",
        value, value)


@dataclass(frozen=True)
class _DatelineDay:
    reference: ReferenceDate
    year_written: bool     # "VIENNA, 21 June 2011": else its year was read off the dates around it


def _dateline_date(doc: Document, timexes: list[Timex]) -> _DatelineDay | None:
    """The full date of the story's dateline ("VIENNA, 21 June 2011 (UNODC) -", "GENEVA (3
    March 2026) - …", "March 3, 2026 — …"), as :mod:`calfeed.events.datelines` finds it."""
    dateline = find_dateline(doc.text, timexes)
    if dateline is None or dateline.date is None:
        return None
    timex = next(t for t in timexes if (t.start, t.end) == dateline.date)
    if not _is_full_day(timex):
        return None
    placed = dateline.place is not None and dateline.place.start >= 0
    first = min(dateline.place.start, timex.start) if placed else timex.start
    last = max(dateline.place.end, timex.end) if placed else timex.end     # "08/06/2020 (Lisbon) -": the place after
    shown = doc.text[first:last]
    shown += ")" if "(" in shown and doc.text.startswith(")", last) else ""
    return _DatelineDay(ReferenceDate(timex.span.start.date(), False, f"dateline \"{shown}\"", span=(timex.start, timex.end)),
                        not parse(timex.raw_value or timex.value).core.startswith("XXXX"))


def _dateline_in_heading_year(dateline: ReferenceDate, heading: ReferenceDate) -> ReferenceDate:
    """"25 August 2004" alone above "NEW YORK, 24 August (UN DPI) --": the dateline's day is the
    story's, but its year was only guessed from the dates around it (a headline's "8-10 September"
    counted ahead put it in 2005); the page's full date says which year. The dateline's day in the
    year that puts it nearest the heading's date."""
    value, near = dateline.value, heading.value
    options = [d for d in (day_in(near.year + k, value.month, value.day) for k in (-1, 0, 1)) if d is not None]
    if not options:
        return heading
    chosen = min(options, key=lambda d: abs((d - near).days))
    return ReferenceDate(chosen, False, f"{dateline.reason}, in the year of the {heading.reason}", span=heading.span)


def _heading_date(doc: Document, timexes: list[Timex]) -> ReferenceDate | None:
    """A full date on one of the opening lines that is the document's own, not an event's.

    Either a label stands before it ("Published: 14 October 2026", "Posted on 3 March 2026
    by Jane Doe", "Date: Tue, 3 Mar 2026 10:15 +0100"), and then whatever follows is a
    byline or a time; or the date is alone on its line, with at most a label or a known place
    beside it ("14 October 2026", "Brussels, 14 October 2026").
    """
    events_own = frozenset() if _mail_header(doc.text) else word_list("event_date_labels")
    labels = word_list("heading_labels") - events_own
    cursor, seen = 0, 0
    while cursor < len(doc.text) and seen < HEADING_LINES:
        end = doc.text.find("\n", cursor)
        end = len(doc.text) if end < 0 else end
        line = doc.text[cursor:end]
        if line.strip() and not _furniture(line):
            seen += 1
            on_line = [t for t in timexes if cursor <= t.start and t.end <= end]
            clocks = _clocks_by_end(on_line)
            stamped = _year_after_clock(doc.text, cursor, end, on_line)
            if stamped is not None:
                return stamped
            if seen == 1 and _glued_dateline(doc.text, cursor, end, on_line):
                timex = on_line[0]
                shown = " ".join(doc.text[cursor:timex.end].split())
                return ReferenceDate(timex.span.start.date(), False, f"heading \"{shown}\"", span=(timex.start, timex.end))
            for timex in on_line:
                if not _is_full_day(timex):
                    continue        # no page's date: and a bare clock's lead is read back through every clock before it
                if timex.type == "DATE" and _letter_byline().fullmatch(doc.text, cursor, timex.start):
                    return ReferenceDate(timex.span.start.date(), False, f"byline \"{line.strip()}\"", span=(timex.start, timex.end))
                lead = _lead(doc.text, cursor, timex, clocks, most=LEAD_WORDS)
                # "... may change. Last updated April 20, 2021"
                if (after_sentence := _label_after_sentence(doc.text, cursor, timex, most=LEAD_WORDS)) in labels:
                    shown = f"{after_sentence} {' '.join(timex.text.split())}"
                    return ReferenceDate(timex.span.start.date(), False, f"heading \"{shown}\"", span=(timex.start, timex.end))
                if lead and (lead in labels or _issue(lead) or _stamp_lead(lead) or _news_service(lead)
                             or (1 < len(lead.split()) <= DATED_LABEL_WORDS
                                                                 and lead not in events_own
                                                                 and lead.split()[-1] in word_list("dated_label_ends")
                                                                 and not _occasion(lead))):
                    # "No. IISER/ACAD/PhD/2027/14   Date: 01.02.2027"
                    return ReferenceDate(timex.span.start.date(), False, f"heading \"{line.strip()}\"", span=(timex.start, timex.end))
                if (not lead or lead in labels | events_own) and timex.type == "DATE" \
                        and _byline_after().match(doc.text, timex.end, end):     # "date 2025-04-25 By Julia McCane-Knox"
                    return ReferenceDate(timex.span.start.date(), False, f"byline \"{line.strip()}\"", span=(timex.start, timex.end))
                if lead in labels | events_own and _machine_stamp(doc.text, cursor, timex):
                    shown = " ".join(doc.text[cursor:timex.end].split())
                    return ReferenceDate(timex.span.start.date(), False, f"stamp \"{shown}\"", span=(timex.start, timex.end),
                                         stamp=True)
            if len(on_line) == 1 and _is_full_day(on_line[0]) and (on_line[0].type == "DATE" or _stamp(on_line[0])
                                                                   or _NUMERIC_STAMP.fullmatch(on_line[0].text)):
                timex = on_line[0]     # unlabelled, a date with its clock is an event's ("Sunday, 3/14/2027 at 6:30 PM")
                rest = (line[:timex.start - cursor] + " " + line[timex.end - cursor:])
                rest = " ".join(rest.translate(_HEADING_PUNCTUATION).split())
                if rest.lower() in events_own:
                    pass
                elif category_byline(line[:timex.start - cursor], line[timex.end - cursor:]):
                    return ReferenceDate(timex.span.start.date(), False, f"byline \"{line.strip()}\"",
                                         span=(timex.start, timex.end))    # "Americas, Events, News, April 30 2018"
                elif _act_label_above(doc.text, cursor):
                    pass      # "REGISTRATION OPENS" / "Wednesday 15th November 2023": the act's day
                elif _told_ahead_below(timexes, timex, end):
                    pass      # "Friday 20th October 2017" over "the AGM, which will be held on Friday, 20th October 2017"
                elif _event_under_title(doc.text, timexes, cursor, end, timex):
                    pass      # "Festival Opening - Celebrate December!" / "3 December 2016": the event's day
                elif (_key_dates(doc.text, timexes, cursor, end) or opens_timeline(doc.text, end, timexes)) and not (
                        seen == 1 and _above_title(doc, end) and _unlike_neighbours(doc.text, timexes, cursor, timex)):
                    pass
                elif (not rest or rest.lower() in labels or lookup(rest)
                      or _issuing_body(doc.text, cursor, end, timex)):
                    return ReferenceDate(timex.span.start.date(), False, f"heading \"{line.strip()}\"", span=(timex.start, timex.end))
        cursor = end + 1
    return None


def _year_after_clock(text: str, line_start: int, line_end: int, on_line: list[Timex]) -> ReferenceDate | None:
    """"Tue Feb 15 11:21:09 EST 2011" alone on an opening line: a mail archive's stamp writes the
    year after the clock and its zone, so the tagger reads a day with its clock but no year, then
    the year alone. When nothing else is on the line and the written weekday holds in that year,
    the line is the day the message was sent: the page's own date. None otherwise."""
    if len(on_line) != 2:
        return None
    day, year = on_line
    raw = parse(day.raw_value or day.value)
    match = CALENDAR.fullmatch(raw.core)
    weekday = raw.annotations.get("wd")
    if (day.type != "TIME" or match is None or not raw.core.startswith("XXXX") or year.span is None
            or year.span.granularity != "year" or text[day.end:year.start].strip()
            or text[line_start:day.start].strip() or text[year.end:line_end].strip()
            or not (match.group("month") or "").isdigit() or not (match.group("day") or "").isdigit()
            or not (weekday or "").isdigit()):
        return None
    value = day_in(year.span.start.year, int(match.group("month")), int(match.group("day")))
    if value is None or value.isoweekday() != int(weekday):
        return None
    shown = " ".join(text[day.start:year.end].split())
    return ReferenceDate(value, False, f"stamp \"{shown}\"", span=(day.start, year.end), stamp=True)


def _told_ahead_below(timexes: list[Timex], heading: Timex, line_end: int) -> bool:
    """The heading's day is told again below it, year and all, as still ahead ("... which will be
    held on Friday, 20th October 2017"): the heading names the event's day, not the page's."""
    day = heading.span.start.date()
    return any(t.start > line_end and t.tense == "future" and t.span is not None and t.type in ("DATE", "TIME")
               and t.span.start.date() == day and _is_full_day(t) and _WRITTEN_YEAR.search(t.text)
               for t in timexes)


TITLE_MAX_WORDS = 12    # a longer line above a date is prose, no event's name
MARK_LINES = 4          # filled lines under a date line searched for a booking line ("Book now")
PROSE_CHARS = 400       # text under a date line read for the tense it tells


def _event_under_title(text: str, timexes: list[Timex], line_start: int, line_end: int, heading: Timex) -> bool:
    """"Festival Opening - Celebrate December!" / "3 December 2016" / "Join them at the Esplanade
    ...": a date alone right under a short line naming an event ("Next Parish Council Meeting:"),
    or over its hours ("7.30pm", "Time: 10am - 4pm"), a venue's line ("Venue: Town Library") or a
    booking line ("Add to calendar", "Book now"), is the event's day: an event's page writes its
    day under its name. A post's dateline is told apart by what follows it: a later
    day announced ahead ("Storytimes at the HPL" / "March 25, 2022" / "Beginning on April 4 we
    will ..."), prose telling only a past ("... tonight was the official reception"), or a
    story's verb of saying ("... the organisers say the line-up is the strongest yet")."""
    above = next(((a, b) for a, b in lines_above(text, line_start, MASTHEAD_LINES) if text[a:b].strip()), None)
    if above is None:
        return False
    title = text[above[0]:above[1]].strip()
    words = _title_words(title)
    if not words or len(words) > TITLE_MAX_WORDS or title.endswith("."):
        return False
    if not (_names_event(words) or _booking_below(text, line_end) or _clock_line_below(text, timexes, line_end)):
        return False
    day = heading.span.start.date()
    if any(t.start >= line_end and (t.tense == "future" or t.tense != "past" and _is_full_day(t)
                                    and t.span.start.date() > day)
           and not _no_day_ahead(text, timexes, t)
           for t in timexes):
        return False          # a later day or "next week" told ahead: a post announcing, dated that day
    prose = text[line_end:line_end + PROSE_CHARS]
    if _said(prose):
        return False          # "... the organisers say the line-up is the strongest yet": a news story's dateline
    tenses = told_tenses(prose)
    return not ("past" in tenses and "future" not in tenses)


def _no_day_ahead(text: str, timexes: list[Timex], timex: Timex) -> bool:
    """What tells no later day, though the tagger dated it after the heading's: a clock that
    writes no day (the tagger gave it the last day written), "currently", and a bare weekday of
    a series told in the same sentence ("meet generally on the 2nd Wednesday and Thursday of
    each month": the series' days, not a day announced)."""
    raw = timex.raw_value or timex.value
    if timex.type == "TIME" and raw.startswith(("T", "XXXX-XX-XXT")):
        return True
    if timex.value in ("PRESENT_REF", "PAST_REF"):
        return True
    if timex.type != "DATE" or any(c.isdigit() for c in timex.text):
        return False
    return any(t.type == "SET" and not _SENTENCE_BREAK.search(text, min(t.end, timex.end), max(t.start, timex.start))
               for t in timexes if abs(t.start - timex.start) < SERIES_REACH)


SERIES_REACH = 120     # characters between a bare weekday and the series words of its sentence
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _said(prose: str) -> bool:
    """A verb of saying with a subject right before it ("the organisers say", "she said"): a
    story's report. Not an imperative or infinitive ("Come and say hello", "to say thanks") nor a
    participle after an auxiliary ("has been added ... announced"): saying_subject_stops."""
    words = [w for w in words_in(prose, 0, len(prose)) if w.is_word]
    stops = frozenset(load_list("en", "saying_subject_stops"))
    return any(norm(w.lower) in reporting_verbs("en") and k > 0 and words[k - 1].lower not in stops
               and prose[words[k - 1].end:w.start].strip() == ""
               for k, w in enumerate(words))


def _names_event(words: list[str]) -> bool:
    """Whether a title's words hold an event noun ("festival", "parish council meeting"), other
    than a site section's word alone ("Events")."""
    nouns = _event_noun_words()
    found = {" ".join(words[i:i + n]) for n in range(1, 4) for i in range(len(words) - n + 1)} & nouns
    return bool(found - frozenset(load_list("en", "section_event_nouns")))


@lru_cache(maxsize=None)
def _event_noun_words() -> frozenset[str]:
    return frozenset(row["phrase"].lower() for row in table("event_nouns"))


def _booking_below(text: str, line_end: int) -> bool:
    """Whether one of the few filled lines under a date line is a booking line ("Add to calendar")
    or a venue's labelled line ("Venue: Town Library", "Where: Room 4")."""
    marks = frozenset(load_list("en", "event_page_marks"))
    places = word_list("where_labels")
    for _, (start, end) in zip(range(MARK_LINES), _line_spans(text[line_end:])):
        line = text[line_end + start:line_end + end]
        label, colon, _ = line.partition(":")
        if " ".join(_title_words(line)) in marks or (colon and " ".join(_title_words(label)) in places):
            return True
    return False


def _clock_line_below(text: str, timexes: list[Timex], line_end: int) -> bool:
    """Whether the next filled line holds only a clock or hours, perhaps labelled ("7.30pm",
    "10am - 4pm", "Time: 6-8pm"): the hours of the event the date above is the day of."""
    below = next(_line_spans(text[line_end:]), None)
    if below is None:
        return False
    start, end = line_end + below[0], line_end + below[1]
    on_line = [t for t in timexes if start <= t.start and t.end <= end]
    if len(on_line) != 1 or on_line[0].type != "TIME":
        return False
    clock = on_line[0]
    rest = " ".join((text[start:clock.start] + " " + text[clock.end:end]).translate(_HEADING_PUNCTUATION).split())
    if rest and rest.lower() not in word_list("event_date_labels"):
        return False
    # a post's stamp is a bare 24-hour clock ("10:32"); an event's is hours, labelled, or am/pm
    return bool(rest) or clock.end_interval is not None or half_day_marked(clock.text)


_WRITTEN_YEAR = re.compile(r"\d{4}")   # a day told with its year: "May 2" in a dateline is the page's own day


TITLE_MIN_WORDS = 3   # words a page's title needs before its repeating on a line says the line is its headline


def _date_before_title(doc: Document, timexes: list[Timex], bounds: list[Bound]) -> ReferenceDate | None:
    """" date 2018-06-20 COLLEGE MEETING: Commission discusses ...": a full day opening the page's
    first line, with at most a label before it ("date", "Published"), right before the page's own
    title, is the day the page was put out. An event's page writes its day below its title, and
    tells it ahead ("will be held on ..."): a day that breaks a firm future tense is not taken."""
    title = _title_words(doc.title or "")
    if len(title) < TITLE_MIN_WORDS:
        return None
    labels = word_list("heading_labels") | word_list("event_date_labels")
    start, end = next(((a, b) for a, b in _line_spans(doc.text) if not _furniture(doc.text[a:b])), (0, 0))
    on_line = sorted((t for t in timexes if start <= t.start and t.end <= end), key=lambda t: t.start)
    if not on_line or not _is_full_day(on_line[0]):
        return None
    timex = on_line[0]
    lead = _lead(doc.text, start, timex, _clocks_by_end(on_line))
    if (lead and lead not in labels) or _title_words(doc.text[timex.end:end])[:len(title)] != title:
        return None
    day = timex.span.start.date()
    if not all(b.holds(day) for b in bounds if b.side == "before" and not b.loose):
        return None
    shown = " ".join(doc.text[start:timex.end].split())
    return ReferenceDate(day, False, f"heading \"{shown}\" before the page's title", span=(timex.start, timex.end))


def _date_under_headline(doc: Document, timexes: list[Timex], bounds: list[Bound]) -> ReferenceDate | None:
    """"Clare libraries want you to Get Lost in a Good Book" / "9 February 2024" / "... reading this
    month, ... on Saturday, 24th February": a full day alone on the line under the page's headline
    (the line that repeats its title), below a site's menu lines, is the page's dateline when the
    text tells of a day after it ahead and no tense breaks it. An event's page also writes its day
    under its title, but then that day is the last it announces, not one before them."""
    title = _title_words(doc.title or "")
    if len(title) < TITLE_MIN_WORDS:
        return None
    lines = [span for _, span in zip(range(MASTHEAD_LINES + 1), _line_spans(doc.text))]
    for above, (start, end) in zip(lines, lines[1:]):
        words = _title_words(doc.text[above[0]:above[1]])
        if len(words) < TITLE_MIN_WORDS or words != title[:len(words)]:
            continue          # the headline is the title, or the title without the site's name after it
        on_line = [t for t in timexes if start <= t.start and t.end <= end]
        if len(on_line) != 1 or not _is_full_day(on_line[0]) or on_line[0].type != "DATE" \
                or _title_words(doc.text[start:end]) != _title_words(on_line[0].text):
            return None
        day = on_line[0].span.start.date()
        firm = [b for b in bounds if not b.loose]
        if not all(b.holds(day) for b in firm) or not any(b.side == "before" and b.day > day for b in bounds):
            return None
        return ReferenceDate(day, False, f"dateline \"{doc.text[start:end].strip()}\" under the headline",
                             span=(on_line[0].start, on_line[0].end))
    return None


def _above_title(doc: Document, line_end: int) -> bool:
    """"March 29, 2001 / Mayors and CEOs to Meet with the President / ...": the line after the page's
    first line opens with the page's title (or the title with a site's name after it), so the date
    alone above it dates the page, even when an event's dates stand alone a few lines below it;
    a key-dates list puts a label there ("01 July 2025 / Applications open")."""
    title = _title_words(doc.title or "")
    following = next(((a, b) for a, b in _line_spans(doc.text[line_end:])), None)
    if len(title) < TITLE_MIN_WORDS or following is None:
        return False
    line = _title_words(doc.text[line_end + following[0]:line_end + following[1]])
    shorter = min(len(title), len(line))
    return shorter >= TITLE_MIN_WORDS and line[:shorter] == title[:shorter]


def _unlike_neighbours(text: str, timexes: list[Timex], line_start: int, timex: Timex) -> bool:
    """Whether every line of dates alone near the first line stands apart from it: further than the
    line below ("6 June / Summer Fete / 7 June / Open Gardens" is a programme), and either written in
    another way ("March 29, 2001" above "April 4-5, 2001": a list writes its dates alike) or set right
    under its own title line ("Energy Roundtable" / "October 21, 2019"), where the first line's date
    stands above the page's headline."""
    lines = _lines(text)
    index = next(i for i, (start, end) in enumerate(lines) if start <= line_start < end + 1)
    own = _written_shape(timex.text)
    for other in range(index + 1, min(len(lines), index + KEY_DATE_REACH + 1)):
        if not _dates_alone(text, timexes, *lines[other]):
            continue
        if other - index < LIST_ROW_REACH:
            return False
        start, end = lines[other]
        alike = any(_written_shape(t.text) == own for t in timexes if start <= t.start and t.end <= end)
        if alike and not _titled_above(text, lines[other - 1], start):
            return False
    return True


def _titled_above(text: str, above: tuple[int, int], line_start: int) -> bool:
    """"Energy Roundtable" / "October 21, 2019": a line of words with no blank line between it and the
    date line below, ending no sentence (a description above the next row of a list ends with one)."""
    line = text[above[0]:above[1]].strip()
    return (text.count("\n", above[1], line_start) == 1 and bool(line) and line[-1:] not in ".!?:"
            and not any(c.isdigit() for c in line))


LIST_ROW_REACH = 3     # a date line this near the next is a list's row: "date / label / date"


def _written_shape(written: str) -> str:
    """"Saturday 6 June 2026" -> "a 9 a 9": how a date is written, not which day it is."""
    return _DIGITS.sub("9", _LETTERS.sub("a", written))


_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")


def _title_words(text: str) -> list[str]:
    return [w.lower() for w in _TITLE_WORD.findall(text)]


_TITLE_WORD = re.compile(r"\w+")


# A day in a machine's form, perhaps with its clock ("2017-09-29", "2008-07-16 10:29:00",
# "2021-06-04T09:32"); no class overlaps the next, so it is linear.
_MACHINE_DAY = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?Z?)?")


def _machine_stamp(text: str, line_start: int, timex: Timex) -> bool:
    """" date 2017-09-29 BIGGEST COFFEE MORNING: ...": a full day in a machine's form after a bare
    label with no colon, on an opening line, is the field a site's software stamps on the page,
    whatever the flattened body glued after it says. A person writing an event's day labels it
    "Date: Friday 29 September" and writes the day for people."""
    return (_is_full_day(timex) and _MACHINE_DAY.fullmatch(timex.text) is not None
            and ":" not in text[line_start:timex.start])


STAMP_MINUTE_STEP = 5   # events start on such minutes; a clock off them ("8:48 pm") is a machine's stamp


def _stamp(timex: Timex) -> bool:
    """"25 November 2007 8:48 pm" under a post's headline: a day with a clock at a minute no event
    is set for is when the page was posted, not an event's start ("Sunday, 3/14/2027 at 6:30 PM")."""
    return timex.type == "TIME" and timex.span is not None and (timex.span.start.minute % STAMP_MINUTE_STEP != 0
                                                                or _SECONDS.search(timex.text) is not None)


# "03/27/2020 - 14:20", "27.03.2020 14:20": a day in figures only and a 24-hour clock, with no word
# between or after them, is what a site's software stamps under a headline; a person announcing an
# event writes "at 6:30 p.m." or a weekday. Each part is fixed-width, so it is linear.
_NUMERIC_STAMP = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}[ \t]{0,3}[-–—|,]?[ \t]{0,3}\d{1,2}:\d\d(?::\d\d)?")
_SECONDS = re.compile(r"\d:\d\d:\d\d")     # "2017-05-02 14:15:00": a clock to the second is a machine's


@lru_cache(maxsize=None)
def _byline_after() -> re.Pattern[str]:
    """"By Julia McCane-Knox", "by J. Smith": an author's names after a date on an opening line (two at
    least: "by Zoom" says how an event is held), led by a word of ``byline_leads``."""
    leads = "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in load_list("en", "byline_leads"))
    return re.compile(rf"[ \t,|–—-]{{0,6}}(?:{leads})[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{1,3}}[ \t]*$")


@lru_cache(maxsize=None)
def _letter_byline() -> re.Pattern[str]:
    """"From Fr. Paul ", "A message from the Head Teacher ": a letter's opener (``letter_byline_openers``)
    and its writer's name, one to four capitalised words after an optional "the", up to the day
    that stamps it; "From 10 July" has no writer and is an event's start."""
    openers = "|".join(r"[ \t]+".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in o.split())
                       for o in sorted(load_list("en", "letter_byline_openers"), key=len, reverse=True))
    name = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
    return re.compile(rf"[ \t#*_]*(?:{openers})[ \t]+(?:the[ \t]+)?{name}[ \t]*[,:|–—-]?[ \t]*")


def _furniture(line: str) -> bool:
    """A line of page furniture above a page's heading ("|", "Back to Index", "Skip to content"):
    no words, or words of ``page_furniture_lines``; it does not count among the opening lines."""
    words = " ".join(line.translate(_HEADING_PUNCTUATION).split()).lower()
    return not any(c.isalnum() for c in line) or words in word_list("page_furniture_lines")


def _key_dates(text: str, timexes: list[Timex], line_start: int, line_end: int) -> bool:
    """"01 July 2025 / Applications open / 31 July 2025 / Round 1 closes": a date alone on its
    line with another line of dates alone near it is a row of a key-dates list, each date an
    event's; a page's own date stands once above its headline."""
    lines = _lines(text)
    index = next(i for i, (start, end) in enumerate(lines) if start <= line_start < end + 1)
    return any(_dates_alone(text, timexes, *lines[other])
               for other in range(max(0, index - KEY_DATE_REACH), min(len(lines), index + KEY_DATE_REACH + 1))
               if other != index)


_SENTENCE_STOP = re.compile(r"[.!?][\"”’)*_]*\s")


def _label_after_sentence(text: str, line_start: int, timex: Timex, most: int | None = None) -> str:
    """The words between the last sentence's end on the line and the date, lowercased ("... may
    change. ***Last updated April 20, 2021***" -> "last updated"); "" when no sentence ends
    before the date on its line, or (with ``most``) none within its last ``most`` words, read
    back from the date alone (a page on one line is one line holding every date). A stop is a
    mark, closers and a blank, so the stops a part of the line holds are the line's own."""
    reach = LEAD_REACH
    while True:
        begin = line_start if most is None else max(line_start, timex.start - reach)
        before = text[begin:timex.start]
        stops = list(_SENTENCE_STOP.finditer(before))
        if stops:
            return " ".join(before[stops[-1].end():].translate(_HEADING_PUNCTUATION).split()).lower()
        if begin == line_start or len(_WORD.findall(before.translate(_HEADING_PUNCTUATION))) > most + 1:
            return ""
        reach *= 2


MAX_ACT_LABEL_WORDS = 8     # a longer line above a date is a headline or a sentence, no row's label


def _act_label_above(text: str, line_start: int) -> bool:
    """Whether the nearest filled line above ``line_start`` is a short label naming an act by
    its first or last word ("REGISTRATION OPENS", "Deadline for abstracts", "Applications
    close"): the date under it is that act's. A page's title above its own date names none."""
    line = next((text[b:e] for b, e in lines_above(text, line_start, line_start + 1) if text[b:e].strip()), "")
    words = line.translate(_HEADING_PUNCTUATION).lower().split()
    if not words or len(words) > MAX_ACT_LABEL_WORDS or line.rstrip().endswith(SENTENCE_MARKS):
        return False
    acts = frozenset(load_list("en", "act_label_words"))
    return words[0] in acts or words[-1] in acts


def _dates_alone(text: str, timexes: list[Timex], start: int, end: int) -> bool:
    """A line holding dates and marks only ("18 May 2022", "04 July → 09 September 2022 |")."""
    on_line = [t for t in timexes if start <= t.start and t.end <= end]
    if not on_line or any(t.type != "DATE" for t in on_line):
        return False
    cursor, rest = start, []
    for timex in sorted(on_line, key=lambda t: t.start):
        rest.append(text[cursor:timex.start])
        cursor = timex.end
    rest.append(text[cursor:end])
    return not "".join(rest).translate(_HEADING_PUNCTUATION).translate(_RANGE_MARKS).strip()


_RANGE_MARKS = str.maketrans({c: " " for c in "→/."})


# What follows a dateline glued to the body of a flattened page: a heading word in capitals
# ("MEDIA ADVISORY", "PRESS RELEASE") or a label ("Date and Time:", "Subject:"). Linear: no
# class overlaps what follows it.
_GLUED_BODY = re.compile(r"[A-Z][A-Z'&]+\b(?![:.]?\d)|(?:[A-Za-z][\w'&/-]*[ \t]+){0,3}[A-Za-z][\w'&/-]*:")


def _glued_dateline(text: str, line_start: int, line_end: int, on_line: list[Timex]) -> bool:
    """"Thursday, 22 April 2021 MEDIA ADVISORY Date and Time: Friday 23 April …": a full date
    with its weekday opening the first line, then a heading word in capitals or a label, is the
    page's dateline with its body flattened onto the same line. Only the first line's opening
    date: one further down, or without its weekday, is as likely an event's."""
    if not on_line:
        return False
    timex = min(on_line, key=lambda t: t.start)
    if (text[line_start:timex.start].strip() or timex.type != "DATE" or not _is_full_day(timex)
            or timex.text.split()[0].strip(",.").lower() not in _weekday_names()):
        return False
    rest = text[timex.end:line_end].lstrip(" \t,.;|-–—")
    return bool(rest) and rest[:1] != rest[:1].lower() and _GLUED_BODY.match(rest) is not None \
        and rest.split()[0].strip(":").lower() not in load_list("en", "half_day_marks")


def _weekday_names() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("en", "weekdays"))


# A document symbol alone on its line ("ECE/TRANS/WP.1/2027/1", "A/RES/78/1"); no class
# holds "/", so the pattern cannot backtrack.
_SYMBOL = re.compile(r"[A-Z][A-Za-z0-9.\-]{0,30}(?:/[A-Za-z0-9.\-]{1,30}){2,12}")


def _masthead_date(doc: Document, timexes: list[Timex]) -> ReferenceDate | None:
    """A full date alone on the line after a masthead's symbol or distribution line
    ("ECE/TRANS/WP.1/2027/1 / Distr.: General / 22 January 2027"): an official document's
    date, below the issuing body's name lines and so past the opening lines searched; a news
    service's number line, the issuer and the date ("RNS Number : 1808P" / "Savannah Energy Plc" /
    "08 June 2020") too, as under a byline; else a line naming the kind of document ending on its
    full date ("Report Publication Announcement Dec 14, 2020")."""
    labels = frozenset(load_list("en", "masthead_labels"))
    lines = _lines(doc.text)[:MASTHEAD_LINES]
    for index in range(1, len(lines)):
        above = doc.text[slice(*lines[index - 1])].strip()
        label = above.split(":", 1)[0].strip().lower()
        byline = index >= 2 and (_byline(doc.text[slice(*lines[index - 2])])
                                 or _news_number(doc.text[slice(*lines[index - 2])]))
        if not (_SYMBOL.fullmatch(above) or (":" in above and label in labels) or above.lower() in labels
                or _names_kind(above) or byline):
            continue
        start, end = lines[index]
        on_line = [t for t in timexes if start <= t.start and t.end <= end]
        if (len(on_line) == 1 and _is_full_day(on_line[0]) and (on_line[0].type == "DATE" or byline)
                and not (doc.text[start:on_line[0].start] + doc.text[on_line[0].end:end]).strip(" .,")):
            timex = on_line[0]
            return ReferenceDate(timex.span.start.date(), False, f"masthead \"{above} / {timex.text}\"",
                                 span=(timex.start, timex.end))
    for start, end in lines:
        on_line = [t for t in timexes if start <= t.start and t.end <= end]
        if (len(on_line) == 1 and on_line[0].type == "DATE" and _is_full_day(on_line[0])
                and not doc.text[on_line[0].end:end].strip(" .,") and _names_kind(doc.text[start:on_line[0].start])):
            timex = on_line[0]     # "Interim Results Announcement Mar 3, 2027": the kind of document and its day
            shown = " ".join(doc.text[start:end].split())
            return ReferenceDate(timex.span.start.date(), False, f"masthead \"{shown}\"", span=(timex.start, timex.end))
    return None


def _news_number(line: str) -> bool:
    """"RNS Number : 1808P": a news service's number for the announcement, over the issuer's name
    and the day it went out (news_number_labels)."""
    label, colon, value = line.partition(":")
    return bool(colon and value.strip()) and " ".join(label.split()).lower() in load_list("en", "news_number_labels")


def _names_kind(line: str) -> bool:
    """"WHO statement", "Joint press release": a line naming the kind of document below it."""
    words = " ".join(line.translate(_HEADING_PUNCTUATION).split()).lower().split()
    kinds = word_list("document_kinds")
    return 0 < len(words) <= 6 and (words[-1] in kinds or " ".join(words[-2:]) in kinds)


def _byline(line: str) -> bool:
    return " ".join(line.translate(_HEADING_PUNCTUATION).split()).lower() in word_list("byline_labels")


RECORD_LINES = 30        # opening non-empty lines of a record page searched for its dating field
RECORD_FIELDS = 3        # "Label: value" lines that make a page a record of fields
_FIELD_LINE = re.compile(r"[ \t]*([^:\n]{1,40}):[ \t]*\S")


def _record_field_date(doc: Document, timexes: list[Timex]) -> ReferenceDate | None:
    """A record set out as fields ("Decision Maker: Cabinet" / "Outcome: Approved" / "Date of
    Decision: November 19, 2025"): the field whose label dates a document (heading_labels:
    "Date of decision", "Publication date") holds the record's own day, wherever it stands among
    the fields. A plain "Date:" or "When:" field is an event's, a page of prose is no record, and a
    label written under each item of a list ("Published on:") dates the items, not the page."""
    lines = list(itertools.islice(_line_spans(doc.text), RECORD_LINES))
    fields = [(start, end, match) for start, end in lines
              if (match := _FIELD_LINE.match(doc.text, start, end)) is not None]
    if len(fields) < RECORD_FIELDS:
        return None
    labels = word_list("heading_labels") - word_list("event_date_labels")
    named = [" ".join(match.group(1).translate(_HEADING_PUNCTUATION).split()).lower() for _, _, match in fields]
    for (start, end, match), label in zip(fields, named):
        if named.count(label) > 1:
            continue              # "Published on:" under each notice of a list: the items' days, no record's
        on_line = [t for t in timexes if start <= t.start and t.end <= end]
        if label not in labels or len(on_line) != 1 or not _is_full_day(on_line[0]):
            continue
        timex = on_line[0]
        if doc.text[timex.end:end].strip():
            continue              # "Decided at meeting: 10/09/2024 - Cabinet": a meeting's day
        shown = " ".join(doc.text[start:end].split())
        return ReferenceDate(timex.span.start.date(), False, f"record field \"{shown}\"", span=(timex.start, timex.end))
    return None


def _foot_date(doc: Document, timexes: list[Timex], bounds: list[Bound]) -> ReferenceDate | None:
    """A full date on one of the closing lines that dates the notice it ends.

    Labelled ("Dated: Tuesday 15 December 2026", or "Dated:" on the line above), it is the
    notice's. Alone on the last line, ending a signature block ("Jane Smith / Clerk to the
    Council / 4 January 2027"), with at most a place or "Date:" beside it, it is the notice's
    when it is the foot's only such line (else a list of dates) and no tense contradicts it:
    it must come after every past event and before every future one.
    """
    text = doc.text
    signed = _signed_line(text, timexes)
    if signed is not None:
        return signed
    lines = _lines(text)[HEADING_LINES:][-FOOT_LINES:]     # the opening lines were read already
    labels = word_list("foot_labels")
    weak = word_list("event_date_labels")
    alone: list[tuple[int, Timex]] = []
    for index, (start, end) in enumerate(lines):
        on_line = [t for t in timexes if start <= t.start and t.end <= end]
        if len(on_line) != 1 or not _is_full_day(on_line[0]):
            continue
        timex = on_line[0]
        lead = _lead(text, start, timex, _clocks_by_end(on_line))
        rest = " ".join(text[timex.end:end].translate(_HEADING_PUNCTUATION).split())
        shown = text[start:end].strip()
        if not lead and not rest and index > 0:      # "Dated:" on the line above
            above = text[slice(*lines[index - 1])].strip()
            label = " ".join(above.translate(_HEADING_PUNCTUATION).split()).lower()
            if label in labels - weak:
                lead, shown = label, f"{above} {shown}"
        if lead in labels - weak:
            return ReferenceDate(timex.span.start.date(), False, f"foot \"{shown}\"", span=(timex.start, timex.end))
        # A day with its clock ("7pm, Tuesday 14th November 2017") times the last item of a
        # programme; a notice's foot gives the day it was signed, not an hour.
        if not rest and (not lead or lead in weak & labels or lookup(lead)) and timex.type != "TIME":
            alone.append((index, timex))
    if len(alone) != 1 or alone[0][0] != len(lines) - 1:
        return None
    index, timex = alone[0]
    day = timex.span.start.date()
    if _key_dates(text, timexes, *lines[index]):     # the last row of a key-dates list
        return None
    if any(day < b.day if b.side == "after" else day > b.day for b in bounds):
        return None
    return ReferenceDate(day, False, f"foot \"{text[slice(*lines[index])].strip()}\"", span=(timex.start, timex.end))


def _signed_line(text: str, timexes: list[Timex]) -> ReferenceDate | None:
    """A line opening with a signature's label ("Dated: Oct. 15, 2008", then perhaps the
    signatory's title), wherever it stands below the opening lines: the notice's date."""
    labels = word_list("signed_labels")
    ordered = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    for start, end in _lines(text)[HEADING_LINES:]:
        on_line = [t for t in ordered[bisect_left(starts, start):bisect_left(starts, end)] if t.end <= end]
        if on_line and _is_full_day(on_line[0]) and _lead(text, start, on_line[0], _clocks_by_end(on_line)) in labels:
            return ReferenceDate(on_line[0].span.start.date(), False, f"signed \"{' '.join(text[start:on_line[0].end].split())}\"",
                                 span=(on_line[0].start, on_line[0].end))
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    """Where each non-empty line starts and ends."""
    return list(_line_spans(text))


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """The non-empty lines one by one, so that a caller wanting the first reads no further."""
    cursor = 0
    while cursor < len(text):
        end = text.find("\n", cursor)
        end = len(text) if end < 0 else end
        if text[cursor:end].strip():
            yield cursor, end
        cursor = end + 1


def _issuing_body(text: str, line_start: int, line_end: int, timex: Timex) -> bool:
    """An organisation's name, a comma, then the date ending the line ("Westbury Borough
    Council, 1 February 2027"): the body that issued the document and when. Not when the lines
    so far name a meeting ("Agenda / Planning Committee, 3 March 2027": the meeting's day)."""
    before = text[line_start:timex.start].rstrip()
    if not before.endswith(",") or text[timex.end:line_end].strip(" .\t"):
        return False
    words = before[:-1].translate(_HEADING_PUNCTUATION).split()
    joiners = word_list("organisation_joiners")
    if (not words or not words[0][:1].isupper()
            or not all(w[:1].isupper() or w.lower() in joiners for w in words)
            or not any(w.lower() in word_list("organisation_heads") for w in words)):
        return False
    windows = {w.lower() for w in word_list("window_nouns")}    # a consultation or a call is open, not held on a day
    meetings = word_list("meeting_heading_words") | {
        row["phrase"].lower() for row in table("event_nouns")
        if row["kind"] == "meeting" and row["phrase"].lower() not in windows}
    longest = max(len(m.split()) for m in meetings)
    above = [w.lower for w in words_in(text, 0, line_end) if w.is_word]
    return not any(" ".join(above[index:index + size]) in meetings
                   for index in range(len(above)) for size in range(1, longest + 1))


def _occasion(lead: str) -> bool:
    """"Planned opening date", "Deadline date": a label naming when something happens."""
    return bool(set(lead.split()[:-1]) & word_list("occasion_date_words"))


NEWS_SERVICE_WORDS = 5     # words of a news service's name before its day ("PIA News Service", "Xinhua News Agency")


def _news_service(lead: str) -> bool:
    """"PIA News Service", "Xinhua News Agency": a news service's name (ending in a phrase of
    ``news_service_heads``) before a day on an opening line, the day it filed the story."""
    words = lead.split()
    return 1 < len(words) <= NEWS_SERVICE_WORDS and _ends_in(words, _news_service_heads())


@lru_cache(maxsize=None)
def _news_service_heads() -> frozenset[str]:
    return frozenset(load_list("en", "news_service_heads"))


def _issue(lead: str) -> bool:
    """"Weekly Newsletter", "Staff Bulletin": a label naming an issue of a periodical."""
    words = lead.split()
    return len(words) <= 5 and _ends_in(words, word_list("issue_nouns"))


def _ends_in(words: list[str], phrases: frozenset[str]) -> bool:
    """The last word or two of a label are one of ``phrases`` (the name lists hold one- and two-word
    heads)."""
    return bool(words) and (words[-1] in phrases or " ".join(words[-2:]) in phrases)


STAMP_SUBJECT_WORDS = 3     # words before a stamp's participle ("news items added", "page last modified")
STAMP_BY_WORDS = 2          # words of the name after "by" ("submitted by admin", "written by jane doe")


@lru_cache(maxsize=None)
def _stamp_participles() -> tuple[frozenset[str], frozenset[str]]:
    """(participles that stamp alone, participles that stamp only before "by" and a name)."""
    plain, named = set(), set()
    for entry in word_list("page_stamp_participles"):
        word, _, mark = entry.partition("|")
        (named if mark else plain).add(word)
    return frozenset(plain), frozenset(named)


def _stamp_lead(lead: str) -> bool:
    """The words before a date that stamp the page with its day: a participle of
    ``page_stamp_participles`` after a short subject about the page (``page_stamp_subjects``:
    "news items added", "story posted"; "results published" is an event's day),
    or one of them before "by" and a short name ("submitted by admin")."""
    plain, named = _stamp_participles()
    words = lead.split()
    if words and words[-1] in plain:
        subject = words[:-1]
        pages = word_list("page_stamp_subjects")
        return len(subject) <= STAMP_SUBJECT_WORDS and (
            not subject or any(w in pages for w in subject))
    if "by" not in words:
        return False
    at = words.index("by")
    return (0 < at <= STAMP_SUBJECT_WORDS + 1 and words[at - 1] in plain | named
            and 0 < len(words) - at - 1 <= STAMP_BY_WORDS)


def _clocks_by_end(on_line: list[Timex]) -> dict[int, Timex]:
    """The clock times of a line (no full days) by where they end, the first of each end: a clock
    written between a label and its date ("Issued at 10:12 on ...") is no part of the label.
    Made once per line, as each date of a line written as a page asks for it."""
    clocks: dict[int, Timex] = {}
    for t in on_line:
        if t.type == "TIME" and not _is_full_day(t):
            clocks.setdefault(t.end, t)
    return clocks


LEAD_REACH = 120     # characters read back from a date for its lead at first, doubled while too few


def _lead(text: str, line_start: int, timex: Timex, clocks: dict[int, Timex], most: int | None = None) -> str:
    """The words before a date on its line, lowercased, without the words linking a label to
    its date or a clock written between them ("Issued at 10:12 on Sunday 29 November 2026");
    ``clocks`` are the line's (:func:`_clocks_by_end`; a date's own end is never where its lead
    ends). With ``most``, a lead of more words is cut to its last ``most + 1``, read back from
    the date alone: no label is so long, and a page written on one line is one line holding
    every date (reading each date's lead from the line's start was quadratic)."""
    links = word_list("heading_label_links")
    end, reach = timex.start, LEAD_REACH
    while True:
        begin = line_start if most is None else max(line_start, end - reach)
        before = text[begin:end].translate(_HEADING_PUNCTUATION)    # same length: one space a mark
        words = [(m.start(), m.end()) for m in _WORD.finditer(before)][1 if begin > line_start else 0:]
        while words and before[words[-1][0]:words[-1][1]].lower() in links:
            words.pop()
        if most is not None and begin > line_start and len(words) <= most:
            reach *= 2          # the window may have cut the lead short: read further back
            continue
        clock = clocks.get(begin + (words[-1][1] if words else 0))
        if clock is None:
            kept = words if begin == line_start else words[-(most + 1):]
            return " ".join(before[a:b] for a, b in kept).lower()
        end = clock.start       # the words before the clock: those of the text up to it


_WORD = re.compile(r"\S+")


def _mail_header(text: str) -> bool:
    """Whether the opening lines hold a mail header field ("From: …", "Subject: …")."""
    fields = word_list("mail_header_labels")
    lines = [line for line in text[:2000].splitlines() if line.strip()][:HEADING_LINES + 2]
    return any(line.split(":", 1)[0].strip().lower() in fields for line in lines if ":" in line)


_HEADING_PUNCTUATION = str.maketrans({c: " " for c in ",:|-–—()[]*#_•·▪◦●‣"})   # list bullets too: "• 24 August 2020"


def _is_full_day(timex: Timex) -> bool:
    """A date with its year and day, alone or with a clock time ("3 March 2026, 09:30"); a
    range ("14–15 September 2027") is when an event runs, not when a document was written."""
    return (timex.span is not None and not timex.problem and timex.span.granularity in DAY_OR_FINER
            and timex.end_interval is None
            and timex.type in ("DATE", "TIME") and timex.value[:4].isdigit() and len(timex.value) >= 10)
