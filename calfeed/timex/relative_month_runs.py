"""A run of ordinal days written before a month named relatively ("from 11th to 14th next month",
"the 4th to the 6th of next month"): one span of that month's days.

compose's ``_days_of_months`` picks one day ("the 20th of next month"); a run before the month
would otherwise keep its first day alone, counted in the wrong month, beside a whole "next month".
Both ends must be ordinals (a suffix or an ordinal word), so counts ("from 2 to 5 next month",
figures rising) are not read as days. The range words are the connectors table's ``range`` role.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from calfeed.timex.connectors import connectors

RUN_REACH = 48      # characters before the month a run may take (two ordinals, a range word, "the", "of")


class OrdinalRun(NamedTuple):
    start: int      # where the run's words begin
    first: int      # its first day of the month
    last: int       # its last


@lru_cache(maxsize=None)
def _run_tail(lang: str) -> re.Pattern[str]:
    from calfeed.timex.rules import expand

    joiner = connectors(lang)["range"].pattern
    def ordinal(name: str) -> str:
        return r"(?:%ordArticle\s{1,3})?(?P<" + name + r">%ordWord|%dayNum)"
    pattern = (r"(?<![\w])" + ordinal("n") + "(?:" + joiner + ")" + ordinal("n2")
               + r"(?:\s{1,3}of)?\s{1,3}$")
    return re.compile(expand(pattern, lang), re.IGNORECASE)


def ordinal_run_before(text: str, end: int, floor: int, lang: str) -> OrdinalRun | None:
    """The run of ordinal days ending right before ``end`` (a relatively named month's start), not
    reaching back before ``floor``; None when there is none or its days are bare figures."""
    from calfeed.timex.vocabulary import vocabulary

    match = _run_tail(lang).search(text, max(floor, end - RUN_REACH), end)
    if match is None or match.group("n").isdigit() or match.group("n2").isdigit():
        return None
    vocab = vocabulary(lang)
    first, last = vocab.number(match.group("n")), vocab.number(match.group("n2"))
    if first is None or last is None or first != int(first) or last != int(last):
        return None
    if not 1 <= int(first) < int(last) <= 31:
        return None
    return OrdinalRun(match.start(), int(first), int(last))
