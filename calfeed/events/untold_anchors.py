"""A day counted from the last date told ("on the same day", "the same afternoon", "the next
day") where the text tells no date before it: the tagger falls back on the page's own date, but
the words point back to a day the text never wrote ("Both semi-finals to be staged on the same
day" as a story's subheading, above its first date), so an entry there would stand on a
day nobody named. The report lists it with the reason."""

from __future__ import annotations

from calfeed.model import Timex
from calfeed.timex.rawvalue import ANCHORED, parse

UNTOLD_ANCHOR_WHY = ("points back to a day told before it (\"the same day\"), and the text tells none "
                     "before it: no calendar entry")


def first_told(ordered: list[Timex]) -> int | None:
    """Where the first date the text tells of its own begins (not one counted from the last
    date told); ``ordered``: the page's timexes by start."""
    return next((t.start for t in ordered if t.type in ("DATE", "TIME") and not _from_last(t)), None)


def untold_anchor(timex: Timex, told_from: int | None) -> bool:
    """The date counts from the last date told and stands before the first one (``told_from``:
    first_told's answer)."""
    return _from_last(timex) and (told_from is None or timex.start < told_from)


def _from_last(timex: Timex) -> bool:
    anchored = ANCHORED.match(parse(timex.raw_value or timex.value).core)
    return anchored is not None and anchored.group("anchor") == "LAST"
