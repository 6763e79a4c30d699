"""Three readers asked of every date looked at the date's whole line or the page's dates to
answer a question about a few words: whether a plural weekday ("Thursdays, 8 and 22 October")
introduces the dates after it (the next date was searched for before asking whether the date
is a weekly series at all), and whether a dated list item opens with a bullet and at most a
town before its date (programme_item, clock_led_item split the line from its start). On a page
written on one line (clock slots that lost their line breaks) each cost the page per date."""

from __future__ import annotations

import random
from datetime import date

import pytest

from calfeed.events.not_events import introduces_dates
from calfeed.events.programme import clock_led_item, programme_item
from calfeed.events.span_index import FirstStarting
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2028, 5, 1)
SLOTS = "Sat {day} May 2028 at the Mill. Doors 9:00, stalls 9:30, soup 12:15, auction 14:00; "


def _ask_every_date(size: int) -> float:
    text = one_line(SLOTS, size)
    ordered = sorted(tag(text, REFERENCE), key=lambda t: (t.start, t.end))
    assert len(ordered) * len(SLOTS) >= 4 * size

    after = FirstStarting(ordered, lambda t: t.start)

    def ask() -> None:
        for timex in ordered:
            introduces_dates(text, timex, after)
            programme_item(text, timex)
            clock_led_item(text, timex, lambda: [])
    return _seconds(ask)


def test_four_times_the_line_takes_about_four_times_as_long():
    _ask_every_date(1_000)            # warm up: the word tables load once
    _assert_linear(_ask_every_date(24_000) / max(_ask_every_date(6_000), 1e-3))


WEEKLY = "Thursdays, 7 pm - Lace makers, Ferry Rooms\nThursdays, {day} May and {day} June: Repair cafe\n"


def _ask_weekly_rows(size: int) -> float:
    """Every date of a page of weekly rows: each plural weekday looked for the date after it
    from the page's first date on (a scan of the page per row)."""
    text = (WEEKLY * (size // len(WEEKLY) + 1))[:size]
    ordered = sorted(tag(text, REFERENCE), key=lambda t: (t.start, t.end))
    after = FirstStarting(ordered, lambda t: t.start)
    assert sum(t.type == "SET" for t in ordered) * len(WEEKLY) >= size

    def ask() -> None:
        for timex in ordered:
            introduces_dates(text, timex, after)
    return _seconds(ask)


def test_a_page_of_weekly_rows_finds_each_next_date_in_about_linear_time():
    _ask_weekly_rows(1_000)
    _assert_linear(_ask_weekly_rows(32_000) / max(_ask_weekly_rows(8_000), 1e-3))


def test_the_first_date_from_an_offset_is_the_first_in_the_order_given():
    pick = random.Random(41)
    for _ in range(2_000):
        starts = [pick.randrange(0, 50) for _ in range(pick.randrange(0, 10))]
        first = FirstStarting(starts, lambda s: s)
        offset = pick.randrange(0, 55)
        assert first.at_or_after(offset) == next((s for s in starts if s >= offset), None)


def test_a_plural_weekday_still_introduces_its_days():
    text = "Evening clinics: Thursdays, 11 May and 25 May, 4:30 pm."
    ordered = sorted(tag(text, REFERENCE), key=lambda t: (t.start, t.end))
    after = FirstStarting(ordered, lambda t: t.start)
    assert [introduces_dates(text, t, after) for t in ordered if t.type == "SET"] == [True]


def test_the_few_words_before_are_the_split_words():
    from calfeed.text import few_words_before
    pick = random.Random(40)
    pieces = ("•", "-", "Leeds", "x" * 90, "Thursday", " ", "  ", "\n", "\t", "–", "a")
    for _ in range(3_000):
        text = "".join(pick.choice(pieces) + pick.choice(("", " ")) for _ in range(pick.randrange(0, 60)))
        start, end = sorted(pick.randrange(len(text) + 1) for _ in range(2))
        most = pick.randrange(0, 8)
        words = text[start:end].split()
        assert few_words_before(text, start, end, most) == (words if len(words) <= most else None)


@pytest.mark.parametrize("line, said", [
    ("Upcoming talks:\n- 12 March 2028: Soil and water", "Soil and water"),
    ("Upcoming talks:\n- By 12 March 2028: Soil and water", "Soil and water"),
    ("Upcoming talks:\n- Sessions in spring and the 12 March 2028: Soil and water", None),
    ("Upcoming talks:\nOn the 12 March 2028: Soil and water", None),
])
def test_list_items_are_still_read(line: str, said: str | None):
    dated = [t for t in tag(line, REFERENCE) if t.type == "DATE"]
    item = programme_item(line, dated[0])
    assert (item.text if item is not None else None) == said
