"""A clock opening a listing line under a dated heading times that line's entry on the heading's
day, even when the entry's title opens with a holiday's name: under "December 24th Christmas Eve",
"11:00pm Christmas Mass at Night" is a Mass at 23:00 on 24 December, not a clock joined to
"Christmas" (25 December) (red team 43, a parish's Christmas schedule). The holiday there only
names the service, as "Easter" does in "Easter Egg Hunt"."""

from __future__ import annotations

import pytest

from events_helpers import page_events

PUBLISHED = "2027-11-05"


def _timed(text: str) -> dict[str, str]:
    return {e.start.strftime("%Y-%m-%dT%H:%M"): e.title for e in page_events(text, PUBLISHED) if not e.all_day}


SCHEDULES = [
    ("Service times\n\nDecember 24th Christmas Eve\n\n4:30pm Christmas Vigil Mass\n\n"
     "11:00pm Christmas Mass at Night\n\nDecember 25th Christmas Day\n\n10:00am Christmas Day Mass\n",
     {"2027-12-24T16:30", "2027-12-24T23:00", "2027-12-25T10:00"}),
    ("Family weekend\n\nSaturday 27 March 2027\n\n10:00am Easter Egg Hunt\n\n2:00pm Easter Bonnet Parade\n",
     {"2027-03-27T10:00", "2027-03-27T14:00"}),
    ("Late opening\n\nFriday 29 October 2027\n\n- 6:30pm Halloween Lantern Trail\n- 8:00pm Halloween Disco for teens\n",
     {"2027-10-29T18:30", "2027-10-29T20:00"}),
]


@pytest.mark.parametrize("text, starts", SCHEDULES)
def test_a_line_clock_takes_the_heading_day_before_a_holiday_title(text, starts):
    timed = _timed(text)
    assert starts <= set(timed), timed
    assert not [s for s in timed if s not in starts], timed


def test_a_clock_before_a_holiday_alone_keeps_the_holiday():
    timed = _timed("Opening hours\n\nMonday 20 December 2027\n\nThe shop closes at 4pm on Christmas Eve.\n")
    assert "2027-12-24T16:00" in timed, timed
