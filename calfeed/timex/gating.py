"""Where each rule is worth running: per-rule zones from one cheap pass over the words.

Python's regex engine tries a pattern at every position of the text, and most rules
open with optional parts, which defeats its first-character shortcut. So the tagger
does not run rules over the whole text. One tokenising pass (a simple, linear
``[A-Za-z]+|\\d+`` scan and a dictionary lookup per word) finds the trigger words and
which *class* each belongs to (a month name, a unit, a digit…). Each rule is then run
only near the classes it cannot match without. Those classes are read off the rule's own
pattern (the macros it needs in every match), so a new rule in ``rules.tsv`` is gated
correctly without anyone declaring anything; a rule whose needs cannot be read runs
near every trigger word, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from calfeed.timex.lexicon import load_table
from calfeed.timex.vocabulary import _rows

_MACRO = re.compile(r"%([A-Za-z][A-Za-z0-9]*)")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[A-Za-z]+")
_PLACEHOLDER = 0xE000          # macros become private-use characters while a pattern is parsed
DIGIT = "digit"
LITERAL = "literal"

REACH = 40      # characters a rule may extend around its trigger word
GAP = 60        # zones closer than this are scanned as one (fewer calls beat fewer characters)
_KNOWN_LIMIT = 100_000
SNAP = 20       # how far a zone's end may move to reach a blank

Zones = list[tuple[int, int]]


@lru_cache(maxsize=None)
def _macro_rows(lang: str) -> dict[str, dict[str, str]]:
    return {row["name"]: row for row in load_table(lang, "macros")}


def _trigger_parts(lang: str) -> list[str]:
    """The top-level alternatives of the ``trigger`` macro."""
    text = _macro_rows(lang)["trigger"]["column"]
    if text.startswith("(?:") and text.endswith(")"):
        text = text[3:-1]
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char in "([" and 1 or 0
        depth -= char in ")]" and 1 or 0
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return parts + [current]


def _table_words(lang: str, row: dict[str, str]) -> list[str]:
    column, condition = row["column"], row["filter"]
    words = []
    for entry in _rows(lang, row["source"]):
        if condition:
            key, _, wanted = condition.partition("=")
            if entry.get(key, "") not in wanted.split("|"):
                continue
        words.append(entry[column])
    return words


@lru_cache(maxsize=None)
def trigger_classes(lang: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The class names, and each trigger word's first token (lower-cased) -> its classes."""
    rows = _macro_rows(lang)
    index: dict[str, set[str]] = {}
    names: set[str] = {DIGIT}
    for part in _trigger_parts(lang):
        macro = _MACRO.fullmatch(part)
        if macro and rows[macro.group(1)]["source"] != "=":
            name = macro.group(1)
            words = _table_words(lang, rows[name])
        elif part == r"\d":
            continue
        else:
            name, words = LITERAL, [w for w in re.split(r"[^A-Za-z' ]+", part) if w]
        names.add(name)
        for word in words:
            tokens = _WORD.findall(word)
            if tokens:   # the longest word of a phrase is its rarest ("the future" -> "future")
                index.setdefault(max(tokens, key=len).lower(), set()).add(name)
    return frozenset(names), {word: frozenset(classes) for word, classes in index.items()}


@lru_cache(maxsize=None)
def _prefix_index(lang: str) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Trigger words of four letters or more, by their first three letters."""
    _, index = trigger_classes(lang)
    by_start: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for word, classes in index.items():
        if len(word) >= 4:
            by_start.setdefault(word[:3], []).append((word, classes))
    return {key: tuple(value) for key, value in by_start.items()}


def word_classes(lower: str, lang: str) -> frozenset[str]:
    """The trigger classes of one lower-cased word: a trigger word itself, its plural, or a
    word that a trigger word of four letters or more begins ("weekend", "Mondays")."""
    _, exact = trigger_classes(lang)
    found = set(exact.get(lower, ()))
    if lower.endswith("s"):
        found |= exact.get(lower[:-1], frozenset())
    for candidate, classes in _prefix_index(lang).get(lower[:3], ()):
        if lower.startswith(candidate):
            found |= classes
    return frozenset(found)


def class_zones(text: str, lang: str) -> dict[str, Zones]:
    """Zones of text around each class's trigger words, per class, merged and in order."""
    hits: dict[str, list[tuple[int, int]]] = {DIGIT: [m.span() for m in _DIGITS.finditer(text)]}
    known = _known_words(lang)
    for token in _candidate_words(lang).finditer(text):
        lower = token.group(0).lower()
        classes = known.get(lower)
        if classes is None:
            if len(known) > _KNOWN_LIMIT:
                known.clear()
            classes = known[lower] = word_classes(lower, lang)
        for name in classes:
            hits.setdefault(name, []).append(token.span())
    return {name: _zones(text, spans) for name, spans in hits.items() if spans}


@lru_cache(maxsize=None)
def _candidate_words(lang: str) -> re.Pattern[str]:
    """Words that could be trigger words: those opening like one (its first three letters,
    or the whole of a shorter one). Skipping the rest in C is cheaper than looking them up."""
    _, index = trigger_classes(lang)
    heads = {word[:3] for word in index}
    by_letter: dict[str, list[str]] = {}
    for head in heads:
        by_letter.setdefault(head[0], []).append(re.escape(head[1:]))
    branches = "|".join(f"{letter}(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
                        for letter, rest in sorted(by_letter.items()))
    return re.compile(rf"(?<![A-Za-z])(?:{branches})[a-z]*", re.IGNORECASE)


@lru_cache(maxsize=None)
def _known_words(lang: str) -> dict[str, frozenset[str]]:
    """Every word seen so far and its classes: news repeats its words, so this stays small."""
    return {}


def _zones(text: str, spans: list[tuple[int, int]]) -> Zones:
    out: Zones = []
    size = len(text)
    for start, end in spans:
        start, end = max(0, start - REACH), min(size, end + REACH)
        limit = min(size, end + SNAP)
        while end < limit and not text[end].isspace():
            end += 1
        if out and start <= out[-1][1] + GAP:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def union(zone_lists: list[Zones]) -> Zones:
    merged: Zones = []
    for start, end in sorted(z for zones in zone_lists for z in zones):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- what a pattern cannot match without --------------------------------------------------

@lru_cache(maxsize=None)
def macro_need(lang: str, name: str) -> frozenset[str] | None:
    """The trigger classes every match of macro ``name`` contains one of (None: unknown)."""
    classes, _ = trigger_classes(lang)
    if name in classes:
        return frozenset({name})
    row = _macro_rows(lang).get(name)
    if row is None:
        return None
    if row["source"] == "=":
        return pattern_need(row["column"], lang)
    for other in classes:
        base = _macro_rows(lang).get(other)
        if base and base["source"] == row["source"] and base["column"] == row["column"] and not base["filter"]:
            return frozenset({other})      # a filtered subset of a trigger table
    return None


@lru_cache(maxsize=None)
def pattern_need(pattern: str, lang: str) -> frozenset[str] | None:
    """The trigger classes a match of ``pattern`` must contain one of, read off its parse."""
    names: list[str] = []

    def placeholder(match: re.Match[str]) -> str:
        names.append(match.group(1))
        return re.escape(chr(_PLACEHOLDER + len(names) - 1))

    try:
        parsed = _parser.parse(_MACRO.sub(placeholder, pattern), re.IGNORECASE)
    except re.error:
        return None
    return _need(list(parsed), names, lang)


def _need(items: list, names: list[str], lang: str) -> frozenset[str] | None:
    """Of the parts every match goes through, the most selective requirement."""
    best: frozenset[str] | None = None
    run = ""                       # letters written out in the pattern, such as "quarter"
    for op, arg in items + [(None, None)]:
        if op is C.LITERAL and chr(arg).isalpha() and arg < _PLACEHOLDER:
            run += chr(arg)
            continue
        if len(run) >= 2:
            best = _better(best, _word_need(run.lower(), lang))
        run = ""
        need: frozenset[str] | None = None
        if op is C.LITERAL and _PLACEHOLDER <= arg < _PLACEHOLDER + len(names):
            need = macro_need(lang, names[arg - _PLACEHOLDER])
        elif op is C.LITERAL and chr(arg).isdigit():
            need = frozenset({DIGIT})
        elif op is C.IN and arg and all(_is_digit_set(kind, value) for kind, value in arg):
            need = frozenset({DIGIT})
        elif op is C.SUBPATTERN:
            need = _need(list(arg[-1]), names, lang)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] >= 1:
            need = _need(list(arg[2]), names, lang)
        elif op is C.BRANCH:
            branches = [_need(list(branch), names, lang) for branch in arg[1]]
            if all(b is not None for b in branches):
                need = frozenset().union(*branches)  # type: ignore[arg-type]
        best = _better(best, need)
    return best


def _better(best: frozenset[str] | None, need: frozenset[str] | None) -> frozenset[str] | None:
    if need is None:
        return best
    return need if best is None or _rank(need) < _rank(best) else best


def _word_need(word: str, lang: str) -> frozenset[str] | None:
    """A word written in a pattern needs its own zone: any one class it belongs to will do,
    so take the class with the fewest words (the one whose zones are likely smallest)."""
    classes = word_classes(word, lang)
    if not classes:
        return None
    _, index = trigger_classes(lang)
    sizes = {name: sum(name in its for its in index.values()) for name in classes}
    return frozenset({min(sorted(classes), key=lambda name: sizes[name])})


def _is_digit_set(kind: object, value: object) -> bool:
    if kind is C.CATEGORY:
        return value is C.CATEGORY_DIGIT
    if kind is C.LITERAL:
        return chr(value).isdigit()  # type: ignore[arg-type]
    if kind is C.RANGE:
        low, high = value  # type: ignore[misc]
        return ord("0") <= low and high <= ord("9")
    return False


def _rank(need: frozenset[str]) -> tuple[int, int]:
    """Prefer requirements without digits (digits are everywhere in news), then fewer classes."""
    return (DIGIT in need, len(need))


def zones_for(need: frozenset[str] | None, by_class: dict[str, Zones], everywhere: Zones,
              cache: dict[frozenset[str], Zones]) -> Zones:
    if need is None:
        return everywhere
    if need not in cache:
        cache[need] = union([by_class.get(name, []) for name in sorted(need)])
    return cache[need]


@lru_cache(maxsize=None)
def rule_needs(lang: str) -> dict[str, frozenset[str] | None]:
    """Each rule's requirement, by rule name, from its unexpanded pattern in ``rules.tsv``."""
    return {row["name"]: pattern_need(row["pattern"], lang) for row in load_table(lang, "rules")}
