"""Items listed under a lead-in that dates them ("During this time, the following stations will be
closed:" after a sentence with the run of days, or "From 3 to 9 August 2026, the following car parks
will be shut:") are each an entry over those days, titled by the item's place and state; a clock in
the item's state ("closed after 8.15pm", "shut from 7am until 7pm") holds on each of the days, a daily
series. Before, the items gave nothing of their own (R81 class 4). An item that states something else,
and a list whose lead-in has no days, give nothing."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2026-07-20"
POINTED_BACK = """From August 3 until 9, the Harbour Line runs a reduced service for track renewal.

During this time, the following stations will be closed:

- Line 4 – Quayside Station – closed

- Line 2 – Mill Cross Station – closed after 8.15pm
"""
OWN_DAYS = """From 3 to 9 August 2026, the following car parks will be shut:
- Ropewalk car park – shut
- Quay Parade car park – shut from 7am until 7pm
- Dock Road – no parking except for residents
"""


def _by_title(text: str) -> dict:
    return {e.title: e for e in page_events(text, PUBLISHED)}


def test_an_item_takes_the_run_its_lead_in_points_back_at():
    found = _by_title(POINTED_BACK)
    quay = found.get("Line 4 – Quayside Station closed")
    assert quay is not None, list(found)
    assert (quay.start, quay.end) == (date(2026, 8, 3), date(2026, 8, 9))


def test_an_item_closed_after_a_clock_is_closed_from_then_each_day():
    found = _by_title(POINTED_BACK)
    mill = found.get("Line 2 – Mill Cross Station closed")
    assert mill is not None, list(found)
    assert mill.start == datetime(2026, 8, 3, 20, 15)
    assert mill.rrule is not None and "FREQ=DAILY" in mill.rrule and "20260809" in mill.rrule, mill.rrule


def test_items_under_a_lead_in_with_its_own_days():
    found = _by_title(OWN_DAYS)
    ropewalk = found.get("Ropewalk car park shut")
    quay = found.get("Quay Parade car park shut")
    assert ropewalk is not None and quay is not None, list(found)
    assert (ropewalk.start, ropewalk.end) == (date(2026, 8, 3), date(2026, 8, 9))
    assert (quay.start, quay.end) == (datetime(2026, 8, 3, 7, 0), datetime(2026, 8, 3, 19, 0))
    assert quay.rrule is not None and "FREQ=DAILY" in quay.rrule


def test_an_item_stating_something_else_gives_nothing():
    assert not any(t.startswith("Dock Road") for t in _by_title(OWN_DAYS)), list(_by_title(OWN_DAYS))


def test_a_list_under_a_lead_in_without_days_gives_nothing():
    found = _by_title("Track renewal on the Harbour Line.\n\nThe following stations will be closed:\n\n"
                      "- Line 4 – Quayside Station – closed\n")
    assert not any("Quayside" in t for t in found), list(found)
