"""A sentence that lists labelled periods, each "<Label>: <days>": each label names its period.

"The terms for 2027 are: Autumn, 6 Sep to 17 Dec, Spring: 10 Jan to 1 April, Summer: 19 April to
22 July" gives "Autumn", "Spring" and "Summer", each with its own stretch. A label is one to
three capitalised words (or a number after them: "Term 2"), written right before its period
with a mark between (run_label_marks: ":" or ","), and after the run's opening colon or a
joiner (run_label_leads). It takes two items labelled with a colon to make a run, so a place
before a comma ("in Paris, 3 May") makes none by itself. A label that is also a holiday's
name ("Easter: 18 April to 2 May") is the period's name, not Easter Sunday; a day written
inside an item after its period ("Lent: 5 January to 25 March (or 24 March in a leap year)")
is part of that item, not another entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.candidates import DateSpans
from calfeed.events.vocabulary import word_list
from calfeed.timex.lexicon import load_table
from calfeed.model import Timex

RUN_NOTE = "an item of a sentence listing labelled periods: named by its label"
MIN_COLON_ITEMS = 2      # "Easter: 18 April to 2 May" twice at least: one "X: <day>" is an ordinary label line
LOOK_BACK = 60           # characters before a day that may hold its label and the mark before it
_LABEL = re.compile(
    r"(?<![\w'’-])(?P<label>[A-Z][A-Za-z'’-]*(?:[^\S\n]{1,3}(?:[A-Z][A-Za-z'’-]*|\d{1,2})){0,2})"
    r"[^\S\n]*(?P<mark>[^\w\s])[^\S\n]*\Z")
_LEAD_WORD = re.compile(r"(?P<lead>[^\w\s]|[A-Za-z&]+)[^\S\n]*\Z")
_HOLIDAY_RULES = ("holiday",)


@dataclass(frozen=True)
class RunItem:
    """What a day of a labelled run is: its item's label, or a part of an item (``title`` None)."""

    title: str | None


def labelled_run(text: str, sentence: tuple[int, int], dates: DateSpans) -> dict[int, RunItem]:
    """The days of ``sentence`` that a run of labelled periods holds, by their start offset: each
    item's day with its label, and the days that are only part of an item (a holiday that is a
    label, a day written inside an item after its period) with no title. Empty when the sentence
    runs no such items. ``dates``: the document's DateSpans."""
    days = [t for t in dates.within(sentence) if t.type == "DATE"]
    items: dict[int, str] = {}
    labels: set[int] = set()
    colons = 0
    for timex in days:
        found = _label_before(text, sentence[0], timex)
        if found is None:
            continue
        label, at, mark = found
        items[timex.start] = label
        labels.add(at)
        colons += mark == ":"
    if colons < MIN_COLON_ITEMS or len(items) < MIN_COLON_ITEMS:
        return {}
    first = min(items)
    run: dict[int, RunItem] = {}
    for timex in days:
        if timex.start in items:
            run[timex.start] = RunItem(items[timex.start])
        elif timex.rule in _HOLIDAY_RULES and any(timex.start <= at < timex.end for at in labels):
            run[timex.start] = RunItem(None)      # "Easter: 18 April to 2 May": the label, no day of its own
        elif timex.start > first:
            run[timex.start] = RunItem(None)      # "(or 24 March in a leap year)": within an item
    return run


def _label_before(text: str, opens: int, timex: Timex) -> tuple[str, int, str] | None:
    """(the label, where it starts, its mark) written right before ``timex``, when a lead
    stands before the label."""
    start = max(opens, timex.start - LOOK_BACK)
    before = text[start:timex.start]
    found = _LABEL.search(before)
    if found is None or found.group("mark") not in word_list("run_label_marks"):
        return None
    label = found.group("label")
    if any(word.lower() in _day_words() for word in label.split()):
        return None           # "Monday, 5 May", "Term ends Friday, 3 July": a day's own words
    at = start + found.start("label")
    head = text[start:at]
    if at == opens:           # "Abstracts: 3 May; papers: ...": a run may open its sentence
        return (label, at, found.group("mark")) if found.group("mark") == ":" else None
    lead = _LEAD_WORD.search(head)
    if lead is None or lead.group("lead").lower() not in word_list("run_label_leads"):
        return None
    return label, at, found.group("mark")


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    """Month and weekday names: a capitalised word before a day that is part of the day."""
    return frozenset(row["word"] for row in load_table("en", "months")) | frozenset(
        row["word"] for row in load_table("en", "weekdays"))
