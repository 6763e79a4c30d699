"""Phase 2: anchoring raw values to the document's date, the verb's tense and the story.

Underspecified dates pick the year (or week) that the tense points to: future means
the next occurrence on or after the reference, past the latest on or before it, no
tense the nearest. Narrative offsets ("two days later") count from the last date the
text mentioned. Nothing is ever moved by a hundred years.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from datetime import date, datetime, timedelta
from typing import Callable

from calfeed.model import Interval, Timex
from calfeed.rrules import byday, rule_parts
from calfeed.timex import periods
from calfeed.timex.lexicon import load_list, load_words
from calfeed.timex.list_lines import alone_on_line
from calfeed.timex.connectors import connectors
from calfeed.timex.gc_paused import collector_paused
from calfeed.timex.edition_years import window_years
from calfeed.timex.rawvalue import ANCHORED, CALENDAR, REFERENCES, core_of, parse
from calfeed.timex.list_chains import Chain, chain_years
from calfeed.timex.compared_quarters import compared_quarter
from calfeed.timex.month_figures import compared_month, figure_month
from calfeed.timex.named_quarters import placed_quarter, placed_quarters
from calfeed.timex.ongoing_ranges import GRAINS as ONGOING_GRAINS, ongoing_years, year_before
from calfeed.timex.carried_months import carried_months
from calfeed.timex.preposed_months import preposed_months
from calfeed.timex.row_years import row_years
from calfeed.timex.day_heading_years import day_heading_years
from calfeed.timex.date_line_runs import date_line_runs
from calfeed.timex.section_years import headed_runs, list_runs, section_years
from calfeed.timex.adverb_year_days import adverb_year_days
from calfeed.timex.fronted_years import fronted_years
from calfeed.timex.glossed_todays import todays_by_their_weekdays
from calfeed.timex.shared_years import shared_years
from calfeed.timex.deadline_anaphors import in_deadline_sentence
from calfeed.timex.night_clocks import in_small_hours, night_second_day
from calfeed.timex.tense import POSSESSIVE_END, deadline_before, firm_past, reporting_verbs
from calfeed.timex.vocabulary import Vocabulary, norm, pattern_width, vocabulary
from calfeed.timex.weekday_order import forward_years
from calfeed.timex.weekday_runs import weekdays_kept_together
from calfeed.timex.schedule_weekdays import ScheduleDay, bare_weekday, next_in_schedule, schedule_after, within_schedule

NEEDS_DATE = "needs the document's date"
# How far from the reference a written weekday may move a year-less date: about fourteen months,
# so that a day a year after the next one (a programme for the coming year's Christmas) is in
# reach, and the year after that is not.
WEEKDAY_REACH_DAYS = 425
# How long after a quarter or half ends it is still the one reports speak of ("fourth-quarter
# earnings are expected" in January, "results for the fourth quarter will be released on March
# 14"): the reporting season, about three months for a quarter (a year's last quarter is reported
# with the year's accounts) and two for a half. Later, a future or present verb about the same
# quarter or half means the coming one ("a workshop in Q4" said in April, "growth is expected to
# pick up in the second half of the year" said in late March).
REPORTING_DAYS = {"quarter": 90, "half": 60}
HALF_MIN_DAYS = 120     # a period of a year longer than this is a half, not a quarter
_FISCAL_REACH = 40      # characters read from an expression's start for a fiscal word before its unit
# A count of months a report compares across years ("the nine months", "the first six months"):
# longer than a quarter, shorter than a year. What "a year earlier" after it counts back to is that
# stretch of the year before, which TimeBank values as the year (1988), not the quarter last named.
_MONTHS_SPAN = re.compile(r"P(?:[4-9]|1[01])M")
# How near a guessed document date a day the text writes in full must lie to place the bare
# weekdays after it ("Friday, October 6 ... this Saturday"): about an announcement's lead and a
# month, so a notice's own days count and a founding date decades back does not.
NOTICE_REACH_DAYS = 90
WEEKDAY_AHEAD_DAYS = 62     # how far after a given date a weekday-fitting day outweighs a past verb before it
# A bare weekday ("7 p.m. on Tuesday") a few sentences after a day written with that weekday
# ("Monday, March 13") is that day again: how far back in the text (characters) and how far from
# the reference (days) the written day may lie.
NAMED_WEEKDAY_REACH = 800
NAMED_WEEKDAY_DAYS = 90
_UNIT_GRAIN = {"D": "day", "W": "week", "WE": "day", "M": "month", "Q": "quarter", "Y": "year",
               "DE": "decade", "CE": "century"}
_FINER = ["minute", "hour", "partofday", "day", "week", "month", "season", "quarter", "half", "year",
          "decade", "century"]


class Unresolvable(Exception):
    """Raised with the reason a value cannot be pinned down."""


class Vague(Unresolvable):
    """A vague amount from a date ("a few years ago"): only its side of the present is known."""

    def __init__(self, side: str):
        super().__init__("vague amount of time")
        self.side = side


class Clockless(Unresolvable):
    """Minutes or hours counted from a day that has no clock ("completed in 45 minutes" on a page
    dated by its day alone): no clock can follow, so the amount is a length of time (``amount``)."""

    def __init__(self, amount: str):
        super().__init__("an amount of clock time from a day without a clock")
        self.amount = amount


_CLOCK_GRAINS = ("hour", "minute", "second")
_ONE_DAY = timedelta(days=1)
_FEW_DAYS_GRAINS = ("day", "week")    # a weekend, a week: "the same day" is no day of theirs ("last October": -XX)
_DAY_GRAINS = ("day", "minute", "hour", "partofday")
_DAY_PART_MODS = ("START", "MID", "END")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _part_of_named_day(t: Timex) -> Interval | None:
    """"late Saturday", "early Monday": a stretch of one named day, vaguer than the day, but the day the
    story is on, as the bare weekday would be ("It struck shortly after 8 p.m." is that day's)."""
    if (not t.approximate or t.mod not in _DAY_PART_MODS or t.interval is None or t.interval.granularity != "day"
            or not _DAY_VALUE.fullmatch(t.value or "")):
        return None
    start = datetime.fromisoformat(t.value)
    return Interval(start, start + timedelta(days=1), "day")


def _part_of_named_period(t: Timex) -> Interval | None:
    """"mid-2012", "end-March 2013", "the end of 1990": a stretch of a named year or month. The
    position word narrows the date without making its year or month doubtful, so the whole period
    anchors what the story counts from it ("... a year earlier", "two years later"), as the bare
    year or month would; an approximator ("around 2012") leaves the story's anchor alone."""
    if not t.approximate or t.mod not in _DAY_PART_MODS or t.interval is None:
        return None
    if t.interval.granularity == "year":
        return periods.year(t.interval.start.year)
    if t.interval.granularity == "month":
        return periods.month(t.interval.start.year, t.interval.start.month)
    return None


_LINE_BREAK = re.compile(r"\n|[.!?]\s")


def _same_line(text: str | None, end: int, at: int) -> bool:
    """No line break or sentence end between a day that ended at ``end`` and an expression at ``at``."""
    return text is not None and end <= at and _LINE_BREAK.search(text, end, at) is None


def _moment(reference: date | datetime | None) -> datetime | None:
    if reference is None:
        return None
    if isinstance(reference, datetime):
        return reference.replace(tzinfo=None)
    return datetime(reference.year, reference.month, reference.day)


class _Context:
    def __init__(self, reference: datetime | None, vocab: Vocabulary, text: str | None = None,
                 lang: str = "en"):
        self.reference = reference
        self.vocab = vocab
        self.text, self.lang = text, lang
        self.last: Interval | None = None
        self.one_day: Interval | None = None   # the story's last date that was one day (or a clock)
        self.counted_day: Interval | None = None   # a day counted from the document's ("yesterday") since ``last``
        self.quarter: Interval | None = None   # the last quarter the text spoke of
        self.quarter_at: int | None = None     # where the text named it
        self.year: Interval | None = None      # a year named after the last finer date ("in 1996")
        self.forward = False                   # untensed year-less dates look ahead (an announcement)
        self.guessed = False                   # the document's date was guessed, not given
        self.written: Interval | None = None   # the last day the text wrote with its month and day
        self.closed: Interval | None = None    # the day that closed the period last named ("ended Aug. 12")
        self.months_span = False               # a count of months came after the last date ("the nine months")
        self.figure_month_end: int | None = None   # where the last date ended when it is a figure's month ("in May")
        self.at = 0                            # where the expression being resolved starts
        self.line_day: tuple[Interval, int] | None = None   # the last day named (or finer) and where it ended
        self.deadline_day: Interval | None = None   # a deadline day written since the story's last date
        self.named_weekdays: dict[int, tuple[Interval, int]] = {}   # ISO weekday -> the last day written with it, and where
        self.schedule: ScheduleDay | None = None   # the last bare weekday of a running schedule ahead (schedule_weekdays)
        self.night_day: date | None = None     # the second day of a night the story's last date names ("night of May 3-4")

    def anchor(self) -> datetime:
        """What a bare date is placed around: the document's date, else the story's last date."""
        if self.reference is not None:
            return self.reference
        if self.last is not None:
            return self.last.start
        raise Unresolvable(NEEDS_DATE)


Firm = Callable[[], bool]   # whether a past verb governs the date for sure (asked only when it matters)
TenseOf = Callable[[], "str | None"]   # the tense that places a date, asked only when it has no year


def _never() -> bool:
    return False


def _choose(candidates: list[tuple[Interval, str]], around: datetime, tense: str | None,
            direction: str | None = None, firm: Firm = _never) -> tuple[Interval, str]:
    day = datetime(around.year, around.month, around.day)
    if direction == "next":
        after = [c for c in candidates if c[0].start > day and not c[0].contains(day)]
        return min(after, key=lambda c: c[0].start)
    if direction == "last":
        before = [c for c in candidates if c[0].end <= day]
        return max(before, key=lambda c: c[0].start)
    if direction == "this":
        week = [c for c in candidates if c[0].granularity == "day" and c[0].end - c[0].start <= timedelta(days=1)
                and c[0].start.isocalendar()[:2] == day.isocalendar()[:2]]
        if week and (week[0][0].end > day or tense not in ("future", "present")):
            return week[0]              # "this Friday": the Friday of the reference's week
        if week:                        # "will be held this Friday", said on the Sunday after one
            return min((c for c in candidates if c[0].start > day), key=lambda c: c[0].start)
        holding = [c for c in candidates if c[0].start.year == day.year]
        if holding:
            return min(holding, key=lambda c: periods.distance(c[0], day))
    nearest = min(candidates, key=lambda c: (periods.distance(c[0], day), c[0].start < day))
    if tense in ("future", "present"):
        chosen = min((c for c in candidates if c[0].end > day), key=lambda c: c[0].start)
        # A future verb about a date a few days gone is the story's, written late ("the boy is
        # to be returned by Jan. 14" on 15 January), not a date a year away.
        just_passed = periods.distance(nearest[0], day) < 7 * 86400
        return nearest if just_passed and periods.distance(chosen[0], day) > 300 * 86400 else chosen
    if tense == "past":
        chosen = max((c for c in candidates if c[0].start <= day), key=lambda c: c[0].start)
        return nearest if _far_out(chosen[0], nearest[0], day) and not firm() else chosen
    return nearest


def _always() -> bool:
    return True


def _choose_by(candidates: list[tuple[Interval, str]], around: datetime, tense_of: TenseOf,
               direction: str | None = None, firm: Firm = _never) -> tuple[Interval, str]:
    """``_choose`` with the tense read only when it decides. Past, future and no tense part ways
    only around a reference day that no candidate holds: one that holds it ("Friday" on a
    Friday, "June" in June) is chosen by every tense, and the sentence's verbs need no reading."""
    if not candidates:
        raise ValueError("no candidate")    # as _choose would, in every tense
    if direction in ("next", "last"):       # the next or last one, whatever the verbs say
        return _choose(candidates, around, None, direction)
    day = datetime(around.year, around.month, around.day)
    if any(c[0].start <= day < c[0].end for c in candidates):
        try:
            every = {_choose(candidates, around, tense, direction, past_firm)
                     for tense, past_firm in ((None, _never), ("future", _never), ("past", _never), ("past", _always))}
        except ValueError:
            every = set()
        if len(every) == 1:
            return every.pop()
    return _choose(candidates, around, tense_of(), direction, firm)


def _far_out(chosen: Interval, nearest: Interval, day: datetime) -> bool:
    """A past tense yields when it would send a date most of a year back while a near one fits.

    A past verb is often the report's ("extended its offer until Nov. 9"), not the dated
    event's; a yearly cycle more than three times farther back than the nearest
    (upcoming) occurrence, itself within three months, is taken to be that mistake,
    unless the past verb stands right before the date (``firm``: "was held on 3 March").
    """
    near, far = periods.distance(nearest, day), periods.distance(chosen, day)
    return far > 3 * near and near < 90 * 86400 and far > 120 * 86400


def _time(interval: Interval, value: str, time: str, vocab: Vocabulary) -> tuple[Interval, str]:
    """Narrow a day to a clock time or a part of the day."""
    base = interval.start
    if time[0].isdigit():
        hour, minute = int(time[:2]), int(time[3:5])
        second = int(time[6:8]) if len(time) > 5 else 0
        # 24:00 (midnight, TimeML's end of the day) is the instant the next day begins.
        start = base + timedelta(hours=hour, minutes=minute, seconds=second)
        return Interval(start, start + timedelta(minutes=1), "minute"), f"{value}T{time}"
    if time == "DT":
        return Interval(base + timedelta(hours=6), base + timedelta(hours=18), "partofday"), f"{value}TDT"
    row = next(r for r in vocab.parts_of_day.values() if r["code"] == time)
    start = base + timedelta(hours=int(row["start"]))
    return Interval(start, base + timedelta(hours=int(row["end"])), "partofday"), f"{value}T{time}"


def _past_clock_ahead(ctx: _Context, firm: Firm, day: Interval | None = None) -> bool:
    """The story's last day (or ``day``) is still ahead of the document's and the clock's clause is past
    ("will make landfall on Sept. 14 ... The storm was located ... at 1:30 p.m."): what a past verb
    surely governs is not on a day to come, so the clock is the document's day."""
    day = day or ctx.last
    return (ctx.reference is not None and day is not None
            and day.start.date() > ctx.reference.date() and firm())


STORY_DAY_REACH = timedelta(days=7)     # how far back a story's day may lie and still hold a past clock told later


def _story_day_ahead(ctx: _Context, firm: Firm) -> bool:
    """A clock told in no past after a coarser date (a month, a year) that came after the story's day,
    when that day lies in the week after the document's: the month or year is named in passing ("was
    first scheduled for July 2023 and takes place this year"), and the clock is still the coming
    day's ("The opener will start at 7 pm"), not the page's own. The mirror of _story_day_kept."""
    day = ctx.one_day
    return (day is not None and ctx.last is not None and ctx.last.granularity not in _DAY_GRAINS
            and ctx.reference is not None
            and timedelta(0) < day.start - ctx.reference <= STORY_DAY_REACH and not firm())


def _story_day_kept(ctx: _Context, firm: Firm) -> bool:
    """A past clock told after a coarser date (a month, a year) that came after the story's day: the
    month is named in passing ("the strongest since the one in December"), and the clock is still the
    story's day's, when that day lies in the week before the document's."""
    day = ctx.one_day
    return (day is not None and ctx.last is not None and ctx.last.granularity not in _DAY_GRAINS
            and ctx.reference is not None
            and timedelta(0) <= ctx.reference - day.start <= STORY_DAY_REACH and firm())


def _counted_day(anchored: re.Match[str] | None, resolved: Timex) -> bool:
    """A whole day a day word of ``relative.tsv`` counts from the document's ("yesterday", "tomorrow"): no
    story anchor for what is counted after it ("a year earlier" keeps to the story's period), but the
    day a bare clock or part of the day told after it falls on, as a named day's is (TimeML: the last
    day mentioned). Only such a word: "The closing day of the fair is Sunday" is read as the day before
    the document's by another rule, and must not carry the fair's clocks there (R51)."""
    return (anchored is not None and anchored.group("anchor") == "REF" and anchored.group("unit") == "D"
            and "relative_word" in resolved.rule.split("+")
            and (anchored.group("n") or "0") not in ("0", "X") and resolved.type == "DATE"
            and not resolved.approximate and resolved.interval is not None
            and resolved.interval.granularity == "day")


def _season_months(code: str, vocab: Vocabulary) -> tuple[int, int]:
    row = next(r for r in vocab.seasons.values() if r["code"] == code)
    return int(row["first"]), int(row["last"])


def _holiday(year_: int, name: str, vocab: Vocabulary) -> date:
    return periods.named_day(year_, vocab.holidays[norm(name)])


def _calendar_for_year(m, vocab: Vocabulary) -> Callable[[int], tuple[Interval, str]] | None:
    """A function year -> (interval, value) for a calendar core whose year may be open."""
    month, day_, quarter, half, season_, week_, weekday, holiday = (
        m.group("month"), m.group("day"), m.group("quarter"), m.group("half"), m.group("season"),
        m.group("week"), m.group("weekday"), m.group("holiday"))
    if holiday:
        through = vocab.holidays[norm(holiday)].get("through")

        def hol(y: int) -> tuple[Interval, str]:
            d = _holiday(y, holiday, vocab)
            if through:         # a named season ("Lent" through Holy Saturday), not one day
                return periods.stretch(d, _holiday(y, through, vocab))
            return periods.day(d), d.isoformat()
        return hol
    if month and month != "XX" and day_ and day_ != "XX":
        def dm(y: int) -> tuple[Interval, str]:
            d = date(y, int(month), int(day_))
            return periods.day(d), d.isoformat()
        return dm
    if month and month != "XX":
        return lambda y: (periods.month(y, int(month)), f"{y:04d}-{month}")
    if quarter:
        return lambda y: (periods.quarter(y, int(quarter)), f"{y:04d}-Q{quarter}")
    if half:
        return lambda y: (periods.half(y, int(half)), f"{y:04d}-H{half}")
    if season_:
        first, last = _season_months(season_, vocab)
        return lambda y: (periods.season(y, first, last), f"{y:04d}-{season_}")
    if week_ and week_ != "XX" and not weekday:
        return lambda y: (periods.week(y, int(week_)), f"{y:04d}-W{week_}")
    if week_ and week_ != "XX" and weekday == "WE":
        return lambda y: (periods.weekend(y, int(week_)), f"{y:04d}-W{week_}-WE")
    return None


def _known_quarter(core: str, ctx: _Context) -> str:
    """Fill an anaphoric quarter (``QX``) with the last one spoken of, or drop it.

    With no quarter named, a month last named is the quarter in focus ("from April to June compared
    with the same quarter last year"); a day is not, as results are told in the quarter after theirs."""
    focus = ctx.quarter
    if focus is None and ctx.last is not None and ctx.last.granularity == "month":
        focus = ctx.last
    if focus is not None:
        return core.replace("-QX", f"-Q{(focus.start.month - 1) // 3 + 1}")
    return core.replace("-QX", "")


def _day_of_some_month(day_: int, weekday: int | None, around: datetime, tense_of: TenseOf,
                       direction: str | None) -> tuple[Interval, str]:
    """"the 13th", "Friday the 13th": that day of the months around, on that weekday if one is named.

    A weekday and a day of the month meet only a few times a year, so the months looked at
    reach two years each way; the tense chooses among them as for any yearless date.
    """
    options = []
    for step in range(-24, 25):
        index = around.month - 1 + step
        y, mo = around.year + index // 12, index % 12 + 1
        try:
            d = date(y, mo, day_)
        except ValueError:
            continue
        if weekday is None or d.isoweekday() == weekday:
            options.append((periods.day(d), d.isoformat()))
    if not options:
        raise Unresolvable(f"no day {day_} on weekday {weekday} near the reference")
    return _choose_by(options, around, tense_of, direction)


def _resolve_calendar(core: str, ctx: _Context, tense_of: TenseOf, direction: str | None,
                      year_shift: int | None = None, firm: Firm = _never, story: bool = False,
                      weekday: int | None = None, verb_before: Firm = _never) -> tuple[Interval, str]:
    """``tense_of``: the tense, asked only for a date whose year is not written (reading it is
    costly); ``story``: count "last"/"next" from the story's last day ("the previous Friday");
    ``weekday``: a month-less day must fall on it ("Friday the 13th"), or the day's year
    is the one it falls on that weekday in, unless a past verb before the date
    (``verb_before``) rules that year out."""
    if "-QX" in core:
        core = _known_quarter(core, ctx)
    m = CALENDAR.match(core)
    if m is None:
        raise Unresolvable(f"unknown form {core}")
    year_text, time = m.group("year"), m.group("time")
    if year_shift is not None and year_text == "XXXX":
        year_text = f"{ctx.anchor().year + year_shift:04d}"
        core = year_text + core[4:]
        m = CALENDAR.match(core)
    vocab = ctx.vocab
    if m.group("weekday") and m.group("week") == "XX":
        notice = None if story or direction not in (None, "this") else _notice_day(ctx)
        around = ctx.last.start if story and ctx.last is not None and ctx.last.granularity == "day" \
            else notice or ctx.anchor()
        iso = 6 if m.group("weekday") == "WE" else int(m.group("weekday"))
        restated = _restated_named_weekday(ctx, iso, around) if direction is None and not story \
            and m.group("weekday") != "WE" else None
        if restated is not None:   # "... on Monday, March 13 ... Doors open 2 p.m. to 6 p.m. on Monday"
            interval, value = periods.day(restated), restated.isoformat()
        else:
            start = around.date() - timedelta(days=7)
            # The days of the weekday within a week either side (only those: one was made per day).
            days = [start + timedelta(days=i) for i in range((iso - start.isoweekday()) % 7, 15, 7)]
            if m.group("weekday") == "WE":
                options = []
                for d in days:
                    iso_year, iso_week, _ = d.isocalendar()
                    options.append((periods.weekend(iso_year, iso_week), f"{iso_year}-W{iso_week:02d}-WE"))
            else:
                options = [(periods.day(d), d.isoformat()) for d in days]
            # Beside a notice's day, the nearest such weekday: the notice's week, whichever side it lies.
            interval, value = _choose(options, around, None, None) if notice \
                else _choose_by(options, around, tense_of, direction)
    elif m.group("month") == "XX" and m.group("day") not in (None, "XX") and year_text == "XXXX":
        interval, value = _day_of_some_month(int(m.group("day")), weekday, ctx.anchor(), tense_of, direction)
    elif m.group("month") == "XX" and (m.group("day") in (None, "XX")) and year_text == "XXXX":
        if ctx.counted_day is not None and not _past_clock_ahead(ctx, firm, ctx.counted_day):
            d = ctx.counted_day.start.date()   # "The council met yesterday. ... in the afternoon": that day's
        elif ctx.last is not None and ctx.last.granularity in _DAY_GRAINS and not _past_clock_ahead(ctx, firm):
            d = ctx.last.start.date()
        elif _story_day_kept(ctx, firm):
            d = ctx.one_day.start.date()    # "hit Monday ... since the one in December ... struck at 6:44 p.m."
        elif _story_day_ahead(ctx, firm):
            d = ctx.one_day.start.date()    # "opens on Saturday ... first set for July ... will start at 7 pm"
        elif ctx.line_day is not None and _same_line(ctx.text, ctx.line_day[1], ctx.at):
            d = ctx.line_day[0].start.date()   # "October 22 (Tues.) October Recess begins, 5:30 p.m.": the day, not the month's name
        else:
            d = ctx.anchor().date()
        interval, value = periods.day(d), d.isoformat()
    elif len(year_text) == 3 and year_text.isdigit():
        interval, value = periods.decade(int(year_text)), year_text
    elif len(year_text) == 2 and year_text.isdigit():
        interval, value = periods.century(int(year_text)), year_text
    else:
        for_year = _calendar_for_year(m, vocab)
        if year_text.isdigit():
            interval, value = for_year(int(year_text)) if for_year else (periods.year(int(year_text)), year_text)
        else:
            if for_year is None:
                raise Unresolvable(f"unknown form {core}")
            around = ctx.anchor()
            if direction is None and (m.group("quarter") or m.group("half")):
                interval, value = _period_of_year(for_year, around, tense_of, _fiscal_named(ctx))
            else:
                options = []
                for y in range(around.year - 2, around.year + 3):
                    try:
                        options.append(for_year(y))
                    except ValueError:          # 29 February in a common year
                        continue
                fitting = _on_weekday(options, weekday, around) if weekday is not None else []
                try:
                    interval, value = _choose_by(fitting, around, tense_of, direction, firm)
                except ValueError:
                    # The tense (or an announcement's look ahead) rejects the one year whose day
                    # falls on the weekday written: the weekday is the firmer word ("Wednesday
                    # 10 February - (7th allotted day)" in February 2027 is 2027's), unless a
                    # past verb stands right before the date ("was held on Friday, 5 February").
                    # None fitting: the weekday is a slip and the tense decides.
                    if fitting and not (tense_of() == "past" and verb_before() and not _coming(fitting, around, ctx)):
                        interval, value = _choose(fitting, around, None)
                    else:
                        interval, value = _choose_by(options, around, tense_of, direction, firm)
    if time:
        interval, value = _time(interval, value, time, vocab)
    return interval, value


def _coming(fitting: list[tuple[Interval, str]], around: datetime, ctx: _Context) -> bool:
    """The one year whose day falls on the weekday written puts it in the weeks after a given
    date ("Publish: June 29, 2016" over "the regular meeting ... held on Wednesday, July 6"): a
    weekday is written for a day ahead, and a participle's past ("held") is the meeting's name,
    not the notice's tense. A day a year back would have been written with its year."""
    return (not ctx.guessed and len(fitting) == 1
            and timedelta(0) <= fitting[0][0].start - around <= timedelta(days=WEEKDAY_AHEAD_DAYS))


def _notice_day(ctx: _Context) -> datetime | None:
    """The day a bare weekday ("this Friday", "Saturday") is placed nearest when the document's
    date was only guessed: the last day the text wrote in full before it, when that lies near
    the guess ("Friday, October 6, is the First Friday ... no classes this Friday ... the
    Knights will meet this Saturday"). A guessed date is weeks off (an announcement's lead);
    the days a notice writes in full lie in the week it speaks of, and its bare weekdays
    around them, before ("Sunday, November 17 ... confessions this Saturday") or after."""
    if not ctx.guessed or ctx.written is None or ctx.reference is None:
        return None
    if abs((ctx.written.start - ctx.reference).days) > NOTICE_REACH_DAYS:
        return None
    if ctx.written.start < ctx.reference:
        return None     # a day the page's date was put after ("set for Tuesday 6 May ... already held"): past, not its week
    return ctx.written.start


def _on_weekday(options: list[tuple[Interval, str]], weekday: int, around: datetime
                ) -> list[tuple[Interval, str]]:
    """The years, within about one of the reference, whose day falls on the weekday written
    ("Thursday 4 February" counted from November 2026 is 2027's). None fitting: the weekday
    is a slip and the tense decides as without it."""
    return [o for o in options if o[0].start.isoweekday() == weekday
            and abs((o[0].start - around).days) <= WEEKDAY_REACH_DAYS]


def _period_of_year(for_year: Callable[[int], tuple[Interval, str]], around: datetime, tense_of: TenseOf,
                    fiscal: bool = False) -> tuple[Interval, str]:
    """A quarter or half without a year is the reference year's.

    Reports speak of "the third quarter" while it is being reported on, after it ended,
    and plan "the first quarter" of the year they are in; only a past verb or a nearer
    occurrence a year earlier sends one that has not begun yet to the year before, and the
    nearer one only while it is still being reported on, or when no verb tells ahead. One that
    has begun is the reference year's in every tense, so the verbs are read only for one ahead.
    ``fiscal``: a fiscal quarter or half ("its fiscal second quarter"), named by its fiscal year,
    which is named by the year it ends in: a past verb sends it back only while its namesake a
    year earlier is still being reported on. Told in January, a fiscal second quarter just ended
    is the one of the fiscal year ending in June, the document's year (news36, news37).
    """
    this = for_year(around.year)
    if this[0].start <= around:
        return this
    tense = tense_of()
    before = for_year(around.year - 1)
    season = REPORTING_DAYS["half" if (before[0].end - before[0].start).days > HALF_MIN_DAYS else "quarter"]
    if (fiscal or tense in ("future", "present")) and around - before[0].end > timedelta(days=season):
        return this
    if tense == "past" or periods.distance(before[0], around) < periods.distance(this[0], around):
        return before
    return this


def _fiscal_named(ctx: _Context) -> bool:
    """The expression being resolved names a fiscal period: a word of "fiscal_period_words" stands
    before its unit ("fiscal second quarter", "the fiscal first half"), not after it."""
    if ctx.text is None:
        return False
    words = load_words(ctx.lang, "fiscal_period_words")
    for word in ctx.text[ctx.at:ctx.at + _FISCAL_REACH].split():
        if norm(word) in words:
            return True
        if any(unit in norm(word) for unit in load_words(ctx.lang, "fiscal_period_units")):
            return False
    return False


def _resolve_anchored(core: str, ctx: _Context, named: bool = False,
                      direction: str | None = None, reported: bool = False) -> tuple[Interval, str]:
    """``named``: a named period ("last year") rather than a distance ("a year ago"); ``direction``:
    its ``dir`` ("last": "the latest period", the one before the document's when no quarter is told);
    ``reported``: "this quarter" said of the closed quarter the story reports (:func:`_reported_quarter`)."""
    m = ANCHORED.match(core)
    if "X" in (m.group("n"), m.group("cn")):
        if m.group("anchor") == "LAST":
            raise Unresolvable("vague amount of time")
        raise Vague("PAST_REF" if "-" in (m.group("sign"), m.group("csign")) else "FUTURE_REF")
    # A year back from the quarter last named, or from a month told since while a quarter is still
    # the story's ("profit soared from $99 million a year earlier" after "introduced in April"):
    # TimeBank values it as the year-ago quarter, never a day, a closing day or a year just named.
    by_quarter = (not named and m.group("unit") == "Y" and (m.group("n") or "0") != "0" and ctx.last is not None
                  and (ctx.last.granularity == "quarter"
                       or ctx.last.granularity == "month" and ctx.quarter is not None
                       and ctx.year is None and ctx.closed is None))
    # "jobless claims in July ... well up on a year earlier": that month a year back (month_figures)
    month_back = (not named and m.group("unit") == "Y" and m.group("n") == "1" and m.group("sign") == "-"
                  and ctx.last is not None and ctx.last.granularity == "month" and ctx.figure_month_end is not None
                  and ctx.year is None and ctx.closed is None
                  and ctx.text is not None and compared_month(ctx.text, ctx.figure_month_end, ctx.at))
    if month_back:
        by_quarter = False
    quarter_anaphor = m.group("anchor") == "LAST" and m.group("unit") == "Q"
    months_back = (ctx.months_span and not named and m.group("anchor") == "LAST" and m.group("unit") == "Y"
                   and ctx.closed is None)
    if month_back:
        base, base_grain = ctx.last.start, "month"
    elif months_back:                                        # "for the nine months ... a year earlier"
        around = ctx.quarter or ctx.last
        if around is None and ctx.reference is None:
            raise Unresolvable(NEEDS_DATE)
        base, base_grain = (around.start if around is not None else ctx.reference), "year"
        by_quarter = False
    elif ctx.quarter is not None and (quarter_anaphor or by_quarter or reported):
        base, base_grain = ctx.quarter.start, "quarter"      # the quarter the story is about
    elif quarter_anaphor and direction == "last" and (m.group("n") or "0") == "0" and ctx.reference is not None:
        # "the latest period" with no quarter told: a report tells a period already closed, the one
        # before the document's (as "the latest quarter"), not a day or month told since
        base, base_grain = periods.shift(ctx.reference, -1, "Q"), "quarter"
    elif m.group("anchor") == "LAST" and m.group("unit") == "Y" and ctx.year is not None:
        base, base_grain = ctx.year.start, "year"            # "in 1996 ... a decade later"
    elif m.group("anchor") == "LAST" and m.group("unit") == "Y" and not named and ctx.closed is not None:
        base, base_grain = ctx.closed.start, "day"           # "the six months ended Aug. 12 ... a year earlier"
    elif (m.group("anchor") == "LAST" and m.group("unit") in (None, "D") and ctx.deadline_day is not None
            and ctx.text is not None and in_deadline_sentence(ctx.text, ctx.at, ctx.lang)):
        base, base_grain = ctx.deadline_day.start, "day"     # "register by the 18th. Posters are due the same day"
    elif (m.group("anchor") == "LAST" and m.group("unit") in (None, "D") and (m.group("n") or "0") == "0"
            and not m.group("cunit") and ctx.last is not None and ctx.one_day is not None
            and ctx.last.granularity in _FEW_DAYS_GRAINS and ctx.last.end - ctx.last.start > _ONE_DAY):
        base, base_grain = ctx.one_day.start, "day"       # "June 17 ... the weekend ... on the same day": June 17
    elif (m.group("anchor") == "LAST" and m.group("unit") in (None, "D") and (m.group("n") or "0") == "0"
            and not m.group("cunit") and m.group("time")
            and ctx.counted_day is not None):
        base, base_grain = ctx.counted_day.start, "day"    # "The council met yesterday. ... in the afternoon"
    elif (m.group("anchor") == "LAST" or by_quarter) and ctx.last is not None:
        base = ctx.last.start
        base_grain = ctx.last.granularity
    else:
        if ctx.reference is None:
            raise Unresolvable(NEEDS_DATE)
        base, base_grain = ctx.reference, "day"
    if m.group("cunit"):
        if base_grain not in _CLOCK_GRAINS and not (base.hour or base.minute):
            raise Clockless(f"PT{m.group('cn')}{m.group('cunit')}")     # 00:45 would be a made-up clock
        amount = int(m.group("cn")) * (-1 if m.group("csign") == "-" else 1)
        unit = {"H": "H", "M": "MIN", "S": "S"}[m.group("cunit")]
        return periods.containing(periods.shift(base, amount, unit), unit)
    unit = m.group("unit") or "D"
    amount = int(m.group("n") or 0) * (-1 if m.group("sign") == "-" else 1)
    shifted = periods.shift(base, amount, unit)
    grain_unit = unit
    if month_back:
        grain_unit = "M"
    elif by_quarter or (m.group("anchor") == "LAST" and not named and (ctx.last is not None or ctx.closed is not None)
                        and unit == "Y" and base_grain in ("quarter", "day")):
        grain_unit = {"quarter": "Q", "day": "D"}[base_grain]
    if unit == "D" and amount == 0 and base_grain == "month" and m.group("anchor") == "LAST" and not m.group("time"):
        interval, value = periods.containing(base, "M")     # "that same day" after "last October": a day
        return interval, value + "-XX"                      # of that month, which one untold, not its first
    interval, value = periods.containing(shifted, grain_unit)
    if m.group("time"):
        interval, value = _time(interval, value, m.group("time"), ctx.vocab)
    return interval, value


def _window(interval: Interval, key: str, ctx: _Context) -> Interval:
    """Narrow an interval to a modifier's window, read from the modifier table."""
    row = ctx.vocab.modifiers[key]
    start, end = interval.start, interval.end
    if interval.granularity == "month" and row.get("month_days"):
        first, last = (int(x) for x in row["month_days"].split("-"))
        last_day = (end - timedelta(days=1)).day
        return Interval(start.replace(day=first), start.replace(day=min(last, last_day)) + timedelta(days=1),
                        interval.granularity)
    if interval.granularity == "year" and row.get("year_months"):
        first, last = (int(x) for x in row["year_months"].split("-"))
        return Interval(start.replace(month=first), periods.month(start.year, last).end, interval.granularity)
    window = row["window"]
    ref = ctx.reference
    if window == "ref+":
        return Interval(max(start, ref) if ref else start, end, interval.granularity)
    if window == "+ref":
        return Interval(start, min(end, ref) if ref and ref > start else end, interval.granularity)
    low, high = (float(x) for x in window.split("-"))
    if interval.granularity in ("decade", "century"):     # whole years: the first half of the 1980s ends with 1984
        years = end.year - start.year
        return Interval(start.replace(year=start.year + round(years * low)),
                        end if high >= 1 else start.replace(year=start.year + round(years * high)), interval.granularity)
    span = end - start
    new_start = periods.day_start((start + span * low).date()) if span >= timedelta(days=2) else start + span * low
    new_end = end if high >= 1 else (periods.day_start((start + span * high).date()) if span >= timedelta(days=2)
                                     else start + span * high)
    return Interval(new_start, max(new_end, new_start + timedelta(minutes=1)), interval.granularity)


def _forward(spec: str, ctx: _Context) -> Interval:
    if ctx.reference is None:
        raise Unresolvable(NEEDS_DATE)
    amount, unit = int(spec[2:-1]), spec[-1]
    start = periods.day_start(ctx.reference.date())
    return Interval(start, periods.shift(start, amount, unit), "day")


def _first_occurrence(core: str, ctx: _Context, rrule: str | None = None) -> Interval | None:
    """For a SET with a time: its first occurrence on or after the reference (in a month the
    rule's BYMONTH allows: "every Friday in July at 10:00")."""
    m = CALENDAR.match(core)
    if m is None or ctx.reference is None or not m.group("time"):
        return None
    ref_day = ctx.reference.date()
    nths = _nth_in_month(rrule)
    if m.group("weekday") and m.group("weekday") != "WE" and nths:
        d = _first_nth_weekday(ref_day, int(m.group("weekday")), nths, _by_month(rrule))
    elif m.group("weekday") and m.group("weekday") != "WE":
        iso = int(m.group("weekday"))
        d = ref_day + timedelta(days=(iso - ref_day.isoweekday()) % 7)
        months = _by_month(rrule)
        while months and d.month not in months:
            d += timedelta(days=7)
    else:
        d = ref_day
    interval, _ = _time(periods.day(d), d.isoformat(), m.group("time"), ctx.vocab)
    return interval


_NTH_BYDAY = re.compile(r"[+-]?\d[A-Z]{2}")


def _nth_in_month(rrule: str | None) -> list[int]:
    """The n of a monthly "nth weekday" repetition (``BYDAY=3TU``, ``BYDAY=-1FR``, ``BYDAY=2TU,4TU``)."""
    parts = rule_parts(rrule)
    if parts.get("FREQ") != "MONTHLY" or "BYDAY" not in parts:
        return []
    days = byday(parts)
    return [int(d[:-2]) for d in days] if all(_NTH_BYDAY.fullmatch(d) for d in days) else []


def _first_nth_weekday(ref_day: date, iso: int, nths: list[int], months: set[int]) -> date:
    """The first nth weekday of a month on or after the reference ("the last Friday of the
    month" from 10 January 2027 is the 29th), in a month the rule allows."""
    y, mo = ref_day.year, ref_day.month
    for _ in range(24):
        if not months or mo in months:
            days = [periods.nth_weekday(y, mo, iso, nth) for nth in nths]
            ahead = [d for d in days if d.month == mo and d >= ref_day]
            if ahead:
                return min(ahead)
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    raise Unresolvable(f"no weekday {iso} number {nths} in the months ahead")


def _by_month(rrule: str | None) -> set[int]:
    """The months a repetition is limited to: the builder wrote them into the RRULE only."""
    for part in (rrule or "").split(";"):
        if part.startswith("BYMONTH="):
            return {int(x) for x in part[8:].split(",")}
    return set()


def _changed(t: Timex, **changes: object) -> Timex:
    """``dataclasses.replace`` for a Timex (plain fields, no __post_init__), without the
    generic walk over every field and call of __init__ it makes for each expression."""
    new = object.__new__(type(t))
    new.__dict__.update(t.__dict__)
    new.__dict__.update(changes)
    return new


def _one(t: Timex, ctx: _Context, shared: str | None = None) -> Timex:
    """``shared``: the raw core with the year a conjoined date or the section's heading gave it
    (shared_years, section_years)."""
    if t.problem and t.problem.startswith("impossible"):
        return _changed(t, interval=None)
    raw = parse(t.raw_value or t.value)
    if shared is not None:
        raw.core = shared
    core = raw.core
    if ctx.months_span and raw.get("per") and "-QX" in core:
        core = core.replace("-QX", "")     # "the nine months ... the 1988 period": the months a year back, by their year
    if t.type == "DURATION" or core.startswith("P") and t.type != "SET":
        return _changed(t, value=core, problem=None)
    if t.type == "SET":
        first = _first_occurrence(core, ctx, t.rrule)
        return _changed(t, value=core, interval=first, end_interval=_clock_end(first, raw.get("to")), problem=None)
    if core in REFERENCES:
        interval = _forward(raw.get("win"), ctx) if raw.get("win") and ctx.reference else None
        return _changed(t, value=core, interval=interval, approximate=t.approximate or interval is not None)
    if ANCHORED.match(core):
        interval, value = _resolve_anchored(core, ctx, named=bool(raw.get("dir")), direction=raw.get("dir"),
                                            reported=_reported_quarter(core, raw, t, ctx))
    else:
        shift = raw.get("yr")

        def firm() -> bool:         # reading the verbs before the date is costly: only on demand
            return t.tense == "past" and ctx.text is not None and firm_past(ctx.text, t.start, ctx.lang)

        def verb_before() -> bool:  # a firm past verb written before the date, not after it
            return firm() and not _opens_sentence(ctx.text or "", t.start)

        def tense_of() -> str | None:
            return t.tense or ("future" if ctx.forward else None)
        interval, value = _resolve_calendar(core, ctx, tense_of, raw.get("dir"),
                                            int(shift) if shift else None, firm,
                                            bool(raw.get("dir")) and _anaphoric(t.text, ctx.lang),
                                            int(raw.get("wd")) if raw.get("wd") else None, verb_before)
    interval, value = _narrowed(interval, value, raw, ctx.vocab)
    if _closing_in_small_hours(core, raw, t, ctx) or (not raw.get("eod") and _small_hours_of_night(core, interval, ctx)):
        # "Stages 7pm – Midnight / Bar open until 1am" / "On the night of May 3-4 ... from 1:20 to 3:40"
        interval = Interval(interval.start + timedelta(days=1), interval.end + timedelta(days=1), interval.granularity)
        value = interval.start.isoformat(timespec="minutes")
    end_interval = None
    if raw.get("to"):
        end_core = raw.get("to")
        if end_core.startswith("XXXX-XX-XXT"):             # a clock range: the start's day
            end_core = interval.start.date().isoformat() + end_core[10:]
        elif ANCHORED.match(end_core) and _CLOCK.fullmatch(end_core.rpartition("T")[2]) \
                and end_core.rpartition("T")[0] == core.rpartition("T")[0]:     # "tomorrow from 10am to 2pm"
            end_core = interval.start.date().isoformat() + "T" + end_core.rpartition("T")[2]
        elif end_core.startswith("XXXX-XX-") and CALENDAR.match(end_core):   # "the 21st to 23rd": the start's month
            end_core = interval.start.strftime("%Y-%m") + end_core[7:]
        elif end_core.startswith("XXXX") and CALENDAR.match(end_core):
            end_core = value[:4] + end_core[4:]
        end_interval, _ = _resolve_calendar(end_core, ctx, lambda: t.tense, None)
        if raw.get("toeod") and end_interval.granularity == "minute":     # "until midnight on Sunday": its end
            end_interval = Interval(end_interval.start + timedelta(days=1), end_interval.end + timedelta(days=1),
                                    "minute")
        if (end_interval.start < interval.start and end_interval.granularity in ("hour", "minute", "second")
                and end_interval.start.date() == interval.start.date()):     # "from 8pm to 6am": the next morning
            end_interval = Interval(end_interval.start + timedelta(days=1), end_interval.end + timedelta(days=1),
                                    end_interval.granularity)
        elif end_interval.start < interval.start and end_core[4:9] == "-WXX-":
            weeks = (interval.start - end_interval.start).days // 7 + 1     # "Monday to Friday": the Friday after
            end_interval = Interval(end_interval.start + timedelta(weeks=weeks),
                                    end_interval.end + timedelta(weeks=weeks), end_interval.granularity)
        elif end_interval.start < interval.start and end_core[:4].isdigit():
            bumped = str(int(end_core[:4]) + 1) + end_core[4:]
            end_interval, _ = _resolve_calendar(bumped, ctx, lambda: t.tense, None)
        interval, value, end_interval = _ongoing(interval, value, end_interval, core, lambda: t.tense or "present", ctx,
                                                 int(raw.get("wd")) if (raw.get("wd") or "").isdigit() else None)
    mod = t.mod
    if raw.get("mod"):
        interval = _window(interval, raw.get("mod"), ctx)
        half = ctx.vocab.modifiers[raw.get("mod")].get("year_value")
        if half and interval.granularity == "year" and len(value) == 4 and value.isdigit():
            value, mod = f"{value}-{half}", None      # "the first half of the current year": 2013-H1
    return _changed(t, value=value, interval=interval, end_interval=end_interval, problem=None, mod=mod)


SMALL_HOURS_END = 6     # a closing clock before this hour is past midnight


def _closing_in_small_hours(core: str, raw, t: Timex, ctx: _Context) -> bool:
    """A bare clock in the small hours that a window's end word leads ("until 1am"), on the day the
    text last named: a closing time past that day's midnight, so the next day's."""
    if not core.startswith("XXXX-XX-XXT") or raw.get("to") or ctx.text is None or ctx.last is None:
        return False
    clock = core[11:]
    if not _CLOCK.match(clock) or not 0 < int(clock[:2]) < SMALL_HOURS_END:
        return False
    return _word_before(ctx.text, t.start, ctx.lang, "window_ends")


def _small_hours_of_night(core: str, interval: Interval, ctx: _Context) -> bool:
    """A bare clock of the small hours placed on the first day of a night the story named by its
    two days ("the night of May 3-4"): it is after that night's midnight, on the second. (The
    midnight itself ends the first day, T24:00, which is already the second's start: not moved.)"""
    if ctx.night_day is None or not core.startswith("XXXX-XX-XXT") or not _CLOCK.match(core[11:]):
        return False
    return in_small_hours(core[11:]) and interval.start.date() + timedelta(days=1) == ctx.night_day


def _ongoing(interval: Interval, value: str, end: Interval, core: str, tense_of: TenseOf, ctx: _Context,
             weekday: int | None = None) -> tuple[Interval, str, Interval]:
    """A year-less range told in the present that holds the reference is this year's ("sessions
    run every Wednesday from March 15 to April 5", written on April 2), not next year's. So is one
    told in no tense (a listing's "Every Wednesday / September 29th to December 1st"): a page that
    shows a range running now shows the current one, unless its written weekday says otherwise.
    A range of whole months is read so too ("the June-September monsoon rains are 14 percent
    below normal", written in September): the season under way, not next year's."""
    if not core.startswith("XXXX") or ctx.reference is None or interval.granularity not in ONGOING_GRAINS \
            or tense_of() != "present":
        return interval, value, end
    day = datetime(ctx.reference.year, ctx.reference.month, ctx.reference.day)
    if not interval.start > day:
        return interval, value, end
    try:
        start, last = year_before(interval), year_before(end)
    except ValueError:                      # 29 February
        return interval, value, end
    if not start.start <= day < last.end:
        return interval, value, end
    if weekday is not None and start.start.isoweekday() != weekday:
        return interval, value, end       # "Spring 2019: Monday 14th January to ...": the year its weekday fits
    return start, str(start.start.year) + value[4:], last


_SENTENCE_END = re.compile(r"[.!?:;|\n]")


def _opens_sentence(text: str, start: int) -> bool:
    """Only marks and spaces stand between the last sentence, line or table-cell break and the date."""
    head = text[max(0, start - 80):start]
    ends = list(_SENTENCE_END.finditer(head))
    before = head[ends[-1].end():] if ends else (head if start > 80 else text[:start])
    return not any(c.isalnum() for c in before)


def _clock_end(first: Interval | None, until: str | None) -> Interval | None:
    """"every Tuesday from 10am to 2pm": the end of each occurrence, on the first one's day
    (or the next, when the clock has passed midnight)."""
    if first is None or not until or "T" not in until:
        return None
    clock = until.split("T", 1)[1]
    if not _CLOCK.match(clock):
        return None
    end = first.start.replace(hour=int(clock[:2]), minute=int(clock[3:5]))
    if end <= first.start:
        end += timedelta(days=1)           # "every Friday from 10pm to 2am": the next morning
    return Interval(end, end + timedelta(minutes=1), "minute")


_CLOCK = re.compile(r"\d\d:\d\d")


def _narrowed(interval: Interval, value: str, raw, vocab: Vocabulary) -> tuple[Interval, str]:
    """Apply what the words said beyond the core, in order: a day picked in the month
    (``pick``; in a week with the weekday's clock or part of the day, ``W5T17:00``), a count of
    days from the day (``plus``), the week or weekend holding it (``of``), a midnight that ends
    its day (``eod``)."""
    if not raw.annotations:
        return interval, value      # most values carry none: nothing to apply
    if raw.get("pick"):
        pick, _, time = raw.get("pick").partition("T")
        interval, value = _pick(interval, pick)
        if time:
            interval, value = _time(interval, value, time, vocab)
    if raw.get("plus"):
        interval, value = _moved(interval, value, raw.get("plus"))
    if raw.get("near"):
        interval, value = _nearest_weekday(interval, raw.get("near"))
    if raw.get("of"):
        interval, value = periods.containing(interval.start, raw.get("of"))
    if raw.get("eod") and value.endswith("T00:00"):
        interval, value = _end_of_day(interval, value)
    return interval, value


def _end_of_day(interval: Interval, value: str) -> tuple[Interval, str]:
    """Midnight attached to a day is that day's end: TimeML writes it T24:00 ("midnight
    Friday" is 1989-10-27T24 in TimeBank). The interval is the day's last minute, ending
    at the instant the day ends, so that its start still falls on the day that was meant
    ("by midnight on 12 January" is a deadline on the 12th, not the 13th)."""
    end = interval.start + timedelta(days=1)
    return Interval(end - timedelta(minutes=1), end, "minute"), value[:-6] + "T24:00"


def _pick(month_: Interval, pick: str) -> tuple[Interval, str]:
    """Day ``20`` of a month, or weekday # nth (``5#1`` its first Friday, ``1#-1`` its last Monday);
    in a week, ``W2`` its Tuesday ("Tuesday last week")."""
    if pick.startswith("W") and month_.granularity == "week":
        d = month_.start.date() + timedelta(days=int(pick[1:]) - 1)
        return periods.day(d), d.isoformat()
    if month_.granularity != "month":
        raise Unresolvable(f"a day picked in a {month_.granularity}")
    y, mo = month_.start.year, month_.start.month
    if "#" in pick:
        iso, nth = (int(x) for x in pick.split("#"))
        d = periods.nth_weekday(y, mo, iso, nth)
        if d.month != mo:
            raise Unresolvable(f"no weekday {iso} number {nth} in {y}-{mo:02d}")
    else:
        d = date(y, mo, int(pick))
    return periods.day(d), d.isoformat()


def _nearest_weekday(interval: Interval, near: str) -> tuple[Interval, str]:
    """The nearest day of an ISO weekday strictly before (``7-``) or after (``1+``) the resolved day: "the
    Sunday before Ash Wednesday" is the day the holiday counts from, not the holiday."""
    iso, step = int(near[:-1]), (-1 if near.endswith("-") else 1)
    d = interval.start.date() + timedelta(days=step)
    while d.isoweekday() != iso:
        d += timedelta(days=step)
    return periods.day(d), d.isoformat()


def _moved(interval: Interval, value: str, plus: str) -> tuple[Interval, str]:
    """A day (or a clock time on it) moved by a whole number of days, weeks, months or years."""
    sign, amount, unit = plus[0], int(plus[2:-1]), plus[-1]
    shifted = periods.shift(interval.start, -amount if sign == "-" else amount, unit)
    if "T" in value and interval.granularity in ("minute", "hour", "partofday"):
        moved = shifted - interval.start
        return (Interval(interval.start + moved, interval.end + moved, interval.granularity),
                shifted.date().isoformat() + value[value.index("T"):])
    return periods.containing(shifted, "D")


def _anaphoric(text: str, lang: str) -> bool:
    """"the previous Friday", "the following Monday": counted from the story, not the document."""
    words = [norm(w) for w in text.split()[:3]]
    return any(w in load_list(lang, "anaphoric_directions") for w in words)


def _side_date(text: str, start: int, lang: str, anchored: bool) -> bool:
    """A date beside the story rather than where it stands, so no new anchor for what follows.

    The story's last date (``ctx.last``) anchors bare clocks and narrative offsets: TimeML's
    rule is the last date mentioned. A date that only closes a period is not one, nor is a
    deadline ("register by 18 September") once the text has an anchor ("will meet on 20
    September ... register by 18 September. A press conference will follow at 1:30 p.m."
    is on the 20th), nor the end of a window ("accredit until Monday, 1 March, 12 o'clock").
    """
    return _word_before(text, start, lang, "period_ends") or (
        anchored and (deadline_before(text, start, lang) or _word_before(text, start, lang, "window_ends")))


TELLING_WORDS = 4      # words of a speaker between a verb of saying and its day ("said the club's bulletin")
_TELLING_REACH = 48     # characters read back from the day for them


def _telling_day(anchored: re.Match[str] | None, text: str, start: int, lang: str) -> bool:
    """"..., said the club's bulletin this evening", "told reporters today": the document's own day, or
    a part of it, right after a verb of saying (reporting_verbs.txt) and at most TELLING_WORDS words of
    its speaker is when the news was told, not a day of the story; a bare clock told after it ("a parade
    is planned too, at 7.30am") keeps to the story's day, once the story has one."""
    if anchored is None or anchored.group("anchor") != "REF" or (anchored.group("n") or "0") != "0":
        return False
    head = text[max(0, start - _TELLING_REACH):start]
    cut = max(head.rfind(mark) for mark in ".;:!?\n")
    words = [norm(w.strip(",")) for w in head[cut + 1:].split()][-TELLING_WORDS - 1:]
    verbs = reporting_verbs(lang)
    at = max((k for k, w in enumerate(words) if w in verbs), default=-1)
    if at < 0:
        return False
    blockers = load_words(lang, "telling_blockers")     # "said it will hold talks today": a clause, the talks' day
    return not any(w in blockers for w in words[at + 1:])


def _word_before(text: str, start: int, lang: str, listed: str) -> bool:
    """The word right before the date is in the list ``listed``: "period_ends" (a date that only
    closes a period, "the quarter ended Sept. 30") or "window_ends" ("until")."""
    words = text[max(0, start - 24):start].split()
    return bool(words) and norm(words[-1]) in load_list(lang, listed)


def _comparison(raw) -> bool:
    """A period named to compare with ("a year earlier", "last year's quarter", "the 1988 period"),
    or one that refers back to the topic: neither becomes the topic quarter."""
    anchored = ANCHORED.match(raw.core)
    moved = anchored is not None and (anchored.group("n") or "0") != "0"
    return moved or bool(raw.get("yr")) or "-QX" in raw.core


def _just_ended(raw) -> bool:
    """The quarter just ended, counted from the document's date ("the last quarter", "the latest
    quarter"): the one the report is about when the story names no quarter of its own (a named
    one may be a fiscal quarter, which the calendar's count does not give)."""
    anchored = ANCHORED.match(raw.core)
    return anchored is not None and anchored.group("anchor") == "REF" and anchored.group("unit") == "Q" \
        and anchored.group("sign") == "-" and anchored.group("n") == "1"


def _closed_topic_quarter(previous: Timex | None, closing: Timex, topic: Interval | None, text: str,
                          lang: str) -> Interval | None:
    """The story's quarter once the day closing it is read: "the quarter ended March 31" made the
    quarter of the document's date the topic before its closing day placed it in the first, so "the
    same quarter last year" counted back from the wrong one (news36: 2012-Q2 in a story of 20 May
    2013). Only the quarter that is the topic moves, and only when it is the first the story tells: after
    "the fiscal first quarter" the same words are that fiscal quarter (TBAQ wsj_0928, 1989-Q1)."""
    if previous is None or topic is None or previous.interval != topic:
        return topic
    placed = placed_quarter(previous, closing, text, lang)
    return placed.interval if placed is not None and placed.interval is not None else topic


def _topic_quarter(raw, topic) -> bool:
    """A resolved quarter becomes the story's topic quarter: one that is no comparison, or the
    quarter just ended while no other is the topic."""
    return not _comparison(raw) or topic is None and _just_ended(raw)


def _reported_quarter(core: str, raw, t: Timex, ctx: _Context) -> bool:
    """"This quarter's" figures in a story about a quarter already closed are that quarter's: a report
    written after its quarter ("net loss for the third quarter ... This quarter's loss includes
    charges", TBAQ wsj_0344) speaks of it as this one; told ahead, "this quarter" stays the current."""
    return (core == "REF+P0Q" and raw.get("dir") == "this" and ctx.quarter is not None and ctx.text is not None
            and ctx.reference is not None and ctx.quarter.end <= ctx.reference and t.tense != "future"
            and POSSESSIVE_END.match(ctx.text, t.end) is not None)


def _in_passing(text: str, start: int, lang: str) -> bool:
    """A quarter brought in with an indefinite article, perhaps with one adjective
    ("after a flat second quarter")."""
    words = text[max(0, start - 30):start].split()[-2:]
    articles = load_list(lang, "indefinite_articles")
    return bool(words) and (norm(words[-1]) in articles
                            or (len(words) == 2 and norm(words[0]) in articles and words[1].isalpha()))


@collector_paused
def resolve(timexes: list[Timex], text: str, reference: date | datetime | None, *,
            default_tz: str | None = None, lang: str = "en", forward: bool = False,
            window: tuple[date, date] | None = None, guessed: bool = False) -> list[Timex]:
    """``forward``: the document announces (its date was inferred as written ahead of what it
    lists), so a year-less date no verb tenses is the next such day, not the nearest;
    ``window``: a year-less day is its first such day from the window's start on, in any tense
    (a conference page's dates, all of one edition); ``guessed``: the document's date was
    inferred, not given, so a bare weekday is placed by the day the text writes in full
    before it (:func:`_notice_day`)."""
    ordered = todays_by_their_weekdays(sorted(timexes, key=lambda x: x.start), text, reference)
    # A year shared within a sentence is nearer the date than its section heading's, and that
    # nearer than the edition's.
    # A month heading over bare days, or a month placed in the sentence before, is farther than
    # a month earlier in the day's own sentence.
    moment = _moment(reference)
    shared = {**day_heading_years(ordered, text), **window_years(ordered, window), **section_years(ordered, text, lang),
              **carried_months(ordered, text, moment.date() if moment else None, lang),
              **preposed_months(ordered, text, lang), **fronted_years(ordered, text, lang),
              **shared_years(ordered, text, lang),
              **adverb_year_days(ordered, text, moment.date() if moment else None, lang)}
    # A list's dated rows give its year-less rows their year; every nearer year goes first.
    shared = {**row_years(ordered, text, shared), **shared}
    runs, told = list_runs(ordered, text)
    in_told = {i for run in told for i in run}
    told = told + [run for run in date_line_runs(ordered, text, lang) if not in_told.intersection(run)]
    after, chains = _items_in_order(told, ordered, text, shared)
    if reference is None:       # no date to place a chain by: each row after the one above
        after, chains = {**after, **_chain_links(chains)}, []
    out = _resolve_ordered(ordered, text, reference, default_tz, lang, forward, shared, frozenset(), after,
                           guessed)
    restated = _restated_days(out, ordered, shared)
    if restated:    # again, so the days after them count from the restated ones
        shared = {**shared, **restated}
        after = {i: j for i, j in after.items() if i not in restated}
        chains = [chain for chain in chains if not any(i in restated for i in chain.items)]
        out = _resolve_ordered(ordered, text, reference, default_tz, lang, forward, shared, frozenset(), after,
                               guessed, reuse=out, start=min(restated))
    ahead = _lists_ahead(out, runs, _moment(reference), shared) if reference is not None and not forward \
        else frozenset()
    if ahead:       # again, so clocks and "the next day" after the list count from its moved days
        out = _resolve_ordered(ordered, text, reference, default_tz, lang, forward, shared, ahead, after, guessed,
                               reuse=out, start=min(ahead))
    if chains:      # again, with the years that keep each list in its order
        years, unfitted = chain_years(chains, ordered, out, _moment(reference), text, forward)
        links = _chain_links(unfitted)
        if years or links:
            shared = {**shared, **years}
            after = {**after, **links}
            out = _resolve_ordered(ordered, text, reference, default_tz, lang, forward, shared, ahead, after, guessed,
                                   reuse=out, start=min([*years, *links]))
    turned = forward_years(ordered, out, shared, text) if reference is not None else {}
    if turned:      # again, so a page's rows run on into the years their weekdays fit, in its order
        shared = {**shared, **turned}
        out = _resolve_ordered(ordered, text, reference, default_tz, lang, forward, shared, ahead, after, guessed,
                               reuse=out, start=min(turned))
    ongoing = ongoing_years(ordered, out, shared, text, _moment(reference), lang) if reference is not None else {}
    if ongoing:     # again, so a range told apart (TimeML's two ends) that is under way keeps this year
        shared = {**shared, **ongoing}
        out = _resolve_ordered(ordered, text, reference, default_tz, lang, forward, shared, ahead, after, guessed,
                               reuse=out, start=min(ongoing))
    together = weekdays_kept_together(ordered, out, text, lang)
    if together:    # again, so a run of weekdays torn over two weeks keeps the week most of it is in
        shared = {**shared, **together}
        out = _resolve_ordered(ordered, text, reference, default_tz, lang, forward, shared, ahead, after, guessed,
                               reuse=out, start=min(together))
    return _holidays_dated_beside(placed_quarters(out, text, lang), text)


def _chain_links(chains: list[Chain]) -> dict[int, int]:
    """Each row of the chains to the row above it, which it may not come before."""
    return {below: above for chain in chains for above, below in zip(chain.items, chain.items[1:])}


def _resolve_ordered(ordered: list[Timex], text: str, reference: date | datetime | None, default_tz: str | None,
                     lang: str, forward: bool, shared: dict[int, str], ahead: frozenset[int],
                     after: dict[int, int] | None = None, guessed: bool = False,
                     reuse: list[Timex] | None = None, start: int = 0) -> list[Timex]:
    """Each expression in text order (``ahead``: indexes resolved as if the document announced them;
    ``after``: a list item's index to the item above it, which it may not come before; ``reuse``: an
    earlier pass whose first ``start`` results still hold, taken as they are: the context a later
    expression reads is built from the results alone, so a pass that changes only later inputs need not
    resolve the earlier ones again). Every re-pass of :func:`resolve` changes only some indexes' own
    inputs (``shared``, ``after`` or ``ahead`` at those indexes), so it starts at the first of them."""
    ctx = _Context(_moment(reference), vocabulary(lang), text, lang)
    ctx.guessed = guessed
    out = []
    listed = connectors(lang).get("list")
    previous: Timex | None = None
    told_quarter = before_previous = None    # the story's quarter before the previous expression, and before this one
    for index, t in enumerate(ordered):
        before_previous, told_quarter = told_quarter, ctx.quarter
        ctx.forward = forward or index in ahead
        ctx.at = t.start
        if index < start:
            resolved = reuse[index]     # nothing it reads changed before the first changed index
        else:
            resolved = _resolved_at(index, t, ctx, shared, previous, after, out, text, listed, default_tz)
        if (resolved.interval is not None and resolved.type in ("DATE", "TIME") and not resolved.approximate
                and resolved.interval.granularity in _DAY_GRAINS):
            ctx.line_day = (resolved.interval, resolved.end)
        ctx.schedule = _schedule_after(ctx, t, resolved, text)
        anchored = ANCHORED.match(core_of(resolved.raw_value or ""))
        narrative = anchored is not None and resolved.interval is not None and (
            anchored.group("anchor") == "LAST" and resolved.interval.granularity == "day"
            or anchored.group("unit") in (None, "D") and resolved.interval.granularity == "partofday"
            or _picked_day(resolved))
        part_day = _part_of_named_day(resolved)
        part_period = _part_of_named_period(resolved) if anchored is None and resolved.type == "DATE" else None
        if part_period is not None and part_period.granularity == "month":
            part_day = part_period              # "at end-March 2013 ... a year earlier": March's year back
        if (resolved.interval is not None and resolved.type in ("DATE", "TIME")
                and (not resolved.approximate or part_day is not None)
                and (anchored is None or narrative)
                and resolved.interval.granularity in ("day", "minute", "hour", "partofday", "month", "week",
                                                      "quarter")
                and not _side_date(text, resolved.start, lang, ctx.last is not None)   # (the words last)
                and not (ctx.last is not None and _telling_day(anchored, text, resolved.start, lang))):
            ctx.last = part_day or resolved.interval
            ctx.night_day = night_second_day(resolved, text, lang) if part_day is None else None
            ctx.counted_day = None
            if ctx.last.end - ctx.last.start <= _ONE_DAY:
                ctx.one_day = ctx.last
            ctx.figure_month_end = (resolved.end if ctx.last.granularity == "month"
                                    and figure_month(text, resolved.start, lang) else None)
            ctx.deadline_day = None
            ctx.year = ctx.closed = None
            ctx.months_span = False
        elif (anchored is None and resolved.interval is not None and resolved.type in ("DATE", "TIME")
                and resolved.interval.granularity in _DAY_GRAINS and not resolved.approximate
                and ctx.last is not None and deadline_before(text, resolved.start, lang)):
            ctx.deadline_day = resolved.interval    # "register by the 18th": what a deadline's "same day" means
        elif (anchored is None and resolved.interval is not None and resolved.type == "DATE"
                and resolved.interval.granularity == "day" and not resolved.approximate
                and _word_before(text, resolved.start, lang, "period_ends")):
            ctx.closed = resolved.interval      # a period's closing day: what a year's comparison counts back from
            ctx.year = None
            ctx.months_span = False
            if before_previous is None:
                ctx.quarter = _closed_topic_quarter(previous, resolved, ctx.quarter, text, lang)
        elif ((anchored is None or anchored.group("anchor") == "REF" and not anchored.group("time"))     # a year
                # counted from the document's date ("last year", "four years ago") is one told, as "in 2006" is:
                # "a year later" and "the year before" count from it, not from an older day
                and resolved.interval is not None and resolved.interval.granularity == "year"
                and resolved.type == "DATE" and (not resolved.approximate or part_period is not None)):
            ctx.year = part_period or resolved.interval
            ctx.closed = None
            ctx.months_span = False
        elif resolved.type == "DURATION" and _MONTHS_SPAN.fullmatch(resolved.value or ""):
            ctx.months_span = True
        if _counted_day(anchored, resolved):
            ctx.counted_day = resolved.interval
        if resolved.interval is not None and resolved.interval.granularity == "quarter" and resolved.type == "DATE" \
                and _topic_quarter(parse(resolved.raw_value or ""), ctx.quarter) \
                and not _in_passing(text, resolved.start, lang) \
                and not (ctx.quarter is not None and compared_quarter(text, resolved.start, ctx.quarter_at, lang)):
            ctx.quarter = resolved.interval
            ctx.quarter_at = resolved.start
            ctx.months_span = False
        if ctx.guessed and _written_in_full(resolved):     # only a guessed date's notice reads it
            ctx.written = resolved.interval
        named = _named_weekday(resolved)
        if named is not None:      # "Monday, March 13": what a later bare "on Monday" means
            ctx.named_weekdays[named] = (resolved.interval, resolved.end)
        out.append(resolved)
        previous = resolved
    return out


def _resolved_at(index: int, t: Timex, ctx: "_Context", shared: dict[int, str], previous: Timex | None,
                 after: dict[int, int] | None, out: list[Timex], text: str, listed: "re.Pattern[str] | None",
                 default_tz: str | None) -> Timex:
    """One expression resolved in its place in the text (the loop of :func:`_resolve_ordered`)."""
    try:
        resolved = _one(t, ctx, shared.get(index))
        if previous is not None:
            resolved = _restated_weekday(_in_list_order(resolved, previous, t, ctx, text, listed), previous, text)
            resolved = _weekday_in_run(resolved, previous, t, ctx, text, listed)
        resolved = _weekday_in_schedule(resolved, t, ctx, text)
        if after and index in after:
            resolved = _not_before(resolved, out[after[index]], t, ctx)
    except Vague as why:
        resolved = _changed(t, value=why.side, interval=None, problem=str(why))
    except Clockless as why:
        resolved = _changed(t, type="DURATION", value=why.amount, interval=None, end_interval=None, problem=None)
    except Unresolvable as why:
        resolved = _changed(t, value=parse(t.raw_value or t.value).core, interval=None,
                           problem=str(why))
    except (ValueError, StopIteration, KeyError) as why:
        resolved = _changed(t, interval=None, problem=f"could not resolve: {why}")
    if resolved.type == "TIME" and resolved.tz is None and default_tz and resolved.interval is not None \
            and resolved.interval.granularity == "minute":
        resolved = _changed(resolved, tz=default_tz)
    return resolved


def _picked_day(resolved: Timex) -> bool:
    """"the 13th of this month", "the last Monday of next month": one day picked out of a month
    counted from the document's date, so a clock told after it ("beginning at 6 pm") is on that
    day, as after "October 13"."""
    return (resolved.interval is not None and resolved.interval.granularity == "day"
            and ";pick=" in (resolved.raw_value or ""))


def _named_weekday(resolved: Timex) -> int | None:
    """The ISO weekday of a day written in full with its weekday ("Monday, March 13"), or None."""
    if not _written_in_full(resolved) or resolved.end_interval is not None:
        return None
    weekday = parse(resolved.raw_value or resolved.value).get("wd")
    if not weekday or not weekday.isdigit() or int(weekday) != resolved.interval.start.isoweekday():
        return None
    return int(weekday)


def _restated_named_weekday(ctx: _Context, iso: int, around: datetime) -> date | None:
    """The day a bare weekday restates: the one the text wrote in full with that weekday a few
    sentences before (NAMED_WEEKDAY_REACH), near the reference. A notice gives its day once in
    full and then calls it by its weekday ("served 9 a.m. to noon on Tuesday"), where
    the nearest Tuesday to the page's date is a week early."""
    found = ctx.named_weekdays.get(iso)
    if found is None or ctx.at - found[1] > NAMED_WEEKDAY_REACH or ctx.at < found[1]:
        return None
    day = found[0].start.date()
    return day if abs((day - around.date()).days) <= NAMED_WEEKDAY_DAYS else None


def _written_in_full(resolved: Timex) -> bool:
    """A day the text wrote with its month and day ("Friday, October 6", "7 Oct 2023"), resolved."""
    if resolved.interval is None or resolved.approximate or resolved.type not in ("DATE", "TIME") \
            or resolved.interval.granularity not in ("day", "partofday", "hour", "minute"):
        return False
    match = CALENDAR.match(core_of(resolved.raw_value or resolved.value))
    return match is not None and (match.group("month") or "").isdigit() and (match.group("day") or "").isdigit()


def _lists_ahead(out: list[Timex], runs: list[list[int]], reference: datetime,
                 shared: dict[int, str]) -> frozenset[int]:
    """A list of year-less, untensed days that all lie behind the page's date ("- 14 Oct –
    Glasgow" … "- 26 Oct – Edinburgh" on a page of 1 February) is a list the page announces:
    its days are the next ones, not the nearest. A list that straddles the date (a fixture
    list mid-season) keeps the nearest days."""
    ahead: set[int] = set()
    for run in runs:
        if not any(i in shared or out[i].interval is None or out[i].interval.end > reference for i in run):
            ahead.update(run)
    return frozenset(ahead)


def _restated_weekday(resolved: Timex, previous: Timex, text: str) -> Timex:
    """"the 11th April 2027 (Sunday) afternoon": a weekday in brackets right after a day restates
    that day; it is no day of its own week, and clock times after it are on that day."""
    if (not core_of(resolved.raw_value or resolved.value).startswith("XXXX-WXX-") or previous.interval is None
            or previous.interval.granularity != "day" or previous.end_interval is not None
            or text[previous.end:resolved.start].strip() != "(" or text[resolved.end:resolved.end + 1] != ")"):
        return resolved
    return _changed(resolved, value=previous.value[:10], interval=previous.interval)


def _in_list_order(resolved: Timex, previous: Timex, t: Timex, ctx: _Context, text: str,
                   listed: re.Pattern[str] | None) -> Timex:
    """A list of year-less days or months runs forward: "due on 7 August, 7 November, 7 February
    and 7 May" crosses into the next year rather than jumping back to the nearest November. A bare
    weekday before the day ("Thursday and Friday, March 9-10") names the day's weekday, it is no
    item of a list before it."""
    if (listed is None or resolved.interval is None or previous.interval is None or previous.end > t.start
            or not _list_joined(listed, text, previous.end, t.start, ctx.lang)
            or _BARE_WEEKDAY.match(parse(previous.raw_value or previous.value).core)):
        return resolved
    raw = parse(t.raw_value or t.value)
    if (not raw.core.startswith("XXXX-") or raw.get("yr") or raw.get("dir") or raw.get("wd")
            or "HOL" in (previous.raw_value or "") or resolved.type not in ("DATE", "TIME")
            or resolved.interval.granularity not in ("day", "month")
            or previous.interval.granularity != resolved.interval.granularity
            or resolved.interval.start >= previous.interval.start):
        return resolved
    moved = _one(t, ctx, f"{resolved.interval.start.year + 1:04d}" + raw.core[4:])
    return moved if moved.interval is not None and moved.interval.start > previous.interval.start else resolved


_BARE_WEEKDAY = re.compile(r"XXXX-WXX-[1-7](?=T|$)")


def _list_joined(listed: re.Pattern[str], text: str, start: int, end: int, lang: str) -> bool:
    """Whether a list's connector (", ", "and", "rather than": ``listed``) is all of the text between
    two expressions: a gap wider than the connector's widest match holds none, and most gaps between
    two expressions of a page are, so the pattern is asked only of a narrow one."""
    return end - start <= _list_reach(lang) and listed.fullmatch(text, start, end) is not None


@lru_cache(maxsize=None)
def _list_reach(lang: str) -> int:
    """The most characters a match of the list connector (``connectors(lang)["list"]``) can take."""
    listed = connectors(lang).get("list")
    return 0 if listed is None else pattern_width(listed)


def _weekday_in_run(resolved: Timex, previous: Timex, t: Timex, ctx: _Context, text: str,
                    listed: re.Pattern[str] | None) -> Timex:
    """A run of weekdays runs forward: in "1 to 4 p.m. Sunday, and 9 a.m. to 2 p.m. Monday" the
    Monday is the one after that Sunday, not the one nearest the page's date. Only a bare weekday
    a list word joins to the day before it moves, and not in a past-tense report."""
    if (listed is None or resolved.interval is None or previous.interval is None or previous.end > t.start
            or previous.end_interval is not None and previous.end_interval.granularity == "day"
            or not _list_joined(listed, text, previous.end, t.start, ctx.lang)):
        return resolved
    raw = parse(t.raw_value or t.value)
    match = _BARE_WEEKDAY.match(raw.core)
    if match is None or raw.get("dir") or resolved.type not in ("DATE", "TIME") \
            or previous.interval.granularity not in ("day", "hour", "minute", "partofday"):
        return resolved
    if t.tense == "past":      # asked last: a tense is read from the sentence's verbs on first use
        return resolved
    day, before = resolved.interval.start.date(), previous.interval.start.date()
    if day >= before:
        return resolved
    named = ctx.named_weekdays.get(day.isoweekday())
    if named is not None and named[0].start.date() == day and _restated_named_weekday(ctx, day.isoweekday(),
                                                                                      named[0].start) == day:
        return resolved        # "on Monday, March 13 and Tuesday, March 14 ... 6 p.m. on Monday and ...": that Monday
    day += timedelta(weeks=(before - day).days // 7 + (1 if (before - day).days % 7 else 0))
    moved = _one(t, ctx, day.isoformat() + raw.core[match.end():])
    return moved if moved.interval is not None and moved.interval.start.date() >= before else resolved


def _schedule_after(ctx: _Context, t: Timex, resolved: Timex, text: str) -> ScheduleDay | None:
    """The running schedule after ``resolved`` (the original ``t``): see schedule_weekdays."""
    value = t.raw_value or t.value
    # (the core alone first: a value is read whole only for a bare weekday, a few in a hundred)
    weekday = bare_weekday(core_of(value)) is not None and not parse(value).get("dir")
    if not weekday and ctx.schedule is None:
        return None             # nothing runs and nothing starts: the common case, kept cheap
    day = (resolved.interval.start.date() if resolved.interval is not None and resolved.type in ("DATE", "TIME")
           and resolved.interval.granularity in _DAY_GRAINS else None)
    reference = ctx.reference.date() if ctx.reference is not None else None
    return schedule_after(ctx.schedule, day, resolved.end, reference, weekday, _written_in_full(resolved),
                          weekday and within_schedule(ctx.schedule, t.start, text))


def _weekday_in_schedule(resolved: Timex, t: Timex, ctx: _Context, text: str) -> Timex:
    """A bare weekday of a running schedule ahead of the page comes after the schedule's last one
    (schedule_weekdays): "... stage four starts on Wednesday ... Stage five is set for Friday" is the Friday after that Wednesday."""
    if resolved.interval is None or resolved.type not in ("DATE", "TIME") \
            or not within_schedule(ctx.schedule, t.start, text):
        return resolved
    raw = parse(t.raw_value or t.value)
    match = bare_weekday(raw.core)
    if match is None or raw.get("dir") or t.tense == "past":
        return resolved
    later = next_in_schedule(resolved.interval.start.date(), ctx.schedule)
    if later is None:
        return resolved
    moved = _one(t, ctx, later.isoformat() + raw.core[match.end():])
    return moved if moved.interval is not None and moved.interval.start.date() == later else resolved


def _yearless_month_day_head(value: str) -> bool:
    """Whether a raw value begins the way a day of a numbered month with no year written does ("XXXX-03-"):
    what a restated day's value must (CALENDAR's year "XXXX", then the month's digits)."""
    return value.startswith("XXXX-") and value[5:6].isdigit()


def _restated_days(out: list[Timex], ordered: list[Timex], shared: dict[int, str]) -> dict[int, str]:
    """A year-less day the text already dated ("2023 Meeting Schedule / Wednesday 11th January,
    5:30pm – Board Meeting", then the minutes' "11th January – Board Meeting") is that day again,
    not the one nearest the page's date: its year is the earlier one's, when that was written,
    given by a heading or fixed by the weekday written beside it."""
    if not any(_yearless_month_day_head(t.raw_value or t.value) for t in ordered):
        return {}       # only a year-less day with its month is restated: none, and no value is parsed
    firm: dict[tuple[int, int], int] = {}
    restated: dict[int, str] = {}
    for index, (timex, found) in enumerate(zip(ordered, out)):
        if (found.interval is None or found.end_interval is not None
                or found.interval.granularity not in ("day", "partofday", "hour", "minute")):
            continue
        raw = parse(timex.raw_value or timex.value)
        match = CALENDAR.match(raw.core)
        if match is None or not (match.group("month") or "").isdigit() or not (match.group("day") or "").isdigit() \
                or raw.get("dir") or raw.get("yr"):
            continue
        key = (int(match.group("month")), int(match.group("day")))
        day = found.interval.start
        weekday = raw.get("wd")
        if (match.group("year").isdigit() or index in shared
                or (weekday and weekday.isdigit() and day.isoweekday() == int(weekday))):
            firm.setdefault(key, day.year)
        elif match.group("year") == "XXXX" and key in firm and day.year != firm[key]:
            restated[index] = f"{firm[key]:04d}" + raw.core[4:]
    return restated


def _items_in_order(runs: list[list[int]], ordered: list[Timex], text: str,
                    shared: dict[int, str]) -> tuple[dict[int, int], list[Chain]]:
    """Each item of a list of year-less days written in calendar order (months rising, with at
    most one turn of the year: "June 1", "Sept. 15", "Nov. 1", "Dec. 15", "Feb. 28") to the item
    above it: the list is one sequence read down the page, so "Feb. 28" after "Dec. 15" is the
    next February, whichever year each day alone would take. A list with more turns
    runs backwards (an archive, newest first) and is left alone, and so is one whose rows step
    back within a month (tracks that each start over). In any list, a row's later dates follow
    its first ("Industry day | January 13 | February 10"). The sequences are returned as chains
    (:mod:`list_chains` places each as a whole), the rows' later columns as links. Runs that
    subheadings part (:func:`headed_runs`: a fixture list's series) make one chain when together
    they keep that order, so a part no longer jumps back a year on its own."""
    after: dict[int, int] = {}
    chains: list[Chain] = []
    covered: set[int] = set()
    for group in headed_runs(runs, ordered, text):
        chain = _calendar_chain(group, ordered, shared)
        if chain is not None:
            chains.append(chain)
            covered.update(group)
    for run in runs:
        items = [i for i in run if i not in shared and _plain_day_or_month(ordered[i])]
        if len(items) != len(run):
            continue
        chain = _calendar_chain(run, ordered, shared) if run[0] not in covered else None
        if chain is not None:
            chains.append(chain)
        if len(items) < 3:
            continue
        for item in items:    # a row's later columns ("Industry day | January 13 | February 10") follow its first
            line_end = text.find("\n", ordered[item].start)
            line_end = len(text) if line_end < 0 else line_end
            above = item
            for later in range(item + 1, len(ordered)):
                if ordered[later].start >= line_end:
                    break
                if later not in shared and _plain_day_or_month(ordered[later]):
                    if _SENTENCE_END.search(text, ordered[above].end, ordered[later].start) is None:
                        after[later] = above
                    above = later    # a new sentence on the row is no later column: its day stands alone
    return after, chains


# A sentence ending between two days of one row ("... stay until 14th May, if not renewed. Stage three
# may open from 2nd May."): the row is prose, not columns read left to right.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")


def _calendar_chain(run: list[int], ordered: list[Timex], shared: dict[int, str]) -> Chain | None:
    """The run as one sequence when its rows, three or more year-less days or months, rise
    through the calendar with at most one turn of the year, or instead one row out of order (a month
    back but not before the first row: the list's year holds it); else None."""
    if len(run) < 3 or any(i in shared or not _plain_day_or_month(ordered[i]) for i in run):
        return None
    keys = [_month_day(ordered[i]) for i in run]
    steps = [_step(a, b) for a, b in zip(keys, keys[1:])]
    steps = [_OUT_OF_ORDER if step == -1 and below >= keys[0] else step for step, below in zip(steps, keys[1:])]
    turns, rises = steps.count(-1), steps.count(1)
    if turns + steps.count(_OUT_OF_ORDER) > 1 or rises < max(turns, 1) or _BACK in steps:
        return None
    return Chain(tuple(run), tuple(accumulate([0] + [step == -1 for step in steps])))


def _plain_day_or_month(timex: Timex) -> bool:
    """A year-less day or month with no weekday, holiday or direction of its own ("Nov. 1", "June")."""
    raw = parse(timex.raw_value or timex.value)
    match = CALENDAR.match(raw.core)
    return (timex.type in ("DATE", "TIME") and match is not None and match.group("year") == "XXXX"
            and (match.group("month") or "XX").isdigit() and not match.group("week")
            and not any(raw.get(k) for k in ("yr", "dir", "wd")))


_BACK = -2
# A row a month back that still falls on or after the list's first row ("Oct. 5" under "Aug. 30" ... "Dec. 2"):
# turning the year there would stretch the list past a year, so it is a row out of order, in the list's year.
_OUT_OF_ORDER = -3


def _step(above: tuple[int, int], below: tuple[int, int]) -> int:
    """1 when ``below`` comes later in the year, -1 in an earlier month (the year may turn),
    0 the same (a month holds its days), _BACK earlier in the same month: no turn of the year
    but rows that each start over ("| Main conference | May 21 | July 15 |" then "| Workshops |
    May 15 | May 22 |": parallel tracks, not one sequence)."""
    if above[0] != below[0]:
        return 1 if below[0] > above[0] else -1
    if not above[1] or not below[1] or above[1] == below[1]:
        return 0
    return 1 if below[1] > above[1] else _BACK


def _month_day(timex: Timex) -> tuple[int, int]:
    match = CALENDAR.match(parse(timex.raw_value or timex.value).core)
    day = match.group("day")
    return int(match.group("month")), int(day) if day and day.isdigit() else 0


def _not_before(resolved: Timex, above: Timex, t: Timex, ctx: _Context) -> Timex:
    """A list item read before the item above it is the next year's."""
    if (resolved.interval is None or above.interval is None
            or resolved.interval.start >= above.interval.start):
        return resolved
    core = parse(t.raw_value or t.value).core
    moved = _one(t, ctx, f"{resolved.interval.start.year + 1:04d}" + core[4:])
    return moved if moved.interval is not None and moved.interval.start >= above.interval.start else resolved


_BESIDE = re.compile(r"[^\S\n]{0,2}(?:\(|:|–|—|-{1,2})[^\S\n]{0,3}")
_APPOSED = re.compile(r",[^\S\n]{1,3}")


def _holidays_dated_beside(timexes: list[Timex], text: str) -> list[Timex]:
    """A holiday with its day written right after it ("Labour Day (Monday 1 March)",
    "Labour Day: Monday 3 May", "Labour Day, Monday 7 September") is that day: which
    day a holiday falls on varies by country and state, and the text says. After a bare
    comma only a day with its weekday counts ("Christmas, 2 January and 3 January" is a list)."""
    out = list(timexes)
    for index in range(len(out) - 1):
        holiday, day = out[index], out[index + 1]
        if "holiday" not in holiday.rule.split("+") or holiday.interval is None or day.interval is None \
                or holiday.interval.granularity != "day" or holiday.mod or holiday.approximate:
            continue
        if day.type != "DATE" or day.interval.granularity != "day" or day.end_interval is not None:
            continue
        gap = (holiday.end, day.start)
        if _BESIDE.fullmatch(text, *gap) is None and not (
                _APPOSED.fullmatch(text, *gap) and parse(day.raw_value or "").get("wd")):
            continue
        out[index] = _changed(holiday, value=day.value, interval=day.interval)
    for index in range(1, len(out)):
        day, holiday = out[index - 1], out[index]
        if ("holiday" in holiday.rule.split("+") and holiday.interval is not None and day.interval is not None
                and holiday.interval.granularity == "day" and not holiday.mod and not holiday.approximate
                and day.type == "DATE" and day.interval.granularity == "day" and day.end_interval is None
                and _listed_holiday(text, day, holiday)):
            out[index] = _changed(holiday, value=day.value, interval=day.interval)
    return out


MAX_NAME_LEAD = 4      # words of a longer name before a holiday's ("Restoration of Independence Day")
_SPACED_DASH = re.compile(r"[^\S\n]+[-–—][^\S\n]*")


def _listed_holiday(text: str, day: Timex, holiday: Timex) -> bool:
    """A holiday list's line "c) 2nd of April – Good Friday (movable holiday)": a day opening its
    line, a dash, and the holiday's name closing it (before a bracketed note), or the end of a
    longer name ("Return of Independence Day"). The day is the one the name falls on there: which
    day a holiday keeps varies by country, and the list says."""
    dash = _SPACED_DASH.match(text, day.end, holiday.start)
    if dash is None:
        return False
    lead = text[dash.end():holiday.start].split()     # "Restoration of Independence Day": the longer name's
    return (len(lead) <= MAX_NAME_LEAD and all(w.isalpha() for w in lead)
            and (not lead or text[dash.end()].isupper())
            and alone_on_line(text, day.start, holiday.end))
