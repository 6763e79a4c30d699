"""Stretches of the calendar a story places by a happening it has dated ("in the weeks before the
shooting"), in the TimeML view.

TimeBank writes such a stretch as the month the story gave the happening: "the weeks before the
shooting" is 1998-10 in a story that told of "the Oct. 23 sniper shooting", 1998-FA in one that said
the doctor "was killed ... last fall" (5 of its 5 "the days/weeks before" cases). The happening is
found by dated_happenings. calfeed's own reading keeps the vague length, as it places events by
their own dates; only the TimeML view reads this.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from calfeed.model import Timex
from calfeed.timex.dated_happenings import DatedHappenings, kins_named_after, within_clause
from calfeed.timex.event_clocks import placed_clock
from calfeed.timex.lexicon import load_table
from calfeed.timex.rawvalue import core_of

# The rule that names a stretch by the happening after it ("the weeks before", "the days after").
STRETCH_RULES = frozenset({"plural_unit_around"})
_OPEN_LENGTH = re.compile(r"PX(?P<unit>[A-Z])")


@lru_cache(maxsize=None)
def _grains(lang: str) -> dict[str, int]:
    return {r["unit"]: int(r["digits"]) for r in load_table(lang, "event_stretch_grains")}


def place_by_events(text: str, timexes: list[Timex], lang: str = "en") -> list[Timex]:
    """``timexes`` (TimeML views, in text order) with each stretch named by a happening the story
    dated earlier placed at that date's grain (``event_stretch_grains.tsv``), and each clock
    written without its day put on the day of the happening its clause tells of
    (event_clocks); the nearest such date before it is taken. The rest are returned as they are."""
    if not any(t.rule in STRETCH_RULES or t.type == "TIME" for t in timexes):
        return timexes
    happenings = DatedHappenings(text, lang)
    out: list[Timex] = []
    took_count = False
    for index, timex in enumerate(timexes):
        if took_count:          # the count the clock before took in ("6 a.m. ten days")
            took_count = False
            continue
        clock = placed_clock(text, timexes, index, happenings)
        took_count = clock.took_count
        following = timexes[index + 1] if index + 1 < len(timexes) else None
        out.append(_placed(clock.timex, text, happenings, lang, following))
        if timex.rule not in STRETCH_RULES and not clock.counted:
            happenings.add(clock.timex)
    return out


def _placed(timex: Timex, text: str, happenings: DatedHappenings, lang: str, following: Timex | None) -> Timex:
    """``timex`` placed by the happening named after it, unless its own clause dates that
    happening ("in the days before the quake that struck Taiwan last week"): then it is another
    happening than the one the story dated earlier."""
    unit = _OPEN_LENGTH.fullmatch(core_of(timex.raw_value)) if timex.rule in STRETCH_RULES else None
    digits = _grains(lang).get(unit.group("unit")) if unit else None
    if digits is None or timex.type != "DATE":
        return timex
    if following is not None and within_clause(text, timex.end, following.start):
        return timex
    kins = kins_named_after(text, timex.end, lang)
    happening = happenings.latest(kins) if kins else None
    return timex if happening is None else replace(timex, value=happening.value[:digits])
