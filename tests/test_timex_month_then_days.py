"""The shared reader of a month written once over bare days (calfeed/timex/month_then_days.py).

The layouts themselves (heading rows, table rows, a month's line) are proven by the corpus and the
events tests; these pin what they share, and show that a new layout is a few lines."""

from __future__ import annotations

import re
from datetime import date

from calfeed.timex.builders import Atom
from calfeed.timex.month_then_days import (
    DAY_NUMBER, HEADING_DAY, HEADING_MONTH, MONTH_WORD, Day, Layout, Month, MonthDays, counts_up_from_one, in_place_of,
    month_days, weekday_fits,
)
from calfeed.timex.rawvalue import Raw
from calfeed.timex.rules import expand


def _bin_rounds(text: str, lang: str) -> list[MonthDays]:
    """A made-up layout for the test: "Rounds in June 2027 - 4 / 18" (the month, then days parted by slashes)."""
    lead = re.compile(expand(r"Rounds in " + MONTH_WORD + r" - ", lang), re.IGNORECASE)
    day = re.compile(DAY_NUMBER + r"(?=[^\S\n]*(?:/|$))", re.MULTILINE)
    blocks = []
    for head in lead.finditer(text):
        stop = text.find("\n", head.end())
        stop = len(text) if stop < 0 else stop
        days = [Day(m.start(), m.end(), int(m.group())) for m in day.finditer(text, head.end(), stop)]
        blocks.append(MonthDays(Month.written(head, lang), days))
    return blocks


def test_a_new_layout_is_a_read_function_and_a_layout():
    text = "Garden waste\nRounds in June 2027 - 4 / 18\n"
    found = month_days([], text, "en", (Layout("bin rounds", "/", _bin_rounds),))
    assert [(text[a.start:a.end], str(a.raw), a.rule) for a in found] == [
        ("June 2027", "2027-06", HEADING_MONTH), ("4", "2027-06-04", HEADING_DAY), ("18", "2027-06-18", HEADING_DAY)]


def test_a_layout_is_not_read_without_its_mark():
    read: list[str] = []
    layout = Layout("never", "|", lambda text, lang: read.append(text) or [])
    assert month_days([], "June\n4 Fair\n", "en", (layout,)) == [] and read == []


def test_a_month_without_days_makes_no_atom():
    assert MonthDays(Month(0, 4, 6)).atoms() == []


def test_the_days_take_the_place_of_what_they_overlap():
    words = Atom(0, 6, "DATE", Raw("XXXX-06"), "month", 1)
    other = Atom(10, 14, "DATE", Raw("2027"), "year", 1)
    day = Day(0, 2, 4).atom(Month(0, 0, 6))
    assert in_place_of([words, other], [day], 20) == [day, other]


def test_a_range_runs_into_the_next_month_when_its_last_day_is_lower():
    assert Day(0, 2, 22, last=2).atom(Month(0, 0, 12, "2026")).raw.get("to") == "2027-01-02"
    assert Day(0, 2, 22, last=2).atom(Month(0, 0, 12)).raw.get("to") == "XXXX-01-02"
    assert Day(0, 2, 22, last=29, weekday=5).atom(Month(0, 0, 3, "2027")).raw.annotations == {
        "wd": "5", "to": "2027-03-29"}


def test_rows_one_two_three_are_a_numbered_list():
    assert counts_up_from_one([1, 2, 3]) and not counts_up_from_one([1, 2]) and not counts_up_from_one([1, 3, 4])


def test_a_written_weekday_must_fall_on_the_day():
    assert weekday_fits("2026", 12, 1, 2, None)             # Tuesday 1 December 2026
    assert not weekday_fits("2026", 12, 1, 3, None)
    assert weekday_fits("XXXX", 12, 2, 3, date(2026, 6, 1))  # Wednesday 2 December 2026, a year beside the page's
    assert not weekday_fits("XXXX", 2, 30, None, None)      # no such day
