"""A page written on one line (a scrape that lost its line breaks) holding many clock times stays
linear: each clock's line is the whole page. The list-clock reader split every clock's line up to
the clock into words to ask whether the line is short (2 KB -> 8 KB: 16.6x the time, 0.11 s ->
1.84 s; now it reads at most one word past the longest short line: 0.001 s -> 0.004 s), and the
heading's place was read again for each event titled as the document (99 times on 1.5 KB, a third
of an 8 KB page's build; now once)."""

from __future__ import annotations

from datetime import date

import calfeed.events.framing as framing
from calfeed.events.block_clocks import list_clocks
from calfeed.events.words import first_words, words_in
from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag
from call_counts import count_calls
from test_timex_speed_guard import _assert_linear, _seconds

REFERENCE = date(2028, 5, 1)
SHIFT = "Doors 7:30 pm, talk at 8:00 pm, close 10 pm; "


def _one_line(size: int) -> str:
    return SHIFT * (size // len(SHIFT))


def _read_every_clock(size: int) -> float:
    text = _one_line(size)
    ordered = sorted(tag(text, REFERENCE), key=lambda t: t.start)
    return _seconds(lambda: list_clocks(text, ordered))


def test_four_times_the_page_takes_about_four_times_as_long():
    _read_every_clock(1_000)            # warm up: the word tables load once
    _assert_linear(_read_every_clock(24_000) / max(_read_every_clock(6_000), 1e-3))


def test_the_heading_place_is_read_once_per_document(monkeypatch):
    calls = count_calls(monkeypatch, "heading_place", framing)
    process_document(Document(path="x.txt", text=_one_line(1_500)), Options(today=REFERENCE))
    assert calls[0] == 1


def test_the_first_words_are_the_words_a_whole_split_begins_with():
    text = "Meetings — start at 6:30 pm, in the library's hall (all welcome)"
    whole = [w for w in words_in(text, 0, len(text)) if w.is_word]
    for count in (-1, 0, 1, 5, len(whole), len(whole) + 3):
        assert first_words(text, 0, len(text), count) == whole[:max(count, 0)]
