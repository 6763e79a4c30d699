"""The title-line reader asks the page's dates about one line at a time by position, not all of
them for each date: a page of dates one a line (a log, an export: "2027-03-01" / "2027-03-02" /
...) once made every date's line look through every date of the page for a badge above it and for
a sibling date line (40x the time for 4x the page, 0.12 s -> 4.7 s; now about 6x, 6 ms -> 42 ms)."""

from __future__ import annotations

from datetime import date

from calfeed.events.span_index import IndexedSpans, ending_in
from calfeed.events.title_lines import badge_over, titled_date_line
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds

REFERENCE = date(2027, 3, 1)


def _dates_one_a_line(size: int) -> str:
    return "".join(f"2027-{1 + k % 12:02d}-{1 + k % 28:02d}\n" for k in range(size // 11))


def _read_every_date(size: int) -> float:
    text = _dates_one_a_line(size)
    found = tag(text, REFERENCE)
    spans = IndexedSpans((t.start, t.end) for t in found)
    return _seconds(lambda: [titled_date_line(text, timex, spans) for timex in found])


def test_four_times_the_page_takes_about_four_times_as_long():
    _read_every_date(1_000)            # warm up: the word tables load once
    _assert_linear(_read_every_date(24_000) / max(_read_every_date(6_000), 1e-3))


def test_a_badge_is_still_a_date_alone_on_the_lines_right_above():
    text = "Mar 12\n\nThu\nSPRING CLASS ASSEMBLY\nMar 12 @ 9:00 am\n"
    spans = IndexedSpans((t.start, t.end) for t in tag(text, REFERENCE))
    title = text.index("SPRING")
    assert badge_over(text, title, spans) and badge_over(text, title, list(spans))
    text = "Mar 12 and then\nSPRING CLASS ASSEMBLY\nMar 12 @ 9:00 am\n"
    spans = IndexedSpans((t.start, t.end) for t in tag(text, REFERENCE))
    assert not badge_over(text, text.index("SPRING"), spans)


def test_spans_ending_in_a_range_are_found_alike_indexed_or_not():
    spans = [(5, 9), (0, 4), (3, 9), (12, 20), (6, 6)]
    for low, high in ((0, 30), (6, 10), (9, 10), (10, 20), (21, 30)):
        assert ending_in(IndexedSpans(spans), low, high) == ending_in(spans, low, high)
    assert ending_in(spans, 6, 10) == [(6, 6), (3, 9), (5, 9)]
