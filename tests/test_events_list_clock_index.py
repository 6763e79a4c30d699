"""Review 23 S5: list clocks are indexed once (framing._holds_any over sorted clock starts) and a
footnote's weekday is read from its own timex (block_clocks._restates), not looked up per note."""

from __future__ import annotations

from datetime import datetime

from calfeed.events import block_clocks, framing
from calfeed.model import Interval, Timex


def _day(start: int, day: int) -> Timex:
    moment = datetime(2027, 3, day)
    return Timex(start=start, end=start + 8, text="Thursday", type="DATE", value=f"2027-03-{day:02d}",
                 interval=Interval(moment, moment, "day"))


def test_an_item_line_holds_a_list_clock_by_one_bisect() -> None:
    starts = [10, 50, 90]
    assert framing._holds_any(starts, (45, 60))
    assert framing._holds_any(starts, (50, 51))
    assert not framing._holds_any(starts, (11, 50))        # the line's end is not in it
    assert not framing._holds_any(starts, (91, 200))


def test_a_footnote_weekday_is_read_from_its_own_timex() -> None:
    note = Timex(start=0, end=8, text="Thursday", type="DATE", value="2027-W10-4",
                 interval=Interval(datetime(2027, 3, 11), datetime(2027, 3, 11), "day"))
    assert block_clocks._restates(note, [_day(20, 4)])      # both Thursdays
    assert not block_clocks._restates(note, [_day(20, 5)])
