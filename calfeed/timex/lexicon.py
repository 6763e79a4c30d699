"""The tagger's language resources: ``calfeed/timex/resources/<lang>/<name>.txt|.tsv``.

Month and weekday names, modifiers, holidays, zones and the patterns themselves live
in these files (shapes in :mod:`calfeed.tables`), so adding a word or a language never
touches the engine.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from calfeed.tables import read_list, read_table

RESOURCES = Path(__file__).with_name("resources")


@lru_cache(maxsize=None)
def load_list(lang: str, name: str) -> tuple[str, ...]:
    return read_list(RESOURCES / lang / f"{name}.txt")


@lru_cache(maxsize=None)
def load_words(lang: str, name: str) -> frozenset[str]:
    """A word list as a lower-cased set, for the readers that look words up whatever their case."""
    return frozenset(word.lower() for word in load_list(lang, name))


@lru_cache(maxsize=None)
def ordinal_endings(lang: str = "en") -> tuple[str, ...]:
    """What is written after a number to make it an ordinal ("st" of "1st"), as case goes."""
    return load_list(lang, "ordinal_endings")


@lru_cache(maxsize=None)
def ordinal_ending(lang: str = "en") -> str:
    """The ordinal endings as a regex group, matched as written ("(?:st|nd|rd|th)")."""
    return "(?:" + "|".join(re.escape(e) for e in ordinal_endings(lang)) + ")"


@lru_cache(maxsize=None)
def half_day_mark(lang: str = "en") -> str:
    """The half-day marks after a clock as a regex group, each in lower case or in capitals
    ("(?:am|AM|pm|PM|a\\.m\\.|A\\.M\\.|...)"); mixed case ("Pm") is no mark."""
    return "(?:" + "|".join(re.escape(form) for form in half_day_mark_forms(lang)) + ")"


def half_day_mark_forms(lang: str = "en") -> list[str]:
    """Every form of the half-day marks that ``half_day_mark`` reads: each mark in lower case and in capitals."""
    return [form for mark in load_list(lang, "half_day_marks") for form in (mark, mark.upper())]


@lru_cache(maxsize=None)
def half_day_mark_stems(lang: str = "en") -> str:
    """The half-day marks without a closing dot, as a regex group for a case-blind pattern
    ("(?:am|pm|a\\.m|p\\.m)": "a.m." is read as "a.m" and its dot)."""
    stems = dict.fromkeys(mark.rstrip(".") for mark in load_list(lang, "half_day_marks"))
    return "(?:" + "|".join(re.escape(stem) for stem in stems) + ")"


@lru_cache(maxsize=None)
def listed_group(lang: str, name: str) -> str:
    """A list's words as a regex group in the file's order ("(?:please|kindly)"), for a pattern
    that names a few words where the code would otherwise write them."""
    return "(?:" + "|".join(re.escape(w) for w in load_list(lang, name)) + ")"


@lru_cache(maxsize=None)
def day_month_link(lang: str = "en") -> str:
    """The words between a day and its month ("of" in "5th of March") as a regex group."""
    return listed_group(lang, "day_month_links")


@lru_cache(maxsize=None)
def load_table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    return read_table(RESOURCES / lang / f"{name}.tsv")
