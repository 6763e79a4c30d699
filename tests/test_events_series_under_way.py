"""A weekly series within a named stretch already under way on the page's written date ("every
Tuesday during Advent" in a letter of 5 December) starts on its first day on or after that date:
the stretch's earlier days are over when the page is read. A stretch still ahead starts on its own
first day, and a page whose date is only guessed keeps the stretch's first day."""

from __future__ import annotations

from datetime import datetime

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY, page_events


def _series(text: str, published: str) -> list[tuple[object, str | None]]:
    return [(e.start, e.rrule) for e in page_events(text, published) if e.rrule]


def test_an_advent_series_read_in_advent():
    page = ("# From the parish priest\n\nDear friends,\n\n"
            "During Advent there will be an evening service in the chapel every Tuesday at 7pm.\n")
    assert _series(page, "2026-12-05") == [(datetime(2026, 12, 8, 19, 0), "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261224T235959")]


def test_a_lenten_series_read_in_lent():
    page = "# Lenten programme\n\nStations of the Cross will be prayed every Friday during Lent at 6pm in the church.\n"
    assert _series(page, "2027-03-02") == [(datetime(2027, 3, 5, 18, 0), "FREQ=WEEKLY;BYDAY=FR;UNTIL=20270327T235959")]


def test_a_month_long_series_read_within_the_month():
    page = ("# Riverside craft fair\n\n"
            "The craft fair is open every Saturday throughout June from 10am to 4pm on the quay.\n")
    assert _series(page, "2026-06-10") == [(datetime(2026, 6, 13, 10, 0), "FREQ=WEEKLY;BYDAY=SA;UNTIL=20260630T235959")]


def test_a_stretch_still_ahead_starts_on_its_first_day():
    page = "# Lenten programme\n\nStations of the Cross will be prayed every Friday during Lent at 6pm in the church.\n"
    assert _series(page, "2027-01-20") == [(datetime(2027, 2, 12, 18, 0), "FREQ=WEEKLY;BYDAY=FR;UNTIL=20270327T235959")]


def test_a_guessed_page_date_keeps_the_stretchs_first_day():
    text = "# Lenten programme\n\nStations of the Cross are prayed every Friday during Lent 2027 at 6pm in the church.\n"
    result = process_document(parse_document(text.encode(), "page.txt"), Options(today=BUILD_DAY))
    assert [e.start for e in result.events if e.rrule] == [datetime(2027, 2, 12, 18, 0)]
