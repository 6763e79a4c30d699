"""possessive_cities reads the text once with a regex of no nested repeats: a page of many
possessive names costs in proportion to its length."""

from __future__ import annotations

from calfeed.events.possessive_cities import possessive_city_zone
from test_timex_speed_guard import _assert_linear, _seconds

PIECE = "Vienna's mayor and Smith's band and Upper Town's hall "


def _read(size: int) -> float:
    text = PIECE * (size // len(PIECE))
    return _seconds(lambda: possessive_city_zone(text))


def test_four_times_the_page_takes_about_four_times_as_long():
    _read(2_000)
    _assert_linear(_read(200_000) / max(_read(50_000), 1e-3))
