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

Openings are written in a canonical alphabet: a letter as the engine folds its case, one
mark for any digit, one blank for any run of white space, other characters as they are;
they stop after their second word (a number with a decimal point or a thousands comma is one
word: "3.5", "1,500"). An opening either only begins the text (OPEN) or is
followed by a character that is no word character (CLOSED: "may" then not "maybe"). A
rule whose openings cannot be read is scanned in full.
"""

from __future__ import annotations

import bisect
from collections import defaultdict

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial, reduce
from collections.abc import Iterable
from itertools import chain
from operator import or_

from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from calfeed.setup_cache import cached, compiled
from calfeed.timex.casefold import case_variants, fold
from calfeed.timex.kinds_led import scan_pattern
from calfeed.timex.one_time import compiled_later
from calfeed.timex.rules import MACRO, WORD_START, Rule, expand, macros, rules
from calfeed.timex.vocabulary import FIRST_CHAR_GROUPS, grouped_branches

MAX_KEY = 12         # characters an opening is kept to (longer ones become OPEN prefixes)
MAX_OPENINGS = 12000  # more than this many and openings are cut shorter until they are fewer
# (bounded at 5000, the duration rule's were all cut to six characters: "the co" opened it, and
# "the company" was tried as a duration; the bigger table costs a run's setup some 24 MB, no time)
MAX_REPEAT_SPELLED = 4   # \d{1,3} is spelled out as "#", "##", "###"; longer repeats stay open
RUN = 24             # word characters the scan reads per word
GAP = 16             # characters between two words the scan reads
SECOND_WORD = 4      # characters of an opening's second word that are kept
DIGIT = "\ue000"     # any decimal digit (a private-use character: no clash with a literal)
_WORD_MARKS = "_" + DIGIT   # word characters that are not alphanumeric
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
    return char.isalnum() or char in _WORD_MARKS


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
    in_word: dict[int, tuple[set[Opening], bool]] = {}
    longest = max((len(t) for _, t in right), default=0) if right is not None else 0
    for kind, text in left:
        if kind != WHOLE:
            out.add((kind, text))
        elif right is None:
            if not text:
                return None
            out.add((OPEN, text))
        else:
            room = MAX_KEY - len(text) + (1 if text.endswith(BLANK) else 0)
            if longest <= room:
                fitting = right
            else:
                if room not in cut:
                    cut[room] = _cut(right, room)
                fitting = cut[room]
            blank_end = text.endswith(BLANK)
            second = _IN_SECOND_WORD.fullmatch(text)
            if second is not None:
                # The second word is read only so far; whatever follows it after a
                # break, the opening ends with it, CLOSED: a non-word character follows
                # ("the a" of "the a-year", which "the acquisition" does not open).
                room = min(room, max(0, SECOND_WORD - len(second.group(1))))
                if room not in in_word:
                    pieces = _cut(right, room) if longest > room else right
                    in_word[room] = ({(k, t) for k, t in pieces if not t or _is_word(t[0])},
                                     any(t and not _is_word(t[0]) for _, t in pieces))
                fitting, breaks = in_word[room]
                if breaks:
                    out.add((CLOSED, text))
            for r_kind, r_text in fitting:
                if blank_end and r_text.startswith(BLANK):
                    r_text = r_text[1:]       # white space runs are one blank
                if _breaks(r_text):
                    out.add(_two_words(r_kind, text + r_text))
                else:
                    out.add((r_kind, text + r_text))
    return _bounded(out)


# A word of an opening: letters and digits, and a decimal point or a thousands comma between two
# digits ("#.#", "#,###"): a number is one word, so an opening reads on past "3.5" to the word after
# it ("3.5 years", not "3.5 million"), and the scan reads numbers the same way (``_locator``).
_DECIMAL_MARK = rf"(?<={DIGIT})[.,](?={DIGIT})"
_WORD_RUN = rf"(?:[^\W_]|{DIGIT}|{_DECIMAL_MARK})+"
_BREAK = rf"(?:[^\w{DIGIT}.,]|(?<!{DIGIT})[.,]|[.,](?!{DIGIT}))+"    # between two words
_IN_SECOND_WORD = re.compile(rf"{_WORD_RUN}{_BREAK}({_WORD_RUN})")
_PAST_TWO_WORDS = re.compile(rf"{_WORD_RUN}{_BREAK}{_WORD_RUN}(?=[^\w{DIGIT}])")


@lru_cache(maxsize=None)
def _breaks(piece: str) -> bool:
    """Whether a piece holds a non-word character: only such a piece can end a second word.
    Asked of the piece as joined, after any cut ("twenty-" of "twenty-first" ends one)."""
    return not all(map(_is_word, piece))


def _two_words(kind: int, text: str) -> Opening:
    """An opening is kept to its first two words: the scan reads no further. Cut after its second
    word, it is CLOSED: a character that is no word character follows that word ("an a" of "an a.m.
    start" or "the a" of "the a dozen"; read as OPEN, every "an analyst" and "the acquisition" opened
    such rules, and a number before a decimal mark still opens them, as the scan reads "3.5")."""
    two = _PAST_TWO_WORDS.match(text)
    if two is not None:
        return (CLOSED, text[:two.end()])
    return (kind, text)


def _cut(found: set[Opening], size: int) -> set[Opening]:
    return {(OPEN, t[:size]) if len(t) > size else (k, t) for k, t in found}


def _bounded(found: set[Opening]) -> set[Opening]:
    """At most MAX_OPENINGS openings (joins keep them within MAX_KEY characters): cutting
    one short keeps it true (an OPEN prefix), only less selective. They are cut a character
    at a time: two at a time, a set of characters after a number ("#½", "#¼"...) that left
    the duration rule's openings just over the bound at six characters cut them all to four,
    and "the " then opened the rule before any word. Only openings that share the shorter
    beginning with another are cut (``_cut_shared``): with all of them cut, the duration rule's
    were seven characters long, "the com" among them, and the rule was tried, and failed, at every
    "the company" (some 230 times a TBAQ pass), though only "the coming" and "the couple" begin so."""
    size = MAX_KEY
    while len(found) > MAX_OPENINGS and size > 2:
        size -= 1
        found = _cut_shared(found, size)
    return found


def _cut_shared(found: set[Opening], size: int) -> set[Opening]:
    """``_cut`` of only the openings that share their first ``size`` characters with another: cutting
    one that shares them with none leaves as many openings and only makes it less selective."""
    heads: dict[str, int] = {}
    for _, text in found:
        head = text[:size]
        heads[head] = heads.get(head, 0) + 1
    return {(OPEN, text[:size]) if len(text) > size and heads[text[:size]] > 1 else (kind, text)
            for kind, text in found}


def _char(char: str) -> Opening:
    return (WHOLE, canon(char))


_MANY_LETTERS = 4   # a class of more letters than this opens with any letter
# (letters of an alphabet only: "[½¼¾⅓⅔]" are word characters but no letters, and a set of them
# read as "any character" made every number open each rule with an optional fraction after it)
_PLACEHOLDER = 0xF0000   # macros stand as these private-use characters while a rule is read


def _in_set(items: list, names: tuple[str, ...], lang: str) -> set[Opening] | None:
    if _blanks_only(items):
        return {(WHOLE, BLANK)}
    out: set[Opening] = set()
    letters = numerals = 0
    for kind, value in items:
        if kind is C.LITERAL and _PLACEHOLDER <= value < _PLACEHOLDER + len(names):
            found = macro_openings(names[value - _PLACEHOLDER], lang)   # "%a|%b" is parsed as a set
            if found is None:
                return None
            out |= found
            continue
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
            letters += char.isalpha()
            numerals += _is_numeral(char)
            out.add(_char(char))
    if letters > _MANY_LETTERS:
        out = {(k, t) for k, t in out if not t.isalpha()} | {(OPEN, "")}
    if numerals > _MANY_LETTERS:
        out = {(OPEN, t) if _is_numeral(t) else (k, t) for k, t in out}
    return out


def _is_numeral(char: str) -> bool:
    """A number that is no digit ("½", "²"). A set of several ends the opening at its character:
    such characters are rare in a text, and openings read on past each of "[½¼¾⅓⅔]" after a
    number multiplied the duration rule's until they had to be cut shorter everywhere."""
    return char.isnumeric() and not char.isdecimal()


def _blanks_only(items: list) -> bool:
    """A negated set that leaves out every character that is no white space (``[^\\S\\n]``, "a blank
    on the same line"): each character it takes is white space, one BLANK in an opening."""
    return (len(items) >= 2 and items[0] == (C.NEGATE, None) and (C.CATEGORY, C.CATEGORY_NOT_SPACE) in items[1:])


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


def _piece(op: object, arg: object, names: tuple[str, ...], lang: str,
           groups: dict[int, object] | None = None) -> set[Opening] | None:
    """Openings of one parsed item (a macro's are read once, from its own text). A reference back
    to a group (``groups``: each group of the pattern by number) opens as the group itself does: it
    matches the text the group matched, which the group's own pattern matches, so its openings hold
    it ("4.8.2031" through the second "." of ``(?P<sep>[/.])...(?P=sep)``; read as anything, every
    decimal, "4.8 million", opened the rule). A group a macro holds is not seen: read as anything."""
    if op is C.GROUPREF:
        body = groups.get(arg) if groups else None      # type: ignore[call-overload]
        return None if body is None else _sequence(list(body), names, lang, groups)  # type: ignore[call-overload]
    if op is C.LITERAL:
        if _PLACEHOLDER <= arg < _PLACEHOLDER + len(names):  # type: ignore[operator]
            found = macro_openings(names[arg - _PLACEHOLDER], lang)  # type: ignore[operator]
            return None if found is None else set(found)
        return {_char(chr(arg))}  # type: ignore[arg-type]
    if op is C.IN:
        return _in_set(arg, names, lang)  # type: ignore[arg-type]
    if op is C.SUBPATTERN:
        return _sequence(list(arg[-1]), names, lang, groups)  # type: ignore[index]
    if op is C.BRANCH:
        out: set[Opening] = set()
        for branch in arg[1]:  # type: ignore[index]
            found = _sequence(list(branch), names, lang, groups)
            if found is None:
                return None
            out |= found
        return _bounded(out)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
        low, high, body = arg  # type: ignore[misc]
        return _repeat(low, high, _sequence(list(body), names, lang, groups))
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return {(WHOLE, "")}
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(list(arg), names, lang, groups)  # type: ignore[arg-type]
    return None


def _sequence(items: list, names: tuple[str, ...] = (), lang: str = "",
              groups: dict[int, object] | None = None) -> set[Opening] | None:
    found: set[Opening] | None = {(WHOLE, "")}
    for at, (op, arg) in enumerate(items):
        if found is None or all(kind != WHOLE for kind, _ in found):
            break
        if op is C.ASSERT and arg[0] == 1 and all(later in _ZERO_WIDTH for later, _ in items[at + 1:]):
            ahead = _sequence(list(arg[1]), names, lang, groups)
            if ahead is not None and (WHOLE, "") not in ahead:     # a look-ahead that ends the sequence
                return _looked_ahead(found, ahead)
        found = _join(found, _piece(op, arg, names, lang, groups))
    return found


_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)


def _looked_ahead(found: set[Opening], ahead: set[Opening]) -> set[Opening] | None:
    """Openings of ``found`` followed by a look-ahead that reads at least a character and that nothing
    but other look-arounds follow ("4.8 to 12.8.2031" of ``\\d\\.\\d(?=\\s(?:to|until)\\s...)``): the text
    after the match begins as the look-ahead reads, and anything may come after that. Read as matching
    nothing, it let every number with a decimal point open such a rule ("4.8 million")."""
    joined = _join(found, ahead)
    return None if joined is None else _bounded({(OPEN, text) if kind == WHOLE else (kind, text)
                                                for kind, text in joined})


_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None)


def _groups(parsed: object) -> dict[int, object]:
    """Each numbered group of a parsed pattern, by number (its parsed body), wherever it stands:
    what a reference back to it (``(?P=sep)``) opens with."""
    found: dict[int, object] = {}
    stack = [parsed]
    while stack:
        for op, arg in stack.pop():      # type: ignore[attr-defined]
            if op is C.SUBPATTERN:
                if arg[0] is not None:
                    found[arg[0]] = arg[-1]
                stack.append(arg[-1])
            elif op is C.BRANCH:
                stack.extend(arg[1])
            elif op in _REPEATS:
                stack.append(arg[2])
            elif op in (C.ASSERT, C.ASSERT_NOT):
                stack.append(arg[1])
            elif op is getattr(C, "ATOMIC_GROUP", None):
                stack.append(arg)
            elif op is C.GROUPREF_EXISTS:
                stack.extend(part for part in arg[1:] if part is not None)
    return found


@lru_cache(maxsize=None)
def macro_openings(name: str, lang: str) -> frozenset[Opening] | None:
    """How a macro's matches open (its WHOLE openings still to be continued)."""
    try:
        parsed = _parser.parse(macros(lang)[name], re.IGNORECASE)
    except (re.error, KeyError):
        return None
    found = _sequence(list(parsed))
    return None if found is None else frozenset(found)


@lru_cache(maxsize=None)
def pattern_openings(pattern: str, flags: int = re.IGNORECASE, lang: str = "") -> frozenset[Opening] | None:
    """How any match of ``pattern`` opens; None when that cannot be read. With ``lang``,
    ``%name`` stands for that language's macro (as in ``rules.tsv``).

    The end of a match counts as CLOSED (every rule ends with ``(?![\\w])``). A pattern
    that can match nothing, or open with no word character, has no readable opening.
    """
    names: list[str] = []

    def placeholder(match: re.Match[str]) -> str:
        names.append(match.group(1))
        return chr(_PLACEHOLDER + len(names) - 1)

    try:
        parsed = _parser.parse(MACRO.sub(placeholder, pattern) if lang else pattern, flags)
    except re.error:
        return None
    found = _sequence(list(parsed), tuple(names), lang, _groups(parsed))
    if found is None:
        return None
    out: set[Opening] = set()
    for kind, text in found:
        if not text or not (_is_word(text[0]) or text[0] == "'"):
            return None
        out.add((CLOSED, text) if kind == WHOLE else (kind, text))
    return frozenset(out)


def rule_openings(rule: Rule, lang: str) -> frozenset[Opening] | None:
    """How the rule's matches open, read from its pattern as written (macros read once).

    A rule that refers back to a group one of its macros names ("(?P=tz)" after
    ``%zoneTail``) cannot be parsed with its macros standing apart; it is read with them
    written out (slower, but only for such rules), so it is not scanned in full.
    """
    if not rule.pattern.startswith(WORD_START) or not rule.source:
        return None
    found = pattern_openings(rf"{WORD_START}(?:{rule.source})(?![\w])", rule.flags, lang)
    if found is None and _refers_back(rule.source):
        found = pattern_openings(rf"{WORD_START}(?:{expand(rule.source, lang)})(?![\w])", rule.flags)
    return found


_GROUP_REFERENCE = re.compile(r"\(\?P=\w+\)|\\[1-9]")


def _refers_back(source: str) -> bool:
    return _GROUP_REFERENCE.search(source) is not None


# --- the index of every rule's openings ---------------------------------------------------

@dataclass
class _Node:
    """A tree of the openings' first words, letter by letter, for the scan pattern."""

    children: dict[str, "_Node"] = field(default_factory=dict)
    open: bool = False       # a first word may go on with any letters from here
    closed: bool = False     # a first word may end here
    # When the word ending here opens nothing by itself: how the second words of the openings
    # it begins start (their first SECOND_SEEN characters; see _follows). None: not checked.
    # Under the root, for a first character that is no letter: the characters after it (see
    # _next_characters).
    follows: frozenset[str] | None = None
    # Under the root's digit: the runs of digits the openings that begin with a digit begin with,
    # one node a digit after the first (see _digit_runs). None: a number is let through unchecked.
    runs: "_Node | None" = None


@dataclass(frozen=True)
class Locator:
    """The scan for word starts that may open some rule: after each character that may stand
    before a word start (the text's start is read as after a blank). Group 1 is the word read
    there, group 2 the gap after it and group 3 the next word (when read).

    The pattern is compiled when first used: a run meets one or two of the three scans, and
    their patterns are long (compiling them all took a tenth of a one-page run)."""

    ahead: str       # the word start and what follows it, read ahead
    before: str      # a character a word start may follow

    def __post_init__(self) -> None:
        compiled_later(self, "after")

    @cached_property
    def after(self) -> re.Pattern[str]:
        return compiled(self.before + self.ahead)


@dataclass(frozen=True, eq=False)
class Openings:
    """Every rule's readable openings, indexed for the lookup after the scan."""

    keys: tuple[str, ...]                    # every opening, sorted, for a text cut short
    # every beginning of every opening -> the rules it opens, as bits: those of its OPEN openings
    # (1 << index), those of its CLOSED ones shifted ``shift`` places on, and those the walk through
    # it has opened shifted twice as far (see _beginnings)
    begun: dict[str, int]
    unread: tuple[int, ...]                  # rules scanned in full
    locator: Locator | None                  # the scan for texts without rare letters
    wide_locator: Locator | None             # the scan for any text
    ascii_locator: Locator | None            # the scan for an ASCII text in lower case
    rare: re.Pattern[str]                    # letters only the wide scan knows
    masks: tuple[int, ...]                   # the rules of each of ``keys``, as bits (1 << index)
    shift: int                               # where a beginning's CLOSED bits start: the number of rules
    open_bits: int                           # the bits of OPEN openings' rules: (1 << shift) - 1
    indexes: dict[int, tuple[int, ...]] = field(default_factory=dict)   # rules as bits -> as indexes (bounded)

    # The openings by kind, read back from ``begun`` when asked (by the tests): the scan needs
    # none of them, and kept in the disk cache they made it half again as long to read.
    @cached_property
    def open(self) -> dict[str, tuple[int, ...]]:
        """Opening -> the rules it may begin."""
        return {text: _indexes(bits & self.open_bits, self) for text, bits in self.begun.items()
                if bits & self.open_bits}

    @cached_property
    def closed(self) -> dict[str, tuple[int, ...]]:
        """Opening -> the rules it begins before a non-word character."""
        return {text: _indexes(bits >> self.shift & self.open_bits, self) for text, bits in self.begun.items()
                if bits >> self.shift & self.open_bits}

    @cached_property
    def every(self) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """Every opening and the rules it begins, sorted."""
        return tuple((text, _indexes(mask, self)) for text, mask in zip(self.keys, self.masks))


def _first_word(kind: int, text: str) -> tuple[str, bool]:
    """The letters an opening's first word begins with, and whether it may go on with
    any letters after them (else a non-letter follows)."""
    for position, char in enumerate(text):
        if not _is_letter(char):
            return (text[:max(position, 1)], False)
    return (text, kind == OPEN)


def _add_first_word(word: str, open_end: bool, root: _Node) -> None:
    node = root
    for char in word:
        node = node.children.setdefault(char, _Node())
    if open_end:
        node.open = True
    else:
        node.closed = True


def _tree(opened: Iterable[str], closed: Iterable[str]) -> _Node:
    """The tree of the first words of the openings ``opened`` (OPEN) and ``closed`` (CLOSED)."""
    found = [(OPEN, text) for text in opened] + [(CLOSED, text) for text in closed]
    root = _Node()
    for word, open_end in {_first_word(kind, text) for kind, text in found}:
        _add_first_word(word, open_end, root)
    _add_follows(root, _follows(found))
    _add_follows(root, _next_characters(found))
    if DIGIT in root.children:
        root.children[DIGIT].runs = _digit_runs(found)
    return root


def _digit_runs(openings: Iterable[Opening]) -> _Node:
    """The runs of digits that the openings beginning with a digit begin with, as a tree whose root
    stands after the first digit. A node is open where an OPEN opening is that run alone (anything
    may follow), closed where a CLOSED one is (anything but a digit may follow); its ``follows`` are
    the beginnings (``_follows``) of the second words of the openings that go on from the run with
    white space alone ("# years", "## jan"), None when one of them ends in that white space. An
    opening that goes on with a word character, a decimal mark or any other character of no word
    ("#th", "#.#", "#:##", "#-#") needs no mark: the scan lets such a number through unchecked.

    A number whose run leaves the tree, or that white space and a word beginning none of its node's
    second words follow, opens nothing (``rules_opened`` finds no opening it begins, nor one that
    begins it), so the scan passes over it ("45 states", "300 people": about one number in three
    of a news text)."""
    root = _Node(follows=frozenset())
    follows: dict[int, set[str] | None] = {}     # by id of the node
    for kind, text in openings:
        if not text.startswith(DIGIT):
            continue
        run = len(text) - len(text.lstrip(DIGIT))
        node = root
        for _ in range(run - 1):
            node = node.children.setdefault(DIGIT, _Node(follows=frozenset()))
        rest = text[run:]
        if not rest:
            node.open, node.closed = node.open or kind == OPEN, node.closed or kind != OPEN
            continue
        second = _AFTER_BLANKS.match(rest)
        if second is None:
            continue        # glued on, or another character after the run: let through
        seen = follows.setdefault(id(node), set())
        if not second.group(1):
            follows[id(node)] = None
        elif seen is not None:
            seen.add(second.group(1)[:SECOND_SEEN])
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in follows:
            seen = follows[id(node)]
            node.follows = None if seen is None else frozenset(seen)
        stack.extend(node.children.values())
    return root


# After a run of digits: white space alone, then the second word's letters and digits (or none).
_AFTER_BLANKS = re.compile(rf"{BLANK}(?![^\w{DIGIT}])((?:[^\W\d_]|{DIGIT})*)")


SECOND_SEEN = 4     # characters of a second word the scan checks after a first word that opens nothing alone
# (as many as an opening keeps, SECOND_WORD: with three, "the company" passed the scan on "the coming"'s
# "com" and was looked up in vain, some 180 such keys a first TBAQ pass)


def _follows(openings: Iterable[Opening]) -> dict[str, frozenset[str] | None]:
    """For each first word of letters that some opening goes on past: the beginnings (at most
    SECOND_SEEN characters) of the second words its openings go on with, or None when the
    word opens a rule by itself or some opening ends in the gap after it (anything may follow).

    At a word start where such a word stands alone (a non-word character after it, no digit),
    ``rules_opened`` finds a rule only when the gap and the next word begin some opening, or
    the text is cut short there (its end, a ``_``, a gap of GAP characters): an opening that
    runs past the word is the word, its gap as written, and a second word (``_IN_SECOND_WORD``)
    that the text's next word, all word characters, must begin with. So the scan may pass
    over every other place ("the company", "that he") without changing what is found.
    """
    out: dict[str, set[str] | None] = {}
    for kind, text in openings:
        first, open_end = _first_word(kind, text)
        if open_end or not _is_letter(first[0]):
            continue        # an open first word (read no further), or one that is no word of letters
        seen = out.setdefault(first, set())
        rest = text[len(first):]
        if seen is None:
            continue        # already unchecked
        if rest and _is_word(rest[0]):
            continue        # "q#": a digit glued on, which the scan lets through unchecked
        second = _SECOND_START.match(rest)
        if second is None or not second.group(1):
            out[first] = None       # the word alone opens a rule, or an opening ends in the gap after it
        else:
            seen.add(second.group(1)[:SECOND_SEEN])
    return {word: None if seen is None else frozenset(seen) for word, seen in out.items()}


_SECOND_START = re.compile(rf"[^\w{DIGIT}]+((?:[^\W\d_]|{DIGIT})*)")


def _next_characters(openings: Iterable[Opening]) -> dict[str, frozenset[str] | None]:
    """For each first character of the openings that is no letter: the characters its openings
    go on with, when each goes on with a letter or a digit ("'" in "'##s"), else None.

    A word start there opens a rule only when such a character follows it, or when the text is
    cut short right after it (its end, a ``_``: the openings that run past it count), since the
    character alone begins no opening that ``rules_opened`` could finish with a gap."""
    out: dict[str, set[str] | None] = {}
    for _, text in openings:
        if _is_letter(text[0]):
            continue
        seen = out.setdefault(text[0], set())
        if seen is None:
            continue
        if len(text) == 1 or not _is_word(text[1]) or text[1] == "_":
            out[text[0]] = None
        else:
            seen.add(text[1])
    return {char: None if seen is None else frozenset(seen) for char, seen in out.items()}


def _add_follows(root: _Node, follows: dict[str, frozenset[str] | None]) -> None:
    """Put each word's second-word beginnings on the node where the word ends."""
    for word, seen in follows.items():
        node: _Node | None = root
        for char in word:
            node = node.children.get(char) if node is not None else None
        if node is not None and node.closed:
            node.follows = seen


@lru_cache(maxsize=None)
def openings(lang: str) -> Openings:
    """Every rule's openings for ``lang``, indexed: read from the setup's disk cache
    (calfeed.setup_cache) when it holds them for these tables and this engine, else built."""
    data = cached(f"openings-{lang}", partial(_openings_data, lang))
    keys, begun, unread, locators, rare, masks, shift = data
    narrow, wide, ascii_lower = (None if found is None else Locator(*found) for found in locators)
    return Openings(keys, begun, unread, narrow, wide, ascii_lower, re.compile(rare), masks, shift, (1 << shift) - 1)


def _openings_data(lang: str) -> tuple:
    """What ``openings`` holds, as plain data (strings, numbers, tuples and dicts of them) that
    the disk cache can keep; the scans' patterns as their text. The caches of the pattern reading
    (``pattern_openings``, ``macro_openings``, ``_breaks``) serve this build only and are emptied
    after it: kept, their ~60,000 openings in sets would be walked by every full collection."""
    opened: dict[str, set[int]] = {}
    closed: dict[str, set[int]] = {}
    unread: list[int] = []
    for index, rule in enumerate(rules(lang)):
        found = rule_openings(rule, lang)
        if found is None:
            unread.append(index)
            continue
        for kind, text in found:
            (opened if kind == OPEN else closed).setdefault(text, set()).add(index)
    root = _tree(opened, closed)
    every: dict[str, set[int]] = {}
    for table in (opened, closed):
        for text, ids in table.items():
            every.setdefault(text, set()).update(ids)
    shift = len(rules(lang))
    locators = tuple(None if found is None else (found.ahead, found.before)
                     for found in (_locator(root, _NARROW), _locator(root, _WIDE), _locator(root, _ASCII_LOWER)))
    ordered = sorted(every.items())
    data = (tuple(text for text, _ in ordered), _beginnings(opened, closed, shift), tuple(unread), locators,
            _rare(root), tuple(_mask(ids) for _, ids in ordered), shift)
    for build_only in (pattern_openings, macro_openings, _breaks):
        build_only.cache_clear()
    return data


def _beginnings(opened: dict[str, set[int]], closed: dict[str, set[int]], shift: int) -> dict[str, int]:
    """Every beginning of every opening, with the rules the openings that are that beginning open
    (OPEN ones' as ``1 << index``, CLOSED ones' as ``1 << (index + shift)``; 0 for a beginning
    that is no opening itself), and the rules a walk through the beginning has opened on its way
    (``_walked``, shifted ``2 * shift`` places). One look-up then tells ``rules_opened`` both
    whether the text still begins some opening and what that beginning opens (three tables
    did, each a miss in the processor's caches on a first pass), and one look-up at the longest
    beginning of a text what the whole walk to it opened. Keys and values are atoms, so the
    garbage collector does not track the dict: a full collection would otherwise visit each of
    the ~260,000 beginnings every time (a long document pays for several). Equal values are one
    object (a few thousand differ), which the disk cache then stores once."""
    begun: dict[str, int] = {}
    for table in (opened, closed):
        for text in table:
            for size in range(1, len(text) + 1):
                begun.setdefault(text[:size], 0)
    for text, ids in opened.items():
        begun[text] |= _mask(ids)
    for text, ids in closed.items():
        begun[text] |= _mask(ids) << shift
    walked = _walked(begun, shift)
    values: dict[int, int] = {}
    for text, bits in begun.items():
        value = bits | walked[text] << 2 * shift
        begun[text] = values.setdefault(value, value)
    return begun


def _walked(begun: dict[str, int], shift: int) -> dict[str, int]:
    """For each beginning, the rules a walk through its characters opens: the OPEN openings of
    each of its beginnings, and the CLOSED ones of each beginning that a character of no word
    character follows inside it ("the" before " week"). What a text opens is then read at the
    longest of its beginnings that begins some opening (see ``rules_opened``), not walked to it."""
    open_bits = (1 << shift) - 1
    walked: dict[str, int] = {}
    for text in sorted(begun, key=len):       # each beginning after the one a character shorter
        bits = begun[text] & open_bits
        if len(text) > 1:
            before = text[:-1]
            bits |= walked[before]
            if not _is_word(text[-1]):
                bits |= begun[before] >> shift
        walked[text] = bits
    return walked


# --- the scan -------------------------------------------------------------------------

def _letters(root: _Node) -> frozenset[str]:
    """The letters the scan checks: of the first words, and of the second words' beginnings."""
    found: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        found.update(node.children)
        found.update(chain.from_iterable(node.follows or ()))
        stack.extend(node.children.values())
        if node.runs is not None:
            stack.append(node.runs)
    return frozenset(char for char in found if _is_letter(char))


@dataclass(frozen=True)
class _Classes:
    """How a scan's pattern writes the kinds of character it tests. Any text: the engine's
    categories. An ASCII text: plain ranges, which for such a text are the same characters and
    which the engine tests by a table look-up instead of asking each character's category."""

    digit: str       # a digit, inside a set
    letter: str      # a letter
    alnum: str       # a letter or a digit
    gap: str         # no word character
    before: str      # a character a word start may follow: no word character, no "/"


_CATEGORIES = _Classes(r"\d", r"[^\W\d_]", r"[^\W_]", r"\W", r"[^\w/]")
# An ASCII text's "before" is written as the ASCII characters it takes, not as a negated set: the engine
# tests the set at every character while it looks for the next stop, and a negated one is one test more.
_ASCII_RANGES = _Classes("0-9", "[A-Za-z]", "[A-Za-z0-9]", "[^A-Za-z0-9_]", r"[\x00-.:-@\[-^`{-\x7f]")


def _word_part(node: _Node, variants: dict[str, str], classes: _Classes) -> str:
    """The rest of a first word, as a pattern of plain character sets (fast to reject)."""
    if node.open:
        return ""
    branches = [f"[{variants[char]}]{_word_part(child, variants, classes)}"
                for char, child in sorted(node.children.items())]
    if node.closed:
        branches.append(f"(?!{classes.letter})" + _followed(node.follows, variants, classes))
    return f"(?:{'|'.join(branches)})" if branches else r"(?!)"


def _followed(follows: frozenset[str] | None, variants: dict[str, str], classes: _Classes) -> str:
    """After a first word that opens nothing alone, the look-ahead that lets the scan stop there
    only when what follows may go on with one of its openings (see ``_follows``): a digit or
    a ``_`` glued on, the text's end, a gap of GAP characters or more, a gap and then a ``_``
    or the end, or a gap and a word that begins as one of ``follows`` does."""
    if follows is None:
        return ""
    begun = f"|{_spelled(follows, variants, classes)}" if follows else ""
    gap = classes.gap
    return rf"(?={gap}{{1,{GAP - 1}}}(?:\Z|_{begun})|[{classes.digit}_]|\Z|{gap}{{{GAP}}})"


def _run_checked(node: _Node, variants: dict[str, str], classes: _Classes) -> str:
    """From the second character of a number: whether it may open some rule (see _digit_runs), read
    a digit at a time along the tree of runs. Where the run stops, a word character, a decimal mark,
    the text's end, a gap with a character that is no white space or white space of GAP characters
    let the number through; white space and then a word only when the word may go on with one of
    the node's openings (at a closed node, anything but a digit does)."""
    digit = classes.digit
    if node.open:
        return ""
    branches = [f"[{digit}]" + _run_checked(child, variants, classes) for child in node.children.values()]
    if node.closed or node.follows is None:
        branches.append(f"(?![{digit}])")
    else:
        begun = f"|{_spelled(node.follows, variants, classes)}" if node.follows else ""
        branches.append(rf"(?![{digit}])(?:\w|\Z|\s{{0,{GAP - 1}}}[^\s\w]|\s{{{GAP}}}|\s{{1,{GAP - 1}}}+(?:\Z|_{begun}))")
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _spelled(texts: Iterable[str], variants: dict[str, str], classes: _Classes) -> str:
    """A pattern matching the beginning of any of ``texts`` (canonical letters and digits), as a
    tree of their characters: the engine reads each character once, not once per text."""
    tails: dict[str, list[str]] = {}
    for text in texts:
        if text:
            tails.setdefault(text[0], []).append(text[1:])
        else:
            return ""       # an empty beginning: anything goes on from here
    branches = [f"[{classes.digit if char == DIGIT else variants[char]}]" + _spelled(rest, variants, classes)
                for char, rest in sorted(tails.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


_WIDE, _NARROW, _ASCII_LOWER = 0, 1, 2   # which characters of a letter's case variants a scan checks


def _variant_kept(char: str, letter: str, kind: int) -> bool:
    if kind == _NARROW:
        return ord(char) < 256 or char == letter     # a wanted character beyond Latin-1 ("⅓") stays
    if kind == _ASCII_LOWER:
        return char == letter or not letter.isascii()
    return True


def _locator(root: _Node, kind: int, classes: _Classes | None = None) -> Locator | None:
    """One pattern finding the word starts that may open some rule, with the words after.

    It stops only at a character a word start may follow (no word character, no "/"),
    the rarer kind in prose, which the engine skips to in C; the word ahead is then
    checked against the first words of the openings, one branch per first character
    (the engine passes over a branch whose opening set lacks the character at once),
    so only words that begin some opening are read further. ``_NARROW`` leaves out the
    letters beyond Latin-1 that fold to a wanted letter (the long s, the Kelvin sign...):
    a set of Latin-1 characters is checked much faster, and a text holding none of
    those letters (see ``Openings.rare``) loses nothing. ``_ASCII_LOWER`` reads an ASCII
    text put in lower case (same length, same offsets): each ASCII letter is then one
    character, which the engine compares at once instead of testing a set, and the kinds of
    character are written as ASCII ranges (``_ASCII_RANGES``).
    """
    if not root.children:
        return None
    variants = {letter: "".join(re.escape(c) for c in chars if _variant_kept(c, letter, kind))
                for letter, chars in case_variants(_letters(root)).items()}
    if classes is None:
        classes = _ASCII_RANGES if kind == _ASCII_LOWER else _CATEGORIES
    heads, not_letters = [], []
    for first, child in sorted(root.children.items()):
        if _is_letter(first):
            heads.append((variants[first], f"[{variants[first]}]{_word_part(child, variants, classes)}"))
        elif first == DIGIT and child.runs is not None:
            heads.append((classes.digit, rf"[{classes.digit}](?={_run_checked(child.runs, variants, classes)})"))
        elif child.follows is None:
            not_letters.append(classes.digit if first == DIGIT else re.escape(first))
        else:           # "'" goes on with a digit in every opening ("'90s")
            nexts = "".join(classes.digit if char == DIGIT else variants[char] for char in sorted(child.follows))
            heads.append((re.escape(first), rf"{re.escape(first)}(?=[{nexts}]|_|\Z)"))
    if not_letters:
        heads.insert(0, ("".join(not_letters), f"[{''.join(not_letters)}]"))
    word = _scanned_word(classes)
    # Only the character before the word is consumed (the rest is read ahead), so that
    # a word start right after an apostrophe ("'60") is found as well.
    # The branches of an ASCII text's letters open with one character, which the engine passes
    # over at once: grouping them behind look-aheads (for sets of a letter's cases) only adds steps.
    first = grouped_branches(heads, len(heads) if kind == _ASCII_LOWER else FIRST_CHAR_GROUPS)
    # The gap and the word after it are one branch beside an empty one, not an optional group: the
    # engine runs a group marked "?" through its general repeat, about 450 instructions a word start
    # that opens (the same text read: the branch is tried first, as the greedy "?" is).
    ahead = rf"(?=({first}{word})(?:({classes.gap}{{1,{GAP}}})({word})|))"
    return Locator(ahead, classes.before)


def _scanned_word(classes: _Classes) -> str:
    """A word as the scan reads it: up to RUN of its letters and digits, and of the decimal marks
    between two digits (see _WORD_RUN), as many as there are.

    The engine runs a repeat of two alternatives one character at a time through its general
    repeat, which cost the scan about a tenth of its instructions; so a word with no decimal mark
    in its first RUN characters (nearly every word) is read as a plain run of letters and digits,
    taken whole (possessive: it never backs off), and only a number that goes on with a decimal
    mark is read again the long way. Both take the same characters: the long way's repeat is
    greedy, and nothing after a word in the scan can fail and make it back off."""
    alnum, digit = classes.alnum, classes.digit
    general = rf"(?:{alnum}|(?<=[{digit}])[.,](?=[{digit}])){{0,{RUN}}}"
    return rf"(?:{alnum}{{0,{RUN}}}+(?!(?<=[{digit}])[.,][{digit}])|{general})"


def _rare(root: _Node) -> str:
    """The letters beyond Latin-1 that the narrow scan leaves out, as a pattern."""
    rare = sorted({c for chars in case_variants(_letters(root)).values() for c in chars if ord(c) >= 256})
    return f"[{''.join(re.escape(c) for c in rare)}]" if rare else r"(?!)"


_BLANKS = re.compile(" {2,}")
# For ASCII text the canonical form is the lower case with digits and blanks marked.
_ASCII_MARKS = str.maketrans({**{str(d): DIGIT for d in range(10)},
                              **{chr(c): BLANK for c in range(128) if chr(c).isspace()}})


def _canon_text(text: str) -> str:
    if text.isascii():
        marked = text.lower().translate(_ASCII_MARKS)
    else:
        marked = "".join(canon(c) for c in text)
    return _BLANKS.sub(BLANK, marked) if "  " in marked else marked


@lru_cache(maxsize=1024)
def _canon_gap(gap: str) -> str:
    """``_canon_text`` of the characters between two words: few kinds of gap recur (a blank,
    a comma and a blank, a hyphen), so each is put in canonical form once."""
    return _canon_text(gap)


def _canon_word(word: str) -> str:
    """``_canon_text`` of one word: a word of ASCII letters alone (most second words) is its
    lower case, with no digit or blank to mark."""
    if word.isascii() and word.isalpha():
        return word.lower()
    return _canon_text(word)


def _mask(ids: Iterable[int]) -> int:
    return sum(1 << index for index in set(ids))


_AFTER_ALL = "\U0010ffff"    # sorts after every character of an opening


@lru_cache(maxsize=4096)
def _running_past(text: str, table: Openings) -> frozenset[int]:
    """Rules with an opening that begins with all of ``text`` and goes on past it. The openings
    are sorted, so those beginning with ``text`` stand together, and the opening that is ``text``
    itself comes first among them; their rules are joined as bits (a short text such as a digit
    and a blank begins some ten thousand openings)."""
    low = bisect.bisect_left(table.keys, text)
    if low < len(table.keys) and table.keys[low] == text:
        low += 1
    high = bisect.bisect_left(table.keys, text + _AFTER_ALL, low)
    bits = reduce(or_, table.masks[low:high], 0)
    return frozenset(_bit_places(bits))


def rules_opened(word: str, gap: str | None, second: str | None, table: Openings) -> tuple[int, ...]:
    """The rules whose openings fit the text that begins with the word ``word``,
    then (when read) ``gap`` and the word ``second``.

    Openings stop after their second word, so this much text decides them; only when
    the text is cut short (its end, a ``_``, a long gap) are all openings that run past
    it taken as well. The text is read only as far as it begins some opening, and what it
    opens is read there, at the longest such beginning (``_walked``): every OPEN opening
    on the way, a CLOSED one where a character of the first word or the gap follows it, and
    at the text's end. Inside the second word the only characters that are no word characters
    are the decimal marks of a number ("3.5"), read by ``_past_second_marks``.
    """
    head, done = _past_first_word(word, gap or "", table)
    if done is not None:
        return done          # no opening goes on past a beginning of the word and its gap
    if not second:
        return _cut_short(head, table)
    if not second.isalnum():
        return _past_second_marks(head, gap, second, table)
    # Asked once for each new key of a first pass (some 4,500 over TBAQ): the walk of
    # _longest_beginning and the canonical word are written out here, one call in place of four.
    text = head + (second.lower() if second.isascii() and second.isalpha() else _canon_text(second))
    begun = table.begun
    bits, reach, end = begun[head], len(head), len(text)
    while reach < end:
        found = begun.get(text[:reach + 1])
        if found is None:
            break
        bits = found
        reach += 1
    shift = table.shift
    opened = bits >> 2 * shift
    if reach == end:
        opened |= bits >> shift & table.open_bits    # the whole text read: its end closes them too
        if len(gap or "") >= GAP:
            opened |= _mask(_running_past(text, table))     # cut short by a long gap: every opening running on
    return table.indexes.get(opened) or _indexes(opened, table)


def _cut_short(head: str, table: Openings) -> tuple[int, ...]:
    """``rules_opened`` of a first word and gap with no second word read (the text's end, a ``_``):
    what all of ``head`` opens, and every opening running on past it."""
    bits = table.begun[head]
    opened = bits >> 2 * table.shift | bits >> table.shift & table.open_bits
    return _indexes(opened | _mask(_running_past(head, table)), table)


def _longest_beginning(text: str, known: int, begun: dict[str, int]) -> tuple[int, int]:
    """How many characters of ``text`` begin some opening, and their value in ``begun``, the first
    ``known`` characters (at least one) known to. Every beginning of a beginning is one, so the
    longest is found by going on one character at a time."""
    reach, bits = known, begun[text[:known]]
    for reach in range(known + 1, len(text) + 1):
        found = begun.get(text[:reach])
        if found is None:
            return reach - 1, bits
        bits = found
    return reach, bits


@lru_cache(maxsize=4096)
def _past_first_word(word: str, gap: str, table: Openings) -> tuple[str, tuple[int, ...] | None]:
    """The text of a first word and the gap after it in canonical form, and the rules it opens when
    no opening goes on past a beginning of it (None when some does, and the second word decides),
    kept per word and gap: the scan meets "the" and a blank before a thousand different words."""
    text = _canon_word(word) + _canon_gap(gap)
    begun = table.begun
    if text in begun:       # most often: the scan let through only first words that begin an opening
        return text, None
    if text[0] not in begun:
        return text, ()
    reach, bits = _longest_beginning(text, 1, begun)
    if reach == len(text):
        return text, None
    opened = bits >> 2 * table.shift
    if not _is_word(text[reach]):      # a CLOSED opening before a character of the gap
        opened |= bits >> table.shift & table.open_bits
    return text, _indexes(opened, table)


def _past_second_marks(head: str, gap: str | None, second: str, table: Openings) -> tuple[int, ...]:
    """``rules_opened`` when the second word holds a decimal mark ("3.5"), walked one character at
    a time from the first word and its gap (``head``, every character a beginning): the second word's
    beginnings add their OPEN openings, a CLOSED one where a decimal mark follows it or at the text's
    end. A decimal mark is no word character, so a rule that ends before it matches there: in
    "2011-12.5" the year and month "2011-12" (finditer finds it; the walk once added OPEN ones only)."""
    begun, shift, open_bits = table.begun, table.shift, table.open_bits
    text = head + _canon_word(second)
    bits = begun[head]
    opened = bits >> 2 * shift
    for reach in range(len(head) + 1, len(text) + 1):
        if not _is_word(text[reach - 1]):
            opened |= bits >> shift & open_bits       # CLOSED before the decimal mark
        bits = begun.get(text[:reach])
        if bits is None:
            return _indexes(opened, table)
        opened |= bits & open_bits
    opened |= bits >> shift & open_bits
    if len(gap or "") >= GAP:
        opened |= _mask(_running_past(text, table))
    return _indexes(opened, table)


_INDEXES_LIMIT = 100_000


def _bit_places(bits: int) -> tuple[int, ...]:
    """The places of the set bits of ``bits``, lowest first, one step a set bit: a key opens a few
    rules, whose indexes run to the number of rules (testing every place took 150 steps)."""
    places = []
    while bits:
        lowest = bits & -bits
        places.append(lowest.bit_length() - 1)
        bits ^= lowest
    return tuple(places)


def _indexes(bits: int, table: Openings) -> tuple[int, ...]:
    """The rules of ``bits`` as sorted indexes, kept per set of rules (few sets recur)."""
    found = table.indexes.get(bits)
    if found is None:
        if len(table.indexes) > _INDEXES_LIMIT:
            table.indexes.clear()
        found = table.indexes[bits] = _bit_places(bits)
    return found


_SEEN_LIMIT = 200_000


@lru_cache(maxsize=None)
def _seen(lang: str) -> dict[tuple[str, str | None, str | None], tuple[int, ...]]:
    """Openings met so far and the rules they open (news repeats its phrases; bounded)."""
    return {}


def starts(text: str, lang: str = "en") -> tuple[list[list[int]], tuple[int, ...]]:
    """For each rule, the word starts in ``text`` where it may match (in order); and the
    rules whose openings could not be read, which must be scanned in full."""
    opened, unread = opened_at(text, lang)
    where: list[list[int]] = [opened.get(index, []) for index in range(len(rules(lang)))]
    return where, unread


def opened_at(text: str, lang: str = "en") -> tuple[dict[int, list[int]], tuple[int, ...]]:
    """``starts`` for the rules that open somewhere in ``text`` only (rule index -> word
    starts): most rules open nowhere in a given text, and the extractor need not visit them."""
    table = openings(lang)
    where: defaultdict[int, list[int]] = defaultdict(list)
    if table.locator is None or table.wide_locator is None or table.ascii_locator is None:
        return where, table.unread
    seen = _seen(lang)
    if len(seen) > _SEEN_LIMIT:
        seen.clear()
    known = seen.get
    if text.isascii():      # (keys in lower case: rules_opened reads them case-blind)
        locator, text = table.ascii_locator, text.lower()
    else:
        locator = table.wide_locator if table.rare.search(text) else table.locator
    # A word start at the text's start, read after a blank put before it (one offset on).
    first = locator.after.match(" " + text)
    every = locator.after.finditer(text)
    for match in chain((first,), every) if first else every:
        key = match.groups()        # (word, gap, next word): the locator's only groups
        opened = known(key)
        if opened is None:
            opened = seen[key] = rules_opened(*key, table)
        if opened:
            at = match.start(1) - (match is first)
            for index in opened:
                where[index].append(at)
    return where, table.unread


def scan(rule: Rule, text: str, positions: list[int]) -> list[re.Match[str]]:
    """The matches ``rule.regex.finditer(text)`` gives, trying only ``positions``."""
    return scan_pattern(rule.regex, text, positions)

