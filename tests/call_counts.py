"""Counting the calls of a module's function, for guards that bound how often a reader runs.

A count is exact where a timing is noisy, so the linear-time guards that can say "read once per
document" or "a bounded number of times per line" count calls instead of timing them.
"""

from __future__ import annotations

from types import ModuleType


def count_calls(monkeypatch, name: str, owner: ModuleType, *also: ModuleType) -> list[int]:
    """Wrap ``owner.name`` (and the same name in modules that imported it) with a counter.

    Returns a one-item list whose item the wrapper increments, so the test reads it after the run.
    """
    calls = [0]
    real = getattr(owner, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    for module in (owner, *also):
        monkeypatch.setattr(module, name, counted)
    return calls


class WordCounter:
    """Stands in for the word pattern of calfeed.events.words and counts the words it hands out."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.count = 0

    def finditer(self, text, start, end):
        for match in self.pattern.finditer(text, start, end):
            self.count += 1
            yield match


def count_words(monkeypatch) -> WordCounter:
    """Count every word the events readers split from here on (words_in, words_from and the readers
    built on them): a guard that a reader splits only what it looks at, not a line per date."""
    import calfeed.events.words as words

    counter = WordCounter(words._TOKEN)
    monkeypatch.setattr(words, "_TOKEN", counter)
    return counter


class CountedText(str):
    """A text that counts the characters its slices copy (in ``CountedText.copied``; reset it
    before a run): a guard that a reader looks at a date's surroundings, not a copy of its line."""

    copied = 0

    def __getitem__(self, key):
        piece = super().__getitem__(key)
        if isinstance(key, slice):
            CountedText.copied += len(piece)
        return piece


class SteppedList(list):
    """A list that counts, in ``stepped``, the items handed out when it is iterated: a guard that a
    reader walks a page's list once, not once for each item it asks about."""

    def __init__(self, items=()):
        super().__init__(items)
        self.stepped = 0

    def __iter__(self):
        for item in super().__iter__():
            self.stepped += 1
            yield item
