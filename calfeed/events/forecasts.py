"""A body's forecast of when its own work ends: "The utility anticipates completion of the repairs
by 5 p.m.".

"by" usually makes a day someone's deadline; after a forecasting verb (forecasting_verbs) it dates
what the page awaits from the body itself. The reader has nothing to meet, so the cue is dropped and
the day is left to what else the clause says.
"""

from __future__ import annotations

from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word
from calfeed.model import Timex


def forecast_before(words: list[Word], timex: Timex) -> bool:
    """Whether a forecasting verb stands before ``timex`` in its clause ``words``."""
    verbs = word_list("forecasting_verbs")
    return any(w.lower in verbs for w in words if w.end <= timex.start)
