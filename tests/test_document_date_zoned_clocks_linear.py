"""A page written on one line that lists one hour in many zones ("10:00 UTC (11:00 BST, 12:00
CEST, ...)") and no day stays linear when its reference date is inferred. Two readers of the
opening lines were quadratic on it: the heading reader read the lead of every clock, and a clock's
lead runs back through each clock glued before it (2 KB -> 8 KB: 16x the time, 0.19 s -> 3.1 s);
only a full day can be the page's own date, so bare clocks are passed over. The glued-dateline
reader then looked through all the page's dates for the one right after each capitalised word
and its comma ("BST, "), 8 KB -> 32 KB 14x; it now finds it by bisection (3.9x)."""

from __future__ import annotations

from datetime import date

import calfeed.timex.document_date as document_date
from calfeed.events.datelines import find_dateline
from calfeed.model import Document
from calfeed.timex import tag
from call_counts import count_calls
from test_timex_speed_guard import _assert_linear, _seconds, one_line

ZONES = "9:00 UTC (10:00 BST, 11:00 CEST, 12:00 EEST, 14:30 IST, 17:00 SGT, 19:00 AEST, 5:00 EDT, 2:00 PDT) "
TODAY = date(2028, 5, 1)


def _infer(size: int) -> float:
    text = one_line(ZONES, size)
    found = tag(text, None)
    doc = Document(path="x.txt", text=text)
    return _seconds(lambda: document_date.infer_reference_date(doc, found, today=TODAY))


def test_four_times_the_page_takes_about_four_times_as_long():
    _infer(500)             # warm up: the word tables load once
    _assert_linear(_infer(24_000) / max(_infer(6_000), 1e-3))


def test_no_lead_is_read_for_a_bare_clock(monkeypatch):
    text = one_line(ZONES, 3_000)
    found = tag(text, None)
    calls = count_calls(monkeypatch, "_lead", document_date)
    document_date.infer_reference_date(Document(path="x.txt", text=text), found, today=TODAY)
    assert calls[0] == 0


def test_a_full_day_on_the_line_still_has_its_lead_read(monkeypatch):
    text = "Published: 14 October 2026 " + one_line(ZONES, 1_000)
    found = tag(text, None)
    calls = count_calls(monkeypatch, "_lead", document_date)
    reference = document_date.infer_reference_date(Document(path="x.txt", text=text), found, today=TODAY)
    assert calls[0] >= 1
    assert reference.value == date(2026, 10, 14)


def test_a_glued_dateline_after_many_capitalised_words_is_still_found():
    text = "Harbour talks " + "MAIN, NORTH, " * 200 + "WASHINGTON, July 16 -- The mayors met on Monday."
    dateline = find_dateline(text, tag(text, None))
    assert dateline is not None and dateline.date is not None
    assert text[dateline.date[0]:dateline.date[1]] == "July 16"
