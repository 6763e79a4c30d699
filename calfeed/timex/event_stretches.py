"""Stretches of the calendar a story places by a happening it has dated ("in the weeks before the
shooting"), in the TimeML view.

TimeBank writes such a stretch as the month the story gave the happening: "the weeks before the
shooting" is 1998-10 in a story that told of "the Oct. 23 sniper shooting", 1998-FA in one that said
the doctor "was killed ... last fall" (5 of its 5 "the days/weeks before" cases). The happening is
found by its kin (``event_kin.tsv``: "shooting", "slaying" and "was killed" are one death) next to
an earlier date of the story, in one clause with it. calfeed's own reading keeps the vague length,
as it places events by their own dates; only the TimeML view reads this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from calfeed.model import Timex
from calfeed.timex.lexicon import load_table
from calfeed.timex.rawvalue import core_of
from calfeed.timex.vocabulary import norm

# The rule that names a stretch by the happening after it ("the weeks before", "the days after").
STRETCH_RULES = frozenset({"plural_unit_around"})
# At most this many words stand between a date and the happening it dates ("killed in his
# kitchen by a sniper's bullet last fall": 7), with no clause mark between them.
_REACH = 8
# A happening's words: after the stretch's own link word, up to the clause's end.
_AFTER_LINK = 6
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLAUSE_MARK = re.compile(r"[,;:()\"“”]|[.!?](?=\s|$)|\s[-–—_]+\s")
_OPEN_LENGTH = re.compile(r"PX(?P<unit>[A-Z])")
_PLACED = re.compile(r"\d{4}(?:-(?:\d\d|SP|SU|FA|WI))?")


@dataclass(frozen=True)
class _Anchor:
    """An earlier date of the story and the kin of the happening beside it."""

    at: int
    value: str
    kins: frozenset[str]


@lru_cache(maxsize=None)
def _kin(lang: str) -> dict[str, str]:
    return {norm(r["word"]): r["kin"] for r in load_table(lang, "event_kin")}


@lru_cache(maxsize=None)
def _grains(lang: str) -> dict[str, int]:
    return {r["unit"]: int(r["digits"]) for r in load_table(lang, "event_stretch_grains")}


def _kins_in(words: list[str], lang: str) -> frozenset[str]:
    kin = _kin(lang)
    return frozenset(kin[w] for w in map(norm, words) if w in kin)


def _near_words(text: str, start: int, end: int) -> list[str]:
    """The words of the clause around ``text[start:end]``, at most ``_REACH`` on each side."""
    before = text[max(0, start - 200):start]
    cut = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    after = text[end:end + 200]
    stop = _CLAUSE_MARK.search(after)
    return (_WORD.findall(before[cut:])[-_REACH:]
            + _WORD.findall(after[:stop.start() if stop else len(after)])[:_REACH])


def _anchor(timex: Timex, text: str, lang: str) -> _Anchor | None:
    placed = _PLACED.match(timex.value)
    if timex.type not in ("DATE", "TIME") or placed is None:
        return None
    kins = _kins_in(_near_words(text, timex.start, timex.end), lang)
    return _Anchor(timex.start, placed.group(), kins) if kins else None


def _happening(timex: Timex, text: str, lang: str) -> frozenset[str]:
    """The kin of the happening named after the stretch ("before the shooting", "before Slepian
    was killed"): its first words, to the clause's end."""
    after = text[timex.end:timex.end + 200]
    stop = _CLAUSE_MARK.search(after)
    return _kins_in(_WORD.findall(after[:stop.start() if stop else len(after)])[:_AFTER_LINK], lang)


def place_by_events(text: str, timexes: list[Timex], lang: str = "en") -> list[Timex]:
    """``timexes`` (TimeML views, in text order) with each stretch named by a happening the story
    dated earlier placed at that date's grain (``event_stretch_grains.tsv``); the nearest such
    date before the stretch is taken. The rest are returned as they are."""
    if not any(t.rule in STRETCH_RULES for t in timexes):
        return timexes
    anchors: list[_Anchor] = []
    out = []
    for timex in timexes:
        out.append(_placed(timex, text, anchors, lang))
        anchor = _anchor(timex, text, lang)
        if anchor is not None:
            anchors.append(anchor)
    return out


def _placed(timex: Timex, text: str, anchors: list[_Anchor], lang: str) -> Timex:
    unit = _OPEN_LENGTH.fullmatch(core_of(timex.raw_value)) if timex.rule in STRETCH_RULES else None
    digits = _grains(lang).get(unit.group("unit")) if unit else None
    if digits is None or timex.type != "DATE":
        return timex
    kins = _happening(timex, text, lang)
    anchor = next((a for a in reversed(anchors) if a.kins & kins), None) if kins else None
    return timex if anchor is None else replace(timex, value=anchor.value[:digits])
