"""The temporal tagger: find date expressions (``extract``) and anchor them (``resolve``).

Rules and words live in ``resources/<lang>/``; the modules here only interpret them.
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Timex
from calfeed.timex.extractor import extract
from calfeed.timex.gc_paused import collector_paused
from calfeed.timex.resolver import resolve

__all__ = ["extract", "resolve", "tag"]


@collector_paused
def tag(text: str, reference: date | datetime | None, *, lang: str = "en", day_first: bool = True,
        default_tz: str | None = None) -> list[Timex]:
    """Extract and resolve in one call, the collector held off across both (see gc_paused): turned
    back on between them, it walked every expression extraction had just made."""
    return resolve(extract(text, lang=lang, day_first=day_first), text, reference,
                   default_tz=default_tz, lang=lang)
