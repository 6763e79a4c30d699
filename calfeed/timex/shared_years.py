"""Years shared between conjoined dates: "10 February and 3 March 2027", "Q2 2027 ... by Q3".

A list of dates writes its year once, after the last ("Monday 27 December and Tuesday 28
December 2027"), or once, at the first ("28 December 2027 and 4 January"). A year-less date
joined to a dated one of the same kind (a day to a day, a month to a month, a quarter or a
half to either) by a list or range word (``connectors.tsv``, role ``list``) takes its year,
a year earlier when it would fall after the dated one written after it, a year later when it
would fall before the one written before it. A year-less quarter or half also takes the year
of the quarter or half written just before it in its sentence ("Q2 2027 ... phase two by Q3"),
a year later only when its verb looks forward (a report comparing "the fourth quarter of 1988"
with "the third quarter" means 1988's).

Extraction cannot see these pairs (two atoms, often of separate rules), and the resolver
must know each date's partner before it anchors anything, so the years are settled here, on
the raw values, before resolution.
"""

from __future__ import annotations

import re
from typing import Sequence

from calfeed.model import Timex
from calfeed.text import Sentences, split_sentences
from calfeed.timex.connectors import connectors
from calfeed.timex.rawvalue import CALENDAR, core_of, parse

_SEASONS = ("SP", "SU", "FA", "WI")
_PERIODS = ("quarter", "half")
_SKIP = ("yr", "dir")          # "last year's quarter", "next March": the year is said otherwise


def _kind_and_key(core: str) -> tuple[str, tuple[int, ...]] | None:
    """The kind of a calendar core and where it falls in its year (its first month, day)."""
    m = CALENDAR.match(core)
    if m is None or len(m.group("year")) != 4:
        return None
    month, day = m.group("month"), m.group("day")
    if month and month != "XX" and day and day != "XX":
        return "day", (int(month), int(day))
    if month and month != "XX" and not day:
        return "month", (int(month),)
    if m.group("quarter") and m.group("quarter") != "X":
        return "quarter", (3 * int(m.group("quarter")) - 2,)
    if m.group("half"):
        return "half", (6 * int(m.group("half")) - 5,)
    if m.group("season"):
        return "season", (_SEASONS.index(m.group("season")),)
    return None


def _family(kind: str) -> str:
    return "period" if kind in _PERIODS else kind


class _Item:
    def __init__(self, timex: Timex):
        raw = parse(timex.raw_value or timex.value)
        self.timex = timex
        self.core = raw.core
        found = None if any(raw.get(k) for k in _SKIP) or timex.type not in ("DATE", "TIME") \
            else _kind_and_key(raw.core)
        self.kind, self.key = found if found else (None, ())
        self.year: int | None = int(raw.core[:4]) if found and raw.core[:4].isdigit() else None
        self.shared = False

    @property
    def open(self) -> bool:
        return self.kind is not None and self.year is None


def _gives_year(timex: Timex) -> bool:
    """Whether ``timex`` may give its year to another: a DATE or TIME whose core writes its year
    and more (a month, quarter, half or season follow the year's dash); what every ``_Item``
    with a ``year`` has, told from the core's first characters without parsing it."""
    core = core_of(timex.raw_value or timex.value)
    return timex.type in ("DATE", "TIME") and core[:4].isdigit() and core[4:5] == "-"


def shared_years(timexes: Sequence[Timex], text: str, lang: str = "en") -> dict[int, str]:
    """Index (in ``timexes``, sorted by start) -> the raw core with the year it shares."""
    if not any(_gives_year(t) for t in timexes):
        return {}       # most news: no date that could share a year, and none read further
    items = [_Item(t) for t in timexes]
    if not any(i.open for i in items) or not any(i.year is not None for i in items):
        return {}
    joined = connectors(lang).get("list")
    if joined is not None:
        for index in range(len(items) - 2, -1, -1):        # written after: right to left, so lists chain
            _share(items[index], items[index + 1], text, joined, later=False)
        for index in range(1, len(items)):
            _share(items[index], items[index - 1], text, joined, later=True)
    sentences: Sentences | None = None
    for index, item in enumerate(items):
        if not item.open or _family(item.kind or "") != "period":
            continue
        sentences = sentences or split_sentences(text)
        before = _period_before(items, index, sentences)
        if before is not None and before.year is not None:
            forward = item.timex.tense in ("future", "present")
            item.year = before.year + (1 if forward and item.key < before.key else 0)
            item.shared = True
    return {i: f"{item.year:04d}{item.core[4:]}" for i, item in enumerate(items) if item.shared}


def _share(item: _Item, partner: _Item, text: str, joined: re.Pattern[str], later: bool) -> None:
    """``item`` takes the year of ``partner``, written after it (``later`` False) or before it."""
    if not item.open or partner.year is None or item.kind is None or partner.kind is None:
        return
    if _family(item.kind) != _family(partner.kind) or (item.kind != partner.kind and item.kind not in _PERIODS):
        return
    left, right = (partner, item) if later else (item, partner)
    if joined.fullmatch(text, left.timex.end, right.timex.start) is None:
        return
    if later:
        item.year = partner.year + (1 if item.key < partner.key else 0)
    else:
        item.year = partner.year - (1 if item.key > partner.key else 0)
    item.shared = True


def _period_before(items: list[_Item], index: int, sentences: Sentences) -> _Item | None:
    """The quarter or half written last before ``items[index]`` in its sentence."""
    sentence = sentences.index_at(items[index].timex.start)
    for item in reversed(items[:index]):
        if sentences.index_at(item.timex.start) != sentence:
            return None
        if item.kind in _PERIODS:
            return item
    return None
