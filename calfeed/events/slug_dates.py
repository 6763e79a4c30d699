"""A date written at the head of a page title's name, as an address slug writes it.

A page whose title is its address's slug ("Julio 6 2018 Stampede parade", "14 March 2026 spring
fair") opens the name with the day it was filed or held, in whatever language the slug's month is
written: a word or none, a day number and a year. Those words date; they do not name, so an entry
named from the title ("Parade starts ..." taking its fuller name) starts after the year. Only a
whole day (a day number and a year, with at most one word beside the day) counts: "2018 Stampede
parade" or "Apollo 11 reunion" keep their words.
"""

from __future__ import annotations

from calfeed.events.words import Word

MAX_DAY_WORDS = 1       # the month's word beside the day number ("Julio 6", "6 July")


def _year(word: Word) -> bool:
    return len(word.text) == 4 and word.text.isdigit() and word.text[:2] in ("19", "20")


def _day_number(word: Word) -> bool:
    return word.text.isdigit() and 1 <= int(word.text) <= 31 and len(word.text) <= 2


def name_start(words: list[Word], first: int, last: int) -> int:
    """The index of the name's first word in the phrase ``words[first:last + 1]``: past a leading
    slug date (see the module note), else ``first``. The name keeps at least one word."""
    marks = [k for k in range(first, last + 1) if words[k].is_word]
    for n, k in enumerate(marks[:MAX_DAY_WORDS + 3]):
        if not _year(words[k]):
            continue
        before = marks[:n]
        days = [b for b in before if _day_number(words[b])]
        lettered = [b for b in before if not words[b].text.isdigit()]
        if len(days) == 1 and len(lettered) <= MAX_DAY_WORDS and n + 1 < len(marks):
            return marks[n + 1]
        return first
    return first
