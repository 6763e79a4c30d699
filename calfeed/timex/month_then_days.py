"""A month written once, then bare days that take it: what every such layout shares.

Programmes, fixture lists and term calendars write the month once (a heading over day rows, a
table's month cell, a line's "July:" lead) and then only the day numbers. Read in their own words
those days are no dates and the month is a month-long one. Each layout finds its month and walks
its days its own way: a :class:`Layout` is that reading, a function from the text to its
:class:`MonthDays` blocks. What they share is here: the month as written (:class:`Month`), each day
(:class:`Day`), the atoms they make (the month as its days' heading, ``HEADING_MONTH``, no date of
its own; each day a date of it, ``HEADING_DAY``), and :func:`in_place_of`, which puts those in the
place of what the rules read. A new layout is a ``read`` function and one more :class:`Layout` in
the list the extractor passes to :func:`month_days`.

Bare days after a month already tagged (a heading over "Friday 13th" rows, "in February. ... on
the 20th") are carried at resolution instead (:mod:`carried_months`): there the month is a tagged
expression, the weekday check (:func:`weekday_fits`) needs the document's date, and what is
changed is a value, not the atoms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
import re

from calfeed.timex.builders import Atom
from calfeed.timex.rawvalue import Raw
from calfeed.timex.vocabulary import norm, vocabulary

HEADING_MONTH = "heading_month"     # the rule of a month written over its days: no day of its own
HEADING_DAY = "heading_day"         # the rule of a day under its month
# An Atom carries its rule's priority (rules.tsv runs 3 to 9); these atoms take 5, a middling one, only to
# fill the field: in_place_of puts them in place of every rule atom they overlap whatever the numbers,
# so the value decides nothing in the pipeline.
_PRIORITY = 5
UNWRITTEN = "XXXX"                  # the year of a month written without one
# the pieces every layout's patterns are made of (before ``rules.expand``)
YEAR = r"(?:1[6-9]|20)\d\d"
MONTH_WORD = rf"(?P<m>%monthName)(?:[^\S\n]{{1,3}}(?P<y>{YEAR}))?"     # the groups Month.written reads
DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])"


@dataclass(frozen=True, slots=True)
class Month:
    """The month as the layout writes it: its words' span, its number, its year or ``XXXX``."""

    start: int
    end: int
    number: int
    year: str = UNWRITTEN

    @classmethod
    def written(cls, match: re.Match[str], lang: str, year: str = UNWRITTEN) -> Month:
        """From a match with the month's word in group ``m`` and maybe its year in group ``y``;
        ``year``: the one a layout knows otherwise (a table's year row), when the month writes none."""
        number = int(vocabulary(lang).months[norm(match.group("m"))]["month"])
        if match.group("y"):
            return cls(match.start("m"), match.end("y"), number, match.group("y"))
        return cls(match.start("m"), match.end("m"), number, year)

    def core(self, day: int) -> str:
        return f"{self.year}-{self.number:02d}-{day:02d}"

    def last_core(self, first: int, last: int) -> str:
        """The raw core of a range's last day: in this month, or in the next when it is lower
        ("22nd to 2nd")."""
        if last > first:
            return self.core(last)
        if self.number < 12:
            return f"{self.year}-{self.number + 1:02d}-{last:02d}"
        return f"{int(self.year) + 1:04d}-01-{last:02d}" if self.year != UNWRITTEN else f"{UNWRITTEN}-01-{last:02d}"

    def atom(self) -> Atom:
        return Atom(self.start, self.end, "DATE", Raw(f"{self.year}-{self.number:02d}"), HEADING_MONTH, _PRIORITY)


@dataclass(frozen=True, slots=True)
class Day:
    """A bare day under a month: its span, its number, a range's last day, a weekday written beside it."""

    start: int
    end: int
    number: int
    last: int | None = None         # "14-27", "25th to 29th"
    weekday: int | None = None      # ISO number, kept as the value's note (a table's "Fri 16")

    def atom(self, month: Month) -> Atom:
        notes: dict[str, str] = {}
        if self.weekday is not None:
            notes["wd"] = str(self.weekday)
        if self.last is not None:
            notes["to"] = month.last_core(self.number, self.last)
        return Atom(self.start, self.end, "DATE", Raw(month.core(self.number), notes), HEADING_DAY, _PRIORITY)


@dataclass(slots=True)
class MonthDays:
    """One month and the days a layout found under it; a month with no days makes nothing."""

    month: Month
    days: list[Day] = field(default_factory=list)

    def atoms(self) -> list[Atom]:
        if not self.days:
            return []
        return [self.month.atom()] + [d.atom(self.month) for d in self.days]


@dataclass(frozen=True, slots=True)
class Layout:
    """One way of writing a month once over its days."""

    name: str
    mark: str       # a character every text in this layout holds: the quick no for the rest
    read: Callable[[str, str], list[MonthDays]]     # (text, lang) -> its blocks


def counts_up_from_one(days: Sequence[int]) -> bool:
    """Three or more numbers 1, 2, 3 ...: a numbered list's, more likely than a month's days."""
    return len(days) >= 3 and list(days) == list(range(1, len(days) + 1))


def weekday_fits(year: str, month: int, day: int, weekday: int | None, reference: date | None) -> bool:
    """The day exists in the month and falls on its written weekday, in the given year or, when
    none is given, in a year next to the document's."""
    if year != UNWRITTEN:
        years = [int(year)]
    elif reference is not None:
        years = [reference.year - 1, reference.year, reference.year + 1]
    else:           # no document date: any year (seven in a row hold every weekday of a day)
        years = list(range(2001, 2008))
    for y in years:
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if weekday is None or d.isoweekday() == weekday:
            return True
    return False


def in_place_of(atoms: list[Atom], added: list[Atom], size: int) -> list[Atom]:
    """The atoms with ``added`` in the place of every atom they overlap, in text order
    (``size``: the text's length): the days a month gives replace what the rules read in their
    words alone."""
    taken = bytearray(size)
    for a in added:
        taken[a.start:a.end] = b"\x01" * (a.end - a.start)
    kept = [a for a in atoms if taken.find(1, a.start, a.end) == -1]
    return sorted(kept + added, key=lambda a: a.start)


def month_days(atoms: list[Atom], text: str, lang: str, layouts: Sequence[Layout]) -> list[Atom]:
    """``atoms`` with each layout's months and days in place, layout after layout (a later
    layout's days replace an earlier one's where they overlap)."""
    for layout in layouts:
        if layout.mark not in text:
            continue
        added = [a for block in layout.read(text, lang) for a in block.atoms()]
        if added:
            atoms = in_place_of(atoms, added, len(text))
    return atoms
