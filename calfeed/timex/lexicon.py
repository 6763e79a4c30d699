"""Reading the language resource tables under ``calfeed/timex/resources/<lang>/``.

Language knowledge is data: month and weekday names, modifiers, holidays, zones and
patterns live in plain text files so that adding a word or a language never touches
the engine. Two file shapes are read here:

* lists (``name.txt``): one entry a line;
* tables (``name.tsv``): tab-separated columns, the first line naming them.

In both, ``#`` starts a comment and blank lines are skipped.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).with_name("resources")


def _lines(lang: str, filename: str) -> list[str]:
    path = RESOURCES / lang / filename
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#") or not line.strip():
            continue
        out.append(line.rstrip("\n"))
    return out


@lru_cache(maxsize=None)
def load_list(lang: str, name: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in _lines(lang, name + ".txt"))


@lru_cache(maxsize=None)
def load_table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    lines = _lines(lang, name + ".tsv")
    header = [h.strip() for h in lines[0].split("\t")]
    rows = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return tuple(rows)
