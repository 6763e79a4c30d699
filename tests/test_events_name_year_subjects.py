"""A statute named with its year ("the Water Act 2021") is the subject of the milestone verb after
it ("comes into force") even when the sentence fronts its day: the year inside the name is no
date that ends the subject (naming._verb_subject reads the spans without name years). Before,
the year stood between the verb and the name, no subject was found and the day gave nothing."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events


def _entries(text: str, published: str) -> list[tuple[date | datetime, str, str]]:
    return [(e.start, e.kind, e.title) for e in page_events(text, published)]


def test_a_fronted_day_dates_the_named_act():
    page = "On Monday, 3 May, the Water Act 2021 comes into force and every well must be registered."
    assert _entries(page, "2021-04-20") == [(date(2021, 5, 3), "milestone", "Entry into force of the Water Act 2021")]


def test_a_fronted_clock_and_day_date_the_named_act():
    page = "At 9am on Monday, 3 May, the Water Act 2021 takes effect across the county."
    [(start, kind, title)] = _entries(page, "2021-04-20")
    assert (start, kind) == (datetime(2021, 5, 3, 9, 0), "milestone") and "Water Act 2021" in title


def test_the_act_after_its_day_was_already_named():
    page = "The Water Act 2021 comes into force on Monday, 3 May."
    assert _entries(page, "2021-04-20") == [(date(2021, 5, 3), "milestone", "Entry into force of the Water Act 2021")]
