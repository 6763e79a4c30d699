"""A row of a hours table set out as text whose last cell says the day runs as usual ("Normal
hours") gives no entry, and a row whose holiday is "observed" on another day ("Boxing Day observed
(Tuesday)     Closed") is that day's closure, not a past event: the date opening its paragraph is
still read after a paragraph ending in a weekday (extractor._past_blank_line)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = (
    "Registry Office Holidays and Hours\n\n"
    "With the winter holidays near, here is when the counters shut and when they keep their usual hours:\n\n"
    "12/24/32     Christmas Eve (Friday)     Normal hours\n\n"
    "12/25/32     Christmas     Saturday\n\n"
    "12/27/32     Boxing Day observed (Monday)     Closed\n\n"
    "12/31/32     Last business day of the year (Friday)     Normal hours\n\n"
    "1/3/33     New Years Day observed (Monday)     Closed\n"
)


def _entries() -> dict[str, str]:
    doc = Document("d.md", _PAGE, title="Registry Office Holidays and Hours", published=date(2032, 12, 1))
    return {str(e.start)[:10]: e.title for e in process_document(doc, Options(today=date(2033, 6, 1))).events}


def test_normal_hours_rows_give_no_entry():
    entries = _entries()
    assert "2032-12-24" not in entries and "2032-12-31" not in entries


def test_observed_closure_rows_are_entries():
    entries = _entries()
    assert "Closed" in entries.get("2032-12-27", "") and "Closed" in entries.get("2033-01-03", "")
