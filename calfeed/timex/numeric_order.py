"""Which number comes first in a document's slashed dates, when the document itself shows it.

"08/02/2027" is 8 February in Brussels and August 2 in Boston. A build may mix both kinds of
notice, so one setting for the whole build cannot be right for every document; but a
document that writes "22/02/2027" or "3/14/2027" anywhere has shown its order, and its
ambiguous dates follow it. A document that shows nothing (or both) keeps the build's setting.
"""

from __future__ import annotations

import re

_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def day_first_in(text: str, default: bool) -> bool:
    """Whether the document's slashed dates put the day first."""
    day_first = month_first = False
    for match in _SLASHED.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if 12 < first <= 31 and 1 <= second <= 12:
            day_first = True
        elif 12 < second <= 31 and 1 <= first <= 12:
            month_first = True
    if day_first != month_first:
        return day_first
    return default
