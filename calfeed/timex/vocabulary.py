"""The language tables of one language, indexed for the builders and the resolver.

Patterns only find words; what a word means (month 12, ISO weekday 4, the window of
"early") is looked up here, so the engine never holds a word of English itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from re import _parser  # type: ignore[attr-defined]

from calfeed.setup_cache import compiled
from calfeed.timex.casefold import case_variants, fold
from calfeed.timex.lexicon import RESOURCES, load_list, load_table, ordinal_ending
from calfeed.timex.one_time import compiled_later


@lru_cache(maxsize=16384)
def norm(word: str) -> str:
    """The key a matched word is looked up by: lower case, single spaces, no final dot (kept per
    word: the builders, name readers and resolver ask it of the same few words in every text)."""
    return " ".join(word.lower().replace("\u2019", "'").split()).rstrip(".")


@lru_cache(maxsize=None)
def _ordinal_end() -> re.Pattern[str]:
    return re.compile(rf"{ordinal_ending()}$")


def table_rows(lang: str, name: str) -> tuple[dict[str, str], ...]:
    if (RESOURCES / lang / f"{name}.tsv").exists():
        return load_table(lang, name)
    return tuple({"word": w} for w in load_list(lang, name))


# A possessive's apostrophe ("All Saints' Day", "New Year's Day"), which writers often leave out.
_POSSESSIVE = re.compile(r"(?<=\w)'(?=s(?:\s|$))|(?<=\ws)'(?=\s|$)")


def bare_possessive(word: str) -> str:
    """``word`` with its possessive apostrophes left out ("all saints day")."""
    return _POSSESSIVE.sub("", word)


def _index(rows: tuple[dict[str, str], ...], key: str) -> dict[str, dict[str, str]]:
    """Rows by their normalised word, a possessive also without its apostrophe, which
    patterns let writers leave out (see _rests_by_first)."""
    index = {bare_possessive(norm(r[key])): r for r in rows}
    index.update({norm(r[key]): r for r in rows})
    return index


# The most blanks a space inside a listed word stands for ("up  until" over a doubled space).
WIDEST_BLANK = 3
_BLANK_RUN = rf"\s{{1,{WIDEST_BLANK}}}"


def widest_match(words: Iterable[str], dotted: frozenset[str] = frozenset()) -> int:
    """The most characters one of ``words`` spans as word_alternation and word_finder match it: each
    blank at its widest run, a dotted word with its dot. A look-back sized by it (and the blanks after
    the word) still finds a longer word added to its table, which a fixed window would cut off."""
    return max((len(w) + (WIDEST_BLANK - 1) * w.count(" ") + (w in dotted) for w in words), default=0)


def pattern_width(pattern: re.Pattern[str]) -> int:
    """The most characters ``pattern`` can match, as the regex parser bounds it: how far back a
    search for a match ending at a point need start (a pattern that repeats without bound gives
    the parser's MAXREPEAT)."""
    return _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]


NTH_WEEKDAY = "{nth} weekday {iso} of month {month}"
_NTH_WEEKDAY = re.compile(r"^(-?[1-5]) weekday ([1-7]) of month (1[0-2]|[1-9])$")


class NamedDays(dict):
    """The holiday table, which also answers for "the first Monday of October".

    A weekday counted within a month is a named day whose date depends on the year, just
    like Thanksgiving; builders write it as ``HOL(1 weekday 1 of month 10)`` (see
    NTH_WEEKDAY) and the row is made on demand, so the resolver needs nothing new.
    """

    def __missing__(self, key: str) -> dict[str, str]:
        match = _NTH_WEEKDAY.match(key)
        if match is None:
            raise KeyError(key)
        nth, iso, month = match.groups()
        return {"name": key, "kind": "nth", "month": month, "day": "", "offset": "", "weekday": iso,
                "nth": nth}


@dataclass(frozen=True)
class Vocabulary:
    """Every table of a language, keyed by the normalised word."""

    lang: str
    months: dict[str, dict[str, str]]
    weekdays: dict[str, dict[str, str]]
    numbers: dict[str, dict[str, str]]
    units: dict[str, dict[str, str]]
    seasons: dict[str, dict[str, str]]
    parts_of_day: dict[str, dict[str, str]]
    modifiers: dict[str, dict[str, str]]
    duration_modifiers: dict[str, dict[str, str]]
    suffix_modifiers: dict[str, dict[str, str]]
    relative: dict[str, dict[str, str]]
    directions: dict[str, dict[str, str]]
    offsets: dict[str, dict[str, str]]
    zones: dict[str, str]
    holidays: dict[str, dict[str, str]]
    frequencies: dict[str, dict[str, str]]
    month_cycles: dict[str, dict[str, str]]   # "odd numbered months": the months a monthly rule keeps
    tense: dict[str, dict[str, str]]
    capitalised: frozenset[str]        # words that count only when written with a capital
    lower_beside_day: frozenset[str]   # of those, the ones a day number beside lets count in lower case
    lowercase_only: frozenset[str]     # words that count only in lower case ("current")
    determined: frozenset[str]         # words that need a determiner or year ("fall")

    def number(self, word: str) -> float | None:
        """A cardinal/ordinal in digits or words; None for vague ones ("several")."""
        key = norm(word)
        digits = _ordinal_end().sub("", key).replace(",", "")
        try:
            return float(digits)
        except ValueError:
            pass
        row = self.numbers.get(key)
        if row is None and " " in key.replace("-", " "):
            return self._compound(key)
        if row is None or row["value"] == "X":
            return None
        return float(row["value"])

    def _compound(self, key: str) -> float | None:
        """Number words with a scale: "two thousand", "three hundred"."""
        total = 0.0
        for part in key.replace("-", " ").split():
            row = self.numbers.get(part)
            if row is None or row["value"] == "X":
                return None
            value = float(row["value"])
            total = max(total, 1.0) * value if value >= 100 else total + value
        return total

    def zone(self, name: str) -> str | None:
        return self.zones.get(norm(name))


@lru_cache(maxsize=None)
def vocabulary(lang: str = "en") -> Vocabulary:
    months = _index(table_rows(lang, "months"), "word")
    weekdays = _index(table_rows(lang, "weekdays"), "word")
    seasons = _index(table_rows(lang, "seasons"), "word")
    relative = _index(table_rows(lang, "relative"), "word")
    capitalised = {w for table in (months, weekdays) for w, r in table.items() if r.get("case") == "cap"}
    capitalised |= {w for w, r in relative.items() if r.get("case") == "cap"}
    return Vocabulary(
        lang=lang,
        months=months,
        weekdays=weekdays,
        numbers=_index(table_rows(lang, "numbers"), "word"),
        units=_index(table_rows(lang, "units"), "word"),
        seasons=seasons,
        parts_of_day=_index(table_rows(lang, "parts_of_day"), "word"),
        modifiers=_index(table_rows(lang, "modifiers"), "word"),
        duration_modifiers=_index(table_rows(lang, "duration_modifiers"), "word"),
        suffix_modifiers=_index(table_rows(lang, "suffix_modifiers"), "word"),
        relative=relative,
        directions=_index(table_rows(lang, "directions"), "word"),
        offsets=_index(table_rows(lang, "offsets"), "word"),
        zones={norm(r["name"]): r["iana"] for r in table_rows(lang, "zones")},
        holidays=NamedDays(_index(table_rows(lang, "holidays"), "name")),
        frequencies=_index(table_rows(lang, "frequencies"), "word"),
        month_cycles=_index(table_rows(lang, "month_cycles"), "word"),
        tense=_index(table_rows(lang, "tense"), "word"),
        capitalised=frozenset(capitalised),
        lower_beside_day=frozenset(w for w, r in months.items() if r.get("lower") == "yes"),
        lowercase_only=frozenset(w for w, r in relative.items() if r.get("case") == "lower"),
        determined=frozenset(w for w, r in seasons.items() if r.get("case") == "det"),
    )


def _literal_char(char: str) -> str:
    return "['\u2019]" if char == "'" else re.escape(char)


def _piece(word: str) -> str:
    """One blank-free piece of a listed word as a pattern: either apostrophe fits, and a
    possessive's may be left out ("All Saints Day", "New Years Eve"); others stay ("o'clock")."""
    marked = _POSSESSIVE.sub("\0", word)
    return "['\u2019]?".join(re.escape(p).replace("'", "['\u2019]") for p in marked.split("\0"))


def _rests_by_first(words: list[str] | tuple[str, ...], case_sensitive: bool,
                    dotted: frozenset[str]) -> dict[str, list[str]]:
    """Each first character -> the patterns of the rest of its words, longest word first."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        first = word[0] if case_sensitive else word[0].lower()
        pieces = [_piece(p) for p in word[1:].split(" ")]
        rest = _BLANK_RUN.join(pieces)
        if word in dotted:
            rest += r"\.?"
        by_first.setdefault(first, []).append(rest)
    return by_first


def word_alternation(words: list[str] | tuple[str, ...], case_sensitive: bool = False,
                     dotted: frozenset[str] = frozenset(), dispatched: bool = False) -> str:
    """A regex alternation of literal words, longest first, spaces matching any blank run.

    Words in ``dotted`` (abbreviations) may carry a final dot, which then belongs to them.
    The words of one first letter are written as a trie (see ``_trie_branch``), which the
    engine reads a character at a time instead of trying each word in turn; the choice is
    the same as the longest-first list's.

    ``dispatched`` (only for a pattern compiled to ignore case): each branch of the
    alternation and of its tries opens with its letter as a case-sensitive set of every
    character the case-blind engine takes for it ("(?-i:[Ss\u017f])" for "s"). The engine
    passes over a branch that opens with a plain set or character without entering it,
    but enters every branch that opens with a case-blind letter; the matches are the same.
    """
    heads = _case_sets if dispatched and not case_sensitive else None
    tries = _tries_by_first(words, case_sensitive, dotted, heads)
    # One branch per first letter, so a position that starts no word fails at once.
    by_first = _rests_by_first(words, case_sensitive, dotted)
    parts = [tries.get(first) or f"{_literal_char(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()]
    if heads is not None and len(parts) > 1:
        parts = [_dispatched(first, part, heads) for first, part in zip(by_first, parts)]
    body = "|".join(parts) if parts else r"(?!x)x"
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def listed_alternation(words: list[str] | tuple[str, ...], case_sensitive: bool = False,
                       dotted: frozenset[str] = frozenset()) -> str:
    """word_alternation's words as a plain list, longest first: what its tries must choose
    as (for tests)."""
    parts = [f"{_literal_char(first)}(?:{'|'.join(rests)})"
             for first, rests in _rests_by_first(words, case_sensitive, dotted).items()]
    body = "|".join(parts) if parts else r"(?!x)x"
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


@dataclass
class _Branches:
    """The words of a word_alternation below one character, keyed by their next piece."""

    children: dict[str, "_Branches"] = field(default_factory=dict)
    patterns: dict[str, str] = field(default_factory=dict)   # key -> its pattern
    ends: set[bool] = field(default_factory=set)              # words ending here: dotted or not


def _case_sets(key: str) -> str | None:
    """A folded letter as a case-sensitive set of its cases (None: it has one case only)."""
    cases = _letter_cases(key)
    if len(cases) < 2:
        return None
    return f"(?-i:[{''.join(re.escape(c) for c in cases)}])"


@lru_cache(maxsize=None)
def _ascii_cases() -> dict[str, tuple[str, ...]]:
    return case_variants(frozenset("abcdefghijklmnopqrstuvwxyz"))


@lru_cache(maxsize=None)
def _letter_cases(key: str) -> tuple[str, ...]:
    """Every character the case-blind engine takes for the folded letter ``key``."""
    if key in _ascii_cases():
        return _ascii_cases()[key]
    return case_variants(frozenset(key)).get(key, (key,)) if key.isalpha() else (key,)


def _dispatched(first: str, part: str, heads: Callable[[str], str | None]) -> str:
    """``part`` (which opens with the escaped character ``first``) opening with ``first``'s
    case set instead, when it has one."""
    key = fold(first) if first.isalpha() else first
    head = heads(key)
    escaped = re.escape(first)
    if head is None or not part.startswith(escaped):
        return part
    return head + part[len(escaped):]


def _tries_by_first(words: list[str] | tuple[str, ...], case_sensitive: bool,
                    dotted: frozenset[str], heads: Callable[[str], str | None] | None = None) -> dict[str, str]:
    """Each first character (as in _rests_by_first) -> its words as one trie pattern.

    A first character is left out (its words stay a list) when two branches of a node
    could read the same text, so that only the order of the list would choose: a
    possessive's optional apostrophe, a curly apostrophe or other blank written in a
    word, or a word ending here both with and without its optional dot.
    """
    roots: dict[str, _Branches] = {}
    broken: set[str] = set()
    for word in set(words):
        first = word[0] if case_sensitive else word[0].lower()
        if first in broken:
            continue
        pieces = _trie_pieces(word, case_sensitive)
        if pieces is None:
            broken.add(first)
            continue
        node = roots.setdefault(first, _Branches())
        for key, pattern in pieces:
            node.patterns[key] = pattern
            node = node.children.setdefault(key, _Branches())
        node.ends.add(word in dotted)
    out = {}
    for first, root in roots.items():
        if first not in broken:
            pattern = _trie_branch(root, heads)
            if pattern is not None:
                out[first] = pattern
    return out


def _trie_pieces(word: str, case_sensitive: bool) -> list[tuple[str, str]] | None:
    """A word as (key, pattern) pieces, one a character (None: not for a trie). Ignoring
    case, a letter is keyed and written as the engine folds it (the pattern around the
    alternation ignores case too), so that the case forms of a letter share one branch."""
    if "\u2019" in word or _POSSESSIVE.search(word) or any(c.isspace() and c != " " for c in word):
        return None
    out = []
    for char in word:
        if char == " ":
            out.append((" ", _BLANK_RUN))
        elif char == "'":
            out.append(("'", "['\u2019]"))
        else:
            key = char if case_sensitive else fold(char)
            out.append((key, re.escape(key)))
    return out


def _trie_branch(node: _Branches, heads: Callable[[str], str | None] | None = None) -> str | None:
    """The words below ``node``: one branch per next piece, then a word's end last, so
    that longer words are tried first, as in the longest-first list (None: a word ends
    here both with and without its dot). ``heads``: see word_alternation's ``dispatched``."""
    if len(node.ends) > 1:
        return None
    branches = []
    several = len(node.children) + len(node.ends) > 1
    for key, child in sorted(node.children.items()):
        rest = _trie_branch(child, heads)
        if rest is None:
            return None
        head = heads(key) if several and heads is not None and len(key) == 1 else None
        branches.append((head or node.patterns[key]) + rest)
    if node.ends:
        branches.append(r"\.?" if True in node.ends else "")
    if len(branches) == 1:
        return branches[0]
    return f"(?:{'|'.join(branches)})"


def whole_words(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Finds ``words`` as whole words, ignoring case: what
    ``(?<![\\w'])(?:word_alternation(words))(?![\\w])`` finds, much faster.

    That form makes the engine try every position of the text. This one opens with a
    plain set of the words' first characters (every case the engine would accept), which
    the engine skips through in C; the word-start test and the choice of first letter
    (in the same order, so the same alternative wins) come after.
    """
    return re.compile(whole_words_pattern(words))


def whole_words_pattern(words: list[str] | tuple[str, ...]) -> str:
    """``whole_words``' pattern as text, to be compiled with more after it and no flag: it opens with
    a plain set, which lets the engine skip in C to the places a word may start, where the same
    words read ``(?<![\\w'])(?:...)`` case-blind from the start would be tried at every position."""
    parts = _word_parts(words)
    if parts is None:
        return r"(?!x)x"
    head, body, _ = parts
    return rf"[{head}](?<![\w'].){body}"


def words_ahead_pattern(words: list[str] | tuple[str, ...]) -> str:
    """``words`` as whole_words reads them after a word start, each branch opening with a plain set of
    its first letter's cases, then no word character: the body of a pattern that stops on the character
    before a word start (outside ``[\\w']``) and reads the word ahead. The engine passes over a branch
    whose set lacks the character at once, where whole_words' branches each look back at it."""
    parts = _word_parts(words)
    return r"(?!x)x" if parts is None else parts[2]


def _word_parts(words: list[str] | tuple[str, ...]) -> tuple[str, str, str] | None:
    """whole_words' set of first characters, what follows its word-start test, and the
    same words as branches that each read their own first character."""
    by_first = _rests_by_first(words, False, frozenset())
    if not by_first:
        return None
    letters = frozenset(fold(first) for first in by_first if first != "'")
    variants = case_variants(letters)
    firsts, branches, dispatched = set(), [], []
    for first, rests in by_first.items():
        chars = "'\u2019" if first == "'" else "".join(variants[fold(first)])
        firsts.update(chars)
        this = "['\u2019]" if first == "'" else f"(?i:{re.escape(first)})"
        branches.append(f"(?<={this})(?i:{'|'.join(rests)})")
        # The same choice with the first character read in the branch, as a plain set
        # (exactly the characters the case-blind letter accepts), which the engine tests
        # before entering the branch.
        dispatched.append(f"[{''.join(re.escape(c) for c in chars)}](?i:{'|'.join(rests)})")
    head = "".join(re.escape(c) for c in sorted(firsts))
    return head, f"(?:{'|'.join(branches)})(?![\\w])", f"(?:{'|'.join(dispatched)})(?![\\w])"


@dataclass(frozen=True)
class WordFinder:
    """What ``whole_words(words).finditer`` finds, as spans, found faster.

    A whole word starts after a character outside ``[\\w']`` (or at the text's start, read as
    after a blank put before it), so the scan stops only at such characters, the rarer kind in
    prose, and reads the word ahead of it. Every word start is seen this way; keeping the
    leftmost spans that do not overlap a kept one gives exactly the matches ``finditer`` returns.
    Each pattern is compiled when first used (a run meets one or both; compiling both of the
    tense reader's was a tenth of a one-page run).
    """

    words: str                  # the words as a pattern read ahead
    # The same for an ASCII text put in lower case (same offsets), each letter one character
    # the engine compares at once rather than a set of its cases; None to read every text as any.
    ascii_words: str | None = None

    def __post_init__(self) -> None:
        compiled_later(self, "after", *(("ascii_after",) if self.ascii_words is not None else ()))

    @cached_property
    def after(self) -> re.Pattern[str]:
        """One character before a word start, the word read ahead."""
        return compiled(rf"[^\w'](?=({self.words}))")

    @cached_property
    def ascii_after(self) -> re.Pattern[str]:
        return compiled(rf"[^\w'](?=({self.ascii_words}))")

    def spans(self, text: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        if self.ascii_words is not None and text.isascii():
            after, text = self.ascii_after, text.lower()
        else:
            after = self.after
        first = after.match(" " + text)
        end = 0
        if first is not None and first.end(1) > 1:
            end = first.end(1) - 1
            found.append((0, end))
        for match in after.finditer(text):
            start = match.start(1)
            if start >= end:
                end = match.end(1)
                found.append((start, end))
        return found


@dataclass
class _Trie:
    """The words of a WordFinder, character by character (folded as the case-blind engine folds)."""

    children: dict[str, "_Trie"] = field(default_factory=dict)
    end: bool = False


def _trie_pattern(node: _Trie, variants: dict[str, tuple[str, ...]]) -> str:
    """The words below ``node`` as a pattern that reads each character once: one branch per
    next character, each opening with a plain set the engine passes over at once when the
    text's character is not in it; a word's end (then no word character) comes after the
    longer words, so the longest word that fits is taken, as in the longest-first alternation."""
    branches = [_char_pattern(char, variants) + _trie_pattern(child, variants)
                for char, child in sorted(node.children.items())]
    if node.end:
        branches.append(r"(?![\w])")
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


FIRST_CHAR_GROUPS = 3   # a scan's first-character branches are tried in this many groups


def grouped_branches(branches: list[tuple[str, str]], groups: int = FIRST_CHAR_GROUPS) -> str:
    """``(?:b1|b2|...)`` for branches given as (the body of the character set each opens with,
    the branch), in order, each split into a few runs behind a look-ahead at their opening
    characters.

    The engine tests the branches' opening sets one by one, so at each word start a scan
    went through some thirty sets, most of its time; now it tests a few group sets, then
    the sets of one group. A branch can only match on a character of its own set, which
    its group's look-ahead admits, and the branches keep their order: the same one wins.
    """
    if len(branches) <= groups:
        return f"(?:{'|'.join(b for _, b in branches)})"
    size = -(-len(branches) // groups)
    runs = [branches[i:i + size] for i in range(0, len(branches), size)]
    return "(?:" + "|".join(f"(?=[{''.join(c for c, _ in run)}])(?:{'|'.join(b for _, b in run)})"
                            for run in runs) + ")"


def _char_set(char: str, variants: dict[str, tuple[str, ...]]) -> str:
    """The body of the character set ``_char_pattern`` opens with."""
    if char == " ":
        return r"\s"
    if char == "'":
        return "'\u2019"
    if char in variants:
        return "".join(re.escape(c) for c in variants[char])
    return re.escape(char)


def _char_pattern(char: str, variants: dict[str, tuple[str, ...]]) -> str:
    if char == " ":
        return _BLANK_RUN
    body = _char_set(char, variants)
    return f"[{body}]" if char == "'" or char in variants else body


def _words_trie(words: list[str] | tuple[str, ...], ascii_lower: bool = False) -> str:
    """What ``(?:word_alternation(words))(?![\\w])`` matches (a right single quote in a word
    stands for either apostrophe, as in ``norm``); ``ascii_lower``: in an ASCII text put in
    lower case, where an ASCII letter stands only for itself."""
    keys = {"".join(fold(c) if c.isalpha() else c for c in word.replace("\u2019", "'")) for word in words}
    root = _Trie()
    for key in keys:
        node = root
        for char in key:
            node = node.children.setdefault(char, _Trie())
        node.end = True
    variants = case_variants(frozenset(c for key in keys for c in key if c.isalpha()))
    if ascii_lower:
        variants = {letter: (letter,) if letter.isascii() else chars for letter, chars in variants.items()}
    if root.end:
        return _trie_pattern(root, variants)
    branches = [(_char_set(char, variants), _char_pattern(char, variants) + _trie_pattern(child, variants))
                for char, child in sorted(root.children.items())]
    # In lower case an ASCII letter's branch opens with the one character, which the engine passes
    # over at once: grouping the branches behind look-aheads (for sets of cases) only adds steps.
    return grouped_branches(branches, len(branches) if ascii_lower else FIRST_CHAR_GROUPS)


def word_finder(words: list[str] | tuple[str, ...]) -> WordFinder:
    """The WordFinder of ``words`` (see whole_words); the scan reads the words as a trie."""
    parts = _word_parts(words)
    if parts is None:
        return WordFinder(r"(?!x)x")
    return WordFinder(_words_trie(words), _words_trie(words, ascii_lower=True))
