"""The rule line under a table's header row ("|---|:---:|", "--- | ---"), as text-to-table
scrapes and Markdown write it.

One pattern for every reader, written so that each space can be read only one way: the line
is stripped first, and a run of spaces inside is followed by a pipe or nothing, so a long line
that is no rule fails in linear time (a pattern with ``[ \\t]*`` on both sides of an optional
pipe tries every split of a run of spaces).
"""

from __future__ import annotations

import re

_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)*[ \t]*\|?")


def rule_row(line: str, columns: int = 1) -> bool:
    """Whether ``line`` is a table's rule of at least ``columns`` columns."""
    body = line.strip(" \t")
    return _RULE.fullmatch(body) is not None and body.strip("|").count("|") + 1 >= columns
