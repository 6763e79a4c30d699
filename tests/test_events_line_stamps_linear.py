"""Two more readers asked of every date of a line: the report's silent-date reader asked whether
the date's whole line is page furniture ("Posted 4 May 2028") once per date, and the plain-day
reader whether the words before the date are a stamp's label ("Date of publication:") by
splitting the line from its start. On a page written on one line each cost the page per date;
the first now asks once per line, the second reads back only as many words as the longest label."""

from __future__ import annotations

import random
from datetime import date

import pytest

from calfeed.events.plain_dates import _STAMP_LISTS, _labelled_stamp
from calfeed.events.vocabulary import word_list
from calfeed.model import Document, DocumentResult, ReferenceDate
from calfeed.report.silent import silent_dates
from calfeed.timex import tag
from test_timex_speed_guard import _assert_linear, _seconds, one_line

REFERENCE = date(2028, 5, 1)
SLOTS = "Sat {day} May 2028 at the Mill. Doors 9:00, stalls 9:30, soup 12:15, auction 14:00; "


def _page(size: int):
    text = one_line(SLOTS, size)
    return text, sorted(tag(text, REFERENCE), key=lambda t: (t.start, t.end))


def _stamps_of_every_date(size: int) -> float:
    text, found = _page(size)
    return _seconds(lambda: [_labelled_stamp(text, text.rfind("\n", 0, t.start) + 1, t.start) for t in found])


def _silent_dates(size: int) -> float:
    text, found = _page(size)
    result = DocumentResult(Document(path="page.txt", text=text), ReferenceDate(REFERENCE, False, "test"), found, [], [])
    assert len(silent_dates(result)) * len(SLOTS) >= size
    return _seconds(lambda: silent_dates(result))


@pytest.mark.parametrize("measure", [_stamps_of_every_date, _silent_dates])
def test_four_times_the_line_takes_about_four_times_as_long(measure):
    measure(1_000)            # warm up: the word tables load once
    _assert_linear(measure(24_000) / max(measure(6_000), 1e-3))


def _whole_line_stamp(before: str) -> bool:
    """The reading replaced: the whole line up to the date, colons read as blanks."""
    label = " ".join(before.lower().replace(":", " ").split())
    return any(label == stamp for name in _STAMP_LISTS for stamp in word_list(name))


def test_a_stamps_label_is_read_as_on_the_whole_line():
    pick = random.Random(40)
    labels = sorted({stamp for name in _STAMP_LISTS for stamp in word_list(name)})
    pieces = ("Date", "of", "publication", ":", "::", " ", "  ", "Updated", "x" * 80, "\t", "the", "Mill")
    found = 0
    for _ in range(2_000):
        made = [pick.choice(labels).title() if pick.random() < 0.3 else pick.choice(pieces)
                for _ in range(pick.randrange(0, 12))]
        text = "".join(w + pick.choice((" ", "", ": ", " : ")) for w in made) + "4 May 2028"
        end = len(text) - len("4 May 2028")
        start = pick.randrange(end + 1) if pick.random() < 0.2 else 0
        expected = _whole_line_stamp(text[start:end])
        assert _labelled_stamp(text, start, end) is expected, text
        found += expected
    assert found > 50
