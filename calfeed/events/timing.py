"""When an event is, in calendar terms: all-day or timed, exact or a window, recurring.

The tagger gives half-open intervals of naive local time; a calendar wants an inclusive
last day for all-day entries, a start (and maybe end) time for timed ones, and for vague
expressions a window the reader can see. A window that looks ahead ("later this year")
never opens before the document's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from dateutil.rrule import rrulestr

from calfeed.model import Interval, Precision, ReferenceDate, Timex
from calfeed.rrules import WEEKDAY_CODES
from calfeed.timex.rawvalue import CALENDAR, core_of, parse, yearless_month_day

CLOCK_GRANULARITIES = ("hour", "minute", "second")
FROM_REFERENCE_NOTE = "series starts on the first occurrence on or after the document date"
DAY_OR_FINER = ("day", "partofday", "hour", "minute", "second")


@dataclass
class Timing:
    start: date | datetime
    end: date | datetime | None
    all_day: bool
    precision: Precision
    window: tuple[date, date] | None = None
    rrule: str | None = None
    notes: list[str] = field(default_factory=list)
    from_reference: bool = False      # a series counted from the document's date, no start of its own written


def last_day(interval_end: datetime) -> date:
    """Inclusive last day of a half-open interval ending at ``interval_end``."""
    return (interval_end - timedelta(microseconds=1)).date()


def timing_of(timex: Timex, reference: ReferenceDate, forward: bool) -> Timing | None:
    """Calendar timing of a DATE/TIME; None when it has no interval to place."""
    span = timex.span
    if span is None:
        return None
    if span.granularity in CLOCK_GRANULARITIES and (not timex.approximate or timex.mod == "APPROX"):
        end = timex.end_interval.start if timex.end_interval is not None else None
        # "app. 16:00 on Saturday": the day is known, only the minute is not; still a timed entry
        notes = [f"time approximate: \"{timex.text}\""] if timex.approximate else []
        if _whole_days(timex.interval.start, end):
            return Timing(timex.interval.start.date(), last_day(end), True, "exact",
                          notes=[WHOLE_DAYS_NOTE.format(timex.text)])
        return Timing(timex.interval.start, end, False, "exact", notes=notes)
    if timex.approximate or span.granularity not in DAY_OR_FINER:
        return _window(timex, span, reference, forward)
    return Timing(span.start.date(), last_day(span.end), True, "exact")


WHOLE_DAYS_NOTE = "from the start of its first day to the end of its last (\"{}\"): whole days"


def _whole_days(start: datetime, end: datetime | None) -> bool:
    """A window from one midnight to a later one ("from midnight on Friday, March 7, until midnight on
    Sunday, March 9"): the days between, whole; a calendar shows them as days, not as hours."""
    return (end is not None and end.date() > start.date() and start.time() == time(0)
            and end.time() == time(0) and start.tzinfo is None and end.tzinfo is None)


def _relative(raw_value: str) -> bool:
    """Whether the words needed the reference date ("later this year", "8 December"), not
    just a modifier ("end-2027" is 2027's end whatever the document's date)."""
    core = parse(raw_value).core
    return "X" in core or core.startswith(("REF", "LAST"))


def _window(timex: Timex, span: Interval, reference: ReferenceDate, forward: bool) -> Timing:
    first, last = span.start.date(), last_day(span.end)
    notes = []
    ref = reference.value
    looks_ahead = forward or timex.tense == "future"
    if ref is not None and looks_ahead and first < ref <= last:
        first = ref
    if ref is not None and first == ref < last and _later_this_week(timex, span):
        first = ref + timedelta(days=1)     # "opens later this week": a later day ("later today" would say today)
    if ref is not None and timex.raw_value and _relative(timex.raw_value):
        source = "inferred document date" if reference.inferred else "document date"
        notes.append(f"\"{timex.text}\" counted from the {source} {ref.isoformat()}")
    if first == last:       # "Eid al-Fitr" (the day waits on the moon's sighting), "around 8 December"
        notes.append(f"date approximate: \"{timex.text}\" is about {first.isoformat()}")
    else:
        notes.append(f"date approximate: \"{timex.text}\" means sometime between "
                     f"{first.isoformat()} and {last.isoformat()}")
    return Timing(first, last, True, "approximate", (first, last), notes=notes)


def _later_this_week(timex: Timex, span: Interval) -> bool:
    """A week's window told as "later" ("later this week"): what it dates falls on a day after
    the one it is written on, as "later today" names that one."""
    return span.granularity == "week" and parse(timex.raw_value or "").get("mod") == "later"


def _days_apart(anchor: Timex) -> bool:
    """A range of days, its hours written or not ("1 to 20 December from 10am to 4pm"); one
    evening's hours past midnight ("3 May from 6pm to 2am") are no second day."""
    if anchor.end_interval is None or anchor.interval is None:
        return False
    if anchor.end_interval.granularity not in CLOCK_GRANULARITIES:
        return True
    first, last = anchor.interval.start, anchor.end_interval.start
    overnight = last.date() == first.date() + timedelta(days=1) and last.time() <= first.time()
    return last.date() > first.date() and not overnight


STARTED_REACH = timedelta(days=92)    # a year-less start this far before the page: the series is under way


def _started_on(start_anchor: Timex, reference: date | None) -> date:
    """The day a series starts from. A year-less start the tagger put in the year ahead because the
    page's day had passed it ("meets every second Wednesday from 6 January", read on 11 February)
    is this year's when that lies within STARTED_REACH before the page: a page tells of a series
    under way, not one that waits a year for its first meeting."""
    day = start_anchor.interval.start.date()
    if reference is None or day <= reference or yearless_month_day(
            start_anchor.type, start_anchor.raw_value or start_anchor.value) is None:
        return day
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:          # 29 February
        return day
    return earlier if timedelta(0) <= reference - earlier <= STARTED_REACH else day


def series_timing(timex: Timex, start_anchor: Timex | None, until_anchor: Timex | None,
                  clock_anchor: Timex | None = None, reference: date | None = None,
                  closing: time | None = None, written_day: date | None = None) -> Timing | None:
    """A recurring event: its first occurrence (on/after a "starting on" date when one is
    given, else the tagger's or the document date's), its end time on that day, and the
    RRULE (with UNTIL from an "until" date). ``clock_anchor`` is a time written next to the
    series that the tagger left separate ("every Tuesday" "from 14:00 to 16:00").
    ``written_day`` is the page's date when the page writes it: a series within a named stretch
    under way by then ("every Wednesday during Lent" in a letter of 10 March) starts on it, as
    the days of the stretch before the letter are over when it is read."""
    if series_gap(timex, start_anchor, reference) is not None:
        return None
    rule = timex.rrule
    notes = []
    if clock_anchor is None and _clocked(start_anchor) and _written_clock(timex.value or "") is None:
        clock_anchor = start_anchor     # "starting on 14 January, from 4.15pm to 5.45pm": the series' hours
        #                                 (not when the series writes its own: "9 AM to 10 PM on Sundays")
    hours_at_end = (clock_anchor is None and not _clocked(timex) and _written_clock(timex.value or "") is None
                    and _clock_range(until_anchor))
    if hours_at_end:
        clock_anchor = until_anchor     # "Daily until 31 July, 14:00-14:25": each day's hours, not the last day's
    timed_part = clock_anchor if clock_anchor is not None else timex
    timed = timed_part.interval is not None and timed_part.interval.granularity in CLOCK_GRANULARITIES
    clock = timed_part.interval.start.time() if timed else time(0)
    written = _written_clock(timed_part.value) if timed_part.interval is None else None
    if written is not None:          # "every Tuesday at 16:00" with no day to count from: the value keeps the clock
        timed, clock = True, written
    if start_anchor is not None and start_anchor.interval is not None \
            and _under_way(start_anchor, until_anchor, written_day):
        first = _first_occurrence(rule, datetime.combine(written_day, clock))
        notes.append(f"\"{start_anchor.text}\" is under way on the page's date {written_day.isoformat()}: "
                     "the series starts on its first occurrence on or after it")
    elif start_anchor is not None and start_anchor.interval is not None:
        first = _first_occurrence(rule, datetime.combine(_started_on(start_anchor, reference), clock))
        notes.append(f"series starts on the first occurrence on or after \"{start_anchor.text}\"")
    elif timex.interval is not None and clock_anchor is None:
        first = _first_occurrence(rule, timex.interval.start)   # the rule decides, not the hint
    elif reference is not None:
        first = _first_occurrence(rule, datetime.combine(reference, clock))
        notes.append(f"{FROM_REFERENCE_NOTE} {reference.isoformat()}")
    else:
        return None
    if first is None:
        return None
    if until_anchor is None and start_anchor is not None and _days_apart(start_anchor):
        until_anchor = start_anchor     # "from 12 January to 23 March": the range's last day ends it
    if (until_anchor is not None and until_anchor.span is not None
            and last_day((until_anchor.end_interval or until_anchor.span).end) < first.date()):
        notes.append(f"\"{until_anchor.text}\" comes before the series starts: no end taken from it")
        until_anchor = None
    if until_anchor is not None and until_anchor.span is not None:
        stop = (until_anchor.interval.start.date() if hours_at_end      # its window may close after midnight
                else last_day((until_anchor.end_interval or until_anchor.span).end))
        if "UNTIL=" not in rule:     # a reader that made the series may have ended it on the same day already
            rule = f"{rule};UNTIL={stop:%Y%m%d}T235959" if timed else f"{rule};UNTIL={stop:%Y%m%d}"
        notes.append(f"series ends \"{until_anchor.text}\"")
    elif sub_daily(rule) and "UNTIL=" not in rule:
        # "every hour on the hour from 10am, with the last talk at 3pm": within that day, never for ever
        last = datetime.combine(first.date(), closing) if closing is not None else None
        stop = last if last is not None and last > first else datetime.combine(first.date(), time(23, 59, 59))
        rule = f"{rule};UNTIL={stop:%Y%m%dT%H%M%S}"
        notes.append(f"an hourly series ends the day it starts, at {stop:%H:%M}")
    elif "BYMONTH=" in rule and rule.startswith("FREQ=WEEKLY") and "UNTIL=" not in rule:
        # "every Tuesday in March": this March's, not every year's; "the 2nd Wednesday of February, May,
        # August and November" is a standing schedule (FREQ=MONTHLY) and keeps going
        stop = _months_end(rule, first.date())
        rule = f"{rule};UNTIL={stop:%Y%m%d}T235959" if timed else f"{rule};UNTIL={stop:%Y%m%d}"
        notes.append(f"series ends with the months it names, on {stop.isoformat()}")
    # nothing written says when the series starts: the tagger's interval, if any, is counted from the reference too
    counted = start_anchor is None and (timex.value or "").startswith("XXXX")
    if not timed:
        return Timing(first.date(), first.date(), True, "exact", rrule=rule, notes=notes, from_reference=counted)
    end = None
    if timed_part.end_interval is not None and timed_part.end_interval.granularity in CLOCK_GRANULARITIES:
        end = datetime.combine(first.date(), timed_part.end_interval.start.time())
    elif closing is not None and closing > first.time() and not sub_daily(rule):
        end = datetime.combine(first.date(), closing)      # "every Thursday from 6pm until 9pm"
    if end is not None and end <= first:
        end += timedelta(days=1)           # "every Friday from 10pm to 2am": the next morning
    return Timing(first, end, False, "exact", rrule=rule, notes=notes, from_reference=counted)


def _under_way(start_anchor: Timex, until_anchor: Timex | None, written_day: date | None) -> bool:
    """Whether the series runs within one stretch (``start_anchor`` is also its end: "during
    Advent", "throughout June") that began before ``written_day`` and has not ended by it."""
    if written_day is None or start_anchor is not until_anchor or start_anchor.span is None \
            or start_anchor.end_interval is not None:
        return False
    span = start_anchor.span
    return span.start.date() < written_day <= last_day(span.end)


_WEEKS = re.compile(r"P(\d+)W\Z")


def every_few_weeks(text: str, ordered: list[Timex]) -> list[Timex]:
    """"fortnightly on Mondays at 1pm": the tagger gives how often (``P2W``) and the weekly
    day apart; ``ordered`` with each such pair made one series at that interval."""
    found: dict[int, Timex] = {}
    dropped: set[int] = set()
    for often, day in zip(ordered, ordered[1:]):
        weeks = _WEEKS.match(often.value) if often.type == "SET" else None
        if (weeks is None or int(weeks.group(1)) < 2 or day.type != "SET" or not day.rrule
                or not day.rrule.startswith("FREQ=WEEKLY") or "INTERVAL=" in day.rrule
                or text[often.end:day.start].strip(" ,").lower() not in ("", "on")):
            continue
        found[id(often)] = replace(day, rrule=f"{day.rrule};INTERVAL={weeks.group(1)}",
                                   start=often.start, text=text[often.start:day.end])
        dropped.add(id(day))
    return [found.get(id(t), t) for t in ordered if id(t) not in dropped]


def sub_daily(rule: str | None) -> bool:
    """A rule repeating within a day ("every hour"), which must end the day it starts."""
    return bool(rule) and rule.startswith(("FREQ=HOURLY", "FREQ=MINUTELY"))


def endless_daily(rule: str | None) -> bool:
    """A rule for every day with no last day: written without a first day either, it states
    standing hours ("open daily 10am-5pm"), and would fill every day of a calendar for ever."""
    return bool(rule) and rule.startswith("FREQ=DAILY") and "UNTIL=" not in rule and "COUNT=" not in rule \
        and "INTERVAL=" not in rule


def _months_end(rule: str, first: date) -> date:
    """The last day of the last month a BYMONTH rule names, counted on from ``first``."""
    months = [int(m) for m in rule.split("BYMONTH=", 1)[1].split(";", 1)[0].split(",")]
    ahead = [(m if m >= first.month else m + 12) for m in months]
    month = max(ahead)
    year = first.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


def _clocked(anchor: Timex | None) -> bool:
    return anchor is not None and anchor.interval is not None and anchor.interval.granularity in CLOCK_GRANULARITIES


def _clock_range(anchor: Timex | None) -> bool:
    """A day written with a range of clocks ("31 July, 14:00-14:25"); as a series' end, the clocks are
    the hours of each of its days, the day its last."""
    return (_clocked(anchor) and anchor.end_interval is not None
            and anchor.end_interval.granularity in CLOCK_GRANULARITIES
            and timedelta(0) < anchor.end_interval.start - anchor.interval.start < timedelta(days=1)
            and not _clock_alone(anchor))


DAY_PARTS = ("BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS")
FREQS_WITHOUT_DAY = ("FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY")


def _clock_alone(anchor: Timex) -> bool:
    """A clock written with no day ("at 2.30pm"): the tagger put it on the document's day."""
    match = CALENDAR.match(core_of(anchor.raw_value or anchor.value))
    return (match is not None and match.group("time") is not None
            and (match.group("year"), match.group("month"), match.group("day")) == ("XXXX", "XX", "XX"))


def series_gap(timex: Timex, start_anchor: Timex | None, reference: date | None) -> str | None:
    """Why a recurring date gives no calendar series, in a reviewer's words; None when it does.

    "twice a year" or "every month" say how often but not on which day: starting such a
    series on the document's date would invent a day, so it goes to the report instead. A clock
    alone ("monthly ... starting at 2.30pm") says when in the day, not which day."""
    rule = timex.rrule
    anchored = (start_anchor is not None and not _clock_alone(start_anchor)) or timex.interval is not None
    if rule is None or (not anchored and names_no_day(rule)):
        return f"recurs (\"{timex.text}\") but no day is written"
    if not anchored and reference is None:
        return "recurs, but its first day is unknown (no start date and no document date)"
    return None


def names_no_day(rule: str | None) -> bool:
    """A weekly, monthly or yearly rule that says how often but not on which day ("weekly",
    "every month"): a clock alone can time it, not start it."""
    return bool(rule) and rule.split(";")[0] in FREQS_WITHOUT_DAY \
        and not any(part.split("=")[0] in DAY_PARTS for part in rule.split(";"))


def _written_clock(value: str) -> time | None:
    """The clock of a TIMEX3 value such as "XXXX-WXX-2T16:00", if it has one."""
    _, mark, clock = value.partition("T")
    parts = clock.split(":")
    if not mark or len(parts) < 2 or not all(p[:2].isdigit() for p in parts[:2]):
        return None
    hour, minute = int(parts[0][:2]), int(parts[1][:2])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _first_occurrence(rule: str, base: datetime) -> datetime | None:
    try:
        return rrulestr(rule, dtstart=base).after(base, inc=True)
    except (ValueError, TypeError):
        return None


def first_occurrence(rule: str, base: datetime) -> datetime | None:
    """The rule's first occurrence on or after ``base`` (None for a rule dateutil cannot read)."""
    return _first_occurrence(rule, base)


_NTH_WEEKDAY = re.compile(r"XXXX-HOL\((?P<nth>-?[1-5]) weekday (?P<wd>[1-7]) of month (?P<month>\d{1,2})\)")


def nth_weekday_rule(raw: str) -> str | None:
    """The yearly rule of an nth weekday of a month written without a year ("the second Sunday
    of October", XXXX-HOL(2 weekday 7 of month 10): FREQ=YEARLY;BYMONTH=10;BYDAY=2SU); None for
    any other raw value. The series readers and the declared days both make such a day yearly."""
    nth = _NTH_WEEKDAY.fullmatch(raw)
    if nth is None:
        return None
    weekday = WEEKDAY_CODES[int(nth.group("wd")) - 1]
    return f"FREQ=YEARLY;BYMONTH={int(nth.group('month'))};BYDAY={int(nth.group('nth'))}{weekday}"


DAY_PAIR_RULES = ("day_pair_month", "month_day_pair")   # the tagger's "5 and 6 March", "March 5 & 6"


def daily_hours(timex: Timex, timing: Timing) -> Timing | None:
    """"3-5 May from 10am to 4pm": a range of days written with one day's hours is those hours
    on each day, a daily series up to the last day, not one stretch from the first morning to
    the last afternoon. Only a range of days joined to a range of clocks (the tagger's rule
    names both parts, or the day range took a clock range written apart: its rule is the
    range's alone), its days written as one range ("3-5 May") or as its two ends ("from 3 May
    to 5 May", two day rules before the clocks). Hours that end at or before they start ("from
    6pm to 2am") run into the next morning each night ("3-5 May from 6pm to 2am": three nights);
    two days in a row with such hours are the one night joining them ("on July 2nd to July 3rd
    from 10 pm to 3 am"), as "the night of July 2-3" is. Two days joined by "and" ("on 6 and 7
    October from 9am to 4pm", the tagger's pair rules) are each such a day, a night each too."""
    parts = timex.rule.split("+")
    days = 2 if len(parts) > 2 and "clock" not in parts[1] else 1    # "from 5 May to 16 May from 08:30 to 15:30"
    clocks = parts[days:]
    pair = days == 1 and parts[0] in DAY_PAIR_RULES
    if (timex.type != "TIME" or (days == 1 and "range" not in parts[0] and not pair) or len(clocks) > 2
            or len(clocks) == 1 and ("range" not in clocks[0] or "clock" not in clocks[0])
            or len(clocks) == 2 and not all("clock" in c for c in clocks)     # "from 6pm to 2am": two clocks
            or timing.all_day or not isinstance(timing.start, datetime)
            or not isinstance(timing.end, datetime) or timing.end.date() <= timing.start.date()
            or timing.rrule):
        return None
    if (not pair and timing.end.time() <= timing.start.time()
            and timing.end.date() - timing.start.date() == timedelta(days=1)):
        return replace(timing, notes=timing.notes + [f"one night, into the next morning, as \"{timex.text}\" says"])
    return each_day(timing, timing.end.date(), timex.text)


def each_day(timing: Timing, last: date, written: str) -> Timing:
    """``timing``'s hours (its start's clock to its end's) on each day from its first to
    ``last``, as ``written`` says."""
    overnight = timing.end.time() <= timing.start.time()    # "from 6pm to 2am": each night into the next day
    end = datetime.combine(timing.start.date() + timedelta(days=1 if overnight else 0), timing.end.time())
    rule = f"FREQ=DAILY;UNTIL={last:%Y%m%d}T235959"
    return replace(timing, end=end, rrule=rule,
                   notes=timing.notes + [f"the hours of each day from {timing.start.date().isoformat()} "
                                         f"to {last.isoformat()}, as \"{written}\" says"])


def every_day_from(timing: Timing, written: str) -> Timing:
    """``timing``'s hours on each day from its first on, with no last day, as ``written`` says: hours
    a notice says hold "as of" a day ("as of 6 May ... 21:00-05:00"). Its first day is written, so the
    series is no standing hours left off the calendar (endless_daily)."""
    overnight = timing.end.time() <= timing.start.time()    # "21:00-05:00": each night into the next day
    end = datetime.combine(timing.start.date() + timedelta(days=1 if overnight else 0), timing.end.time())
    return replace(timing, end=end, rrule="FREQ=DAILY",
                   notes=timing.notes + [f"the hours of each day from {timing.start.date().isoformat()} on, "
                                         f"as \"{written}\" says"])
