"""Clocks that open a listing line whose title begins with a holiday's or a season's name:

    December 24th Christmas Eve
    4:30pm Christmas Vigil Mass
    11:00pm Christmas Mass at Night

A schedule under a dated heading writes each row as a clock, then its title; a title may open
with the name of the feast it belongs to ("Christmas Vigil Mass", "Halloween Lantern Trail",
"Easter Egg Hunt"). That name only qualifies the title: the row is on the heading's day, and the
clock must not join it as "11:00pm Christmas" (25 December). Only a clock opening its line (after
a bullet at most), with nothing but spaces before the name and more words of the title after it
on the same line, below a line that names a day; a clock joined by a written link ("at 4pm on
Christmas Eve") or a name closing its line ("7pm Christmas Eve") keeps its day.
"""

from __future__ import annotations

import re

from calfeed.timex.builders import Atom, names_one_day

_NAMED_RULES = ("holiday", "season")       # rules of a named period ("Christmas", "Easter", "Spring")
_LINE_HEAD = re.compile(r"(?:^|\n)[^\S\n]{0,8}(?:[-*•–—·][^\S\n]{1,3})?\Z")
_LOOK_BACK = 16
_SPACES = re.compile(r"[^\S\n]{1,3}")
_TITLE_GOES_ON = re.compile(r"[^\S\n]{1,3}[^\W\d]")


def _opens_line(text: str, atom: Atom) -> bool:
    return _LINE_HEAD.search(text, max(0, atom.start - _LOOK_BACK), atom.start) is not None


def _names_label(clock: Atom, name: Atom, text: str) -> bool:
    """``name`` (a holiday or season) opens the title written right after ``clock`` on its line."""
    return (name.rule.split("+")[0] in _NAMED_RULES
            and _SPACES.fullmatch(text, clock.end, name.start) is not None
            and _TITLE_GOES_ON.match(text, name.end) is not None)


def clocks_before_named_titles(atoms: list[Atom], text: str, is_clock) -> set[int]:
    """The ids of the clocks of ``atoms`` (in text order) that open a row under a day heading and
    whose title opens with a named period: they must not take that period's day."""
    found: set[int] = set()
    for i, (clock, name) in enumerate(zip(atoms, atoms[1:])):
        if not (is_clock(clock) and _names_label(clock, name, text) and _opens_line(text, clock)):
            continue
        line_start = text.rfind("\n", 0, clock.start) + 1
        if any(names_one_day(a) and a.end <= line_start for a in atoms[:i]):
            found.add(id(clock))
    return found
