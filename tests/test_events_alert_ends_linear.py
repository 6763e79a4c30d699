"""The alert-end reader looks at each date with the next one and reads only the short gap between
them (at most MAX_GAP characters), so a page of many clocks costs its length once. A count of the
characters it tokenises proves it stays linear."""

from __future__ import annotations

import re
from datetime import datetime

from calfeed.events import end_clocks
from calfeed.model import Interval, Timex


class _CountingPattern:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.chars = pattern, 0

    def findall(self, text: str) -> list[str]:
        self.chars += len(text)
        return self.pattern.findall(text)


def _clocks(count: int) -> tuple[str, list[Timex]]:
    text, found = "", []
    for k in range(count):
        written = f"{1 + k % 9}:{10 + k % 40} p.m."
        when = datetime(2031, 3, 1, 13 + k % 9, 10 + k % 40)
        found.append(Timex(len(text), len(text) + len(written), written, "TIME", when.isoformat(timespec="minutes"),
                           interval=Interval(when, when, "minute")))
        text += written + ", an all-clear is given at "
    return text, found


def _chars_read(count: int, monkeypatch) -> int:
    counter = _CountingPattern(end_clocks._TOKEN)
    monkeypatch.setattr(end_clocks, "_TOKEN", counter)
    text, found = _clocks(count)
    end_clocks._alert_ends(text, found)
    return counter.chars


def test_a_page_of_many_clocks_is_read_once(monkeypatch):
    small, large = _chars_read(200, monkeypatch), _chars_read(800, monkeypatch)
    assert 0 < large <= 5 * small
