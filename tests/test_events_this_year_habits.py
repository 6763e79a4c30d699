"""A yearly frequency in a sentence whose day "this year" dates is this year's occasion, not a
series: "Every year crowds come to see the parade, held this year on 29 August" (R69 class 1,
page 17's shape). The day itself takes the writing year (calfeed.timex.adverb_year_days)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date) -> list[tuple[str, date, str | None]]:
    return [(e.title, e.start, e.rrule) for e in tagged_events(text, published=published)]


def test_every_year_with_this_years_day_is_one_entry_that_year():
    found = _entries("Every year many visitors travel to the valley to see the marvel that is the Lantern Walk, "
                     "held this year on 29 August.", date(2029, 8, 1))
    assert found == [("Lantern Walk", date(2029, 8, 29), None)]


def test_a_yearly_host_sentence_with_this_years_day_is_no_series():
    found = _entries("Every year the harbour town hosts the Kite Festival, which takes place this year on 12 May.",
                     date(2029, 3, 1))
    assert found == [("Kite Festival", date(2029, 5, 12), None)]


def test_a_plain_participle_day_after_the_page_day_is_kept():
    found = _entries("Crowds gather along the river for the Boat Parade, held this year on 3 July.", date(2029, 6, 2))
    assert found == [("Boat Parade", date(2029, 7, 3), None)]


def test_every_year_on_a_fixed_day_stays_a_series():
    found = _entries("Every year the guild holds its open day on 12 May.", date(2029, 3, 1))
    assert len(found) == 1 and found[0][2] == "FREQ=YEARLY"
