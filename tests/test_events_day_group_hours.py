"""A run of days written as groups, each group with its hours: "open Saturday (20) and Sunday (21)
from 9 am to 3 pm; Monday (22), Tuesday (23) and Wednesday (24) from 8 am to 7 pm, ...". Every day
is an entry at its group's hours: the day that carries the clock ("Sunday (21) from 9 am to 3 pm")
continues the one before it as a listed day does, and a semicolon between two groups joins them
as a comma does."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

HOURS = ("The passport office, in the town hall and at every branch counter, will be open Saturday (20) "
         "and Sunday (21) from 9 am to 3 pm; Monday (22), Tuesday (23) and Wednesday (24) from 8 am to 7 pm, "
         "Thursday (25) and Friday (26) from 9 am to 3 pm, and Saturday (27) from 9 am to 1 pm.\n")


def _starts() -> dict[date, tuple[datetime, datetime]]:
    return {e.start.date(): (e.start, e.end) for e in tagged_events(HOURS, published=date(2027, 3, 19))
            if isinstance(e.start, datetime)}


def test_the_second_day_of_a_pair_keeps_the_pair_s_hours():
    assert _starts().get(date(2027, 3, 21)) == (datetime(2027, 3, 21, 9), datetime(2027, 3, 21, 15))


def test_the_days_after_a_semicolon_are_entries_at_their_group_s_hours():
    got = _starts()
    for day in (22, 23, 24):
        assert got.get(date(2027, 3, day)) == (datetime(2027, 3, day, 8), datetime(2027, 3, day, 19))


def test_every_day_of_the_run_is_an_entry():
    assert sorted(_starts()) == [date(2027, 3, d) for d in range(20, 28)]
