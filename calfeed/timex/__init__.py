"""The temporal tagger: find date expressions (``extract``) and anchor them (``resolve``).

Rules and words live in ``resources/<lang>/``; the modules here only interpret them.
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Timex
from calfeed.timex.extractor import extract
from calfeed.timex.resolver import resolve

__all__ = ["extract", "resolve", "tag"]


def tag(text: str, reference: date | datetime | None, *, lang: str = "en", day_first: bool = True,
        default_tz: str | None = None) -> list[Timex]:
    """Extract and resolve in one call."""
    return resolve(extract(text, lang=lang, day_first=day_first), text, reference,
                   default_tz=default_tz, lang=lang)
