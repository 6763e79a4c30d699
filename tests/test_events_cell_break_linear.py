"""A row set out as text splits at its cell breaks (date_led_lines._CELL_BREAK): wide blanks, a
tab, or a bar with the blanks around it. The bar's blanks were tried from every place of a run of
mixed blanks, so a run with no bar was scanned again from each of its places (16x the time for
4x the run on the parent); they are taken from the run's start only now."""

from __future__ import annotations

from calfeed.events.date_led_lines import _CELL_BREAK
from test_timex_speed_guard import _seconds as timed


def _split_seconds(pairs: int) -> float:
    row = "Holiday" + " \t" * pairs + "Closed"
    return timed(lambda: _CELL_BREAK.split(row))


def test_four_times_the_blank_run_takes_about_four_times_as_long():
    _split_seconds(10)
    ratio = _split_seconds(40_000) / max(_split_seconds(10_000), 1e-3)
    assert ratio < 9, f"{ratio:.1f}x the time for 4x the run"


def test_cells_still_part_at_bars_wide_blanks_and_tabs():
    cells = [c for c in _CELL_BREAK.split("1/3/33   Harbour Day  |  Closed\tall day | x") if c.strip()]
    assert cells == ["1/3/33", "Harbour Day", "Closed", "all day", "x"]
