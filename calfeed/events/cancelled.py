"""Events the document says are off: "The lecture on Wednesday, November 10 has been
cancelled", "It had been due to take place on 10 November", "is unable to present his
lecture on ...". A subscriber would travel to such an entry, so it goes to the review report
with the words that called it off. The cues and the words that cut a cue off from a date
("was cancelled, but ... will be held on ...") are in ``cancel_cues`` and ``cancel_breaks``.
"""

from __future__ import annotations

from functools import lru_cache

from calfeed.events.vocabulary import table, word_list
from calfeed.events.words import Word
from calfeed.model import Timex


@lru_cache(maxsize=None)
def _cues() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple((tuple(row["cue"].lower().split()), row["sort"]) for row in table("cancel_cues"))


@lru_cache(maxsize=None)
def _breaks() -> dict[str, str]:
    return {row["word"].lower(): row["side"] for row in table("cancel_breaks")}


def called_off(words: list[Word], timex: Timex, dates: list[Timex]) -> str | None:
    """The cue that calls off the event the clause ``words`` dates with ``timex``, if any;
    ``dates`` are the clause's dates (a date after a "postponed" cue is its new day)."""
    lowered = [w.lower for w in words]
    conditions = word_list("condition_marks")
    for k in range(len(lowered)):
        for cue, sort in _cues():
            if tuple(lowered[k:k + len(cue)]) != cue:
                continue
            cue_start, cue_end = words[k].start, words[k + len(cue) - 1].end
            if any(w.lower in conditions for w in words[:k]):
                continue         # "If you are unable to ..."
            if sort == "moved" and any(t.start >= cue_end for t in dates):
                continue         # "postponed to 17 November": moved, not off
            if timex.start >= cue_end:
                between, sides = [w for w in words if cue_end <= w.start and w.end <= timex.start], ("after", "both")
            else:
                between, sides = [w for w in words if timex.end <= w.start and w.end <= cue_start], ("both",)
            if any(_breaks().get(w.lower) in sides for w in between):
                continue
            return " ".join(w.text for w in words[k:k + len(cue)])
    return None
