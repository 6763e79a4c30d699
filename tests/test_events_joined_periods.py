"""Two parts of years that follow each other, told as one stretch ("in the last quarter of 2026 and
the first quarter of 2027"), are one range to the second's end (red team 46: "will take place in the
second half of 2024 and first half of 2025" was cut to end on 31 December 2024). Parts that leave a
gap are not joined."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2026, 3, 2)


def _spans(sentence: str) -> list[tuple[date, date]]:
    return [(e.start, e.end) for e in tagged_events(sentence, published=PUBLISHED)]


def test_two_halves_across_a_new_year_are_one_stretch():
    assert _spans("Public hearings on the draft plan will take place in the second half of 2026 and first "
                  "half of 2027.") == [(date(2026, 7, 1), date(2027, 6, 30))]


def test_two_quarters_with_articles_are_one_stretch():
    assert _spans("The consultation will take place in the last quarter of 2026 and the first quarter of "
                  "2027.") == [(date(2026, 10, 1), date(2027, 3, 31))]


def test_two_seasons_after_during_are_one_stretch():
    assert _spans("The exhibition will be held during autumn 2026 and winter 2026/27.") == [
        (date(2026, 9, 1), date(2027, 2, 28))]


def test_seasons_with_a_gap_between_are_not_joined():
    assert _spans("The exhibition will be held during the summer of 2026 and the winter of 2026/27.")[0] == (
        date(2026, 6, 1), date(2026, 8, 31))
