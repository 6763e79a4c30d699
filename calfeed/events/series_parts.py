"""The parts of a recurring event written around its rule: the clock past a bracketed
exception or the range of days it runs, the months it leaves out, and the example that is no
series of the document's at all.

A wrong series repeats for ever in a subscriber's calendar, so each part is read narrowly:
"(except the fourth Tuesday in December) at 8:00pm" is the series' time; "except the fourth
Tuesday in December", with no year, leaves December out of every year, not one December;
"groups that meet, for example, on the first Thursday of the month" names nobody's series.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from datetime import date, datetime, time, timedelta

from calfeed.events.timing import Timing, first_occurrence, last_day, nth_weekday_rule
from calfeed.events.vocabulary import find_phrase, phrase_list, word_list
from calfeed.model import Timex

_TOKEN = re.compile(r"\w+|[^\w\s]")
_ASIDE = re.compile(r"\([^()\n]{0,120}\)")
MAX_CLOCK_GAP = 3        # joiner tokens between a series (or its days) and its clock: ", at", "from"
ASIDE_REACH = 60         # characters after a clock within which its bracket closes
LEAD_REACH = 40         # characters looked back for the leads of a stretch written before its series
MAX_PERIOD_GAP = 4       # lead tokens before the stretch a series runs within: "during the season of"
EXAMPLE_REACH = 60       # characters before a series looked at for "for example", "such as"


def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words and punctuation marks, each its own token ("(except" is "(", "except")."""
    return tuple(_TOKEN.findall(text.lower()))


def joined_clock(text: str, after: int, clock: Timex) -> bool:
    """Whether ``clock`` follows the text ending at ``after`` with only joiners between, past
    bracketed asides: "each month (except the fourth Tuesday in December) at 8:00pm",
    "from October 20th to November 24th, 7.20pm to 8.30pm"."""
    if clock.start < after:
        return False
    gap = _unqualified(tokens(_ASIDE.sub(" ", text[after:clock.start])))
    return len(gap) <= MAX_CLOCK_GAP and all(t in word_list("clock_joiners") for t in gap)


def _unqualified(gap: tuple[str, ...]) -> tuple[str, ...]:
    """``gap`` without the qualifiers a listing puts between a series and its hours ("every
    Friday during term time, 6-8pm", "Sundays except bank holidays, 2pm"): they limit the
    series without dating it, so the hours still belong to it."""
    for qualifier in _token_phrases("series_qualifiers"):
        size = len(qualifier)
        for at in range(len(gap) - size + 1):
            if gap[at:at + size] == qualifier:
                return gap[:at] + gap[at + size:]
    return gap


def aside_clock(text: str, after: int, clock: Timex) -> bool:
    """Whether ``clock`` is inside a bracket opened right after a series or its clock ("every
    Thursday at 2pm (doors open 1.30pm)"): a note on each occasion, not a date of its own."""
    if clock.start < after:
        return False
    before, rest = text[after:clock.start], text[clock.end:clock.end + ASIDE_REACH]
    opened = before.lstrip(" ,")
    return (opened.startswith("(") and ")" not in opened and "\n" not in before
            and ")" in rest.split("\n", 1)[0] and "(" not in rest.split(")", 1)[0])


def listed_clock(text: str, clock: Timex, other: Timex) -> bool:
    """Whether ``other`` is another start time listed after a series' clock, past bracketed
    asides: "every Saturday at 11am and 3pm", "at 10am (after the 9:30am Mass), and at 7pm"."""
    if other.start < clock.end or "\n" in text[clock.end:other.start]:
        return False
    return tokens(_ASIDE.sub(" ", text[clock.end:other.start])) in _token_phrases("clock_list_joiners")


@lru_cache(maxsize=None)
def _token_phrases(name: str) -> frozenset[tuple[str, ...]]:
    """A phrase list as token tuples (", and at" is (",", "and", "at")), read once."""
    return frozenset(tokens(" ".join(p)) for p in phrase_list(name))


def timed_series(series: Timex) -> bool:
    """A series written with its clock ("every Saturday at 11am", "Tuesdays at 10am")."""
    return "T" in (series.raw_value or series.value).split("W")[-1]


def bounding_period(text: str, series: Timex, other: Timex, clause_start: int) -> bool:
    """Whether ``other`` is the stretch of days a series runs within: a period longer than a day
    right after it ("every Monday throughout April", "each Friday during Lent") or opening its
    clause ("During Advent, evening prayer each Wednesday"), with only period leads around it.
    A lone day is no stretch: "every Monday in the week of 3 May" names its first day elsewhere."""
    if other.type != "DATE" or other.interval is None or other.end_interval is not None:
        return False
    if other.interval.end - other.interval.start <= timedelta(days=1):
        return False
    if _frequency(series) == "YEARLY" and other.interval.end - other.interval.start < timedelta(days=365):
        return False        # "every year in September": which month of each year, not the year's last
    leads = word_list("series_period_leads")
    if other.start >= series.end:
        gap = tokens(text[series.end:other.start])
    elif other.end <= series.start and other.start >= clause_start and _led_just_before(text, series, other):
        gap = _lead_run(tokens(text[max(clause_start, other.start - LEAD_REACH):other.start]), leads)
    elif other.end <= series.start and other.start >= clause_start:
        gap = tokens(text[clause_start:other.start])
    else:
        return False
    return 0 < len(gap) <= MAX_PERIOD_GAP and gap[0] not in word_list("articles") and all(t in leads for t in gap)


def _led_just_before(text: str, series: Timex, other: Timex) -> bool:
    """"back in September every weekend", "throughout June, every Friday": a stretch written
    right before a weekly (or daily) series, nothing but a comma between them. A yearly or
    monthly series is left alone: "in May every year" says which month of each year."""
    return _frequency(series) in ("WEEKLY", "DAILY") and not tokens(text[other.end:series.start].replace(",", " "))


def _frequency(series: Timex) -> str | None:
    """The series' FREQ ("WEEKLY", "YEARLY"), None when it has no rule."""
    return next((p[5:] for p in (series.rrule or "").split(";") if p.startswith("FREQ=")), None)


def _lead_run(words: tuple[str, ...], leads: frozenset[str]) -> tuple[str, ...]:
    """The words at the end of ``words`` that are all period leads ("in the month of")."""
    run = 0
    while run < len(words) and words[len(words) - 1 - run] in leads:
        run += 1
    return words[len(words) - run:]


def every_year(excepted: Timex) -> int | None:
    """The month a series leaves out every year, when the exception names a month without a
    year or a day number ("except in December", "except the fourth Tuesday in December");
    None for a dated exception ("except on 27 December", "except 26 December 2023")."""
    raw = excepted.raw_value or excepted.value
    if excepted.interval is None or not raw.startswith("XXXX") or re.search(r"\d", excepted.text):
        return None
    first, last = excepted.interval.start, excepted.interval.end
    return first.month if (last - first).days <= 31 else None


def leave_out(timing: Timing, months: set[int]) -> Timing:
    """The series without ``months`` (BYMONTH of the others), starting on its first day left."""
    rule = timing.rrule or ""
    parts = rule.split(";")
    named = next((p for p in parts if p.startswith("BYMONTH=")), None)
    kept = [m for m in (map(int, named[8:].split(",")) if named else range(1, 13)) if m not in months]
    if not kept or not rule:
        return timing
    months_part = "BYMONTH=" + ",".join(str(m) for m in kept)
    rule = ";".join(months_part if p is named else p for p in parts) if named else _before_until(parts, months_part)
    start = timing.start if isinstance(timing.start, datetime) else datetime.combine(timing.start, time(0))
    first = first_occurrence(rule, start)
    if first is None:
        return timing
    shift = first - start
    if timing.all_day:
        return replace(timing, start=first.date(), end=first.date(), rrule=rule)
    end = timing.end + shift if isinstance(timing.end, datetime) else timing.end
    return replace(timing, start=first, end=end, rrule=rule)


def _before_until(parts: list[str], months_part: str) -> str:
    at = next((k for k, p in enumerate(parts) if p.startswith(("UNTIL=", "COUNT="))), len(parts))
    return ";".join(parts[:at] + [months_part] + parts[at:])


def month_names(months: set[int]) -> str:
    return ", ".join(date(2000, m, 1).strftime("%B") for m in sorted(months))


def given_as_example(text: str, sentence: tuple[int, int], series: Timex) -> bool:
    """"groups that meet, for example, on the first Thursday of the month", "such as the first
    Thursday of the month": a day given as an example, not a series the document holds."""
    before = list(tokens(text[max(sentence[0], series.start - EXAMPLE_REACH):series.start]))
    fillers = word_list("example_fillers")
    while before and before[-1] in fillers:
        before.pop()
    return any(tuple(before[-len(mark):]) == mark for mark in _marks())


FREQ_ORDER = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")
RATE_VALUES = {"P1Y": "YEARLY", "P1M": "MONTHLY", "P1W": "WEEKLY", "P1D": "DAILY"}     # "once a month": no rule


def _has_days(series: Timex) -> bool:
    return any(part.split("=")[0] in ("BYDAY", "BYMONTHDAY", "BYSETPOS") for part in (series.rrule or "").split(";"))


def rate_of_a_dated_series(series: Timex, sentence_sets: list[Timex]) -> bool:
    """"We meet once a month on the second Tuesday of the month", "The group meets weekly ... each
    Friday": a rate with no day ("once a month", "weekly") beside a series of the same sentence that
    names its days, as often or more often: the other series says when; the rate only repeats it."""
    freq = _frequency(series) or RATE_VALUES.get(series.value)
    if freq not in FREQ_ORDER or _has_days(series) or "INTERVAL=" in (series.rrule or ""):
        return False       # "every other month": a gap the dated series does not carry, left to the report
    return any(other is not series and _has_days(other) and _frequency(other) in FREQ_ORDER
               and FREQ_ORDER.index(_frequency(other)) >= FREQ_ORDER.index(freq) for other in sentence_sets)


MAX_SERIES_LINE_WORDS = 10    # a series' own short line ("Every Wednesday on YouTube"), not a paragraph


def range_line_below(text: str, series: Timex, dates) -> Timex | None:
    """The range of days on the line right under a series' short line, when that line holds only
    it ("Every Wednesday on YouTube" / "September 29th to December 1st"): the stretch the series
    runs, its first and last week, as a listing prints them; None otherwise."""
    if not (_frequency(series) in ("WEEKLY", "MONTHLY")):
        return None
    line_start = text.rfind("\n", 0, series.start) + 1
    line_end = text.find("\n", series.end)
    if line_end < 0 or len(text[line_start:line_end].split()) > MAX_SERIES_LINE_WORDS:
        return None
    below_end = text.find("\n", line_end + 1)
    below_end = len(text) if below_end < 0 else below_end
    below = [t for t in dates.within((line_end + 1, below_end)) if t.type != "DURATION"]
    if len(below) != 1 or below[0].type != "DATE" or below[0].end_interval is None:
        return None
    ranged = below[0]
    if ranged.end_interval.granularity not in ("day", "month"):
        return None
    rest = text[line_end + 1:ranged.start] + text[ranged.end:below_end]
    return ranged if not any(ch.isalnum() for ch in rest) else None


MAX_YEARLY_STRETCH_DAYS = 31    # a month, a week or a day of each year, not a season
_FIXED_DAYS = re.compile(r"XXXX-\d\d(?:-\d\d)?(?:;to=XXXX-\d\d-\d\d)?\Z")


def _yearly_rule(stretch: Timex) -> str | None:
    """The yearly rule of a stretch written without a year: plain FREQ=YEARLY for fixed days ("in
    September", "3 to 5 August"), BYMONTH and BYDAY for "the first Tuesday of March"; None for a
    day that moves otherwise (Easter) or any other form."""
    raw = stretch.raw_value or stretch.value
    if _FIXED_DAYS.match(raw):
        return "FREQ=YEARLY"
    return nth_weekday_rule(raw)


def yearly_stretch(text: str, series: Timex, other: Timex) -> bool:
    """"The festival is held every year in the first week of July", "every year in September": a
    bare yearly series and, in its clause, a stretch of days written without a year (a month, a
    week, a day) led by a preposition (yearly_stretch_leads): which days of each year the series
    holds. A month naming a thing ("The June talk each year", "at the September reunion") is not."""
    before = tokens(text[max(0, other.start - LEAD_REACH):other.start])
    if not before or before[-1] not in word_list("yearly_stretch_leads"):
        return False
    rule = series.rrule or ""
    if _frequency(series) != "YEARLY" or _has_days(series) or "BYMONTH" in rule or "INTERVAL" in rule:
        return False
    if other.type != "DATE" or other.interval is None or _yearly_rule(other) is None:
        return False      # "every year since 2019": a year of its own, no day of each year
    if other.interval.granularity != "day":
        return False      # "every year in September": no day written, the report's (review 20 S7)
    if other.end <= series.start and _opened_clause(text[other.end:series.start]):
        return False      # "on 9 August a parade will be held that crowds wait for every year": one night
    end = (other.end_interval or other.interval).end
    return timedelta(days=1) <= end - other.interval.start <= timedelta(days=MAX_YEARLY_STRETCH_DAYS)


def _opened_clause(gap: str) -> bool:
    """Whether ``gap``, the words between a stretch of days and a yearly series after it, opens a
    clause of its own (yearly_clause_openers: "that", "which"): the series then says how often
    that clause's thing happens, not which days of each year the dated occasion holds."""
    return any(t in word_list("yearly_clause_openers") for t in tokens(gap))


def yearly_timing(stretch: Timex, reference: date | None) -> Timing:
    """The yearly series on ``stretch``'s days, from its first occurrence on or after the document's
    date: a whole-day entry over them."""
    first, last = stretch.interval.start.date(), last_day((stretch.end_interval or stretch.interval).end)
    rule = _yearly_rule(stretch) or "FREQ=YEARLY"
    if reference is not None and last < reference:
        ahead = first_occurrence(rule, datetime.combine(first + timedelta(days=1), time()))
        if ahead is not None:
            first, last = ahead.date(), ahead.date() + (last - first)
    return Timing(first, last, True, "exact", rrule=rule, notes=[f"held every year on \"{stretch.text}\""])


def quantified_series(text: str, series: Timex) -> str | None:
    """"The walkers meet most Tuesdays", "on most Saturdays": a quantifier right before the series
    (series_quantifiers) says it is the usual pattern, not every one of its days; the words, else None."""
    before = tokens(text[max(0, series.start - EXAMPLE_REACH):series.start])
    if before and before[-1] in word_list("series_quantifiers"):
        return f"{before[-1]} {series.text.split()[0]}"
    return None


def past_habit(text: str, sentence: tuple[int, int], series: Timex) -> bool:
    """"The club used to meet every Monday", "For years the group met every Thursday": a habit
    told as over (past_habit_marks) in a series not told in the present; the tagger reads
    "used to meet" as ahead (an infinitive), so the mark, not the tense, says it is history."""
    if series.tense == "present":
        return False
    return find_phrase(list(tokens(text[sentence[0]:sentence[1]])), _past_marks()) is not None


@lru_cache(maxsize=None)
def _past_marks() -> tuple[tuple[str, ...], ...]:
    return tuple(tokens(" ".join(entry)) for entry in phrase_list("past_habit_marks"))


def among_examples(text: str, sentence: tuple[int, int], item: Timex) -> bool:
    """The item is named in the run of examples a mark opens earlier in its sentence ("such as the
    Harvest Festival, the Remembrance Service and our Christmas celebrations"). A verb between the
    mark and the item opens a clause of the document's own ("such as tinned food ... can be
    dropped off until Christmas Eve"): its day is a real one."""
    before = tokens(text[sentence[0]:item.start])
    verbs = word_list("clause_verbs")
    for mark in _marks():
        ends = [k + len(mark) for k in range(len(before) - len(mark) + 1) if before[k:k + len(mark)] == mark]
        if ends and not any(word in verbs for word in before[ends[-1]:]):
            return True
    return False


def _marks() -> tuple[tuple[str, ...], ...]:
    return tuple(tokens(" ".join(entry)) for entry in phrase_list("example_marks"))
