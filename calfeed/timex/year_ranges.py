"""Two years joined by a dash, as TimeML tags them.

A span of years whose ends are not neighbours ("the 1964-85 regime", "the 2016-2020 plan") is a range
told short, as "from 1964 to 1985" is told long, and TimeML writes a range's two ends as two TIMEX3s
(the news sets' gold does so for every such span). Two neighbouring years ("2012-13", "2022/23") name
one period that straddles them, a season or a fiscal year, and stay one TIMEX3 (evaluation's fiscal
reading values it). Only the TimeML view splits; calfeed's own view keeps the range whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from calfeed.timex.builders import Atom
from calfeed.timex.rawvalue import Raw

_SPAN_RULE = "year_span"
# The link between the two years of a span, right after the first year's four digits.
_LINK = re.compile(r"[^\S\n]{0,2}[-–/][^\S\n]{0,2}")
_YEAR = re.compile(r"\d{4}")


def split_year_ranges(atoms: list[Atom], text: str) -> list[Atom]:
    """Each span of years whose ends are two or more years apart, written as the two years alone
    (no "fiscal year" before them), as two atoms: the first year, then the second."""
    out: list[Atom] = []
    for atom in atoms:
        second = atom.raw.get("to") if atom.rule == _SPAN_RULE else None
        first = _YEAR.match(text, atom.start, atom.end) if second else None
        link = _LINK.match(text, first.end(), atom.end) if first else None
        if link is None or not _YEAR.fullmatch(atom.core) or not _YEAR.fullmatch(second) \
                or int(second) - int(atom.core) < 2:
            out.append(atom)
            continue
        kept = {k: v for k, v in atom.raw.annotations.items() if k != "to"}
        out.append(replace(atom, end=first.end(), raw=Raw(atom.core, kept)))
        out.append(replace(atom, start=link.end(), raw=Raw(second)))
    return out
