"""A page written on one line that holds many months or years stays linear: the archive-label
reader ("2023 Meeting Minutes") and the list-title reader ("2027 Board Meeting Schedule") ask
whether a month's or a year's line is short, and each split the whole line into words to count
them, once per date (a one-line numbered list of week ranges, whole build 20 -> 80 KB: 25.7x the
time, half of the 80 KB build in archive_label). They now read at most one word past the
longest short line."""

from __future__ import annotations

import pytest

from calfeed.events.archive_labels import MAX_LABEL_WORDS, archive_label
from calfeed.events.candidates import coarser_than_day
from calfeed.events.vague_words import MAX_TITLE_WORDS, list_title_year
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds, one_line

MONTHS = "• Reading group, June 2028, meets in room {day} "


def _read_every_month(size: int) -> float:
    text = one_line(MONTHS, size)
    coarse = [t for t in tag(text, None) if coarser_than_day(t)]
    assert len(coarse) * len(MONTHS) >= size // 2
    return _seconds(lambda: [archive_label(text, t) or list_title_year(text, t) for t in coarse])


def test_four_times_the_page_takes_about_four_times_as_long():
    _read_every_month(1_000)            # warm up: the word tables load once
    _assert_linear(_read_every_month(24_000) / max(_read_every_month(6_000), 1e-3))


@pytest.mark.parametrize("line, archive, title", [
    ("2023 Meeting Minutes", True, False),
    ("Notes of the Annual Parish Meeting 2019", True, False),
    ("2027 Board Meeting Schedule", False, True),
    ("The minutes of all our meetings held in 2023 are kept in the office", False, False),
    ("2027 Board Meeting Schedule for the members of the club and their guests", False, False),
])
def test_a_short_line_is_still_read_whole(line: str, archive: bool, title: bool):
    year = next(t for t in tag(line, None) if coarser_than_day(t))
    assert archive_label(line, year) is archive
    assert list_title_year(line, year) is title
    assert len(line.split()) <= max(MAX_LABEL_WORDS, MAX_TITLE_WORDS) or not (archive or title)
