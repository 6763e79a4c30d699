"""The tagger's language resources: ``calfeed/timex/resources/<lang>/<name>.txt|.tsv``.

Month and weekday names, modifiers, holidays, zones and the patterns themselves live
in these files (shapes in :mod:`calfeed.tables`), so adding a word or a language never
touches the engine.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from calfeed.tables import read_list, read_table

RESOURCES = Path(__file__).with_name("resources")


@lru_cache(maxsize=None)
def load_list(lang: str, name: str) -> tuple[str, ...]:
    return read_list(RESOURCES / lang / f"{name}.txt")


@lru_cache(maxsize=None)
def load_table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    return read_table(RESOURCES / lang / f"{name}.tsv")
