"""Telling a month from a person's name must cost each bare month a bounded amount of work, not a
scan of the whole document: a long report that writes "said May" many times grew with the square
of its length (twice the adversarial benchmark's time at 1 MB). Counted, not timed, so the test
cannot flake on a loaded machine."""
# Provenance: session 22 (me22): found by the benchmark's adversarial megabyte (4 s -> 8 s after
# 1fa7dfa); the text below is our own.

from __future__ import annotations

from datetime import date

import calfeed.timex.extractor as extractor
import calfeed.timex.names as names
from calfeed.timex import tag
from call_counts import count_calls

UNIT = "Officials said May was a good month for the harbour. "


def _name_checks(monkeypatch, repeats: int) -> int:
    calls = count_calls(monkeypatch, "month_in_name", names, extractor)
    cached = getattr(names, "_written_as_names", None)
    if cached is not None:
        cached.cache_clear()      # each count starts from a cold document
    tag(UNIT * repeats, date(2031, 1, 1))
    return calls[0]


def test_name_checks_grow_with_the_text_not_its_square(monkeypatch):
    small, large = _name_checks(monkeypatch, 50), _name_checks(monkeypatch, 200)
    assert small > 0
    assert large <= 5 * small, (small, large)
