"""How each rule's matches can open, read off its compiled pattern, and where those openings are.

Python's regex engine tries a pattern at every position of the text, and a rule wrapped in
word-boundary look-arounds gets none of the engine's first-character shortcuts: scanning
sixty rules that way costs far more than everything else the tagger does. But a match can
only begin at a word start, and only with what the pattern can open with ("the" and then a
unit, a month name, two digits and a blank...). Those openings are read off the parsed
pattern, so any rule in ``rules.tsv`` is covered without declaring anything. One scan finds
the word starts that open some rule, with the word after each; each rule is then tried only
there. The matches are exactly those ``finditer`` over the whole text returns (the same
leftmost, non-overlapping choice), since no match can start anywhere else.

Openings are written in a canonical alphabet: a letter as the engine folds its case, ``#``
for any digit, one blank for any run of white space, other characters as they are. An
opening either only begins the text (OPEN) or is followed by a character that is no word
character (CLOSED: "may" then not "maybe"). A rule whose openings cannot be read is
scanned in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from calfeed.timex.casefold import case_variants, fold
from calfeed.timex.rules import WORD_START, Rule, rules

MAX_KEY = 12         # characters an opening is kept to (longer ones become OPEN prefixes)
MAX_OPENINGS = 2000  # more than this many and openings are cut shorter until they are fewer
MAX_REPEAT_SPELLED = 4   # \d{1,3} is spelled out as "#", "##", "###"; longer repeats stay open
MAX_BLANKS = 64      # the longest run of white space one blank of an opening stands for
RUN = 24             # word characters the scan reads per word
DIGIT = "#"
BLANK = " "

WHOLE = 0   # the piece matches exactly these characters (what follows continues the opening)
OPEN = 1    # the match begins with these characters; anything may follow
CLOSED = 2  # the match begins with these characters, then a non-word character or its end
Opening = tuple[int, str]


def canon(char: str) -> str:
    """The character ``char`` stands for in an opening."""
    if char.isdecimal():
        return DIGIT
    if char.isspace():
        return BLANK
    return fold(char)


def _is_letter(char: str) -> bool:
    """A letter of a word: ``[^\\W\\d_]`` in the engine's terms."""
    return char.isalnum() and not char.isdecimal()


def _is_word(char: str) -> bool:
    """A word character (``\\w``), of the text or of the canonical alphabet (``#``)."""
    return char.isalnum() or char in "_" + DIGIT


# --- reading the openings of a parsed pattern ---------------------------------------------

def _join(left: set[Opening] | None, right: set[Opening] | None) -> set[Opening] | None:
    """Openings of ``left`` followed by ``right`` (None: cannot be read).

    Only the first MAX_KEY characters of an opening are kept, so each left opening is
    joined with ``right`` already cut to the room it leaves (the product stays small).
    """
    if left is None:
        return None
    out: set[Opening] = set()
    cut: dict[int, set[Opening]] = {}
    for kind, text in left:
        if kind != WHOLE:
            out.add((kind, text))
        elif right is None:
            if not text:
                return None
            out.add((OPEN, text))
        else:
            room = MAX_KEY - len(text) + (1 if text.endswith(BLANK) else 0)
            if room not in cut:
                cut[room] = _cut(right, room)
            for r_kind, r_text in cut[room]:
                if text.endswith(BLANK) and r_text.startswith(BLANK):
                    r_text = r_text[1:]       # white space runs are one blank
                out.add((r_kind, text + r_text))
    return _bounded(out)


def _cut(found: set[Opening], size: int) -> set[Opening]:
    return {(OPEN, t[:size]) if len(t) > size else (k, t) for k, t in found}


def _bounded(found: set[Opening]) -> set[Opening]:
    """At most MAX_OPENINGS openings (joins keep them within MAX_KEY characters): cutting
    one short keeps it true (an OPEN prefix), only less selective."""
    size = MAX_KEY
    while len(found) > MAX_OPENINGS and size > 2:
        size -= 2
        found = _cut(found, size)
    return found


def _char(char: str) -> Opening:
    return (WHOLE, canon(char))


_MANY_LETTERS = 4   # a class of more letters than this opens with any letter


def _in_set(items: list) -> set[Opening] | None:
    out: set[Opening] = set()
    letters = 0
    for kind, value in items:
        if kind is C.LITERAL:
            chars = [chr(value)]
        elif kind is C.RANGE:
            low, high = value
            if high - low > 200:
                return None
            chars = [chr(code) for code in range(low, high + 1)]
        elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
            chars = ["0"]
        elif kind is C.CATEGORY and value is C.CATEGORY_SPACE:
            chars = [" "]
        else:
            return None
        for char in chars:
            letters += _is_letter(char)
            out.add(_char(char))
    if letters > _MANY_LETTERS:
        out = {(k, t) for k, t in out if not _is_letter(t)} | {(OPEN, "")}
    return out


def _repeat(low: int, high: int, body: set[Opening] | None) -> set[Opening] | None:
    if body is None:
        return None
    if body == {(WHOLE, BLANK)}:           # any run of blanks is one blank
        return {(WHOLE, BLANK)} | ({(WHOLE, "")} if low == 0 else set())
    if high <= MAX_REPEAT_SPELLED:
        out: set[Opening] | None = {(WHOLE, "")} if low == 0 else set()
        current: set[Opening] | None = {(WHOLE, "")}
        for count in range(1, high + 1):
            current = _join(current, body)
            if current is None:
                return None
            if count >= low:
                out |= current  # type: ignore[operator]
        return _bounded(out)  # type: ignore[arg-type]
    heads = {(OPEN, t) if k == WHOLE else (k, t) for k, t in body}
    return heads | ({(WHOLE, "")} if low == 0 else set())


def _piece(op: object, arg: object) -> set[Opening] | None:
    """Openings of one parsed item."""
    if op is C.LITERAL:
        return {_char(chr(arg))}  # type: ignore[arg-type]
    if op is C.IN:
        return _in_set(arg)  # type: ignore[arg-type]
    if op is C.SUBPATTERN:
        return _sequence(list(arg[-1]))  # type: ignore[index]
    if op is C.BRANCH:
        out: set[Opening] = set()
        for branch in arg[1]:  # type: ignore[index]
            found = _sequence(list(branch))
            if found is None:
                return None
            out |= found
        return _bounded(out)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
        low, high, body = arg  # type: ignore[misc]
        return _repeat(low, high, _sequence(list(body)))
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {(WHOLE, "")}
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(list(arg))  # type: ignore[arg-type]
    return None


def _sequence(items: list) -> set[Opening] | None:
    found: set[Opening] | None = {(WHOLE, "")}
    for op, arg in items:
        if found is None or all(kind != WHOLE for kind, _ in found):
            break
        found = _join(found, _piece(op, arg))
    return found


@lru_cache(maxsize=None)
def pattern_openings(pattern: str, flags: int = re.IGNORECASE) -> frozenset[Opening] | None:
    """How any match of ``pattern`` opens; None when that cannot be read.

    The end of a match counts as CLOSED (every rule ends with ``(?![\\w])``). A pattern
    that can match nothing, or open with no word character, has no readable opening.
    """
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    found = _sequence(list(parsed))
    if found is None:
        return None
    out: set[Opening] = set()
    for kind, text in found:
        if not text or not (_is_word(text[0]) or text[0] in "'#"):
            return None
        out.add((CLOSED, text) if kind == WHOLE else (kind, text))
    return frozenset(out)


# --- the index of every rule's openings ---------------------------------------------------

@dataclass
class _Node:
    children: dict[str, "_Node"] = field(default_factory=dict)
    open: set[int] = field(default_factory=set)      # rules with an OPEN opening ending here
    closed: set[int] = field(default_factory=set)    # rules with a CLOSED opening ending here
    below: frozenset[int] = frozenset()              # every rule at or under this node


@dataclass(frozen=True)
class Openings:
    """Every rule's readable openings, as a tree over canonical characters, and the scan."""

    root: _Node
    unread: tuple[int, ...]                 # rules scanned in full
    locator: re.Pattern[str] | None         # the scan for texts without rare letters
    wide_locator: re.Pattern[str] | None    # the scan for any text
    rare: re.Pattern[str]                   # letters only the wide scan knows


def _fill_below(node: _Node) -> frozenset[int]:
    below = set(node.open) | node.closed
    for child in node.children.values():
        below |= _fill_below(child)
    node.below = frozenset(below)
    return node.below


@lru_cache(maxsize=None)
def openings(lang: str) -> Openings:
    root = _Node()
    unread: list[int] = []
    for index, rule in enumerate(rules(lang)):
        found = None
        if rule.regex.pattern.startswith(WORD_START):
            found = pattern_openings(rule.regex.pattern, rule.regex.flags)
        if found is None:
            unread.append(index)
            continue
        for kind, text in found:
            node = root
            for char in text:
                node = node.children.setdefault(char, _Node())
            (node.open if kind == OPEN else node.closed).add(index)
    _fill_below(root)
    return Openings(root, tuple(unread), _locator(root, True), _locator(root, False), _rare(root))


# --- the scan -------------------------------------------------------------------------

def _word_part(node: _Node, variants: dict[str, str]) -> str:
    """The rest of a first word, as a pattern of plain character sets (fast to reject)."""
    if node.open:
        return ""
    branches = []
    for char, child in sorted(node.children.items()):
        if _is_letter(char):
            branches.append(f"[{variants[char]}]{_word_part(child, variants)}")
    if node.closed or any(not _is_letter(char) for char in node.children):
        branches.append(r"(?![^\W\d_])")
    return f"(?:{'|'.join(branches)})" if branches else r"(?!)"


def _letters(node: _Node) -> set[str]:
    found = {char for char in node.children if _is_letter(char)}
    for child in node.children.values():
        found |= _letters(child)
    return found


def _merge(nodes: list[_Node]) -> _Node:
    """One tree holding the words of all ``nodes`` (letters only)."""
    merged = _Node()
    for node in nodes:
        merged.open |= node.open
        merged.closed |= node.closed
        if any(not _is_letter(char) for char in node.children):
            merged.closed.add(-1)
    if merged.open:
        return merged
    by_char: dict[str, list[_Node]] = {}
    for node in nodes:
        for char, child in node.children.items():
            if _is_letter(char):
                by_char.setdefault(char, []).append(child)
    merged.children = {char: _merge(group) for char, group in by_char.items()}
    return merged


def _locator(root: _Node, narrow: bool) -> re.Pattern[str] | None:
    """One pattern finding the word starts that may open some rule, with the word after it.

    It begins with a plain character set, so the engine skips every other character in
    C; the word-start test follows, then the rest of the word, checked against the rest
    of every opening word at once (whatever its first letter: a cheap superset, which
    the lookup after the scan settles). ``narrow`` leaves out the letters beyond Latin-1
    that fold to a wanted letter (the long s, the Kelvin sign...): a set of Latin-1
    characters is checked much faster, and a text holding none of those letters (see
    ``Openings.rare``) loses nothing.
    """
    if not root.children:
        return None
    variants = {letter: "".join(re.escape(c) for c in chars if not narrow or ord(c) < 256)
                for letter, chars in case_variants(frozenset(_letters(root))).items()}
    firsts = []
    others = []
    for first, child in sorted(root.children.items()):
        if first == DIGIT:
            firsts.append(r"\d")
        elif _is_letter(first):
            firsts.append(variants[first])
            others.append(child)
        else:
            firsts.append(re.escape(first))
    rest = _word_part(_merge(others), variants)
    not_letter = "".join(f for f, char in zip(firsts, sorted(root.children)) if not _is_letter(char))
    word = rf"[^\W_]{{0,{RUN}}}"
    head = rf"(?:(?<=[{not_letter}])|{rest})" if not_letter else rest
    # Only the first character is consumed (the rest is read ahead), so that a word
    # start right after an apostrophe ("'60") is found as well.
    after = rf"(?:(\s{{1,{MAX_BLANKS}}}|[^\w\s])({word}))?"
    return re.compile(f"[{''.join(firsts)}](?<![\\w/].)(?=({head}{word}){after})")


def _rare(root: _Node) -> re.Pattern[str]:
    """The letters beyond Latin-1 that the narrow scan leaves out."""
    rare = sorted({c for chars in case_variants(frozenset(_letters(root))).values() for c in chars if ord(c) >= 256})
    return re.compile(f"[{''.join(re.escape(c) for c in rare)}]" if rare else r"(?!)")


def _canon_text(text: str) -> str:
    return "".join(canon(c) for c in text)


def rules_opened(head: str, rest: str, gap: str | None, second: str | None, table: Openings) -> tuple[int, ...]:
    """The rules whose openings fit the text that begins with the word ``head + rest``,
    then ``gap`` and ``second`` when known. What comes after is unknown, so an opening
    that runs past the known text fits."""
    text = _canon_text(head + rest)
    if gap is not None:
        text += (BLANK if gap[0].isspace() else canon(gap)) + _canon_text(second or "")
    found: set[int] = set()
    node = table.root
    for char in text:
        found |= node.open
        if not _is_word(char):
            found |= node.closed
        node = node.children.get(char)  # type: ignore[assignment]
        if node is None:
            return tuple(sorted(found))
    found |= node.below
    return tuple(sorted(found))


_SEEN_LIMIT = 200_000


@lru_cache(maxsize=None)
def _seen(lang: str) -> dict[tuple[str, str, str | None, str | None], tuple[int, ...]]:
    """Openings met so far and the rules they open (news repeats its phrases; bounded)."""
    return {}


def starts(text: str, lang: str = "en") -> tuple[list[list[int]], tuple[int, ...]]:
    """For each rule, the word starts in ``text`` where it may match (in order); and the
    rules whose openings could not be read, which must be scanned in full."""
    table = openings(lang)
    where: list[list[int]] = [[] for _ in rules(lang)]
    if table.locator is None:
        return where, table.unread
    seen = _seen(lang)
    if len(seen) > _SEEN_LIMIT:
        seen.clear()
    locator = table.wide_locator if table.rare.search(text) else table.locator
    for match in locator.finditer(text):  # type: ignore[union-attr]
        key = match.group(0, 1, 2, 3)
        opened = seen.get(key)
        if opened is None:
            opened = seen[key] = rules_opened(*key, table)
        if opened:
            at = match.start()
            for index in opened:
                where[index].append(at)
    return where, table.unread


def scan(rule: Rule, text: str, positions: list[int]) -> list[re.Match[str]]:
    """The matches ``rule.regex.finditer(text)`` gives, trying only ``positions``."""
    found = []
    match_at = rule.regex.match
    end = 0
    for at in positions:
        if at < end:
            continue
        match = match_at(text, at)
        if match is not None:
            found.append(match)
            end = match.end()
    return found
