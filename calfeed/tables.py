"""The two plain-text shapes every resource file has, read the same way by every stage.

* lists (``.txt``): one entry a line;
* tables (``.tsv``): tab-separated columns, the first line naming them; short rows are
  padded with empty cells.

In both, a line starting with ``#`` is a comment and blank lines are skipped. Keeping
resources this plain means a linguist can add a word or a language with a text editor.
"""

from __future__ import annotations

from pathlib import Path


def content_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def read_list(path: Path) -> tuple[str, ...]:
    return tuple(line.strip() for line in content_lines(path))


def read_table(path: Path) -> tuple[dict[str, str], ...]:
    lines = content_lines(path)
    header = [h.strip() for h in lines[0].split("\t")]
    rows = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return tuple(rows)
