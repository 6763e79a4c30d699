"""Rows of hours under a lead-in that says the hours of something vary (R64 page 06's shape, in
other words): "The hours of the closure will vary as follows:" over weekday-night rows with clock
ranges. The rows qualify the closure's nights; read alone they became an entry on the Sunday before
the page and weekly series with no end. They give no entry of their own now, and the report says why.
"""

from __future__ import annotations

from events_helpers import page_events
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY

PAGE = """OVERNIGHT CLOSURES OF THE RIVER TUNNEL

Crews will close the river tunnel at night for up to eight nights starting Monday, April 9.

The hours of the closure will vary as follows:

Weeknights (Sunday to Thursday): 10:30 p.m. until 4:45 a.m.

Friday night into Saturday: 1 a.m. until 6:15 a.m.

Saturday night into Sunday: 1 a.m. until 8:15 a.m.

–

Main Street will stay open during the works.
"""

OPENING_HOURS = """Our opening hours are as follows:

Monday to Friday: 9.30am - 5.30pm

Saturday: 10.30am - 1.30pm
"""


def _document(text: str):
    page = f"---\npublished: 2018-04-05\n---\n{text}\n"
    return process_document(parse_document(page.encode(), "page.txt"), Options(today=BUILD_DAY))


def test_rows_of_varying_hours_give_no_entry_and_no_series():
    result = _document(PAGE)
    assert not any("night" in e.sources[0].expr.lower() or "until" in e.sources[0].expr.lower()
                   for e in result.events)
    assert not any(e.rrule for e in result.events)
    assert sum("hours that qualify" in u.reason for u in result.unresolved) == 3


def test_an_opening_hours_list_is_still_read():
    assert any(e.rrule for e in page_events(OPENING_HOURS, "2018-04-05"))
