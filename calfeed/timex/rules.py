"""Compiling the rule file of a language: macros expanded from the tables, compiled once.

Rules live in ``resources/<lang>/rules.tsv`` and macros in ``macros.tsv`` so that a new
form or a new language is a data change. Every pattern is wrapped in word boundaries
here, once, so that no rule can start or end inside a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial

from calfeed.setup_cache import cached, compiled
from calfeed.timex.lexicon import load_table
from calfeed.timex.one_time import compiled_later
from calfeed.timex.vocabulary import table_rows, word_alternation

MACRO = re.compile(r"%([A-Za-z][A-Za-z0-9]*)")
# A match starts a word: the scan for where rules open (openings.py) relies on it.
WORD_START = r"(?<![\w/])(?=[\w'])"
# A pattern ending in this regex comment says itself what may follow it (a date glued to a word:
# "2026-08-02General"), so it is not closed by the word-end guard every other rule gets.
OPEN_END = "(?#open-end)"


@dataclass(frozen=True)
class Rule:
    """One row of rules.tsv. Its regex is compiled when first used: a short document fires few
    of the rules, and compiling all of them took longer than tagging a page."""

    name: str
    type: str
    build: str
    priority: int
    pattern: str            # the regex text: macros expanded, wrapped in the word guards
    source: str = ""        # the pattern as written in rules.tsv, macros not yet expanded
    flags: int = re.IGNORECASE

    def __post_init__(self) -> None:
        compiled_later(self, "regex")

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return compiled(self.pattern, self.flags)


def _matches(row: dict[str, str], condition: str) -> bool:
    if not condition:
        return True
    column, _, wanted = condition.partition("=")
    if wanted == "*":                       # "since=*": every row that fills the column
        return bool(row.get(column))
    return row.get(column, "") in wanted.split("|")


@lru_cache(maxsize=None)
def macros(lang: str) -> dict[str, str]:
    """Macro name -> regex text, with macros inside macros expanded (kept in the disk cache of
    the setup: spelling out the word lists was most of the rules' build)."""
    return cached(f"macros-{lang}", partial(_expanded_macros, lang))


def _expanded_macros(lang: str) -> dict[str, str]:
    raw: dict[str, str] = {}
    for row in load_table(lang, "macros"):
        if row["source"] == "=":
            raw[row["name"]] = row["column"]
            continue
        table = table_rows(lang, row["source"])
        words = [r[row["column"]] for r in table if _matches(r, row["filter"])]
        dotted = frozenset(r[row["column"]] for r in table if row.get("dot") and _matches(r, row["dot"]))
        # Every rule and every pattern a macro is expanded into ignores case (see word_alternation).
        raw[row["name"]] = word_alternation(words, case_sensitive=row["case"] == "sensitive", dotted=dotted,
                                            dispatched=True)
    expanded: dict[str, str] = {}

    def expand(name: str, depth: int = 0) -> str:
        if name in expanded:
            return expanded[name]
        if depth > 10:
            raise ValueError(f"macro loop at %{name}")
        text = MACRO.sub(lambda m: expand(m.group(1), depth + 1), raw[name])
        expanded[name] = text
        return text

    for name in raw:
        expand(name)
    return expanded


def expand(pattern: str, lang: str) -> str:
    table = macros(lang)

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in table:
            raise KeyError(f"unknown macro %{name} in {lang} rules")
        return table[name]

    return MACRO.sub(one, pattern)


@lru_cache(maxsize=None)
def rules(lang: str) -> tuple[Rule, ...]:
    out = []
    for row in load_table(lang, "rules"):
        body = expand(row["pattern"], lang)
        end = "" if row["pattern"].endswith(OPEN_END) else r"(?![\w])"
        out.append(Rule(row["name"], row["type"], row["build"], int(row["priority"] or 0),
                        rf"{WORD_START}(?:{body}){end}", row["pattern"]))
    return tuple(out)
