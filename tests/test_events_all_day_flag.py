"""An events widget writes "all-day" after an entry's dates ("October 3, 2026 – October 11,
2026 all-day", its town on the next line, the page's title naming the entry): a flag saying the
entry has no clock (time_cells), never the entry's name, so the dates still give the entry."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

WIDGET = ("---\ntitle: Leipzig Wine Festival 2026\npublished: 2026-08-01\n---\n"
          "October 3, 2026 – October 11, 2026{flag}\n"
          "Leipzig, Germany\n\n"
          "The town's wine festival fills the market square with stalls, music and tastings.\n")


def _spans(flag: str) -> list[tuple[date, date]]:
    events = process_document(parse_document(WIDGET.format(flag=flag).encode(), "page.md"), Options()).events
    return [(e.start, e.end) for e in events]


def test_a_range_flagged_all_day_is_the_page_s_entry():
    for flag in (" all-day", " All day", ""):
        assert (date(2026, 10, 3), date(2026, 10, 11)) in _spans(flag), flag
