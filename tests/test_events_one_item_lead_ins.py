"""A lead-in line ending in a colon over ONE list item that holds a day and its clock range: "An
interruption of the gas supply is planned for:" / (blank line) / "  • Thursday, February 6, 2014, between the
hours of 10:00 am and 2:00 pm" (R64 page 04's shape, in other words). A blank line splits the lead-in
and the item into two sentences, so the item's day had no name and gave no entry; a list mark makes
the item a list of one under its lead-in, named by the lead-in's event (row_lead_ins). And a same-day
deadline sharing a word with that name ("have gas cylinders ready before 9:30 a.m.") is no entry of
the same subject (unclaimed_dates._told_already).
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

ONE_ITEM = """Gas Supply Notice

An interruption of the gas supply to the streets named above is planned for:

  • Thursday, February 6, 2014, between the hours of 10:00 am and 2:00 pm
"""

WITH_ADVICE = ONE_ITEM + """
Households should have spare gas cylinders ready before 9:30 a.m. for the hours without supply.
"""

OPEN_DAY = """Our yearly open day at the garden centre will be held on:

- Saturday, June 14, 2014, from 10 am to 4 pm
"""



def _found(text: str) -> set[tuple[str, datetime, datetime | None]]:
    return {(e.title, e.start, e.end) for e in page_events(text, "2014-01-30")}


def test_a_marked_item_under_a_lead_in_is_the_lead_ins_event_at_its_hours():
    assert ("Interruption of the gas supply", datetime(2014, 2, 6, 10, 0), datetime(2014, 2, 6, 14, 0)) in _found(ONE_ITEM)


def test_a_deadline_on_the_same_day_does_not_hide_the_occasion():
    found = _found(WITH_ADVICE)
    assert ("Interruption of the gas supply", datetime(2014, 2, 6, 10, 0), datetime(2014, 2, 6, 14, 0)) in found


def test_a_dash_marked_item_is_named_by_its_lead_in():
    assert ("Yearly open day", datetime(2014, 6, 14, 10, 0), datetime(2014, 6, 14, 16, 0)) in _found(OPEN_DAY)

