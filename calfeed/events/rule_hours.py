"""A recurring rule's hours carried to the day the page names as one of its occurrences: "On the
third Thursday of each month, from 6AM to 9AM, the town sweeps its streets ... The sweep" /
"so next Thursday, June 18th, there is a compulsory sweep". The rule's own sentence
names no event (no entry of its own), the named day's entry has no clock, yet the page has told
its hours once: the day takes them.

Only a day the rule gives, after the rule in the text, of an untimed one-day entry whose title
shares a word with the rule's paragraph (the thing the rule is about), and only when the page
has one such timed rule that no entry took: "Meetings every first Monday 7-9pm" does not time an
open day that happens to fall on a first Monday.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time

from calfeed.events.candidates import Candidate
from calfeed.events.timing import first_occurrence
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import line_bounds

MIN_WORD = 4        # the shortest title word that says what a rule is about ("umuganda", "market")
_WORD = re.compile(r"[^\W\d_]+")
NOTE = "hours of the recurring rule written earlier on the page"


def rule_hours(chosen: list[Candidate], text: str, unframed_rules: list[Timex]) -> list[Candidate]:
    """``chosen`` with the untimed entries on a day of the page's one unframed timed rule at its hours."""
    rules = [t for t in unframed_rules if _timed_rule(t)]
    if len(rules) != 1:
        return chosen
    rule = rules[0]
    about = _words(text[slice(*line_bounds(text, rule.start))])
    out = []
    for cand in chosen:
        day = _untimed_day(cand)
        if (day is not None and cand.timex.start > rule.end and _on_rule(rule.rrule, day)
                and _words(cand.frame.title) & about):
            start = datetime.combine(day, rule.interval.start.time())
            end = datetime.combine(day, rule.end_interval.start.time())
            timing = replace(cand.timing, start=start, end=end, all_day=False,
                             notes=[*cand.timing.notes, f"{NOTE}: \"{rule.text}\""])
            cand = replace(cand, timing=timing, timex=replace(cand.timex, tz=cand.timex.tz or rule.tz,
                                                             tz_text=cand.timex.tz_text or rule.tz_text))
        out.append(cand)
    return out


def _timed_rule(timex: Timex) -> bool:
    """A series with a clock range ("the second Sunday of each month from 6AM to 9AM")."""
    return (timex.type == "SET" and bool(timex.rrule) and timex.interval is not None
            and timex.interval.granularity in ("hour", "minute") and timex.end_interval is not None
            and timex.end_interval.start.date() == timex.interval.start.date()
            and timex.end_interval.start > timex.interval.start)


def _untimed_day(cand: Candidate) -> date | None:
    timing = cand.timing
    if (not timing.all_day or timing.precision != "exact" or timing.rrule or not isinstance(timing.start, date)
            or (timing.end is not None and timing.end != timing.start)):
        return None
    return timing.start


def _on_rule(rule: str | None, day: date) -> bool:
    """Whether the rule gives ``day``, counted from that day itself (as written_occurrences does)."""
    first = first_occurrence(rule, datetime.combine(day, time(0))) if rule else None
    return first is not None and first.date() == day


def _words(text: str) -> set[str]:
    stops = word_list("generic_title_nouns")
    return {w for w in (m.group().lower() for m in _WORD.finditer(text)) if len(w) >= MIN_WORD and w not in stops}
