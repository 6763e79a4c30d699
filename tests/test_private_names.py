"""A module's underscored names are its own: no other calfeed module imports them.

A helper two modules need is made public where it lives (or moved to a small module of its
own), so a reader can tell from a name alone whether code elsewhere leans on it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "calfeed"


def _borrowed(source: str) -> list[tuple[int, str]]:
    """The (line, name) of each underscored name a module imports from calfeed."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom):
            continue
        ours = node.level > 0 or (node.module or "").split(".")[0] == "calfeed"
        for alias in node.names if ours else ():
            if alias.name.startswith("_") and not alias.name.startswith("__"):
                found.append((node.lineno, alias.name))
    return found


def test_no_module_imports_another_modules_private_name():
    borrowed = [f"{path.relative_to(PACKAGE.parent)}:{line} {name}"
                for path in sorted(PACKAGE.rglob("*.py"))
                for line, name in _borrowed(path.read_text(encoding="utf-8"))]
    assert borrowed == []


def test_the_check_finds_absolute_relative_and_local_private_imports():
    source = (
        "from re import _parser\n"                         # the standard library's: not ours
        "from calfeed import __version__\n"                # a dunder is public
        "from calfeed.timex.lexicon import load_table, _hidden\n"
        "from .rules import _table\n"
        "def f():\n"
        "    from calfeed.events.words import _inner\n"
    )
    assert _borrowed(source) == [(3, "_hidden"), (4, "_table"), (6, "_inner")]
