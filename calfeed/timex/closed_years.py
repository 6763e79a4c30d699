"""A year that closes a month-year is not the leading year of the expression after it.

"June 2029 First quarter trading update" (a calendar row: the update's month, then the report's
name) is June 2029 and a first quarter; the quarter rule, which may open with its year ("2029 first
quarter"), would take "2029 First quarter" as the longer match and leave the month without its
year. The rules that may open with a year are listed in ``leading_years.tsv``; where a month (and
perhaps its dot or comma) stands right before that year, the rule is read again from the word
after the year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.timex.lexicon import load_table
from calfeed.timex.rules import Rule, expand

_MONTH_REACH = 16       # a month's longest name, its dot or comma and blanks
_PAST_YEAR = re.compile(r"(?:['’]s)?[^\S\n]{1,3}")


@lru_cache(maxsize=None)
def _leading_year_groups(lang: str) -> dict[str, str]:
    return {row["rule"]: row["group"] for row in load_table(lang, "leading_years")}


@lru_cache(maxsize=None)
def _month_before(lang: str) -> re.Pattern[str]:
    """A month word (as month_year writes one before its year) ending where the year starts."""
    return re.compile(expand(r"(?<![\w])%month\.?,?[^\S\n]{1,3}$", lang), re.IGNORECASE)


def leading_year_group(rule: Rule, lang: str) -> str | None:
    """The group of ``rule``'s pattern that holds the year it may open with (None: it opens with
    none). Asked once per rule and text, not per match: most rules' matches never need it."""
    group = _leading_year_groups(lang).get(rule.name)
    return group if group is not None and group in rule.regex.groupindex else None


def closed_leading_year(match: re.Match[str], group: str, text: str, lang: str) -> bool:
    """Whether the match opens with a year (in ``group``: see ``leading_year_group``) that a month
    right before it already closes."""
    if match.group(group) is None:
        return False
    start = match.start(group)
    return _month_before(lang).search(text, max(0, start - _MONTH_REACH), start) is not None


def past_closed_year(rule: Rule, match: re.Match[str], text: str, lang: str) -> re.Match[str] | None:
    """The rule read again from the word after the match's leading year (None: nothing there)."""
    gap = _PAST_YEAR.match(text, match.end(_leading_year_groups(lang)[rule.name]))
    return rule.regex.match(text, gap.end()) if gap is not None else None
