"""One halt told twice, by a standfirst and by a bullet ("the ferry service ... will be halted on
Tuesday from noon" / "Ferry services ... will be interrupted from noon that Tuesday"):
one entry (told_twice._halted_alike); two services halted at the same moment stay two."""

from __future__ import annotations

from events_helpers import BUILD_DAY, page_events

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document


def _starts(text: str) -> list[str]:
    return sorted(str(e.start)[:16] for e in page_events(text, "2031-06-02"))


PAGE = """---
title: Storm watch on Quill: schools shut and ferries stopped
published: 2031-06-02
---
Storm watch on Quill: schools shut and ferries stopped

The harbour board says that the coastal ferry service from Quill and Marra will be halted on Tuesday from noon, and a fuel price order goes out too

June 2, 2031 - 10:41 AM

Schools stay shut until further notice.

Key points:

  • At 8:45 a.m. the weather office said the storm was moving west.
  • Coastal ferry services to the outer island towns will be interrupted from noon on Tuesday.
"""


def test_a_halt_told_by_the_standfirst_and_a_bullet_is_one_entry():
    events = process_document(parse_document(PAGE.encode(), "page.md"), Options(today=BUILD_DAY)).events
    assert sorted(str(e.start)[:16] for e in events) == ["2031-06-03 12:00"]


def test_two_services_halted_at_one_moment_stay_two():
    text = ("The ferry service to Quill will be halted on Tuesday at noon. The bus service to Marra will be "
            "suspended on Tuesday at noon as well.\n")
    assert _starts(text) == ["2031-06-03 12:00", "2031-06-03 12:00"]
