"""Two readers asked of every date of a page read the date's whole line each time. The page-stamp
reader ("Posted 4 May 2025 ..." on the first line) asked for the page's first line and split it up to
the date; the deferred-details reader copied and hashed every date of the line to look up the line's
answer. On a news page written on one line each cost the page per date (an 80 KB page 4.8 s, 5.3 times
its 20 KB copy under load). The first line is now read once a page, and only as far as the longest
stamp's words; the line's answer is kept by line start."""

from __future__ import annotations

import random
from datetime import date
from types import SimpleNamespace

import calfeed.events.deferred_details as deferred_details
import calfeed.events.page_dates as page_dates
from calfeed.events.page_dates import _FirstLineLead, _stamped
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from call_counts import count_calls

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _one_line_news(items: int) -> bytes:
    """A town bulletin run into one line: each item a sitting on a day gone by, works shut by a weekday
    ahead and a last day for objections."""
    sentences = [f"The parks trust sat on {1 + k % 28} {MONTHS[k % 12]} and agreed the boathouse shuts by "
                 f"{WEEKDAYS[k % 7]}. A further session follows next month, and neighbours have until "
                 f"{1 + (5 * k) % 28} {MONTHS[(k + 3) % 12]} to comment. " for k in range(items)]
    return ("Lakeside bulletin " + "".join(sentences)).encode()


def _build(items: int):
    return process_document(parse_document(_one_line_news(items), "bulletin.txt"), Options(today=date(2026, 5, 1)))


def test_the_first_line_is_read_once_for_all_the_page_s_dates(monkeypatch):
    calls = count_calls(monkeypatch, "opening_lines", page_dates)
    assert len(_build(60).events) > 20
    assert calls[0] <= 2, f"{calls[0]} readings of the page's first line"


def test_a_line_s_deferred_details_are_read_once_for_all_its_dates(monkeypatch):
    calls = count_calls(monkeypatch, "_line_defers", deferred_details)
    assert len(_build(60).events) > 20
    assert calls[0] <= 3, f"{calls[0]} readings of the line's deferred details"


def test_a_page_stamp_is_read_as_on_the_whole_lead():
    """The stamp read from the first line once gives every date what the whole lead gave it: leads of
    stamp words, issue labels, furniture, line breaks and colons in made-up first lines."""
    pick = random.Random(45)
    pieces = ("Posted", "posted on", "Press release", "Weekly", "Parish", "Newsletter", "Bulletin", "Issue",
              "news", "-", "–", "(", ")", "|", ":", "\n", " ", "  ", "\t", ",", "*", "#", "Ferry", "sat",
              "4 May 2025", "12", "x" * 30, "\u00a0", "Last updated", "release")
    checked = 0
    for _ in range(1_500):
        text = "".join(pick.choice(pieces) + (" " if pick.random() < 0.6 else "") for _ in range(pick.randint(0, 18)))
        lead = _FirstLineLead.of(text)
        for start in range(len(text) + 1):
            candidate = SimpleNamespace(timex=SimpleNamespace(start=start))
            assert lead.stamped(candidate) == _stamped(text, candidate), (text, start)
            checked += 1
    assert checked > 50_000
