"""The named-day-line reader finds "NAME [,] on " before a line's closing day by reading back from the
day: a regex search for that tail tried every start in a long run of spaces and took cubic time (2,000
spaces before a day: 13 s). Same answers, one pass."""

from __future__ import annotations

from calfeed.events.named_day_lines import _before_on
from test_timex_speed_guard import _assert_linear, _seconds


def test_the_name_ends_before_on_and_its_comma() -> None:
    for line, name in (("Harbour Fair on ", "Harbour Fair"), ("Rest day for Brindle, on ", "Rest day for Brindle"),
                       ("Harbour Fair ,  on\t", "Harbour Fair"), ("Fair on on ", "Fair on"), ("Fair ON ", "Fair")):
        end = _before_on(line + "3 May", 0, len(line))
        assert end is not None and line[:end].strip() == name


def test_no_on_as_a_word_closing_the_line_gives_none() -> None:
    for line in ("Salon ", "Harbour Fair", "Harbour Fair on", "Fair,on ", "Fair in ", "on "[1:]):
        assert _before_on(line + "3 May", 0, len(line)) is None


def _read(size: int) -> float:
    line = "Fair" + " " * size
    return _seconds(lambda: _before_on(line + "3 May", 0, len(line)))


def test_four_times_the_spaces_take_about_four_times_as_long() -> None:
    _read(2_000)
    _assert_linear(_read(400_000) / max(_read(100_000), 1e-3))
