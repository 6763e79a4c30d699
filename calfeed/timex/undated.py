"""The date of a document that writes no year and tells no tense about a dated day.

Without it every relative date goes to review, and a feed of fresh announcements stays
empty. What still dates such a document, strongest first:

* movable holidays named beside their year-less days ("Friday, April 19 / closed for Good
  Friday", "| Sept 2 | / Labor Day, No Classes |"): firmer than weekdays, which they imply and
  which recur every five or six years; the weekdays only choose among the years they leave
  equal (:func:`_holiday_reference`, and :func:`holidays_overrule` against a tense's reading);
* weekdays written beside year-less days: "Thursday 4 February" is a Thursday only in some
  years, and the one nearest the day of the build is taken, never one that lies too far
  ahead of the build (ANNOUNCED_REACH) or puts most of its days told in the past after it; the
  document was written, up to the build, after
  the last of them when most are told in the past tense, else an announcement lead before the first
  (in the first one's week when the text says "this Friday" and its days span a week or two);
* "later this week" (or month) beside a year-less day told ahead a sentence or two away
  ("to be held later this week", "will be held on April 20-21"): one event, so the story was
  written in the week (month) that holds the day, in the latest such year up to the build;
* year-less days told in the past and ahead ("met on 14-15 October", "will take place from 2 to
  6 December"): the day, up to the build, that puts them all nearest on their sides;
* full dates with no verb telling their tense (a list of deadlines): an announcement,
  written ANNOUNCEMENT_LEAD before the first; but a story that tells relative days in the past
  ("almost got off the ground on Sunday") below such a date (a photo's caption, "on July 12,
  2009") is news of the days around it, written on it;
* nothing at all: the day of the build, said plainly so a reviewer can give the real one.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from calfeed.events.datelines import find_dateline
from calfeed.events.vocabulary import find_phrase, phrase_matches
from calfeed.events.words import Word, word_before, words_in
from calfeed.model import Document, ReferenceDate, Timex
from calfeed.text import split_sentences
from calfeed.timex.holiday_days import holiday_years
from calfeed.timex.lexicon import load_list
from calfeed.timex.name_years import cited_reach, cited_year, held_title, name_year_blockers, year_ends_name
from calfeed.timex.periods import add_months
from calfeed.timex.rawvalue import BARE_WEEKDAY, CALENDAR, parse
from calfeed.timex.year_hints import RuledDay, era_years, ruled_days

ANNOUNCEMENT_LEAD = timedelta(weeks=8)   # how long before its first date an announcement is written
YEARS_BACK = 12                          # how far before the build a weekday's year is looked for
YEARS_AHEAD = 2
# How far after the build a page's first weekday-dated day may fall: a page read today announces
# the coming months (a term's diary, next year's fixtures), not a day two years off; a weekday
# that fits only such a far year fits an earlier one as well (a notice left up since then).
ANNOUNCED_REACH = timedelta(days=366)
WEEKDAY_REACH = timedelta(days=366)      # how far from the years a text writes its weekdays may move it
LOOKBACK_DAYS = 366                      # how far before the build a year-less story's day is looked for
WEEKDAY_YEARS = 11     # a day of the year falls on each weekday within this many years
MAX_NAMED = 6          # year-less days with weekdays tried as the document's clue
MAX_TOLD = 40                            # year-less tensed days weighed (the first ones: a story's lead)
MIN_RULED_DAYS = 2     # a rule's days that alone pick a year: one day fits a weekday in every seventh year
TIE_SENTENCES = 2      # how many sentences apart "later this week" and the day it ties may stand
_TIED_UNITS = {"REF+P0W": ("week", 0), "REF+P0M": ("month", 0),   # "this week", "later this month": the writing day's own
               "REF+P1W": ("week", 1), "REF+P1M": ("month", 1)}   # "next week", "next month": the one after it
NOTICE_DAYS = timedelta(days=13)   # a notice's weekday-dated days lie within two weeks of the first
CELL_GAP = " \t*"       # what may stand around the bar between a Day cell and its date cell
_WEEKDAY_CORE = re.compile(r"XXXX-WXX-[1-7](?:T[0-9:]{2,8})?")


@dataclass(frozen=True)
class _Weekday:
    timex: Timex
    month: int
    day: int
    iso: int

    def on(self, year: int) -> date | None:
        try:
            day = date(year, self.month, self.day)
        except ValueError:
            return None
        return day if day.isoweekday() == self.iso else None


def undated_reference(doc: Document, timexes: list[Timex], today: date | None,
                      holds: Callable[[date], bool] = lambda day: True) -> ReferenceDate | None:
    """The first of the fallbacks above that applies; None when only the build date is left
    and none was given (``holds``: whether a day fits what else the text tells, a loose year
    told in the past)."""
    if today is not None:
        found = (_holiday_reference(doc.text, timexes, today) or _weekday_year(doc.text, timexes, today, holds)
                 or _unit_tie(doc.text, timexes, today, holds)
                 or _between_tenses(timexes, today))
        if found is not None:
            return found
    found = _untensed_dates(timexes)
    if found is not None or today is None:
        return found
    found = _written_period(timexes, today) or _written_year(doc.text, timexes, today)
    if found is not None:
        return found
    return ReferenceDate(today, True, f"no date, year or tense found: counted from the day of the build "
                                      f"({spoken_day(today)}), looking ahead; give `published:` or --reference-date "
                                      f"for another", forward=True, build_year=True)


def _holiday_reference(text: str, timexes: list[Timex], today: date) -> ReferenceDate | None:
    """Holidays named beside their own days ("Good Friday (April 19 at 7 pm)", "September 4 /
    Labor Day") fit only some years: the latest one not after the build, counted from
    ANNOUNCEMENT_LEAD before its first such day (a feast's schedule is announced ahead of it);
    a guess (``year_open``) when another year fits them as well.

    Firmer than a weekday, which the holiday implies and which recurs every five or six years
    (Sunday 21 April: 2019 and 2024; Easter on it: 2019 only), so it is tried first; the weekdays
    written beside other days only choose among the years the holidays leave equal (the one
    keeping most of them), never against the holidays. A year the page's own title or address
    writes (:mod:`calfeed.timex.edition_years`) is firmer still and is read before this."""
    named = [w for w in (weekday_of(t) for t in timexes) if w is not None]
    fitting = holiday_years(text, timexes, today, today.year - YEARS_BACK, today.year + YEARS_AHEAD)
    if not fitting:
        return None

    def kept(year: int) -> int:
        return sum(w.on(year) is not None for w in named)
    year = max(fitting, key=lambda y: (kept(y), y))
    days = fitting[year]
    # Movable holidays fall on the same days again too (Labor Day on September 4: 2017 and 2023;
    # Easter on April 20: 2014 and 2025): years they and the weekdays leave equal make the latest a guess.
    others = sorted(y for y in fitting if y != year and kept(y) == kept(year))
    also = f"; {', '.join(map(str, others))} fit as well, so the year is a guess" if others else ""
    first, example = days[0]
    value = min(first - ANNOUNCEMENT_LEAD, today)
    return ReferenceDate(
        value, True,
        f"no year written: {len(days)} holidays named beside their days fit {year} (\"{example.text}\" is "
        f"{spoken_day(first)}), the latest such year up to the build ({spoken_day(today)}){also}; counted from "
        f"{ANNOUNCEMENT_LEAD.days // 7} weeks before the first, as announcements come ahead", value, None, forward=True,
        year_open=bool(others))


def _weekday_year(text: str, timexes: list[Timex], today: date,
                  holds: Callable[[date], bool] = lambda day: True) -> ReferenceDate | None:
    """The year in which the days written with their weekday fall on it; among years that keep
    as many, the one that keeps most year-less days on the days of a rule on their line
    (year_hints.ruled_days), then one the page's era words allow, then the nearest to the
    build. With no weekday written, the rule's days alone decide when all of them fit. A "this
    month" tied to one of the days (:func:`_unit_tie`) then says when in that year it was written."""
    named = [w for w in (weekday_of(t) for t in timexes) if w is not None] or cell_weekdays(text, timexes)
    ruled = ruled_days(text, timexes)
    items: list[_Weekday] | list[RuledDay] = named or ruled
    if not items or (not named and len({(r.month, r.day) for r in ruled}) < MIN_RULED_DAYS):
        return None
    era = era_years(text)
    latest = _latest_year_written(text, timexes, today.year - YEARS_BACK, today.year)
    enacted = _commenced_statute_year(text, timexes, named) if named else None
    if enacted is not None and (latest is None or enacted > latest):
        latest = enacted        # "the Rent Act 2009 takes effect" beside "Friday, April 1": in or after 2009
    earliest = min(today.year - YEARS_BACK, enacted if enacted is not None else today.year)
    leaps = leap_days(timexes)
    best: tuple[tuple[int, int, bool, tuple[int, int], int], list[date | None]] | None = None
    kept: dict[tuple[int, int], set[int]] = {}      # (days that fit, days on a rule) -> the years that keep as many
    for year in range(earliest, today.year + YEARS_AHEAD + 1):
        on_rule = sum(r.on(year) is not None for r in ruled) if named else 0
        for days in (_in_year(items, year, rolling=False), _in_year(items, year, rolling=True)):
            if not _may_be_read(days, items, today):
                continue
            # A year-less 29 February fits a leap year only, as a weekday fits some years only.
            fit = sum(d is not None for d in days) + (leaps if calendar.isleap(year) else 0)
            kept.setdefault((fit, on_rule), set()).add(year)
            key = (fit, on_rule, year in era, _after_written(year, latest), -abs(year - today.year))
            if best is None or key > best[0]:
                best = (key, days)
    if best is None:        # no year fits ("Monday 30 February"), or only ones a page read today cannot write
        return None
    # Several years keep the days on their weekdays alike ("Monday, December 9": 2019 and 2024):
    # what chose among them (the build's nearness, an era's words, a year the text names) is no
    # proof, so the days whose year the text does not write stay approximate (guessed_years).
    open_year = len(kept[best[0][:2]]) > 1
    days = best[1]
    fits = [d for d in days if d is not None]
    if not fits or 2 * len(fits) <= len(items) or (not named and len(fits) < len(items)):
        return None
    # One misread past verb must not put the reference after most of what is announced: the
    # past-tense days count only when they are most of the days that fit.
    past = [d for d, w in zip(days, items) if d is not None and w.timex.tense == "past"]
    first = min(fits)
    ahead = 2 * len(past) <= len(fits)
    value, how = ((max(past), "counted from the last day told in the past tense") if not ahead else
                  (min(first - ANNOUNCEMENT_LEAD, today),
                   f"counted from {ANNOUNCEMENT_LEAD.days // 7} weeks before the first, as announcements come ahead, "
                   f"up to the build"))
    this = _this_weekday(timexes)
    if ahead and this is not None and max(fits) - first <= NOTICE_DAYS:
        value = min(first - timedelta(days=first.weekday()), today)
        how = (f"counted from the Monday of the first one's week, as \"{this.text}\" speaks of the week the "
               f"notice was written in, up to the build")
    example = next(w for d, w in zip(days, items) if d == first).timex.text
    # Era words only break a tie among the years the weekdays allow: the year they pick is still a guess.
    by_era = best[0][2]
    others = sorted(kept[best[0][:2]] - {first.year})
    also = f"; {', '.join(map(str, others))} fit as well, so the year is a guess" if open_year and others else ""
    if ahead and this is None:
        tied = _unit_tie(text, timexes, today, lambda day: holds(day) and day.year == first.year)
        if tied is not None and tied.value is not None and tied.value <= first:
            return replace(tied, reason=f"{tied.reason}, the year in which {len(fits)} of {len(items)} days written "
                                        f"with their weekday or a rule's fit (\"{example}\" is {spoken_day(first)})"
                                        f"{also}",
                           build_year=by_era, year_open=open_year)
    told_by = "named with their weekday" if named else "written on the line of a rule that names their weekdays"
    if leaps and calendar.isleap(first.year):
        told_by += f" and {leaps} 29 February{'s' if leaps > 1 else ''}, which only a leap year has,"
    nearest = (f"the one of the years the page's era words allow nearest to the build ({spoken_day(today)})"
               if by_era else f"the first such year from the latest year the text writes ({latest})"
               if best[0][3] > (0, 0) else
               f"the nearest such year before the latest year the text writes ({latest})"
               if latest is not None else f"the nearest such year to the build ({spoken_day(today)})")
    found = ReferenceDate(
        value, True,
        f"no year written: {len(fits)} of {len(items)} days {told_by} fit {first.year} "
        f"(\"{example}\" is {spoken_day(first)}), {nearest}{also}; {how}",
        value, None, forward=ahead, build_year=by_era, year_open=open_year)
    if not ahead:
        return found
    # Imported here: narrated_floor reads this module's day helpers.
    from calfeed.timex.narrated_floor import past_floor     # "On May 20 the sessions were held ... will take place on May 22"
    floored = past_floor(found, first.year, timexes, text, split_sentences(text))
    return floored if floored.value is not None and floored.value <= today else found


def _latest_year_written(text: str, timexes: list[Timex], first: int, last: int) -> int | None:
    """The latest year from ``first`` to ``last`` the text writes and tells in no future tense
    ("at the 2017 Christmas storytime", "since March 2021"): the page was written in or after it,
    and a page's own past years are mostly recent ones, so it is evidence of the page's era
    among the years its weekdays leave equal. A bare year after a word of ``later_year_leads.txt``
    ("our busiest day since 2019") counts as the year after it: the page was written later; a year
    before a title holder ("2017 champions") counts in any tense: its season is over."""
    years = []
    for t in timexes:
        if not (t.type in ("DATE", "TIME") and (t.tense not in ("future", "present") or held_title(text, t))
                and not t.problem and (t.raw_value or t.value)[:4].isdigit() and t.value[:4].isdigit()):
            continue
        years.append(int(t.value[:4]) + (1 if counted_on(text, t) else 0))
    return max((y for y in years if first <= y <= last), default=None)


def _commenced_statute_year(text: str, timexes: list[Timex], named: list[_Weekday]) -> int | None:
    """The year of a statute named with it ("the Rent Act 2009", name_years.cited_year) in the
    sentence of a year-less day written with its weekday, when that sentence tells the statute's
    commencement (commencement_phrases: "comes into force", "takes effect"), else None. A law
    comes into force in or after the year it is named for, so its weekday-dated day lies in the
    first year from it that fits, however long before the build. A statute only cited ("under
    the Securities Act of 1933, filings are due on ...") is cited for decades and says nothing.
    Each such sentence is split once (:class:`_StatuteSentence`), whatever the years it holds."""
    phrases = tuple(tuple(p.split()) for p in load_list("en", "commencement_phrases"))
    sentences = split_sentences(text)
    held = {sentence for sentence, start in ((sentences.at(w.timex.start), w.timex.start) for w in named)
            if sentence[0] <= start < sentence[1]}
    read: dict[tuple[int, int], _StatuteSentence] = {}
    found: list[int] = []
    for timex in timexes:
        if not (timex.type == "DATE" and timex.bare_year and not timex.problem):
            continue
        sentence = sentences.at(timex.start)
        if sentence not in held:
            continue            # asked first: it reads no words, and most years stand apart from the named days
        if sentence not in read:
            read[sentence] = _StatuteSentence.of(text, sentence, phrases)
        if read[sentence].commenced(text, timex):
            found.append(int(timex.text))
    return max(found, default=None)


@dataclass(frozen=True)
class _StatuteSentence:
    """A sentence's words, split once, and where its last commencement phrase starts: a sentence
    naming many statutes with their years beside a weekday-dated day ("On Friday, 1 April the
    Harbour Act 1998, ..., the Harbour Act 2004 takes effect") was split again for each year, its
    length times its years."""

    bounds: tuple[int, int]
    words: list[Word]
    starts: list[int]
    phrases: tuple[tuple[str, ...], ...]
    last_phrase: int        # the word index of its last commencement phrase's first word, -1 with none

    @classmethod
    def of(cls, text: str, bounds: tuple[int, int], phrases: tuple[tuple[str, ...], ...]) -> _StatuteSentence:
        words = words_in(text, *bounds)
        kept = [k for k, w in enumerate(words) if w.is_word]
        last = max((index for index, _ in phrase_matches([words[k].lower for k in kept], phrases)), default=None)
        return cls(bounds, words, [w.start for w in words], phrases, -1 if last is None else kept[last])

    def commenced(self, text: str, year: Timex) -> bool:
        """Whether the bare ``year`` of this sentence ends a statute's name and a commencement
        phrase follows it in the sentence: the words before it and after it as words_in would
        split them from the sentence's start to the year and from the year to the sentence's end.
        Where the sentence's split does not part at the year's edges (a word runs into it, or a
        number's comma stands right before it) those two are split afresh."""
        before = bisect_left(self.starts, year.start)
        after = bisect_left(self.starts, year.end)
        edge = text[year.start - 1] if year.start > self.bounds[0] else " "
        parted = ((before == 0 or self.words[before - 1].end <= year.start) and not edge.isdigit() and edge != ","
                  and (after == 0 or self.words[after - 1].end <= year.end))
        if not parted:
            if not cited_year(words_in(text, self.bounds[0], year.start)):
                return False
            lowered = [w.lower for w in words_in(text, year.end, self.bounds[1]) if w.is_word]
            return find_phrase(lowered, self.phrases) is not None
        return cited_year(self.words[cited_reach(self.words, before):before]) and self.last_phrase >= after


def counted_on(text: str, timex: Timex) -> bool:
    """A bare year right after a word of ``later_year_leads.txt`` ("the busiest since 2019"): a
    state counted on from it, so the text is of a later year."""
    return (timex.bare_year
            and word_before(text, timex.start, load_list("en", "later_year_leads")))


def _after_written(year: int, latest: int | None) -> tuple[int, int]:
    """How well ``year`` fits the latest year the text writes: on or after it, the nearer the better;
    (0, 0) for every year when it writes none."""
    if latest is None:
        return (0, 0)
    return (1, latest - year) if year >= latest else (-1, year - latest)


def _this_weekday(timexes: list[Timex]) -> Timex | None:
    """A weekday said with "this" ("no classes this Friday"): the text speaks of the week it was
    written in, so its weekday-dated days of a week or two were written in that week, not an
    announcement's weeks ahead of them."""
    for timex in timexes:
        raw = parse(timex.raw_value or timex.value)
        if raw.get("dir") == "this" and _WEEKDAY_CORE.fullmatch(raw.core):
            return timex
    return None


def _may_be_read(days: list[date | None], named: list[_Weekday] | list[RuledDay], today: date) -> bool:
    """Whether a page read on ``today`` may write these days: the first lies no more than
    ANNOUNCED_REACH ahead of it, and the days it tells in the past do not lie after it (one
    misread past verb among announced days, "the trip was booked for Saturday 9 January",
    does not count against the year)."""
    fits = [d for d in days if d is not None]
    if not fits or min(fits) > today + ANNOUNCED_REACH:
        return False
    late = sum(1 for d, w in zip(days, named) if d is not None and d > today and w.timex.tense == "past")
    return 2 * late < len(fits)


def holidays_overrule(text: str, timexes: list[Timex], chosen: ReferenceDate, today: date,
                      read: Callable[[ReferenceDate], list[Timex]],
                      held: Callable[[date], tuple[int, int]]) -> ReferenceDate | None:
    """Holidays named beside their days ("| Sept 2 | / Labor Day, No Classes |") read from a date
    the tenses chose ("Spring 2020 course registration opens" puts a fall list in 2020) but falling
    elsewhere than their names say: the year they fit, when its date breaks no more of the tenses
    (full and loose, ``held``) than the chosen one. Ranked above the weekdays, which recur every
    five or six years (:func:`weekdays_overrule` runs after this and only when it gives nothing);
    among the years the holidays leave equal, the latest."""
    if chosen.value is None:
        return None
    fitting = holiday_years(text, timexes, today, today.year - YEARS_BACK, today.year + YEARS_AHEAD)
    if not fitting:
        return None
    resolved = {(t.start, t.end): t.interval.start.date() for t in read(chosen) if t.interval is not None}
    if any(all(resolved.get((t.start, t.end)) == d for d, t in days) for days in fitting.values()):
        return None
    now = held(chosen.value)
    best: tuple[tuple[int, int, int], date, date, Timex] | None = None
    for year, days in fitting.items():
        first, example = days[0]
        value = min(first - ANNOUNCEMENT_LEAD, today)
        score = held(value)
        if score[0] < now[0] or score[1] < now[1]:
            continue
        if best is None or (*score, year) > best[0]:
            best = ((*score, year), value, first, example)
    if best is None:
        return None
    _, value, first, example = best
    return ReferenceDate(value, True, f"no year written: holidays named beside their days fit {first.year} "
                                      f"(\"{example.text}\" is {spoken_day(first)}), which the tenses' reading "
                                      f"({chosen.reason}) breaks; counted from {ANNOUNCEMENT_LEAD.days // 7} weeks "
                                      f"before the first, up to the build", forward=True)


def weekdays_overrule(timexes: list[Timex], chosen: ReferenceDate, today: date,
                      read: Callable[[ReferenceDate], list[Timex]],
                      held: Callable[[date], tuple[int, int]]) -> ReferenceDate | None:
    """Year-less days written with their weekday ("LOIs are due on Friday, January 15",
    "reopens on Tuesday 9 March") read from a date that tense put in the wrong year break
    their weekdays. A tense read from a loose date ("in the last two cycles (2025 and 2026)",
    "quashed in September 2024") is a weaker clue than a weekday; one read from a full date
    is not. So the date that breaks none of the full dates' tenses, then stays within a year of
    the dates the text writes with their year ("Fall 2024", "Friday, January 3, 2025"), then
    keeps the most weekdays, then the most loose tenses, nearest the one chosen (``read``: the
    document's dates resolved from a reference; ``held``: how many full and loose tenses a day
    fits). A weekday twin year ("Tuesday, September 10" is a Tuesday in 2019 and 2024) that
    keeps one misprinted weekday more ("Tuesday, December 11") is no reason to leave the years
    the text writes."""
    named = [w for w in (weekday_of(t) for t in timexes) if w is not None][:MAX_NAMED]
    if chosen.value is None or not named:
        return None
    start = chosen.value
    written = _written_spans(timexes)

    def tenses(reference: ReferenceDate) -> tuple[int, bool, int]:
        full, loose = held(reference.value)
        near = not written or any(first - WEEKDAY_REACH <= reference.value <= last + WEEKDAY_REACH
                                  for first, last in written)
        return full, near, loose

    def score(reference: ReferenceDate, told: tuple[int, bool, int]) -> tuple[int, bool, int, int, int]:
        full, near, loose = told
        return full, near, _weekdays_kept(read(reference)), loose, -abs((reference.value - start).days)

    now = score(chosen, tenses(chosen))
    if now[2] == len(named):
        return None
    best, best_score = None, now
    for item in named:
        for year in range(start.year - WEEKDAY_YEARS, start.year + WEEKDAY_YEARS + 1):
            day = item.on(year)
            if day is None:
                continue
            ahead = item.timex.tense != "past"
            value = min(day - ANNOUNCEMENT_LEAD, today) if ahead else day + timedelta(days=1)
            if ahead and value > day:
                continue
            candidate = ReferenceDate(value, True, "", forward=ahead)
            told = tenses(candidate)
            if told[:2] < best_score[:2]:
                continue        # ranked below by the tenses alone: its weekdays (a whole reading) cannot lift it
            if (scored := score(candidate, told)) > best_score:
                best, best_score, shown = candidate, scored, (item, day)
    if best is None or best_score[2] <= now[2]:
        return None
    item, day = shown
    how = (f"counted from {ANNOUNCEMENT_LEAD.days // 7} weeks before it, up to the build" if best.forward
           else "counted from the day after it")
    return ReferenceDate(best.value, True, f"\"{item.timex.text}\" is a {day:%A} in {day.year}, which the tenses' "
                                           f"reading ({chosen.reason}) breaks; {how}", forward=best.forward)


def _written_spans(timexes: list[Timex]) -> list[tuple[date, date]]:
    """First and last day of each date the text writes with its year, a month or finer, and
    tells in no past tense ("Fall 2024", "Friday, January 3, 2025"): the years it is about."""
    spans = []
    for timex in timexes:
        if (timex.type in ("DATE", "TIME") and timex.span is not None and not timex.problem
                and timex.tense != "past" and timex.span.granularity != "year"
                and (timex.raw_value or timex.value)[:4].isdigit()):
            spans.append((timex.span.start.date(), (timex.span.end - timedelta(microseconds=1)).date()))
    return spans


def _weekdays_kept(resolved: list[Timex]) -> int:
    """How many year-less days written with a weekday fall on it once resolved."""
    kept = 0
    for timex in resolved:
        named = weekday_of(timex)
        if named is not None and timex.interval is not None:
            kept += timex.interval.start.isoweekday() == named.iso
    return kept


def _in_year(named: list[_Weekday] | list[RuledDay], year: int, rolling: bool) -> list[date | None]:
    """Each day in ``year``; ``rolling``: a list in date order moves into the next year
    when a day comes before the one above it ("Thursday 10 December", "Thursday 14 January")."""
    days: list[date | None] = []
    previous = (0, 0)
    for item in named:
        if rolling and (item.month, item.day) < previous:
            year += 1
        previous = (item.month, item.day)
        days.append(item.on(year))
    return days


def leap_days(timexes: list[Timex]) -> int:
    """How many year-less days the text writes as 29 February ("moved to February 29"): each
    rules out every year but a leap year, as a weekday beside a day rules out most years."""
    count = 0
    for timex in timexes:
        match = CALENDAR.match(parse(timex.raw_value or timex.value).core)
        count += (match is not None and match.group("year") == "XXXX" and match.group("month") == "02"
                  and match.group("day") == "29")
    return count


def weekday_of(timex: Timex) -> _Weekday | None:
    """A year-less day written with its weekday ("Friday, January 15"), else None."""
    raw = parse(timex.raw_value or timex.value)
    match = CALENDAR.match(raw.core)
    if (match is None or not raw.annotations.get("wd") or match.group("year") != "XXXX"
            or not (match.group("month") or "").isdigit() or not (match.group("day") or "").isdigit()):
        return None
    return _Weekday(timex, int(match.group("month")), int(match.group("day")), int(raw.annotations["wd"]))


def cell_weekdays(text: str, timexes: list[Timex]) -> list[_Weekday]:
    """Year-less days whose weekday stands in the cell before them ("Saturday* | May 21 |
    09:00-24:00 |": a timetable's Day column): asked only when no day is written with its
    weekday. The weekday and the day must be neighbours with only a cell mark (and a footnote
    star) between them."""
    found: list[_Weekday] = []
    for weekday, day in zip(timexes, timexes[1:]):
        iso = _bare_weekday(weekday)
        if iso is None or text[weekday.end:day.start].strip(CELL_GAP) != "|":
            continue
        raw = parse(day.raw_value or day.value)
        match = CALENDAR.match(raw.core)
        if (match is not None and match.group("year") == "XXXX" and (match.group("month") or "").isdigit()
                and (match.group("day") or "").isdigit()):
            found.append(_Weekday(day, int(match.group("month")), int(match.group("day")), iso))
    return found


def yearless_dateline(doc: Document, timexes: list[Timex], today: date,
                      fits: Callable[[date], int] = lambda day: 0, evidence: int = 0) -> ReferenceDate | None:
    """A year-less dateline ("BRUSSELS, March 3 (Reuters) -"): its month and day are the
    story's own, only the year is missing. A story is read soon after it is filed, so the
    latest such day up to the build, stepping back a year at a time only while an earlier
    year fits more of the ``evidence`` tense bounds (``fits`` counts them for a day) and its
    written weekday, if any."""
    dateline = find_dateline(doc.text, timexes)
    if dateline is None or dateline.date is None:
        return None
    timex = next(t for t in timexes if (t.start, t.end) == dateline.date)
    raw = parse(timex.raw_value or timex.value)
    match = CALENDAR.match(raw.core)
    if (match is None or match.group("year") != "XXXX" or not (match.group("month") or "").isdigit()
            or not (match.group("day") or "").isdigit()):
        return None
    named = _Weekday(timex, int(match.group("month")), int(match.group("day")), int(raw.annotations.get("wd") or 0))
    written = _written_days(timexes)
    years = sorted(set(range(today.year - YEARS_BACK, today.year + 1))
                   | {d.year + k for d in written for k in (-1, 0, 1) if d.year + k <= today.year}, reverse=True)
    weekdays = [w for w in (weekday_of(t) for t in timexes if t is not timex) if w is not None]
    best: tuple[tuple[int, int, int], date] | None = None
    for year in years:
        value = named.on(year) if named.iso else day_in(year, named.month, named.day)
        if value is None or value > today:      # 29 February: the latest leap year's
            continue
        near = -min((abs((d - value).days) for d in written), default=0)
        score = (fits(value), near, sum(_weekday_after(w, value) for w in weekdays))
        if best is None or score > best[0]:
            best = (score, value)
    if best is None:
        return None
    (kept, _, fitting), value = best
    told = f" that fits most tenses ({kept} of the {evidence} dates told in one)" if evidence else ""
    if written:
        nearest = min(written, key=lambda d: abs((d - value).days))
        return ReferenceDate(value, True, f"dateline \"{timex.text}\" has no year: the year of the nearest day the "
                                          f"text writes in full ({spoken_day(nearest)}){told}", day_written=True)
    if fitting:
        shown = next(w.timex.text for w in weekdays if _weekday_after(w, value))
        return ReferenceDate(value, True, f"dateline \"{timex.text}\" has no year: the latest such day up to the build "
                                          f"({spoken_day(today)}) whose days ahead fall on their written weekdays "
                                          f"(\"{shown}\"){told}", day_written=True)
    return ReferenceDate(value, True, f"dateline \"{timex.text}\" has no year: the latest such day up to the build "
                                      f"({spoken_day(today)}){told}", day_written=True)


def _weekday_after(named: _Weekday, filed: date) -> bool:
    """Whether "Wednesday, March 5" falls on its weekday on its first such day from a week before
    the day a story was ``filed``: a year-less dateline's story tells of the days ahead of it."""
    day = day_in(filed.year, named.month, named.day)
    if day is not None and day < filed - STORY_LOOKBACK:
        day = day_in(filed.year + 1, named.month, named.day)
    return day is not None and day.isoweekday() == named.iso


STORY_LOOKBACK = timedelta(days=7)   # a story may tell of days in the week before its dateline


def _written_days(timexes: list[Timex]) -> list[date]:
    """The days the text writes with their year and tells in no past tense ("WHEN: Monday,
    10 March 2014"): a year-less dateline above them was filed in the same season; a past
    one ("signed on 5 June 1998") may be history."""
    days = []
    for timex in timexes:
        match = CALENDAR.match(parse(timex.raw_value or timex.value).core)
        if timex.tense == "past" or match is None or not all((match.group(k) or "").isdigit()
                                                               for k in ("year", "month", "day")):
            continue
        day = day_in(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if day is not None:
            days.append(day)
    return days


def day_in(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class Told:
    month: int
    day: int
    ahead: bool            # told in the future or present tense ("will take place", "are invited")
    text: str

    def gap(self, written: date) -> int:
        """Days from ``written`` to this day's nearest occurrence on its side of it."""
        for year in ((written.year, written.year + 1) if self.ahead else (written.year, written.year - 1)):
            try:
                day = date(year, self.month, self.day)
            except ValueError:
                continue
            if (day >= written) if self.ahead else (day < written):
                return abs((day - written).days)
        return 366

    def fits(self, written: date) -> bool:
        """Whether the occurrence nearest ``written`` lies on this day's side of it."""
        nearest = min((d for d in (day_in(y, self.month, self.day) for y in range(written.year - 1, written.year + 2))
                       if d is not None), key=lambda d: abs((d - written).days), default=None)
        return nearest is not None and ((nearest >= written) if self.ahead else (nearest < written))


def told(timex: Timex) -> Told | None:
    """A year-less day with a tense ("met in Bangkok on 14-15 October", "will take place from 2
    to 6 December"); a range is placed by its last day when past, its first when ahead."""
    raw = parse(timex.raw_value or timex.value)
    match = CALENDAR.match(raw.core)
    if (match is None or not raw.core.startswith("XXXX-") or match.group("month") in (None, "XX")
            or match.group("day") in (None, "XX") or timex.tense not in ("past", "future", "present")
            or raw.get("yr") or raw.get("dir")):
        return None
    ahead = timex.tense != "past"
    month, day = int(match.group("month")), int(match.group("day"))
    end = parse(raw.get("to")).core if raw.get("to") else None
    last = CALENDAR.match(end) if end else None
    if not ahead and last is not None and last.group("day") not in (None, "XX"):
        month = int(last.group("month")) if last.group("month") not in (None, "XX") else month
        day = int(last.group("day"))
    return Told(month, day, ahead, timex.text)


def _unit_tie(text: str, timexes: list[Timex], today: date,
              holds: Callable[[date], bool]) -> ReferenceDate | None:
    """"…a two-day summit, to be held later this week, the minister said on Monday." / "…the
    conference will be held on April 20-21.": a "this week" told ahead and a year-less day told
    ahead a sentence or two away are one event, so the story was written in the week holding
    that day, on its first day or on the weekday the story says it was told ("said on Monday").
    A "next week" ("the line will be closed next week" / "From Monday, October 16 ...") puts it in
    the week before that day's: a day told ahead is never the page's own. The year is the latest
    up to the build, as for a year-less dateline; without the tie the two would fall months apart."""
    sentences = split_sentences(text)
    for near in timexes:
        tied = _TIED_UNITS.get(parse(near.raw_value or near.value).core)
        if tied is None or near.tense not in ("future", "present"):
            continue
        unit, units_on = tied
        index = sentences.index_at(near.start)
        close = [t for t in timexes if abs(sentences.index_at(t.start) - index) <= TIE_SENTENCES]
        ahead = [(t, d) for t, d in ((t, told(t)) for t in close) if d is not None and d.ahead]
        if not ahead:
            continue
        timex, day = min(ahead, key=lambda pair: abs(pair[0].start - near.start))
        said = next((w for w in (_bare_weekday(t) for t in close if t.tense == "past") if w), None) \
            if unit == "week" else None
        for year in range(today.year, today.year - YEARS_BACK - 1, -1):
            held = day_in(year, day.month, day.day)
            if held is None:
                continue
            first = _unit_before(held, unit, units_on)
            value = first + timedelta(days=said - 1) if said else first
            if value <= held and value <= today and holds(value):
                told_on = f", told on a {value:%A}" if said else ""
                written = (f"tell of one {unit}, so the text was written in the {unit} holding" if not units_on else
                           f"tell of the {unit} after the text's, so it was written in the {unit} before the one "
                           f"holding")
                return ReferenceDate(value, True, f"no year written: \"{near.text}\" and \"{timex.text}\" {written} "
                                                  f"{spoken_day(held)}, the latest such up to the build "
                                                  f"({spoken_day(today)}); counted from its first day{told_on}",
                                     value, held, forward=False, build_year=True)
    return None


def _unit_before(held: date, unit: str, units: int) -> date:
    """The first day of the week or month ``units`` before the one holding ``held``."""
    if unit == "week":
        return held - timedelta(days=held.weekday() + 7 * units)
    return add_months(held.replace(day=1), -units)


def _bare_weekday(timex: Timex) -> int | None:
    """The ISO weekday of a bare weekday ("said on Monday"), else None."""
    match = BARE_WEEKDAY.fullmatch(parse(timex.raw_value or timex.value).core)
    return int(match.group(1)) if match else None



def _between_tenses(timexes: list[Timex], today: date) -> ReferenceDate | None:
    """Year-less days told in the past and ahead ("met on 14-15 October", "invited to nominate
    by 15 November", "will take place from 2 to 6 December"): news tells of the recent past and
    the near future, so the document was written where the farthest of them is nearest, on or
    before the build day."""
    days = [t for t in (told(x) for x in timexes) if t is not None][:MAX_TOLD]
    if not any(t.ahead for t in days) or all(t.ahead for t in days):
        return None
    best = min((today - timedelta(days=back) for back in range(LOOKBACK_DAYS + 1)),
               key=lambda d: (max(t.gap(d) for t in days), (today - d).days))
    past = ", ".join(f"\"{t.text}\"" for t in days if not t.ahead)
    ahead = ", ".join(f"\"{t.text}\"" for t in days if t.ahead)
    return ReferenceDate(best, True, f"no year written: {spoken_day(best)} puts the days told in the past ({past}) "
                                     f"and ahead ({ahead}) nearest on either side, up to the build day",
                         forward=False, build_year=True)


def _untensed_dates(timexes: list[Timex]) -> ReferenceDate | None:
    story = story_day(timexes)
    if story is not None:
        day, told_by = story
        return ReferenceDate(day, True, f"no date told in a tense, but a story told in days counted from its own "
                                        f"(\"{told_by.text}\" in the past) below {spoken_day(day)}: news of the days "
                                        f"around it, counted from that day", day, None)
    days = [t.span.start.date() for t in timexes
            if t.span is not None and not t.problem and t.type in ("DATE", "TIME")
            and t.span.granularity in ("day", "partofday", "hour", "minute", "second")]
    if not days:
        return None
    first = min(days)
    value = first - ANNOUNCEMENT_LEAD
    return ReferenceDate(value, True, f"no date told in a tense: counted from {ANNOUNCEMENT_LEAD.days // 7} weeks "
                                      f"before the first ({spoken_day(first)}), as announcements come ahead",
                         None, first - timedelta(days=1), forward=True)


PERIOD_GRAINS = ("month", "season", "quarter", "half")   # periods a page writes with their year ("Autumn 2024");
                                                         # an issue names one of them (issue_period.PERIODS)
PERIOD_AHEAD_YEARS = 5       # a period this far after the build is a plan's horizon, not the page's time


def _written_period(timexes: list[Timex], today: date) -> ReferenceDate | None:
    """A page that tells no day with a year and no tense but writes a month or season with its
    year ("Autumn 2024 | 2nd Sept - 20th Dec", "March 2031"): the years it writes are its own, far
    surer than the day of the build. Counted from the first day of the earliest such period, looking
    ahead: a term list or a timetable reads forward from its first period."""
    periods = [t for t in timexes
               if t.type == "DATE" and t.span is not None and not t.problem and not t.approximate
               and t.span.granularity in PERIOD_GRAINS and t.value[:4].isdigit()
               and int(t.value[:4]) <= today.year + PERIOD_AHEAD_YEARS]
    if not periods:
        return None
    first = min(periods, key=lambda t: t.span.start)
    value = first.span.start.date()
    return ReferenceDate(value, True, f"no day told in a tense, but the page writes \"{first.text}\" with its year: "
                                      f"counted from its first day, {spoken_day(value)}, looking ahead",
                         forward=True)


NAME_WORDS = 12        # words before a year read for the law its name cites ("Amendment Bill of 2024")
LOOK_BACK_WORDS = 2    # words after a year read for a look back at it ("2019 Annual Report")
WRITTEN_YEAR_REACH = 30   # a year this far before the build is history, as document_date.FAR_YEARS


def _written_year(text: str, timexes: list[Timex], today: date) -> ReferenceDate | None:
    """A page with no day's year and no tense that still writes a year ("... signing into law the
    Amendment Bill of 2024", "the Integrated Development Plan 2018-2022", "© 2016-2019 Meadow Trust"):
    it was written no earlier than the latest such year (a span by its first year, a copyright's by
    its last), a far better guess for its year-less days than the day of the build. Left out:
    years after the build or told in the past ("founded in 2010"), far years (history), a target
    ahead ("by 2030", "Vision 2030"), a bound ("since 2001"), a look back ("2019 Annual Report"),
    an enacted law's year ("the Constitution of Kenya, 2010"), cited for decades, and a year that
    names something ("the 2004 model", "(2011 Census)", "The Class of 2005"); a bill's year
    counts, as a bill is before the house now. Counted from that year's first day, looking
    ahead, and still a guess (``build_year``): the entries stay approximate and listed for
    checking."""
    horizons = frozenset(load_list("en", "horizon_leads"))
    pending = frozenset(load_list("en", "pending_law_nouns"))
    copyrights = frozenset(load_list("en", "copyright_marks"))
    bounds = frozenset(load_list("en", "page_year_blockers"))
    looks_back = frozenset(load_list("en", "page_year_first_blockers"))
    years = []
    for timex in timexes:
        if (timex.type != "DATE" or timex.span is None or timex.problem or timex.span.granularity != "year"
                or not timex.value[:4].isdigit() or int(timex.value[:4]) > today.year):
            continue
        if int(timex.value[:4]) < today.year - WRITTEN_YEAR_REACH:
            continue          # "painting between 1400 and 1800": history
        before = words_in(text, max(0, timex.start - 120), timex.start)
        named = [w.lower for w in before if w.is_word][-NAME_WORDS:]
        cited = cited_year(before)
        if cited and not pending & set(named) or not cited and timex.tense == "past":
            continue          # "the Constitution of Kenya, 2010", "founded in 2010": a name's or history's year
        after = [w.lower for w in words_in(text, timex.end, min(len(text), timex.end + 40)) if w.is_word][:LOOK_BACK_WORDS]
        if named and named[-1] in horizons | bounds or set(after) & looks_back:
            continue          # "by 2030", "since 2001", "2019 Annual Report": no year the page is of
        last = (timex.span.end - timedelta(days=1)).year     # "© 2016-2019": current in 2019
        marked = bool(before) and (before[-1].lower in copyrights or "".join(w.text for w in before[-3:]).lower() in copyrights)
        following = next(iter(words_in(text, timex.end, min(len(text), timex.end + 40))), None)
        if not marked and not year_ends_name(text, timex.start, before, name_year_blockers()) and (
                following is not None and following.is_word and following.start - timex.end <= 1
                and "\n" not in text[timex.end:following.start]
                or named[-1:] == ["of"] and not pending & set(named)):
            continue          # "the 2004 model", "(2011 Census)", "The Class of 2005": a name's year
        years.append((last if marked and last <= today.year else int(timex.value[:4]), timex))
    if not years:
        return None
    year, timex = max(years, key=lambda y: y[0])
    value = date(year, 1, 1)
    return ReferenceDate(value, True, f"no day's year and no tense found, but the page writes the year {year} "
                                      f"(\"{' '.join(timex.text.split())}\"): counted from {spoken_day(value)}, "
                                      f"looking ahead (a guess: give `published:` or --reference-date for another)",
                         forward=True, build_year=True)


def story_day(timexes: list[Timex]) -> tuple[date, Timex] | None:
    """The first day written with its year and no tense ("…waits for liftoff on July 12, 2009",
    a photo's caption) above a day counted from the writing day and told in the past ("got off
    the ground on Sunday", "an earlier attempt this week", "yesterday"), with that day: a news
    story is written on or just after the days it dates, not weeks ahead of them."""
    told_by = next((t for t in timexes if t.tense == "past" and t.type in ("DATE", "TIME")
                    and _DEICTIC_DAY.fullmatch(parse(t.raw_value or t.value).core)), None)
    if told_by is None:
        return None
    days = [t.span.start.date() for t in timexes
            if t.start < told_by.start and t.tense is None and t.type in ("DATE", "TIME") and t.span is not None
            and not t.problem and not t.approximate and t.end_interval is None
            and t.span.granularity in ("day", "partofday", "hour", "minute", "second")
            and (t.raw_value or t.value)[:4].isdigit()]
    return (days[0], told_by) if days else None


# Days counted from the day of writing: "today", "yesterday", "this week", a bare weekday
_DEICTIC_DAY = re.compile(r"REF(?:[+-]P\d{1,2}[DW])?|XXXX-WXX-[1-7](?:T[0-9:]{2,8})?")


def spoken_day(day: date) -> str:
    """"4 February 2027": how reasons in the report write a day."""
    return f"{day.day} {day:%B %Y}"
