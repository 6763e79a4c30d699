"""The weekday names and abbreviations of the tagger's table, for readers of page layout
("Mon - Tue" columns, a calendar badge's "Thu")."""

from __future__ import annotations

from functools import lru_cache

from calfeed.timex.lexicon import load_table


@lru_cache(maxsize=None)
def weekday_words() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("en", "weekdays"))


@lru_cache(maxsize=None)
def weekday_numbers() -> dict[str, int]:
    """Each weekday name and abbreviation with its ISO number ("monday": 1, "sun": 7)."""
    return {row["word"]: int(row["iso"]) for row in load_table("en", "weekdays")}
