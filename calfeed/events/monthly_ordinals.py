"""Ordinal weekdays of a monthly habit written apart from "of each month": "There are two walks
per month - on the first Tuesday and the third Sunday", "on the 2nd Monday and the last Friday of
every month".

The tagger joins an ordinal, a weekday and "of each month" only when they stand together, so in
a coordination the first member is read as one coming Tuesday and, with the rate apart ("per
month"), so is every member. A sentence that states a monthly rate (any expression of it whose
value is a month's frequency: "per month", "monthly", "each month", or a sibling "the third
Sunday of each month") makes each "the <ordinal> <weekday>" in it a monthly series on that
weekday of the month (BYDAY=1TU, 3SU, -1FR). A bare rate that only counted them ("two walks
per month") is then no entry of its own.

Only a weekday written alone with an ordinal right before it (with or without "the"); ordinals
from the tagger's number table (first .. fifth, 1st .. 5th) and last_ordinals ("last"). Vetoes:
a condition, a negation or an occasional or excepted reading before it in the sentence
(condition_marks, negations, monthly_ordinal_vetoes: "unless ... the 2nd Monday", "sometimes ...
on a 3rd Monday"), and a weekday whose series the sentence already states ("the 2nd Friday of
the month ... where the 2nd Friday clashes with Good Friday").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from calfeed.events.vocabulary import list_alternation, merged_lists, word_list
from calfeed.model import Timex
from calfeed.rrules import WEEKDAY_CODES
from calfeed.timex.lexicon import load_table, ordinal_ending, ordinal_endings
from calfeed.timex.rawvalue import BARE_WEEKDAY

MONTH_RATE = "P1M"
MAX_ORDINAL = 5
_TOKEN = re.compile(r"[a-z0-9]+")
_VETO_LISTS = ("condition_marks", "negations", "monthly_ordinal_vetoes")
LOOK_BACK = 24       # characters read before a weekday for its ordinal


@lru_cache(maxsize=None)
def _before() -> re.Pattern[str]:
    """The ordinal right before a weekday, word or figure ("second", "2nd"), and the article before it
    (ordinal_weekday_articles: "the")."""
    the = list_alternation("ordinal_weekday_articles")
    return re.compile(rf"(?:\b(?P<the>{the})[ \t]+)?(?P<ord>[A-Za-z]+|[1-5]{ordinal_ending()})[ \t]+\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def ordinals() -> dict[str, int]:
    """Each ordinal word of a month's weekdays with its place (-1 for the last)."""
    found = {row["word"]: int(row["value"]) for row in load_table("en", "numbers")
             if row.get("kind") == "ordinal" and int(row["value"]) <= MAX_ORDINAL}
    found.update({f"{n}{end}": n for n in range(1, MAX_ORDINAL + 1) for end in ordinal_endings()})
    found.update({word: -1 for word in word_list("last_ordinals")})
    return found


def _vetoed(text: str, start: int, at: int) -> bool:
    """A condition, a negation or an exception before the weekday in its sentence ("unless ...
    in which case the meeting will be on the 2nd Monday", "we sometimes have extra meetings on a
    3rd Monday"): not the standing series."""
    words = set(_TOKEN.findall(text[start:at].lower()))
    return bool(words & merged_lists(_VETO_LISTS))


def _rate_told(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence says a monthly rate in words the tagger leaves alone ("two walks a month")."""
    joined = " " + " ".join(_TOKEN.findall(text[sentence[0]:sentence[1]].lower())) + " "
    return any(f" {phrase} " in joined for phrase in word_list("monthly_rate_phrases"))


def monthly_ordinals(text: str, ordered: list[Timex], sentence_of: Callable[[int], tuple[int, int]]
                     ) -> list[Timex]:
    """``ordered`` with each ordinal weekday of a monthly sentence made a monthly series, and
    a bare monthly rate that counted them dropped."""
    groups: dict[tuple[int, int], list[Timex]] = {}
    for timex in ordered:
        groups.setdefault(sentence_of(timex.start), []).append(timex)
    changed: dict[int, Timex] = {}
    dropped: set[int] = set()
    for members in groups.values():
        rates = [t for t in members if t.type == "SET" and (t.value == MONTH_RATE
                                                            or (t.rrule or "").startswith("FREQ=MONTHLY"))]
        if not rates and not _rate_told(text, sentence_of(members[0].start)):
            continue
        made = False
        sentence = sentence_of(members[0].start)
        stated = {part for t in rates for part in (t.rrule or "").split(";") if part.startswith("BYDAY=")}
        for timex in members:
            weekday = BARE_WEEKDAY.fullmatch(timex.raw_value or "") if timex.type == "DATE" else None
            if weekday is None or timex.end_interval is not None:
                continue
            lead = _before().search(text[max(0, timex.start - LOOK_BACK):timex.start])
            nth = ordinals().get(lead.group("ord").lower()) if lead is not None else None
            if nth is None or _vetoed(text, sentence[0], timex.start):
                continue
            day = WEEKDAY_CODES[int(weekday.group(1)) - 1]
            if f"BYDAY={nth}{day}" in stated:
                continue          # "2nd Friday of the month ... where the 2nd Friday clashes": the series told again
            start = timex.start - (len(lead.group(0)))
            changed[id(timex)] = replace(timex, type="SET", value=f"XXXX-WXX-{weekday.group(1)}",
                                         rrule=f"FREQ=MONTHLY;BYDAY={nth}{day}", interval=None,
                                         start=start, text=text[start:timex.end],
                                         rule=f"{timex.rule}+monthly_ordinal")
            made = True
        if made:
            dropped.update(id(t) for t in rates if t.value == MONTH_RATE)
    if not changed:
        return ordered
    return [changed.get(id(t), t) for t in ordered if id(t) not in dropped]
