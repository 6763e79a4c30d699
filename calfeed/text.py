"""Sentence boundaries shared by every stage.

The tagger reads tense inside a sentence, the framer looks for the event noun in it,
the report and the feeds quote it. One splitter keeps them agreeing on what "the
sentence" is. It is deliberately simple and linear: a full stop, question or
exclamation mark followed by space and an upper-case letter or a quote ends a
sentence unless the word before it is a known abbreviation; a blank line always does.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol, TypeVar

from calfeed.tables import read_list, read_table


class _Placed(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=_Placed)


# One terminator run, the space after it, then what must follow for a break.
_ABBREVIATIONS = Path(__file__).parent / "timex" / "resources" / "en" / "abbreviations.txt"
_FINAL_ABBREVIATIONS = Path(__file__).parent / "timex" / "resources" / "en" / "sentence_final_abbreviations.txt"
_SENTENCE_OPENERS = Path(__file__).parent / "timex" / "resources" / "en" / "sentence_openers.txt"
_LINE_FINAL_ABBREVIATIONS = Path(__file__).parent / "timex" / "resources" / "en" / "line_final_abbreviations.txt"
_WEEKDAYS = Path(__file__).parent / "timex" / "resources" / "en" / "weekdays.tsv"
_ZONES = Path(__file__).parent / "timex" / "resources" / "en" / "zones.tsv"
# It opens with one character set, so the engine jumps from stop to stop in C rather than
# trying the pattern at every character.
_LIST_BULLETS = Path(__file__).parent / "events" / "resources" / "list_bullets.en.txt"
_MONTHS = Path(__file__).parent / "timex" / "resources" / "en" / "months.tsv"
_LINE_OPENERS = Path(__file__).parent / "timex" / "resources" / "en" / "list_line_openers.txt"
_LETTER_LABELS = Path(__file__).parent / "timex" / "resources" / "en" / "letter_label_nouns.txt"
_ORDINAL_ENDINGS = Path(__file__).parent / "timex" / "resources" / "en" / "ordinal_endings.txt"


@lru_cache(maxsize=None)
def _break() -> re.Pattern[str]:
    """A line opening with a list bullet ("- Notification: 26 March") is an item of its own,
    whatever case follows, so a quoted item is that line, not the whole list; so is a table
    row ("| 8 March 2027 | Informal briefing |"). A line that is only "|" is an empty cell of a
    row set one cell a line ("| 2/17/26 |" / "Regular Session |" / "|" / "DMS |"), not a new row."""
    return re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?:[ \t]+\n?|\n)[ \t]*(?=[\"'“‘(\[]?[A-Z0-9])"
                      r"|(?<=\n)[ \t]*\n"
                      rf"|(?<=\n)(?=[ \t]*(?:{item_mark_pattern()}[ \t]|\|(?![ \t]*(?:\n|$)))))")


def item_mark_pattern() -> str:
    """A list item's mark as a pattern (a bullet of list_bullets, a number: "1.", "2)", or a
    lower-case letter before a bracket: "c)"), for every reader that must tell a list's items the
    way the sentence splitter does."""
    bullets = "".join(re.escape(b) for b in read_list(_LIST_BULLETS) if len(b) == 1)
    return rf"(?:[{bullets}]|\d{{1,2}}[.)]|[a-z]\))"


@lru_cache(maxsize=None)
def item_mark() -> re.Pattern[str]:
    """A line's opening list mark, read as the sentence splitter reads it ("- ", "• ", "1. ",
    "2) "): what makes the line an item of a list rather than prose."""
    return re.compile(rf"[ \t]*{item_mark_pattern()}[ \t]")


# The longest stretch read as one sentence. Every rule reads a date's whole sentence, so a
# stretch with no sentence end (a page of dates on one line, one paragraph with no full stop)
# made every date read the whole stretch: quadratic or worse. The longest real sentence in the
# 865 development texts is 1,258 characters; a longer stretch is read in pieces of at most this.
# The marks that close a sentence: a line or a word token ending in one is no title, label or name.
SENTENCE_MARKS = (".", "!", "?")
# A sentence's end in running text: a closing mark before a space or the text's end, or a line break.
LINE_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# The same where a line break ends nothing (a heading, a title, a row read as one line).
SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)")
# A sentence's or a clause's end: a full stop, a semicolon, "!" or "?" before a blank or the end.
CLAUSE_END = re.compile(r"[.;!?](?=\s|$)")
# A mark that ends a clause or a line break, wherever it stands (a number's dot too: "1.5").
CLAUSE_STOP = re.compile(r"[.;!?\n]")
# A word of letters, with one inner apostrophe ("Slepian's", "won’t"): what a count of words counts.
LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def same_sentence(text: str, start: int, end: int, reach: int,
                  ends: re.Pattern[str] = LINE_SENTENCE_END) -> bool:
    """``text[start:end]`` (what lies between or around two things) is at most ``reach`` characters
    and holds no sentence's end: the one quick test of "in the same sentence" where no sentence
    split is at hand. ``ends`` is what ends a sentence: a line break too by default; wire copy,
    which breaks its lines anywhere, passes its own (timex.names)."""
    return end - start <= reach and ends.search(text, start, end) is None


MAX_SENTENCE = 2000
_PIECE_MARKS = ("\n", "|", ";", ",", " ")

_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,15})\.$")
_WORD_MARKS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."   # what _WORD_BEFORE's word holds
# "310 S. Second St.": one capital after a house number is a street's compass point, no sentence end.
_ADDRESS_INITIAL = re.compile(r"(?<![\w.])\d{1,6}[ \t]+[A-Z]$")
# "Rosa K. Lindqvist, Ph.D.": one capital between a capitalised first name and a capitalised word
# that opens no sentence is a middle initial, no sentence end; not after a noun that takes a letter
# as its label ("Gate A. Parking is free": letter_label_nouns).
_NAME_INITIAL = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{1,15})[ \t]+[A-Z]$")
# "(E.K. Hale Store)", "J.R. Lund will speak": capitals each closed by a dot, with no blank between,
# are a name's initials; before a capitalised word that opens no sentence they end none.
_CHAINED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.){1,3})[A-Z]$")
_CAPITALISED = re.compile(r"[A-Z][a-z]")
# A capitalised word of letters ("School", not "GMT" nor "12"), as a line may open with.
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+(?![\w'’-])")
# A word of running prose: two small letters or more ("until"; not "p.m", "Open", nor the "in" of "Drop-in").
_PROSE_WORD = re.compile(r"(?<![\w.'’-])[a-z]{2,}(?![\w.'’-])")


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in read_list(_ABBREVIATIONS))


@lru_cache(maxsize=None)
def _letter_labels() -> frozenset[str]:
    return frozenset(w.lower() for w in read_list(_LETTER_LABELS))


@lru_cache(maxsize=None)
def _final_abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in read_list(_FINAL_ABBREVIATIONS))


@lru_cache(maxsize=None)
def _sentence_opener() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in read_list(_SENTENCE_OPENERS)), key=len, reverse=True))
    return re.compile(rf"[\"'“‘(\[]?(?:{words})(?![\w'’.-])")


def _ends_at_abbreviation(text: str, word: str, after: int) -> bool:
    """"starts at 5 p.m. The doors open at 4": an abbreviation that may close a sentence does
    when a sentence's opening word follows it ("5 p.m. Eastern Time" goes on)."""
    return word in _final_abbreviations() and _sentence_opener().match(text, after) is not None


def opens_sentence(word: str) -> bool:
    """Whether ``word`` is one that opens sentences ("The", "We"): after an abbreviation's stop ("on
    Mill St. The new hall ...") a new sentence begins there, whatever the splitter made of the stop."""
    return _sentence_opener().fullmatch(word) is not None


def _ends_at_line_end(text: str, word: str, stop: str, after: int) -> bool:
    """"... will remain open until 9 p.m." / "Pupils will ...": a clock's mark whose dot ends a
    line of prose closes the sentence when the next line opens with a capitalised word, unless that
    word goes on with the clock over the break (a zone, a weekday or a month: "at 6 p.m." / "Eastern
    Time"). A line with no small word ("11 a.m.-5 p.m.", "Open House: 6 – 7 p.m.") is a programme's
    clock row, read with the item line under it as before."""
    if "\n" not in stop or word not in _line_final_abbreviations():
        return False
    line_start = text.rfind("\n", 0, after - len(stop)) + 1
    if _PROSE_WORD.search(text, line_start, after - len(stop)) is None:
        return False      # "10 a.m.-4 p.m." / "Songs on the Terrace": a programme's clock row over its item
    opening = _CAPITALISED_WORD.match(text, after)
    return (opening is not None and opening.group(0).lower() not in _clock_continuers()
            and text[opening.end():opening.end() + 1] != ":")    # "Venue: ...": the next field of a notice


@lru_cache(maxsize=None)
def _line_final_abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in read_list(_LINE_FINAL_ABBREVIATIONS))


@lru_cache(maxsize=None)
def _clock_continuers() -> frozenset[str]:
    """The first words of zone names, weekdays and months, lower-case: words that carry a clock on."""
    names = ([r["name"] for r in read_table(_ZONES)] + [r["word"] for r in read_table(_WEEKDAYS)]
             + [r["word"] for r in read_table(_MONTHS)])
    return frozenset(n.split()[0].lower() for n in names if n.strip())


def is_abbreviation(word: str) -> bool:
    """A word whose full stop ends no sentence ("Mr", "Dr", "St")."""
    return word.lower() in _abbreviations()


_DOTTED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")     # "W.I", "U.S" before their last full stop


def is_shortened(word: str) -> bool:
    """An abbreviation or a name's initial ("Dr", "St", "K" in "Rosa K. Lindqvist"), or capital
    initials joined by full stops ("N.I" of "N.I. vs Vell Islands"): a full stop after it ends no
    name in a title."""
    return (len(word) == 1 and word.isupper()) or is_abbreviation(word) or bool(_DOTTED_INITIALS.fullmatch(word))


@dataclass(frozen=True)
class Sentences:
    """The sentence spans of one text, with fast lookup by offset."""

    text: str
    bounds: tuple[tuple[int, int], ...]

    starts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        # Kept once per text: rebuilding it per lookup made long documents quadratic.
        object.__setattr__(self, "starts", tuple(b[0] for b in self.bounds))

    def index_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``offset``."""
        return self.bounds[self.index_at(offset)]

    def sentence_at(self, offset: int) -> str:
        start, end = self.at(offset)
        return self.text[start:end]

    def previous_in_paragraph(self, sentence: tuple[int, int]) -> tuple[int, int] | None:
        """The sentence before ``sentence`` when no blank line parts them: what a pronoun or a
        subject left out at its start refers back to."""
        index = self.index_at(sentence[0])
        if index == 0:
            return None
        previous = self.bounds[index - 1]
        return None if "\n\n" in self.text[previous[1]:sentence[0]] else previous


@lru_cache(maxsize=8)
def split_sentences(text: str) -> Sentences:
    """The text's sentences. Kept for the last few texts: extraction, resolution and framing
    each ask for them, and a string's hash is computed once, so asking again is free."""
    return _split(text)


@lru_cache(maxsize=None)
def _dated_line() -> re.Pattern[str]:
    """A line that opens with a day or a month and a number ("Nov. 30 Abstract submission
    deadline", "15 March Registration opens", "Mid-January 2023 Notifications sent")."""
    months = sorted({r["word"] for r in read_table(_MONTHS)}, key=len, reverse=True)
    names = "|".join(m.capitalize() for m in months)
    openers = "|".join(re.escape(w) for w in read_list(_LINE_OPENERS))
    ends = "|".join(re.escape(e) for e in read_list(_ORDINAL_ENDINGS))
    return re.compile(rf"[ \t]*(?:(?:{openers})[- ]?)?(?:(?:{names})\.?,?[ \t]+\d|\d{{1,2}}(?:{ends})?[ \t]+(?:{names})\b)")


def _split(text: str) -> Sentences:
    bounds = _split_stops(text)
    return Sentences(text, tuple(_listed_lines(text, bounds)))


def _listed_lines(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list written one item a line with no stops ("June 16 Proposal sites open" / "Aug. 15
    Proposal deadline", or "Call 1 | 10 February 2022 | 31 March 2022" rows) is one item a
    line: two lines in a row that open with a date, or hold a cell bar, part. A hard-wrapped
    sentence keeps its lines, as only one of them opens with a date. A dated line then one
    closing sentence that opens with a sentence's first word ("If the deadline falls on ...")
    part too."""
    out: list[tuple[int, int]] = []
    dated = _dated_line()
    for start, end in bounds:
        if "\n" not in text[start:end]:
            out.append((start, end))
            continue
        lines, cursor = [], start
        while cursor <= end:
            stop = text.find("\n", cursor, end)
            stop = end if stop < 0 else stop
            lines.append((cursor, stop))
            cursor = stop + 1
        kinds = [(bool(dated.match(text, a, b)), " | " in text[a:b]) for a, b in lines]
        clocked = [_CLOCK_ROW.match(text, a, b) is not None for a, b in lines]
        first = lines[0][0]
        for k in range(1, len(lines)):
            if ((kinds[k - 1][0] and kinds[k][0]) or (kinds[k - 1][1] and kinds[k][1])
                    or (kinds[k - 1][0] and _sentence_opener().match(text, lines[k][0], lines[k][1]))
                    or _programme_row_edge(text, lines[k], clocked[k - 1], clocked[k])):
                # "November 1st inquiry deadline ... (for ... July 1st or later)" / "If the ... deadline falls on ...":
                # a dated item with no stop does not run on into the sentence the next line opens
                _add(text, out, first, lines[k - 1][1])
                first = lines[k][0]
        _add(text, out, first, end)
    if any(b - a > MAX_SENTENCE for a, b in out):
        out = [piece for bound in out for piece in _pieces(text, *bound)]
    return out


# A programme's row: a line that opens with a 24-hour clock and then a capitalised word ("10:30 Act
# II: ...", "13:30 Closing parade").
_CLOCK_ROW = re.compile(r"[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]+[A-Z]")
_CAPITAL_OPENING = re.compile(r"[ \t]*[\"'“‘(\[]?[A-Z]")


def _programme_row_edge(text: str, line: tuple[int, int], row_before: bool, row_here: bool) -> bool:
    """A programme written one row a line, each row's clock then its item, with description lines
    under some rows that end with no full stop: a row is a sentence of its own, parted from the
    line above it and from a capitalised line below it, so a description's verb never lends its
    tense to the next row's clock (nor to its own row's). A hard-wrapped sentence whose line opens
    with a clock and then a small letter ("starts at" / "10:30 in the hall") keeps its lines."""
    return row_here or (row_before and _CAPITAL_OPENING.match(text, line[0], line[1]) is not None)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A stretch longer than MAX_SENTENCE as pieces of at most that, read from the stretch's start
    so that the whole split and the lookup of one stretch cut it alike. Each is cut in its second
    half at the last of the first of these found: a line end, a cell bar, a semicolon or comma
    (kept with the piece), a space; at the limit itself when it holds none. A line or a cell
    keeps its date whole; a space may part one ("3 March | 2027") once a piece."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = limit
        for mark in _PIECE_MARKS:
            found = text.rfind(mark, start + MAX_SENTENCE // 2, limit - 1)
            if found >= 0:
                cut = found + 1 if mark in ";," else found
                break
        _add(text, pieces, start, cut)
        start = cut
    _add(text, pieces, start, end)
    return pieces


def _split_stops(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _break().finditer(text):
        end = _closed_at(text, match)
        if end is None:
            continue
        _add(text, bounds, start, end)
        start = match.end()
    _add(text, bounds, start, len(text))
    if not bounds:
        bounds.append((0, len(text)))
    return bounds


def _closed_at(text: str, match: re.Match[str]) -> int | None:
    """Where the sentence that a stop (a match of ``_break``) closes ends, or None when the stop
    ends none (an abbreviation's dot, a list item's number, a street's initial). It reads only
    the text around the stop, so any stop can be judged alone (see ``SentenceLookup``)."""
    stop, at = match.group(0), match.start()
    if stop[0] == ".":
        word = _word_before_dot(text, at)
        if (word is not None and word.lower() in _abbreviations()
                and not _ends_at_abbreviation(text, word.lower(), match.end())
                and not _ends_at_line_end(text, word.lower(), stop, match.end())):
            return None
        if _item_number(text, at):
            return None
        # Both initials end with a capital right before the dot, or before a line break there ("$"):
        # most dots follow a small letter, and their two searches are spared.
        if not (text[at - 1:at].isupper() or text[at - 1:at] == "\n"):
            return at + len(stop.rstrip())
        if _ADDRESS_INITIAL.search(text, max(0, at - 12), at):
            return None
        initial = _NAME_INITIAL.search(text, max(0, at - 20), at) or _CHAINED_INITIALS.search(text, max(0, at - 8), at)
        if (initial and initial.group(1).lower() not in _letter_labels() and _CAPITALISED.match(text, match.end())
                and _sentence_opener().match(text, match.end()) is None):
            return None
    return at if stop[0] == "\n" else at + len(stop.rstrip())


def _word_before_dot(text: str, at: int) -> str | None:
    """Group 1 of ``_WORD_BEFORE.search(text, max(0, at - 17), at + 1)`` for the dot at ``at``: the
    letters and dots right before it, from the first letter of their run, at most 16 characters. Read
    with two strips, where the search tried its pattern at each of the 17 characters before the dot."""
    head = text[max(0, at - 16):at]
    run = head[len(head.rstrip(_WORD_MARKS)):].lstrip(".")
    return run or None


class SentenceLookup:
    """``split_sentences(text).at(offset)`` without splitting the whole text.

    The tagger reads the verbs of only the few sentences that hold a date whose year is not
    written, yet splitting a whole document cost as much as reading them. Each stop is judged
    from the text around it (``_closed_at``) and ``_listed_lines`` parts each stretch between
    two sentence-ending stops alone, so the sentence holding an offset is found from the stops
    either side of it: the stops are found in one scan (the engine's), read only as far as the
    last offset asked needs, and only those between the offset and the nearest real sentence
    end on each side are judged. An offset
    that is not inside a stretch's text (on a stop, in the blanks that open a stretch) asks
    the whole split, which answers every offset.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # The stops are read from the text's start only as far as a question needs them (the last
        # dated sentence of a page is often well before its end): ``_stops`` holds those read so far.
        self._scan: Iterator[re.Match[str]] | None = None
        # Where the scan began: the first question's paragraph (``_scan_origin``), a later question's
        # paragraph past every stop read, or the text's start once a question needs stops before that.
        self._origin = 0
        self._from_start = False      # read again from the text's start: no more jumps ahead (_start_scan)
        self._stops: list[re.Match[str]] = []
        self._starts: list[int] = []
        # The sentences of each stretch split so far (their starts, their bounds), filed under every
        # gap between stops the stretch spans: a text with few real sentence ends (a long list, a
        # run of figures) holds many dates in one stretch, and each stretch is split once.
        self._stretches: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``offset``, as ``Sentences.at`` gives it."""
        if self._scan is None:
            self._start_scan(_scan_origin(self.text, offset))
        elif offset < self._origin:
            self._start_scan(0)
        elif not self._from_start:
            read = self._stops[-1].end() if self._stops else self._origin
            if offset > read:       # a question past every stop read: from its own paragraph, if one begins after them
                origin = _scan_origin(self.text, offset, read)
                if origin > read:
                    self._start_scan(origin)
        while not self._starts or self._starts[-1] <= offset:   # every stop at or before the offset, and one past it
            if not self._read_stop():
                break
        gap = bisect.bisect_right(self._starts, offset)     # stops[:gap] start at or before the offset
        if gap and self._stops[gap - 1].end() > offset:
            return split_sentences(self.text).at(offset)
        if gap not in self._stretches and not self._split_stretch(gap):
            self._start_scan(0)         # no real end read before it: the stops before the origin are needed
            return self.at(offset)
        starts, bounds = self._stretches[gap]
        count = bisect.bisect_right(starts, offset)        # the sentences that start at or before the offset
        return bounds[count - 1] if count else split_sentences(self.text).at(offset)

    def _start_scan(self, origin: int) -> None:
        """Read the stops from ``origin`` on, forgetting those read before. Once read again from the
        text's start (a question before the origin), the lookup keeps every stop it reads: questions
        asked back and forth then cost no more than one reading of the text."""
        self._from_start = self._scan is not None and origin == 0
        self._origin = origin
        self._scan = _break().finditer(self.text, origin)
        self._stops, self._starts, self._stretches = [], [], {}

    def _split_stretch(self, gap: int) -> bool:
        """Split the stretch holding ``gap`` (the place between stops ``gap - 1`` and ``gap``): from
        past the nearest real sentence end before it (else the text's start) to the nearest one
        after it (else the text's end). Only the stops walked over are judged, each stretch once.
        False, and nothing split, when no real end was read before it and the scan began past
        the text's start."""
        stops, text = self._stops, self.text
        first, begin = gap, 0
        while first > 0:
            if _closed_at(text, stops[first - 1]) is not None:
                begin = stops[first - 1].end()
                break
            first -= 1
        else:
            if self._origin > 0:
                return False
        last, finish = gap, len(text)
        while last < len(stops) or self._read_stop():
            end = _closed_at(text, stops[last])
            if end is not None:
                finish = end
                break
            last += 1
        stretch: list[tuple[int, int]] = []
        _add(text, stretch, begin, finish)
        bounds = _listed_lines(text, stretch)
        sentences = ([bound[0] for bound in bounds], bounds)
        for place in range(first, last + 1):       # every gap from the end before to the end after
            self._stretches[place] = sentences
        return True

    def _read_stop(self) -> bool:
        """Read the next stop of the text into ``_stops``; False at the text's end."""
        assert self._scan is not None
        stop = next(self._scan, None)
        if stop is None:
            return False
        self._stops.append(stop)
        self._starts.append(stop.start())
        return True


ORIGIN_REACH = 16      # characters read back from a blank line for the scan's origin (_scan_origin)


def _scan_origin(text: str, offset: int, low: int = 0) -> int:
    """Where the lookup may begin reading stops for a question at ``offset``: before the last
    blank line ahead of it, at a letter or digit. Every stop is made of marks and blanks, so none runs
    over a place right after a letter or digit: the stops read from there are the whole scan's; and a
    blank line is a stop that ends its sentence, so the question's stretch starts at or after it. A
    page's first dated sentence is often well into it, and the engine's scan for stops tests every
    character it passes. The blank line is looked for after ``low`` only (what the lookup has read
    already: each character is looked at once over a page's questions). The text's start when no
    such place is near."""
    blank = text.rfind("\n\n", low, offset)
    at = blank
    while at > 0 and blank - at < ORIGIN_REACH:
        if text[at - 1].isalnum():
            return at
        at -= 1
    return 0


def _item_number(text: str, stop: int) -> bool:
    """The stop closes a list item's number ("2. Camera-ready ..."), which ends nothing."""
    window = text[max(0, stop - 8):stop]     # a bounded look back keeps long lines linear
    line_start = window.rfind("\n")
    if line_start < 0 and stop > 8:
        return False
    marker = window[line_start + 1:].strip()
    return 0 < len(marker) <= 2 and marker.isdigit()


def _add(text: str, bounds: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        bounds.append((start, end))


def lines_above(text: str, start: int, limit: int) -> Iterator[tuple[int, int]]:
    """The lines above the one that begins at ``start``, nearest first, as (start, end) without
    their newline, at most ``limit`` of them. Framing looks up a page for what a line stands
    under (a heading, a label, a table's header, a caption), each reader stopping at its own mark."""
    cursor = start
    for _ in range(limit):
        if cursor <= 0:
            return
        begin = start_of_line(text, cursor - 1)
        yield begin, cursor - 1 if text[cursor - 1] == "\n" else cursor
        cursor = begin


def line_over(text: str, start: int,
              blank: Callable[[str], bool] = lambda line: not line.strip()) -> tuple[int, int] | None:
    """The line over the one that begins at ``start``, past at most one ``blank`` line (whitespace
    only, unless the reader says what else it passes over), as (start, end): listings set an item's
    name or heading so over its date's line or its paragraph. None at the top of the text."""
    for begin, end in lines_above(text, start, 2):
        if not blank(text[begin:end]):
            return begin, end
    return None


LINE_REACH = 256       # characters searched in place for a line's end or start before the text's newlines are asked
MAX_KEPT_TEXTS = 8     # long-lined texts whose newline offsets are kept (a build asks of one page at a time)
_NEWLINE = re.compile("\n")
_kept_newlines: dict[int, tuple[str, list[int]]] = {}


def _newlines(text: str) -> list[int]:
    """The offsets of the newlines of ``text``, found once and kept for the last few texts asked
    (by identity: the kept entry holds the text, so its id is not reused while kept)."""
    kept = _kept_newlines.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    offsets = [found.start() for found in _NEWLINE.finditer(text)]
    if len(_kept_newlines) >= MAX_KEPT_TEXTS:
        del _kept_newlines[next(iter(_kept_newlines))]
    _kept_newlines[id(text)] = (text, offsets)
    return offsets


def line_end(text: str, start: int) -> int:
    """Where the line holding ``start`` ends (its newline, or the end of the text). A line longer
    than LINE_REACH is ended by bisection over the text's newlines: readers ask it of every date,
    and on a page written on one line a search to the newline read the rest of the page each time."""
    if start < 0:
        end = text.find("\n", start)
        return len(text) if end < 0 else end
    end = text.find("\n", start, start + LINE_REACH)
    if end >= 0:
        return end
    if start + LINE_REACH >= len(text):
        return len(text)
    newlines = _newlines(text)
    after = bisect.bisect_left(newlines, start + LINE_REACH)
    return newlines[after] if after < len(newlines) else len(text)


def start_of_line(text: str, at: int) -> int:
    """Where the line holding offset ``at`` starts: ``text.rfind("\n", 0, at) + 1``, found by bisection
    over the text's newlines once the line runs back further than LINE_REACH (a search back to the
    line's start from every date read a page written on one line, up to the date, each time)."""
    begin = at - LINE_REACH
    if at < 0 or begin <= 0:
        return text.rfind("\n", 0, at) + 1
    found = text.rfind("\n", begin, at)
    if found >= 0:
        return found + 1
    newlines = _newlines(text)
    before = bisect.bisect_left(newlines, min(begin, len(text))) - 1
    return newlines[before] + 1 if before >= 0 else 0


@lru_cache(maxsize=512)
def first_on_line(text: str, start: int, mark: str) -> int:
    """Where ``mark`` first stands on the line from ``start`` to its end (-1 if nowhere), found once
    for a line and kept: every date of a long line asks of its line whether it holds a table's pipe,
    and a search (or a copy) of the line for each made a page written on one line square."""
    return text.find(mark, start, line_end(text, start))


@lru_cache(maxsize=64)
def _marks_run(chars: str | None, blanks: bool = False) -> re.Pattern[str]:
    if chars is None:
        return re.compile(r"\s*")
    lead = r"\s" if blanks else ""      # whitespace as well as the marks
    return re.compile(f"[{lead}{re.escape(chars)}]*")


def only_marks(text: str, start: int, end: int, chars: str | None = None) -> bool:
    """Whether ``text[start:end].strip(chars)`` is empty: every character of the stretch is one of
    ``chars`` (whitespace when None), read in place only up to the first that is not. Readers ask it
    of a date's line before or after the date, and a copy of that stretch for each date read a page
    written on one line once per date."""
    if start < 0 or end < 0:
        return not text[start:end].strip(chars)
    if chars == "":
        return start >= min(end, len(text))
    return _marks_run(chars).fullmatch(text, start, max(start, end)) is not None


def back_over(text: str, start: int, end: int, chars: str | None = None, blanks: bool = False) -> int:
    """Where ``text[start:end].rstrip(chars)`` ends in ``text`` (``chars`` None: whitespace; ``blanks``:
    whitespace as well as ``chars``), stepping back from ``end`` over those characters only: the end
    of a date's lead or cell is found in place, where a copy of the line up to each date read a page
    written on one line once per date."""
    stop = min(end, len(text))
    if chars is None:
        while stop > start and text[stop - 1].isspace():
            stop -= 1
    elif blanks:
        while stop > start and (text[stop - 1].isspace() or text[stop - 1] in chars):
            stop -= 1
    else:
        while stop > start and text[stop - 1] in chars:
            stop -= 1
    return stop


def forward_over(text: str, start: int, end: int, chars: str | None = None, blanks: bool = False) -> int:
    """Where ``text[start:end].lstrip(chars)`` starts in ``text`` (``chars`` None: whitespace; ``blanks``:
    whitespace as well as ``chars``), read in place from ``start`` as far as those characters run (at
    most to ``end``)."""
    if start >= end or (chars == "" and not blanks):
        return start
    return _marks_run(chars, blanks).match(text, start, end).end()


def marks_bounds(text: str, start: int, end: int, chars: str | None = None, blanks: bool = False) -> tuple[int, int]:
    """Where ``text[start:end].strip(chars)`` starts and ends in ``text`` (``blanks`` as back_over's),
    read in place from both ends (back_over, then forward_over up to that end)."""
    stop = back_over(text, start, end, chars, blanks)
    return forward_over(text, start, stop, chars, blanks), stop


def short_lead(text: str, start: int, end: int, longest: int, chars: str | None = None) -> str | None:
    """``text[start:end].strip(chars)`` when it is at most ``longest`` characters long, else None, read
    back from ``end`` (a list mark before a date: a lead longer than every mark is none of them, and
    copying the line up to each date read a page written on one line once per date)."""
    stop = back_over(text, start, end, chars)
    cut = stop - longest
    if cut > start and not only_marks(text, start, cut, chars):
        return None
    return text[max(start, cut):stop].strip(chars)


BLANK_WORDS_REACH = 64     # characters read back at first for the last words of a span, doubled while no blank opens them
_BLANK = re.compile(r"\s")


def stretches_back(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` cut into stretches, from the last to the first, each starting at
    ``start`` or just after a blank (where no word runs across, so the words of each are the
    whole's): the one reading back that a reader of the few words before an offset needs, so that it
    does not split the line from its start for each date (a page on one line holds every date's
    line). A stretch is BLANK_WORDS_REACH characters at first, the reach doubled while no blank
    opens it."""
    reach = BLANK_WORDS_REACH
    while end > start:
        begin = start
        if end - reach > start:
            blank = _BLANK.search(text, end - reach, end)
            if blank is None or blank.end() == end:
                reach *= 2              # no blank before the stretch's last character: read further back
                continue
            begin = blank.end()
        yield begin, end
        end = begin


def few_words_before(text: str, start: int, end: int, most: int, blanks: str = "") -> list[str] | None:
    """``text[start:end].split()`` when it holds at most ``most`` words, else None, read back from
    ``end`` only as far as that needs (stretches_back). The characters of ``blanks`` part words as
    a blank does (":" of "Updated: 4 May")."""
    pieces: list[list[str]] = []
    count = 0
    for begin, stop in stretches_back(text, start, end):
        piece = text[begin:stop]
        for mark in blanks:
            piece = piece.replace(mark, " ")
        pieces.append(piece.split())
        count += len(pieces[-1])
        if count > most:
            return None
    return [word for piece in reversed(pieces) for word in piece]


def opens_line(text: str, at: int) -> bool:
    """Whether only blanks stand between the start of the line holding ``at`` and ``at``; only
    those blanks are read, not the line from its start (a page on one line holds every date)."""
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def line_bounds(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the line holding offset ``at``, its newline left out."""
    return start_of_line(text, at), line_end(text, at)


def line_starts_in(text: str, start: int, end: int) -> set[int]:
    """The starts of the lines ``text[start:end]`` touches: what a date, its sentence or a
    report item has already read of a page."""
    first = start_of_line(text, start)
    starts = {first}
    at = text.find("\n", first, end)
    while at >= 0:
        starts.add(at + 1)
        at = text.find("\n", at + 1, end)
    return starts


def lines_near(text: str, start: int, below: int, above: int) -> list[int]:
    """The starts of up to ``below`` lines after the line beginning at ``start``, then of up to
    ``above`` lines before it, nearest first, blank ones too: a row or a block is told from its
    neighbours, each reader keeping the lines it counts."""
    found: list[int] = []
    cursor = start
    for _ in range(below):
        end = text.find("\n", cursor)
        if end < 0:
            break
        cursor = end + 1
        found.append(cursor)
    cursor = start
    for _ in range(above):
        if cursor == 0:
            break
        cursor = start_of_line(text, cursor - 1)
        found.append(cursor)
    return found


def by_line_start(text: str, items: Iterable[T]) -> dict[int, list[T]]:
    """Items with a ``start`` offset, in their order, by the start of the line each starts on:
    the row readers ask for a line's dates by where the line begins. An item after the one before
    it looks back for a newline only as far as that one (a search back to the line's start from
    every item read a page written on one line per date)."""
    found: dict[int, list[T]] = {}
    last_at, last_line = -1, 0
    for item in items:
        at = item.start
        if 0 <= last_at <= at:
            newline = text.rfind("\n", last_at, at)
            line = last_line if newline < 0 else newline + 1
        else:
            line = start_of_line(text, at)
        last_at, last_line = at, line
        found.setdefault(line, []).append(item)
    return found


def by_line(lines: list[tuple[int, int]], items: Iterable[T]) -> dict[int, list[T]]:
    """Items with a ``start`` offset, by the index of the line (of ``line_spans``) they start on:
    the readers of date lists, headings and flattened tables all go line by line."""
    starts = [start for start, _ in lines]
    found: dict[int, list[T]] = {}
    for item in items:
        found.setdefault(bisect.bisect_right(starts, item.start) - 1, []).append(item)
    return found


def pieces_around(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[str]:
    """The pieces of ``text[start:end]`` before, between and after ``spans`` (sorted, inside that
    stretch): what a list of dates leaves for its joiners."""
    pieces, at = [], start
    for span_start, span_end in spans:
        pieces.append(text[at:span_start])
        at = max(at, span_end)
    pieces.append(text[at:end])
    return pieces


class LineIndex:
    """The lines of one text, found by bisection: a reader asking the line of every date on a
    long page that has few newlines would rescan the page for each date (quadratic)."""

    def __init__(self, text: str) -> None:
        self.spans = line_spans(text)
        self._starts = [start for start, _ in self.spans]

    def bounds(self, at: int) -> tuple[int, int]:
        """(start, end) of the line holding offset ``at``, as ``line_bounds`` gives them."""
        return self.spans[bisect.bisect_right(self._starts, at) - 1]

    def start(self, at: int) -> int:
        return self.bounds(at)[0]

    def number(self, at: int) -> int:
        """The index in ``spans`` of the line holding offset ``at``."""
        return bisect.bisect_right(self._starts, at) - 1

    def end(self, at: int) -> int:
        return self.bounds(at)[1]


def line_spans(text: str) -> list[tuple[int, int]]:
    """Every line of the text, blank ones too, as (start, end) without the newline."""
    spans, start = [], 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, end))
        start = end + 1
