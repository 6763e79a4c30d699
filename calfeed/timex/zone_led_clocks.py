"""A zone abbreviation written before its clock: "Issued at HKT 5:10", "Time: CET 14:00".

Government bulletins and some notice boards put the zone first. The clock is that zone's, and a
clock written with its zone is read as written: before, "HKT 5:10" was a bare "5:10", which the
afternoon reading (afternoon_clocks) moved to 17:10. The abbreviation must stand right before the
clock, be one of the zone table's plain abbreviations in capitals (not one it reads only after a
clock, such as GST, nor one that is an English word, ``zone_led_clock_vetoes``), and not be the
tail of a clock before it ("10:00 GMT 11:00 BST" gives the second clock its own zone only).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from calfeed.timex.builders import Atom
from calfeed.timex.lexicon import load_list, load_table
from calfeed.timex.vocabulary import Vocabulary

_LEAD = re.compile(r"(?<![\w.])([A-Z]{3,5})[ \t]{1,2}$")
LEAD_REACH = 8          # characters before a clock searched for its abbreviation
_CLOCK_START = re.compile(r"\d")


@lru_cache(maxsize=None)
def _leading_zones(lang: str) -> frozenset[str]:
    """The zone table's plain abbreviations in capitals (no ``after`` condition), less the vetoes."""
    vetoes = set(load_list(lang, "zone_led_clock_vetoes"))
    return frozenset(row["name"] for row in load_table(lang, "zones")
                     if not row.get("after") and row["name"].isalpha() and row["name"].isupper()
                     and 3 <= len(row["name"]) <= 5 and row["name"] not in vetoes)


def zone_led_clocks(atoms: list[Atom], text: str, vocab: Vocabulary) -> list[Atom]:
    """``atoms`` with each clock that has no zone of its own given the abbreviation written right before it."""
    out: list[Atom] = []
    previous_end = -1
    for atom in atoms:
        if (atom.type == "TIME" and atom.tz is None and _CLOCK_START.match(text, atom.start)
                and (match := _LEAD.search(text, max(0, atom.start - LEAD_REACH), atom.start)) is not None
                and match.group(1) in _leading_zones(vocab.lang) and previous_end < match.start(1)
                and not text[max(0, match.start(1) - 2):match.start(1)].strip(" \t")[-1:].isdigit()):
            written = match.group(1)
            atom = replace(atom, tz=vocab.zone(written), tz_text=written)
        out.append(atom)
        previous_end = max(previous_end, atom.end)
    return out
