"""A day counted from the last date told ("on the same day", "the same afternoon", "the next
day") where the text tells no date before it: the tagger falls back on the page's own date, but
the words point back to a day the text never wrote ("Both semi-finals to be staged on the same
day" as a story's subheading, above its first date), so an entry there would stand on a
day nobody named. The report lists it with the reason. So does "the same day" after a sentence
that lists several days ("open Monday (15), Tuesday (16) and Thursday (18)"): it names none of
them, and counting from the list's last day is a guess."""

from __future__ import annotations

from bisect import bisect_left

from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.text import Sentences
from calfeed.timex.rawvalue import ANCHORED, parse

UNTOLD_ANCHOR_WHY = ("points back to a day told before it (\"the same day\"), and the text tells none "
                     "before it: no calendar entry")


def first_told(ordered: list[Timex]) -> int | None:
    """Where the first date the text tells of its own begins (not one counted from the last
    date told); ``ordered``: the page's timexes by start."""
    return next((t.start for t in ordered if t.type in ("DATE", "TIME") and not counted_from_last(t)), None)


def untold_anchor(timex: Timex, told_from: int | None) -> bool:
    """The date counts from the last date told and stands before the first one (``told_from``:
    first_told's answer)."""
    return counted_from_last(timex) and (told_from is None or timex.start < told_from)


def counted_from_last(timex: Timex) -> bool:
    """A day counted from the one told before it ("the same day", "the following day": anchor LAST)."""
    anchored = ANCHORED.match(parse(timex.raw_value or timex.value).core)
    return anchored is not None and anchored.group("anchor") == "LAST"


LISTED_ANCHOR_WHY = ("points back to one day (\"the same day\"), and the sentence before lists several: "
                     "no calendar entry")
LISTED_DAYS = 3     # distinct days in the antecedent sentence that leave "the same day" pointing at none


def listed_anchor(timex: Timex, ordered: list[Timex], sentences: Sentences) -> bool:
    """Whether ``timex``, a day anaphor of ``same_day_anaphors`` counted from the last date told,
    follows a sentence (the one holding the last date told before it) that tells LISTED_DAYS or more
    distinct days; ``ordered``: the page's timexes by start."""
    if not counted_from_last(timex) or " ".join(timex.text.lower().split()) not in word_list("same_day_anaphors"):
        return False
    before = ordered[:bisect_left([t.start for t in ordered], timex.start)]
    told = [t for t in before if t.type in ("DATE", "TIME") and t.interval is not None and not counted_from_last(t)]
    if not told:
        return False
    antecedent = sentences.at(told[-1].start)
    days = {t.interval.start.date() for t in told if antecedent[0] <= t.start < antecedent[1]}
    return len(days) >= LISTED_DAYS
