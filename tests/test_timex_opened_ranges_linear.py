"""The opened-range join asks each atom only of the one before it, and reads only the bounded gap between them
(at most _OPENED_REACH characters) and a few characters before each, so a page of many clocks costs its
length once. A count of the characters its clause-break search reads proves it stays linear."""

from __future__ import annotations

import re

from calfeed.timex import compose
from calfeed.timex.builders import Atom
from calfeed.timex.rawvalue import Raw


class _CountingPattern:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.chars = pattern, 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        self.chars += max(0, end - pos)
        return self.pattern.search(text, pos, end)


def _clocks(count: int) -> tuple[str, list[Atom]]:
    text, atoms = "", []
    for k in range(count):
        lead = "the hall opens beginning at " if k % 2 == 0 else ", and stays open until "
        text += lead
        written = f"{1 + k % 9} p.m."
        atoms.append(Atom(len(text), len(text) + len(written), "TIME", Raw(f"XXXX-XX-XXT{13 + k % 9}:00"), "clock_ampm"))
        text += written
    return text, atoms


def _chars_read(count: int, monkeypatch) -> int:
    counter = _CountingPattern(compose._CLAUSE_BREAK)
    monkeypatch.setattr(compose, "_CLAUSE_BREAK", counter)
    text, atoms = _clocks(count)
    joined = compose._pairs(atoms, text, "en", compose._opened_range, compose._OPENED_REACH)
    assert len(joined) == count // 2          # each opened clock took the "until" clock after it
    return counter.chars


def test_a_page_of_many_opened_clocks_is_read_once(monkeypatch):
    small, large = _chars_read(200, monkeypatch), _chars_read(800, monkeypatch)
    assert 0 < large <= 5 * small
