"""Every month or season of a page asks names_its_row (label_lines) whether it is a word of a row's
name ("Spring - Monday 25 May"). It split the whole line before the month and searched the whole rest
of the line for a dash: square in a line's months, and a page written on one line holds them all.
Now only the few words a row's name and day may hold are read."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from calfeed.events.label_lines import MAX_ROW_DAY_WORDS, MAX_ROW_NAME_WORDS, NAMING_PERIOD_RULES, names_its_row
from calfeed.text import line_end
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2029, 2, 1)
ROW = "the choir sang in April for {day} hours, "


def _ask_every_month(size: int) -> float:
    text = one_line(ROW, size)
    months = [t for t in tag(text, REFERENCE) if t.rule in NAMING_PERIOD_RULES]
    assert len(months) * len(ROW) > size / 2
    return _seconds(lambda: [names_its_row(text, t) for t in months])


def test_four_times_the_line_takes_about_four_times_as_long():
    _ask_every_month(300)             # warm up: the tables load once
    _assert_linear(_ask_every_month(60_000) / max(_ask_every_month(15_000), 1e-3))


_DASH = re.compile(r"[ \t][-–—][ \t]")


def _whole_line(text: str, start: int, end: int) -> bool:
    """names_its_row as it read the whole line around the month at [start, end)."""
    rest = text[end:line_end(text, end)]
    dash = _DASH.search(rest)
    if dash is None:
        return False
    before = text[text.rfind("\n", 0, start) + 1:start].split()
    inside, after = rest[:dash.start()].split(), rest[dash.end():].split()
    return (len(before) + len(inside) <= MAX_ROW_NAME_WORDS and not any(c.isdigit() for c in rest[:dash.start()])
            and len(after) <= MAX_ROW_DAY_WORDS and any(c.isdigit() for c in rest[dash.end():]))


NAMES = ["-", "*", "Late", "Harvest", "Fair", "Day 2", "x9", "(all day)"]
PERIODS = ["October", "Autumn", "Winter", "May"]
DASHES = [" - ", " – ", " — ", "- ", " -", " -\t", "\t–\t", " -- ", "\xa0-\xa0", " "]
DAYS = ["Tue", "9", "Oct", "14 October 2029", "closed", "3pm", "-", "and", "Sunday"]


def _row(rng: random.Random) -> str:
    """A made-up line shaped like a closures row, or near one."""
    name = " ".join(rng.choice(NAMES) for _ in range(rng.randint(0, 3)))
    after = " ".join(rng.choice(NAMES) for _ in range(rng.randint(0, 2)))
    day = " ".join(rng.choice(DAYS) for _ in range(rng.randint(0, 7)))
    return f"{name} {rng.choice(PERIODS)} {after}{rng.choice(DASHES)}{day}".strip(rng.choice(["", " "]))


@pytest.mark.parametrize("seed", range(40))
def test_each_month_reads_as_the_whole_line_does(seed: int):
    rng = random.Random(seed)
    text = rng.choice(["\n", " ", "; "]).join(_row(rng) for _ in range(rng.randint(1, 6)))
    months = [t for t in tag(text, REFERENCE) if t.rule in NAMING_PERIOD_RULES]
    for month in months:
        assert names_its_row(text, month) == _whole_line(text, month.start, month.end), (text, month.text)


def test_the_rows_of_a_closures_list_name_their_months():
    text = "Closures\n- June Bank Holiday – Monday 1 June\nSpring - Monday 25 May\nIn June the hall - as ever - opens\n"
    asked = [(t.start, names_its_row(text, t)) for t in tag(text, REFERENCE) if t.rule in NAMING_PERIOD_RULES]
    assert asked == [(text.index("June"), True), (text.index("Spring"), True), (text.index("In June") + 3, False)]
