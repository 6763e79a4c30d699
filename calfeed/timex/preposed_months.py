"""Months named ahead of the bare day numbers they hold: "In June, Parliament will sit from
the 12th to the 16th", "in September the sitting will be from the 11th to the 22nd".

A day number with no month ("the 12th") is otherwise read as a day of the month nearest the
document's date. When a month stands earlier in the same sentence, brought in by a word
that places what follows in it (``month_anchor_words``: "in", "during"), and no other month
or dated day stands between them, the day is that month's. Like :mod:`shared_years`, this
works on the raw values before resolution.
"""

from __future__ import annotations

from typing import Sequence

from calfeed.model import Timex
from calfeed.text import split_sentences
from calfeed.timex.lexicon import load_list
from calfeed.timex.rawvalue import CALENDAR, core_of, parse
from calfeed.timex.vocabulary import norm

_SKIP = ("yr", "dir", "wd")     # "next month's 12th", "Monday the 12th": said otherwise


def _bare_day(core: str) -> bool:
    m = CALENDAR.match(core)
    return m is not None and m.group("year") == "XXXX" and m.group("month") == "XX" \
        and m.group("day") not in (None, "XX")


def _month_alone(core: str) -> bool:
    m = CALENDAR.match(core)
    return m is not None and m.group("month") not in (None, "XX") and m.group("day") is None \
        and not m.group("time")


def _names_a_month(core: str) -> bool:
    m = CALENDAR.match(core)
    return m is not None and m.group("month") not in (None, "XX")


def preposed_months(timexes: Sequence[Timex], text: str, lang: str = "en") -> dict[int, str]:
    """Index (in ``timexes``, sorted by start) -> the raw core of a bare day with the month
    named before it in its sentence."""
    if not any(_bare_day(core_of(t.raw_value or t.value)) for t in timexes):
        return {}
    raws = [parse(t.raw_value or t.value) for t in timexes]
    sentences = split_sentences(text)
    leads = load_list(lang, "month_anchor_words")
    out: dict[int, str] = {}
    month: tuple[int, str] | None = None        # (sentence start, the month's core)
    for index, (timex, raw) in enumerate(zip(timexes, raws)):
        start = sentences.at(timex.start)[0]
        if month is not None and month[0] != start:
            month = None
        if timex.type not in ("DATE", "TIME"):
            continue
        if _month_alone(raw.core) and not any(raw.get(k) for k in _SKIP + ("to",)):
            before = text[max(start, timex.start - 20):timex.start].split()
            month = (start, raw.core) if before and norm(before[-1]) in leads else None
        elif _bare_day(raw.core) and not _names_a_month(raw.get("to") or ""):
            if month is not None and not any(raw.get(k) for k in _SKIP):
                out[index] = month[1] + raw.core[7:]
        elif _names_a_month(raw.core):
            month = None                            # "the 27th to the 31st of March": that month's
    return out
