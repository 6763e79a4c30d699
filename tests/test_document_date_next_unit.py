"""A story that says what happens "next week" (or "next month") and then gives the year-less day
it happens on was written in the week (month) before that day's, never on the day itself: a
day told ahead is not the page's own date (red team 44: a line closure "next week", then "From
Monday, October 16 to Friday, October 20 buses will replace ... trains", dated 16 October and
so given no entry)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

BUILD_DAY = date(2026, 11, 29)

BRIDGE = ("Drivers are warned that the river bridge will be shut next week while its deck is resurfaced.\n\n"
          "From Tuesday, March 12 to Thursday, March 14 a diversion will send traffic through the town centre.\n\n"
          "The council said the work had been planned for two years.\n")
MUSEUM = ("The town museum will close its doors next month for a refurbishment.\n\n"
          "A farewell tour of the galleries will be held on Monday, June 3.\n")
POOL = ("Swimmers are told the leisure pool will be drained next week.\n\n"
        "Contractors will empty it on 14 August, the operator said.\n")


def _inferred(text: str, today: date = BUILD_DAY):
    return infer_reference_date(Document("story.txt", text), tag(text, None), today)


def test_next_week_and_a_weekday_dated_span_put_the_story_in_the_week_before():
    ref = _inferred(BRIDGE)
    assert ref.value == date(2024, 3, 4)           # Monday of the week before Tuesday 12 March 2024
    assert ref.value < date(2024, 3, 12)


def test_next_month_puts_the_story_in_the_month_before():
    ref = _inferred(MUSEUM)
    assert ref.value == date(2024, 5, 1)           # Monday 3 June 2024 is next month's


def test_next_week_and_a_bare_day_ahead_put_the_story_in_the_week_before():
    ref = _inferred(POOL)
    assert ref.value is not None and ref.value < date(ref.value.year, 8, 14)
    assert (date(ref.value.year, 8, 14) - ref.value).days in range(7, 14)


def test_the_span_told_ahead_gets_its_entry():
    result = process_document(Document("story.txt", BRIDGE), Options(today=BUILD_DAY))
    spans = [(e.start, e.end) for e in result.events]
    assert (date(2024, 3, 12), date(2024, 3, 14)) in spans


def test_the_day_told_ahead_after_next_month_gets_its_entry():
    result = process_document(Document("story.txt", MUSEUM), Options(today=BUILD_DAY))
    assert date(2024, 6, 3) in [e.start for e in result.events]
