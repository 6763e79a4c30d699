"""A notice's block of labelled lines: "What: Launch of the report" / "When: Wednesday,
2 December 2026, 14:00-15:00 (Geneva time)" / "Where: Press Room 3, Palais des Nations,
Geneva". The date's own line says only when; the block's other lines say what and where.
Markdown emphasis on the labels ("**Date:**") is no part of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from calfeed.events.generic_titles import is_generic
from calfeed.events.label_lines import MAX_DIARY_LABEL_WORDS, ListedLines, bare_label, clock_cell_label, diary_row
from calfeed.events.not_events import link_line
from calfeed.events.places import Place, lookup, named_place
from calfeed.events.played_matches import LineGames, played_match
from calfeed.events.venues import venue_at
from calfeed.events.vocabulary import list_alternation, venue_zones, word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.timex.lexicon import load_table, ordinal_ending
from calfeed.text import forward_over, line_end, lines_above, marks_bounds, only_marks, start_of_line, stretches_back

MAX_BLOCK_LINES = 8       # lines looked at either side of the date's line
MAX_LABEL_CHARS = 60      # a longer "label" is a sentence with a colon
_ITEM_NUMBER = re.compile(r"\A\d{1,2}[.)]\s+")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")       # lines looked at either side of the date's line
EMPHASIS = "*_`"
_UNCLOCKED_COLON = re.compile(r"(?<!\d):|:(?!\d)")     # a colon with no digit on one side: no clock's "3:30"


@dataclass(frozen=True)
class LabelBlock:
    what: str | None
    where: Place | None
    named: str | None = None      # the item's name line over the block, when no "What:" line says it
    heads: int | None = None      # the end of the fields a "Date:" line heads ("Date:" / "Activity:" / "Time:")


def label_colon(line: str, limit: int | None = None, numbered: bool = True) -> int:
    """Where the label's colon of ``line`` is (-1 if none): a colon between two digits is a
    clock's ("Mon 16th March 3:30 – 5:00"), no label's, and a colon opening the line ends no
    label. The one reader of a label's colon: ``limit`` caps where the colon may stand (a field's
    short label, "Place: Walled Garden"), and ``numbered=False`` refuses a label holding a digit
    ("10:30 Talk: ...", "Room 5: ..." are a programme's row, no field)."""
    colon = _unclocked_colon(line, limit)
    if colon <= 0 or (limit is not None and colon > limit) or (not numbered and any(c.isdigit() for c in line[:colon])):
        return -1
    return colon


def _unclocked_colon(line: str, limit: int | None = None) -> int:
    """The first colon of ``line`` that opens it, ends it or has no digit on one side (-1 if
    none; past ``limit``, any colon found ends the search)."""
    colon = line.find(":")
    while (0 < colon < len(line) - 1 and (limit is None or colon <= limit)
           and line[colon - 1].isdigit() and line[colon + 1].isdigit()):
        found = _UNCLOCKED_COLON.search(line, colon + 1)    # past a line's clocks at once, not colon by colon
        colon = found.start() if found is not None else -1
    return colon


def prefix_colon(text: str, start: int, stop: int) -> int:
    """``label_colon(text[start:stop])``, for the many stops of one line (each date of a line asks
    up to itself): the first colon the whole line from ``start`` holds that is no clock's is
    found once, and only a colon ending the part can come before it (no digit follows it there)."""
    first = _first_colon(text, start, line_end(text, stop))
    if 0 <= first < stop - 1:
        colon = first
    else:
        colon = stop - 1 if stop - 1 >= start and text[stop - 1] == ":" else -1
    return colon - start if colon > start else -1


@lru_cache(maxsize=64)
def _first_colon(text: str, start: int, end: int) -> int:
    """Where the colon label_colon finds in ``text[start:end]`` stands in ``text`` (-1 if none)."""
    colon = _unclocked_colon(text[start:end])
    return start + colon if colon >= 0 else -1


def label_of(line: str) -> tuple[str, int] | None:
    """(the label in lower case, where its value starts) of "**Venue:** Village Hall"."""
    return _label_at(line, label_colon(line))


def _label_at(line: str, colon: int) -> tuple[str, int] | None:
    """label_of ``line`` whose label's colon ``label_colon`` found at ``colon``."""
    if colon <= 0:
        return None
    label = " ".join(line[:colon].strip(EMPHASIS + " \t-•").split()).lower()
    start = forward_over(line, colon + 1, len(line), EMPHASIS, blanks=True)
    return (label, start) if label and len(label) <= MAX_LABEL_CHARS else None


def label_block(text: str, at: int) -> LabelBlock:
    """What and where the labelled lines around offset ``at`` (in the same paragraph) say."""
    return _line_label_block(text, start_of_line(text, at))


@lru_cache(maxsize=64)
def _line_label_block(text: str, own_line: int) -> LabelBlock:
    """``label_block`` of every offset on the line that starts at ``own_line``, read once for the
    line: a label's value with no sentence end after it runs to its line's end, and on a page
    written on one line each date copied and split the rest of the page again."""
    what_labels, where_labels = word_list("what_labels"), word_list("where_labels")
    what: str | None = None
    where: Place | None = None
    lines = _block_lines(text, own_line)
    what, heads = _what_below(text, lines, own_line, what_labels) or (None, None)
    named_above = what is not None   # an item's name line above the date: lines over it are the item before's
    for start, end in lines:
        found = _label_of_line(text, start, end)
        if found is None:
            continue
        label, value = found
        if start < own_line and named_above:
            continue
        if start > own_line and (named_above or _numbered(label) != label) and _numbered(label) in what_labels:
            break                # "Event 2: ..." under "Event 1: ..." / "Time: ..." / "Venue: ...": the next item
            # (a numbered item's label heads its fields: below them, "Part Two: ..." is the next part's)
        named_above = named_above or (start < own_line and _numbered(label) in what_labels)
        value_start = start + value
        if value_start >= end:          # "Where:" / "Press Room 3, Palais des Nations, Geneva": the next line
            value_start = end + 1
            end = line_end(text, value_start)
        stop = _SENTENCE_END.search(text, value_start, end)
        end = stop.start() if stop else end          # "Where: ..., Geneva. The event will also be webcast"
        written = " ".join(text[value_start:end].split()).rstrip(".;")
        if label in where_labels:   # "Palais des Nations, Geneva, and online via Zoom", "... Seattle — or join online"
            cut = _alternative().search(written)
            if cut is not None:
                written = written[:cut.start()]
                end = value_start + len(_alternative().split(text[value_start:end], 1)[0])
        if not written:
            continue
        if _numbered(label) in what_labels and what is None:    # "Event 2: Monthly Media Briefing"
            what = written[:1].upper() + written[1:]
        elif label in where_labels and where is None:
            where = written_place(text, value_start, end, written)
    named = name_over(text, min(start for start, _ in lines)) if what is None and lines else None
    if what is None and named is not None:
        what = _numbered_name(named, what_labels)     # "Part one Land Reform project visit" over "Date: ..."
    return LabelBlock(what, where, named, heads)


def _what_below(text: str, lines: list[tuple[int, int]], own_line: int,
                what_labels: frozenset[str]) -> tuple[str, int] | None:
    """The "Event:"/"Activity:" value on the line right under a "Date:" line that opens its item's fields ("Date:
    Tuesday 10 March" / "Activity: Field visits" / "Time: 9:00am"), when the labelled line right over
    the date's line names no item (it is the item before's "Time:" or "Venue:"): a day heading its
    own items is named by them, not by the item before. With it, where the fields the day heads end
    (the next "Date:" line or the block's end)."""
    own = _label_of_line(text, own_line, line_end(text, own_line))
    if own is None or own[0] not in word_list("date_labels"):
        return None
    above = [(a, b) for a, b in lines if a < own_line]
    nearest = _label_of_line(text, *max(above)) if above else None
    if nearest is not None and _numbered(nearest[0]) in what_labels:
        return None
    below = sorted(line for line in lines if line[0] > own_line)
    what = None
    heads = line_end(text, own_line)
    for start, end in below:
        found = label_of(text[start:end])
        if found is None or found[0] in word_list("date_labels"):
            break
        value = " ".join(text[start + found[1]:end].split()).rstrip(".;")
        if what is None:
            if _numbered(found[0]) not in what_labels or not value:
                return None       # "Date:" / "Time:" / "Venue:" / "Part Two: ...": the item below is the next one
            what = value[:1].upper() + value[1:]
        heads = end
    return (what, heads) if what is not None else None


def _numbered_name(line: str, what_labels: frozenset[str]) -> str | None:
    """The name a numbered item label gives with no colon after its number ("Part one Land Reform
    project visit" -> "Land Reform project visit"), or None for any other line."""
    words = line.split()
    if len(words) < 3 or words[0].lower() not in what_labels:
        return None
    label = f"{words[0]} {words[1]}".lower()
    if _numbered(label) == label:
        return None
    rest = " ".join(words[2:]).lstrip(" -–—.")
    return rest[:1].upper() + rest[1:] if rest else None


MAX_BLURB_LINES = 4       # a listing item's blurb between its name line and its fields
MAX_NAME_WORDS = 8
MAX_CREDIT_NAME = 4       # words of the person a name line's credit names ("a talk by Mara Quist")
_PROSE_END = re.compile(r"[.!?][\"”’)]?\Z")


def name_over(text: str, top: int) -> str | None:
    """A listing item's name: "Harbour Lights" / "" / "A night of sea shanties." / "" / "When:
    ..." / "Where: ...". The short line right over the labelled lines, or over the blurb above
    them (a few lines, in one paragraph or several), names the item whose fields they are; a longer line, a
    sentence, a label, a generic heading or the page's opening line there names nothing (the
    page's name is left to say it: a one-item notice's body may name its event better)."""
    above = [(a, b) for a, b in lines_above(text, top, 2 * MAX_BLURB_LINES + 4)]
    k = 0
    while k < len(above) and not text[slice(*above[k])].strip():
        k += 1
    blurb = 0
    while True:
        paragraph = 0
        while k < len(above) and text[slice(*above[k])].strip() and _prose(text[slice(*above[k])]):
            k, paragraph = k + 1, paragraph + 1      # a paragraph of the blurb, up to its blank line
        blurb += paragraph
        if blurb > MAX_BLURB_LINES:
            return None
        while paragraph and k < len(above) and not text[slice(*above[k])].strip():
            k += 1
        if not paragraph or k >= len(above) or not _prose(text[slice(*above[k])]):
            break             # the blurb may run over a few short paragraphs ("a sight" / "" / "a sponsor" / "")
    if k >= len(above) or not text[:above[k][0]].strip():
        return None           # the page's opening line: its name is the page's, document_name reads it
    line = " ".join(text[slice(*above[k])].strip(EMPHASIS + " \t#").split())
    if (not line or not line[0].isupper() or len(_without_credit(line).split()) > MAX_NAME_WORDS or _PROSE_END.search(line)
            or line.endswith(",") or label_colon(line) >= 0 or not any(c.isalpha() for c in line)
            or is_generic(line) or link_line(line)):
        return None           # "Hi all," opens a mail; "Learn more about the council" is a link
    return line


def _without_credit(line: str) -> str:
    """A name line without the credit its comma adds ("Faces of the Tide, a talk by Mara Quist" ->
    "Faces of the Tide"): an article, a word or two of kind, a credit link (name_credit_links: "by",
    "with") and a capitalised name after the last comma; the line as it is otherwise. The credit
    says whose the item is, so it is no reason to read the line as prose."""
    name, comma, credit = line.rpartition(",")
    words = credit.split()
    if not comma or not name.strip() or len(words) < 4 or words[0].lower() not in word_list("articles"):
        return line
    link = next((k for k in (2, 3) if k < len(words) - 1 and words[k].lower() in word_list("name_credit_links")), None)
    if link is None or not all(w[:1].isupper() for w in words[link + 1:]) or len(words) - link - 1 > MAX_CREDIT_NAME:
        return line
    if not all(w.islower() for w in words[1:link]):
        return line
    return name


def _numbered(label: str) -> str:
    """A numbered label without its number ("event 2" -> "event", "part two" -> "part", "stage ii"
    -> "stage", "event b" -> "event"): the second item of a notice's list of events is named as the first is."""
    head, _, number = label.rpartition(" ")
    return head if head and (number.isdigit() or number in _number_words() or _ROMAN.fullmatch(number)
                             or (len(number) == 1 and number.isalpha())) else label


_ROMAN = re.compile(r"[ivx]{1,4}")


@lru_cache(maxsize=None)
def _number_words() -> frozenset[str]:
    """The cardinal and ordinal words that may number a notice's items ("Part one", "Part Two")."""
    return frozenset(row["word"] for row in load_table("en", "numbers") if row.get("kind") in ("cardinal", "ordinal")
                     and row["word"] not in word_list("item_number_skips"))


def _prose(line: str) -> bool:
    """A blurb's line: it ends a sentence, or runs longer than a name."""
    line = line.strip()
    return bool(_PROSE_END.search(line)) or len(_without_credit(line).split()) > MAX_NAME_WORDS


@lru_cache(maxsize=None)
def _alternative() -> re.Pattern[str]:
    """What a place line adds after the place: ", and ..." (place_addition_joiners), a dash before "or"
    or "and" (place_alternative_marks), or ", or" (place_choice_joiners) before a way to take part
    (place_alternative_openers: "join", "online", ...)."""
    joiners, choices = list_alternation("place_addition_joiners"), list_alternation("place_choice_joiners")
    marks = "|".join(rf"{re.escape(mark)}\b" for mark in sorted(word_list("place_alternative_marks"), reverse=True))
    opens = list_alternation("place_alternative_openers")
    return re.compile(rf", (?:{joiners}) |\s[—–-]\s(?={marks})|,? (?:{choices}) (?=(?:{opens}))")


def _block_lines(text: str, at: int) -> list[tuple[int, int]]:
    """The date's line and the labelled lines next to it, blank lines between them allowed
    ("What: ..." / "" / "When: ..." / "" / "Where: ..."); a line without a label ends it, unless
    it is the value of a label alone on the line above ("What:" / "Launch of the report")."""
    line_start = start_of_line(text, at)
    lines: list[tuple[int, int]] = []
    # Lines are read in place and their labels kept by line: every date of a long line asks.
    for begin, end in lines_above(text, line_start, 2 * MAX_BLOCK_LINES):    # upwards
        if only_marks(text, begin, end):
            continue
        if _label_of_line(text, begin, end) is None and not (
                begin > 0 and _label_alone_at(text, start_of_line(text, begin - 1), begin - 1)):
            break
        lines.append((begin, end))
    cursor = line_start
    alone = False                                      # the line before was a label alone
    for step in range(2 * MAX_BLOCK_LINES + 1):        # the date's line, then downwards
        end = line_end(text, cursor)
        filled = not only_marks(text, cursor, end)
        if step and filled and _label_of_line(text, cursor, end) is None and not alone:
            break
        if filled:
            lines.append((cursor, end))
            alone = _label_alone_at(text, cursor, end)
        cursor = end + 1
        if cursor >= len(text):
            break
    return lines


@lru_cache(maxsize=256)
def _label_of_line(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``label_of(text[start:end])``, read once for a line."""
    return label_of(text[start:end])


def _label_alone_at(text: str, start: int, end: int) -> bool:
    """"**Where:**" (the line from ``start`` to ``end``): a label whose value is on the next line."""
    found = _label_of_line(text, start, end)
    return found is not None and only_marks(text, start + found[1], end)


def written_place(text: str, start: int, end: int, written: str) -> Place:
    """The place written at [start, end) as the gazetteer or the venue reader knows it, else as
    written (its label or its list says it is a place)."""
    words = words_in(text, start, end)
    known = lookup(written)
    if known in venue_zones():    # "Marvel Stadium": a known venue whose name holds no town
        return Place(written, venue_zones()[known], start, end, venue=True)
    venue = venue_at(words, 0, text) if words else None
    if venue is not None and venue.end >= words[-1].start:
        return venue
    towns = [lookup(part.strip()) for part in written.split(",")]
    town = next((t for t in reversed(towns) if t), None)
    if town is not None:
        known = named_place(town)
        return Place(written, known.tz, start, end, city=town, venue=True)
    return Place(written, None, start, end, venue=True)


MAX_LABEL_WORDS = 8
# A sentence ends and another opens: a word's last letters, its stop, a capital ("Council. President")
_PROSE_STOP = re.compile(r"[a-z]{3}[.!?][\"”’)]?[ \t]+[A-Z\"“]")


def line_label(text: str, timex: Timex, opens: int | None = None,
               dated: list[tuple[int, int]] = (), listed: ListedLines | None = None,
               games: LineGames | None = None) -> str | None:
    """"New Year's Day: Friday, 1 January", "**Michaelmas Term:** Monday 5 October 2026 –
    Friday 11 December 2026": a line whose label names what its date is for. Labels that
    only say "date" or date the document ("Published:") name nothing. ``opens``: where the
    date's clause opens, above its line when a label line alone leads it ("Last day to
    register:" / "30 April 2027", see label_lines). ``listed``: the page's listed lines, read from
    ``dated``, the page's sorted date spans; a caller asking for many dates of a page keeps one,
    and one reader of ``games`` for the fixtures of its lines."""
    start = start_of_line(text, timex.start)
    if opens is not None and opens < start:
        start = opens
    colon = prefix_colon(text, start, timex.end)      # the line up to the date is read in place: a copy for each
    if colon > 0 and _prose_stop_before(text, start, start + colon):       # date made a long line square
        return None           # "Today the College met ... Council. President Juncker ... said:" is prose, no label
    found = _label_in(text, start, colon, timex.end)
    if found is None and colon > 0:
        shorter = _shorter_label(text, start, start + colon)      # a long label naming its place
        found = (shorter[0], forward_over(text, start + colon + 1, timex.end, _VALUE_MARKS) - start) \
            if shorter else None
    own_line = start_of_line(text, timex.start)
    if found is None and colon < 0 and start == own_line:     # "Reading week 21 - 27 October"
        bare = bare_label(text, start, (timex.start, timex.end), dated)
        if bare is not None and diary_row(text, start, dated):    # "Final day for holders to register for the payout ... Monday, 6 October"
            return _checked_label(bare, MAX_DIARY_LABEL_WORDS)
        return _checked_label(bare
                              or (listed or ListedLines(text, dated)).label(start, (timex.start, timex.end))
                              or clock_cell_label(text, start, (timex.start, timex.end)))
    if found is None or start + found[1] > timex.start:
        return None           # no label before the date (a colon inside "6:30 PM" is none)
    value = start + found[1]
    stop = _blank_before(text, value, timex.start)        # the words between the label and the date end here
    if stop > value and _SENTENCE_CLOSE.search(text, max(value, stop - 3), stop) and _closes_line(text, timex.end):
        if is_generic(text[start:start + colon]):
            return None       # "Please note: The office will be closed ... Monday 27 December": a notice, no name
        # "Book Bunch: Stories and crafts for toddlers. 10 a.m. on Tuesdays": a blurb, then the label's time alone
    elif 0 <= _first_prose_stop(text, value) <= stop:
        return None           # sentences after the colon: the date is theirs, not the label's
    elif stop > value and not (text[stop - 1] == "," or _ends_in_joiner(text, value, stop)):
        return None           # the date opens the value, or follows another ("Tuesday 23rd and Thursday 25th")
    game = (games.game if games is not None else lambda a, b: played_match(text, a, b))(start + found[1], timex.start)
    if game is not None:
        return game           # "Pool B: Hawks v Falcons, <venue>, 3pm": the game, not the group many share
    label = " ".join(text[start:start + colon].strip(EMPHASIS + " \t").split())
    label = _ITEM_NUMBER.sub("", label.lstrip("-•*+–").strip(EMPHASIS + " "))    # "4. Written test:"
    if len(label.split()) > MAX_LABEL_WORDS:     # "Pop-up clinic at the Etobicoke Civic Centre farmers' market:"
        label = _before_place(label)
    return _checked_label(label)


_LABEL_MARKS = EMPHASIS + " \t-•"           # stripped off both ends of a label (_label_at)
_VALUE_MARKS = EMPHASIS + " \t"       # what a long label's value opens with, past its colon
_NON_BLANK = re.compile(r"\S+")


def _label_in(text: str, start: int, colon: int, end: int) -> tuple[str, int] | None:
    """``_label_at(text[start:end], colon)``, read in place: the label's words are read back from
    its colon only while they fit MAX_LABEL_CHARS (a copy of the line up to each date of a long line
    made it square)."""
    if colon <= 0:
        return None
    label = _short_label(text, start, start + colon)
    if not label:
        return None
    return label, forward_over(text, start + colon + 1, end, EMPHASIS, blanks=True) - start


def _short_label(text: str, start: int, stop: int) -> str | None:
    """``" ".join(text[start:stop].strip(_LABEL_MARKS).split()).lower()`` when it is at most
    MAX_LABEL_CHARS long, else None; read back from ``stop`` only until the words outgrow that."""
    begin, stop = marks_bounds(text, start, stop, _LABEL_MARKS)
    pieces: list[list[str]] = []
    joined = -1
    for first, last in stretches_back(text, begin, stop):
        pieces.append(text[first:last].split())
        joined += sum(len(word) + 1 for word in pieces[-1])
        if joined > MAX_LABEL_CHARS:
            return None       # lowering makes no word shorter
    label = " ".join(word for piece in reversed(pieces) for word in piece).lower()
    return label if len(label) <= MAX_LABEL_CHARS else None


def _shorter_label(text: str, start: int, colon: int) -> tuple[str, int] | None:
    """``label_of(_before_place(text[start:colon]) + ":")`` for a label that _label_in found too long
    or empty, from its first words alone: only a place word among its first MAX_LABEL_WORDS + 1 words
    cuts it (_before_place), and uncut it is the same too long or empty label again."""
    words = [found.group() for found in islice(_NON_BLANK.finditer(text, start, colon), MAX_LABEL_WORDS + 1)]
    if len(words) <= MAX_LABEL_WORDS:
        return None
    places = word_list("place_prepositions")
    at = next((k for k, word in enumerate(words) if word.lower() in places), None)
    return label_of(" ".join(words[:at]) + ":") if at else None


@lru_cache(maxsize=64)
def _prose_stop_before(text: str, start: int, stop: int) -> bool:
    """Whether a sentence ends and another opens in ``text[start:stop]``: the words before a line's
    label colon, the same for each date of the line, so read once."""
    return _PROSE_STOP.search(text, start, stop) is not None


_SENTENCE_LABEL = re.compile(r"(?P<label>[^\n:.;!?]{1,80}?)[^\S\n]{0,2}:[^\S\n]{1,3}\Z")
_SENTENCE_END = re.compile(r"[^\S\n]{0,2}(?:[.;]|\n|\Z)")


def sentence_label(text: str, sentence_start: int, timex: Timex) -> str | None:
    """"Entry to the arena: 21:00 hours (9pm) Friday 14th August." in a paragraph of such items: a
    sentence that is only a label, its colon and its date names the date by the label, as a line of
    its own would (line_label); a sentence with words of its own around the date is prose."""
    if timex.start - sentence_start > 90:
        return None
    found = _SENTENCE_LABEL.fullmatch(text, sentence_start, timex.start)
    if found is None or _SENTENCE_END.match(text, timex.end) is None:
        return None
    label = " ".join(found.group("label").strip(EMPHASIS + " \t-•").split())
    return _checked_label(label) if label and not is_generic(label) else None


_SENTENCE_CLOSE = re.compile(r"[a-z)][.!?][\"”’)]?\Z")     # the blurb before the date ends a sentence
_VALUE_JOINERS = ("and", "&", "or")     # "Tuesday 23rd and Thursday 25th": the date follows another


def _blank_before(text: str, start: int, end: int) -> int:
    """Where ``text[start:end].rstrip()`` ends in ``text``: read back over the blanks only, as
    each date of a long labelled line asks (copying the line up to each date is square in them)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


@lru_cache(maxsize=64)
def _first_prose_stop(text: str, start: int) -> int:
    """Where the first _PROSE_STOP from ``start`` ends (-1 if none), found once for the many dates
    of a labelled line: the words from ``start`` to a date hold one exactly when it ends before the
    date (each of its matches is the only one its letters can begin, and no other starts inside it)."""
    found = _PROSE_STOP.search(text, start)
    return found.end() if found is not None else -1


def _ends_in_joiner(text: str, start: int, end: int) -> bool:
    """Whether the last word (run of no blank) of ``text[start:end]`` is one of _VALUE_JOINERS, in
    any case; ``end`` follows no blank."""
    for joiner in _VALUE_JOINERS:
        first = end - len(joiner)
        if first >= start and text[first:end].lower() == joiner and (first == start or text[first - 1].isspace()):
            return True
    return False
_LINE_REST = re.compile(r"[ \t]*[.;]?[ \t]*(?:\n|\Z)")


def _closes_line(text: str, end: int) -> bool:
    """Nothing but a stop follows the date on its line: the date is a sentence of its own."""
    return _LINE_REST.match(text, end) is not None


def diary_label(text: str, timex: Timex, dated: list[tuple[int, int]], title: str) -> str | None:
    """The label of a diary row ending in ``timex`` ("Last day to trade to be able to vote at the
    annual general meeting Friday, 16 July") when ``title``, read from the row's words by their
    event noun ("Annual general meeting"), is only a later part of it: the whole label names the
    row. A title the label opens with ("Poster submission closes" in "Poster submission closes at
    noon (note: deadline moved)") already names it."""
    start = start_of_line(text, timex.start)
    if not dated or not diary_row(text, start, dated):
        return None
    label = _checked_label(bare_label(text, start, (timex.start, timex.end), dated), MAX_DIARY_LABEL_WORDS)
    if label is None or title.lower() not in label.lower() or label.lower().startswith(title.lower()):
        return None
    return label


def _checked_label(label: str | None, longest: int = MAX_LABEL_WORDS) -> str | None:
    """The label, unless it only says "date" or dates the document ("Published") or runs past
    ``longest`` words."""
    if label is None:
        return None
    lowered = label.lower()
    if lowered.split()[-1:] in (["date"], ["dated"]) and not _occasion_date(lowered):
        return None               # "No. IISER/ACAD/PhD/2027/14   Date: 01.02.2027": the notice's own date
    if (not label or not (label[0].isupper() or _ordinal_led(label)) or len(label.split()) > longest
            or lowered in word_list("date_labels") | word_list("heading_labels") | word_list("event_date_labels")
            or lowered in word_list("what_labels") | word_list("where_labels")
            or " ".join(lowered.split()) in word_list("date_line_leads")):     # "Throughout June": a prefix, no name
        return None
    return label


def _ordinal_led(label: str) -> bool:
    """"1st Test", "2nd T20", "3rd Round": a numbered fixture's or round's name, its ordinal in
    figures, then a capitalised word."""
    return _ordinal_lead().match(label) is not None


@lru_cache(maxsize=None)
def _ordinal_lead() -> re.Pattern[str]:
    return re.compile(rf"\d{{1,2}}{ordinal_ending()}[ \t]+[A-Z]")


def _occasion_date(lowered: str) -> bool:
    """"Official Start Date", "Closing date": a label ending in "date" whose words before it name
    when something happens (occasion_date_words, the table the page-date reader uses too), not
    the notice's own date ("Date", "Publication date")."""
    return lowered.split()[-1] == "date" and bool(set(lowered.split()[:-1]) & word_list("occasion_date_words"))


def _before_place(label: str) -> str:
    """A long label's words before its place ("Community breakfast at the old Civic Centre main
    hall upstairs" -> "Community breakfast"): what happens, where the label says at length."""
    words = label.split()
    at = next((k for k, w in enumerate(words) if w.lower() in word_list("place_prepositions")), None)
    return " ".join(words[:at]) if at is not None and 0 < at <= MAX_LABEL_WORDS else label
