"""Days a law or proclamation declares for an occasion every year: "Proclamation No. 260
declares the last Sunday of March and the second Sunday of October as Barangay Assembly Days",
"The council designates 12 June as Heritage Day". A year-less day so declared comes round each
year; read as a one-off it lands in whichever year the page's date picks, often a past one.
Each such day is a yearly series from its next occurrence on or after the page's date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from calfeed.events.timing import Timing, first_occurrence, nth_weekday_rule
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex

_MONTH_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")
DECLARED_NOTE = "a year-less day the text declares for an occasion: a yearly series from its next occurrence"


def declared_yearly(text: str, sentence: tuple[int, int], timex: Timex, sentence_dates: list[Timex],
                    timing: Timing, reference: date) -> Timing | None:
    """``timing`` as a yearly series when ``timex`` is a year-less day (a day of a month, or an nth
    weekday of a month) that a verb of ``declaring_verbs`` before it declares "as" an occasion;
    None otherwise."""
    rule = _yearly_rule(timex.raw_value or "")
    if rule is None or timex.type != "DATE" or timing.rrule or not timing.all_day or timing.end != timing.start:
        return None
    if not _declared(text, sentence, timex, sentence_dates):
        return None
    first = first_occurrence(rule, datetime(reference.year, reference.month, reference.day))
    if first is None:
        return None
    return replace(timing, start=first.date(), end=first.date(), rrule=rule)


def _yearly_rule(raw: str) -> str | None:
    day = _MONTH_DAY.fullmatch(raw)
    if day is not None:
        return f"FREQ=YEARLY;BYMONTH={int(day.group(1))};BYMONTHDAY={int(day.group(2))}"
    return nth_weekday_rule(raw)


def _declared(text: str, sentence: tuple[int, int], timex: Timex, sentence_dates: list[Timex]) -> bool:
    """A declaring verb before the day in its sentence, and "as" right after the run of days it
    opens ("declares the last Sunday of March and the second Sunday of October as ...")."""
    before = [w.lower for w in words_in(text, sentence[0], timex.start) if w.is_word]
    if not any(w in word_list("declaring_verbs") for w in before):
        return False
    end = timex.end
    joiners = word_list("date_list_joiners")
    for other in sorted((t for t in sentence_dates if t.start >= timex.end), key=lambda t: t.start):
        gap = [w.lower for w in words_in(text, end, other.start)]
        if gap and not all(w in joiners for w in gap):
            break
        end = other.end
    after = [w.lower for w in words_in(text, end, sentence[1])]
    return bool(after) and after[0] in word_list("declared_day_links")
