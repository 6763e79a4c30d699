"""Evidence of the year of a page that writes none, besides weekdays written beside days.

* A recurring rule ("Story Time: Every Monday and Wednesday", "the first Monday of each
  month") tells the weekday of the year-less days written on its own line: they are its
  sessions, or its exceptions ("Sept. 25, we will not have story time"), and both fall on the
  rule's days. A year in which they all do is the page's, as for "Thursday 9 July".
* Words tied to the years they were news in ("postponed due to COVID-19 restrictions") prefer
  those years among the ones the weekdays allow; never a year on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from calfeed.model import Timex
from calfeed.rrules import BYDAY_ENTRY, WEEKDAY_CODES, byday, rule_parts
from calfeed.text import LineIndex
from calfeed.timex.lexicon import load_table
from calfeed.timex.periods import nth_weekday
from calfeed.timex.rawvalue import CALENDAR, parse

@dataclass(frozen=True)
class RuledDay:
    """A year-less day ("Sept. 27") on the line of a rule that names its weekdays."""
    timex: Timex
    month: int
    day: int
    weekdays: frozenset[tuple[int, int]]     # (ISO weekday, nth in the month or 0 for any)

    def on(self, year: int) -> date | None:
        """The day in ``year`` when it falls on one of the rule's days, else None."""
        try:
            day = date(year, self.month, self.day)
        except ValueError:
            return None
        return day if any(_falls_on(day, iso, nth) for iso, nth in self.weekdays) else None


def _falls_on(day: date, iso: int, nth: int) -> bool:
    """Whether ``day`` is the rule's weekday, and its nth of the month when the rule counts one."""
    return day.isoweekday() == iso and (nth == 0 or day == nth_weekday(day.year, day.month, iso, nth))


def _rule_days(timex: Timex) -> frozenset[tuple[int, int]]:
    """The (weekday, nth) pairs a weekly or monthly rule names; empty for any other."""
    parts = rule_parts(timex.rrule)
    if parts.get("FREQ") not in ("WEEKLY", "MONTHLY") or parts.get("INTERVAL", "1") != "1":
        return frozenset()
    found = set()
    for entry in byday(parts):
        match = BYDAY_ENTRY.fullmatch(entry)
        if match is None:
            return frozenset()
        found.add((WEEKDAY_CODES.index(match.group(2)) + 1, int(match.group(1) or 0)))
    return frozenset(found)


def _rule_months(timex: Timex) -> frozenset[int]:
    """The months a rule keeps to ("BYMONTH=1,3,5": odd months); empty for every month."""
    months = rule_parts(timex.rrule).get("BYMONTH", "")
    return frozenset(int(m) for m in months.split(",") if m.isdigit())


def ruled_days(text: str, timexes: list[Timex]) -> list[RuledDay]:
    """The year-less days, written without a weekday, that share a line with a rule naming
    weekdays ("Every Monday and Wednesday ... Sept. 25, we will not have story time"), each
    with the one rule it belongs to (:func:`_owners`), rule by rule in the order of ``timexes``.

    A line of several clubs ("Chess: every Tuesday, not Oct. 14; Knitting: every Wednesday")
    gives each day to its own club: paired with every rule of the line, a day would count once
    a rule (a page of clubs on one line made that square in its length) and could fit only one
    of their weekdays."""
    lines = LineIndex(text)
    rules = [(rule, days) for rule in timexes if rule.type == "SET" and rule.rrule
             for days in (_rule_days(rule),) if days]
    if not rules:
        return []
    owned: dict[int, list[tuple[Timex, int, int]]] = {}
    for timex, owner in _owners(lines, [rule for rule, _ in rules], sorted(timexes, key=lambda t: t.start)):
        written = _yearless_day(timex)
        if written is not None:
            owned.setdefault(id(owner), []).append((timex, *written))
    found: list[RuledDay] = []
    for rule, days in rules:
        months = _rule_months(rule)
        for timex, month, day in owned.get(id(rule), ()):
            if months and month not in months:
                continue      # "the third Friday of odd numbered months": a day of June says nothing
            found.append(RuledDay(timex, month, day, days))
    return found


def _yearless_day(timex: Timex) -> tuple[int, int] | None:
    """(month, day) of a day written with neither year nor weekday ("Sept. 25"), else None."""
    raw = parse(timex.raw_value or timex.value)
    match = CALENDAR.match(raw.core)
    if (match is None or match.group("year") != "XXXX" or raw.annotations.get("wd")
            or not (match.group("month") or "").isdigit() or not (match.group("day") or "").isdigit()):
        return None
    return int(match.group("month")), int(match.group("day"))


def _owners(lines: LineIndex, rules: list[Timex], ordered: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Each timex of ``ordered`` (sorted by start) that lies within the lines of a rule, with that
    rule: the last one starting before it, else the first after it. One pass over both: a rule
    that starts later and reaches as many lines hides an earlier one from every later timex."""
    by_start = sorted(rules, key=lambda r: r.start)
    reach = [(lines.number(r.start), lines.number(r.end)) for r in by_start]
    open_rules: list[int] = []      # indexes into by_start, the lines they reach falling upwards
    pairs: list[tuple[Timex, Timex]] = []
    next_rule = 0
    for timex in ordered:
        first, last = lines.number(timex.start), lines.number(timex.end)
        while next_rule < len(by_start) and by_start[next_rule].start <= timex.start:
            while open_rules and reach[open_rules[-1]][1] <= reach[next_rule][1]:
                open_rules.pop()
            open_rules.append(next_rule)
            next_rule += 1
        while open_rules and reach[open_rules[-1]][1] < first:
            open_rules.pop()
        owner = next((by_start[i] for i in reversed(open_rules) if reach[i][1] >= last), None)
        later = next_rule
        while owner is None and later < len(by_start) and reach[later][0] <= first:
            owner = by_start[later] if reach[later][1] >= last else None
            later += 1
        if owner is not None and owner is not timex:
            pairs.append((timex, owner))
    return pairs


@lru_cache(maxsize=None)
def _era_pattern() -> tuple[re.Pattern[str], dict[str, range]]:
    rows = load_table("en", "era_cues")
    years = {row["phrase"].casefold(): range(int(row["first"]), int(row["last"]) + 1) for row in rows}
    words = sorted(years, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE), years


def era_years(text: str) -> frozenset[int]:
    """The years the page's era words were news in (empty when it has none)."""
    pattern, years = _era_pattern()
    found: set[int] = set()
    for match in pattern.finditer(text):
        found.update(years[match.group(1).casefold()])
    return frozenset(found)
