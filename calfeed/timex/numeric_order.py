"""Which number comes first in a document's slashed dates, when the document itself shows it.

"08/02/2027" is 8 February in Brussels and August 2 in Boston. A build may mix both kinds of
notice, so one setting for the whole build cannot be right for every document; but a
document that writes "22/02/2027" or "3/14/2027" anywhere has shown its order, and its
ambiguous dates follow it. A document whose dated slashes show nothing (or both) may still
show it in a year-less day the tagger reads as a date ("on sale 2/15", "Friday 3/19"); a
fraction or a score ("3/16 inch", "won 21/7") is no such day and shows nothing. A document that
shows nothing (or both) keeps the build's setting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# "3/14/2027", and the same with dots or dashes ("11.25.2017", "07-13-21"): one separator twice
_SLASHED = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/]|[.-]\d)")
_YEARLESS = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")


def day_first_in(text: str, default: bool, lang: str = "en") -> bool:
    """Whether the document's slashed dates put the day first."""
    shown = _shown(_SLASHED.finditer(text))
    if shown is None and any(_order(m) is not None for m in _YEARLESS.finditer(text)):
        shown = _shown(_yearless_days(text, default, lang))
    return default if shown is None else shown


def _yearless_days(text: str, default: bool, lang: str) -> Iterable[re.Match[str]]:
    """The year-less "M/D"s inside what the tagger takes for numeric days."""
    from calfeed.timex.extractor import atoms
    from calfeed.timex.loose_days import NUMERIC_DAY_RULES

    for atom in atoms(text, lang, default):
        if any(rule in NUMERIC_DAY_RULES for rule in atom.rule.split("+")):
            yield from _YEARLESS.finditer(text, atom.start, atom.end)


def _order(match: re.Match[str]) -> bool | None:
    """True: day first ("22/02"); False: month first ("3/14"); None: either fits."""
    first, second = int(match.group(1)), int(match.group(match.re.groups))
    if 12 < first <= 31 and 1 <= second <= 12:
        return True
    if 12 < second <= 31 and 1 <= first <= 12:
        return False
    return None


def _shown(matches: Iterable[re.Match[str]]) -> bool | None:
    orders = {_order(m) for m in matches} - {None}
    return orders.pop() if len(orders) == 1 else None
