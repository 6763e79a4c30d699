"""Bare clocks that carry on an evening's programme: "The night opens at 7 p.m. ... the choir sings
at 7:30, then the band at 8:15".

A running order marks the half of the day on its first clock and drops it on the next ones. So a
clock written with its minutes and no "am"/"pm", zone or leading zero, of the hours EVENING_HOURS,
is in the evening when an evening clock marked "pm" (hours EVENING_FROM to 23) comes before it in the
same paragraph, within PASSAGE_REACH characters, no day and no morning clock written between, and
its evening reading is not earlier than that clock. A document that writes any clock the
twenty-four-hour way means its "7:30" as written (afternoon_clocks): nothing changes there.
"""

from __future__ import annotations

import re

from calfeed.timex.afternoon_clocks import bare_written_hour, half_day_marked, later, twenty_four_hour
from calfeed.timex.builders import Atom
from calfeed.timex.day_halves import HALF_DAY
from calfeed.timex.rawvalue import time_of

EVENING_FROM = 17           # a "pm" clock from this hour on opens an evening's programme
EVENING_HOURS = range(5, 12)    # the bare hours such a programme carries on into the evening
PASSAGE_REACH = 400         # characters from the evening clock to the bare one
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]{0,8}\n")


def _hour(atom: Atom) -> int | None:
    time = time_of(atom.core) or ""
    return int(time[:2]) if time[:2].isdigit() else None


def evening_runs(atoms: list[Atom], text: str) -> list[Atom]:
    """``atoms`` with each bare clock that carries on an evening's programme moved twelve hours on."""
    if twenty_four_hour(atoms, text):
        return atoms
    evening: tuple[int, int] | None = None        # (end of the last evening clock, its hour)
    for atom in sorted(atoms, key=lambda a: a.start):
        if evening is not None and (atom.start - evening[0] > PASSAGE_REACH
                                    or _PARAGRAPH_BREAK.search(text, evening[0], atom.start)):
            evening = None
        hour = _hour(atom)
        if atom.type != "TIME" or hour is None:
            if atom.type in ("DATE", "TIME"):
                evening = None          # another day: its clocks start afresh
            continue
        written = bare_written_hour(atom, text)
        if written is None:
            if half_day_marked(text[atom.start:atom.end]):
                evening = (atom.end, hour) if EVENING_FROM <= hour < 24 else None
            continue
        bare = written.group("h")
        if evening is None or bare.startswith("0") or int(bare) not in EVENING_HOURS or hour >= HALF_DAY:
            continue
        if hour + HALF_DAY < evening[1]:
            continue
        atom.raw.core = later(atom.core)
        end = atom.raw.get("to")
        last = written.group("h2")
        if end is not None and last is not None and (time_of(end) or "")[:2].isdigit() and int(last) < HALF_DAY:
            atom.raw.annotations["to"] = later(end)
        evening = (atom.end, hour + HALF_DAY)
    return atoms
