"""night_clocks reads a fixed window back from each date for the words naming its night, and from
each bare clock for the last date before it (by bisection): a page of many nights and clocks with no
blank line (one long paragraph) stays linear."""

from __future__ import annotations

from calfeed.timex.night_clocks import night_named_before, nights_of
from test_timex_speed_guard import _assert_linear, _seconds

PIECE = "On the night of May 3-4 the gates swing from 1:20 to 3:40, then the crews rest. "


def _run(size: int) -> float:
    text = PIECE * (size // len(PIECE))
    dates = [(i, "DATE") for i in range(len(text)) if text.startswith("May", i)]
    clocks = [i for i in range(len(text)) if text.startswith("1:20", i)]

    def read() -> None:
        nights = nights_of(dates, text)
        for at in clocks:
            night_named_before(text, at, nights)
    return _seconds(read)


def test_a_clock_after_a_night_is_of_that_night():
    text = PIECE
    nights = nights_of([(text.index("May"), "DATE")], text)
    assert night_named_before(text, text.index("1:20"), nights)
    assert not night_named_before("The gates open on May 3-4 from 1:10.", 30,
                                  nights_of([(18, "DATE")], "The gates open on May 3-4 from 1:10."))


def test_four_times_the_page_takes_about_four_times_as_long():
    _run(600)
    _assert_linear(_run(80_000) / max(_run(20_000), 1e-3))
