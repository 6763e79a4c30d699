"""A title that names a list, a section or a field of a page instead of what happens on the day.

A subscriber sees only the title, so "Important Deadlines", "Date and time" or "Target audience
– 7-11 year olds" tell nothing: the first is the heading over a stacked list of dates, the others
are field labels of one item of an event listing. Whatever framer chose such a title, the entry
is re-titled here by the item's own words, found in the page's layout:

- a heading directly over the date's line that *is* the title: the list is stacked as date line,
  then what happens on the next line ("Important Deadlines" / "December 15" / "Reviewing Starts.
  Papers submitted ..."), so the next line's first sentence names the item;
- else the item's heading: the nearest short line above the date's line that is neither a field
  ("Location: ...", "Cost: Free"), nor prose, nor generic ("Free Tai Chi in London Fields" /
  "Date and time: May 4 2pm"). A line that gave another entry ends the search: it is the previous
  item's.

A bare "Deadline" says what kind of date it is but not what closes: the row's own words before
its date name it, else it reads "<heading> deadline" under the heading above, else "<page title>
deadline", as a bare "Conference" reads "<page name> conference" (page_names.py).

When the layout shows no better name the title is kept: a generic title is better than a guess,
and so is it than a line of the site's furniture ("Home | St Anne's School", "Welcome to ...") or a
request to the reader under the label ("Please bring a packed lunch").
The words are data: generic_titles.en.txt (whole titles), generic_title_nouns.en.txt with
generic_title_modifiers.en.txt (a list's noun and its modifiers only: "Best events for the
week"), field_labels.en.txt (labels that open a field) and bare_deadline_titles.en.txt."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calfeed.events.cut_titles import cut_title
from calfeed.events.furniture_titles import furniture_title
from calfeed.events.placeholder_titles import complement_title
from calfeed.events.vocabulary import phrase_at, phrase_list, word_list
from calfeed.text import SENTENCE_END, line_end, lines_above

MAX_SCAN = 12              # lines looked up for an item's heading
MAX_HEADING_WORDS = 12     # a longer line is prose, not a heading
MAX_ROW_WORDS = 8          # a row's own name before its date is short
FACT_SHEET_LINES = 3       # "Label: value" lines in a row, the date's among them, that make a fact sheet
MAX_BLANKS = 2             # blank lines passed over between a stacked date and its description
TITLE_EDGES = " \t#*_•·-–—|:"      # marks, bullets and rules a line may carry round a title
_NOTE = re.compile(r"\([^()]*[.!?]\)")        # a sentence in brackets: a note, no name
_WORD = re.compile(r"[\w'&]+")
_SPACES = re.compile(r"\s+")
_URL = re.compile(r"https?://|www\.")
_FIELD = re.compile(r"([^:\n]{1,40}):(?:\s|\Z)")          # "Location: Dandenong Library"
_CLAUSE_BREAK = re.compile(r"[;.!?](?:\s|\Z)")
_ASIDE = re.compile(r"\([^()\n]*\)")       # "(note: deadline extended)"
_SITE_SEPARATOR = re.compile(r"\s[|–—-]\s")     # "Diary Dates | Hassocks School"
_LABEL_END = re.compile(r"\s*(?:[:–—-]|\Z)")


def is_generic(title: str) -> bool:
    """Whether ``title`` names a list, section or field rather than what happens: a whole
    generic heading, a field label opening it ("Target audience – 7-11 year olds"), a web
    address in it ("Tickets via following link: https://..."), or a note, a sentence in
    brackets ("(The dates are provisional.)")."""
    plain = _plain(title)
    if not plain:
        return False
    if plain in word_list("generic_titles") or _URL.search(title) or _list_words_only(plain):
        return True
    if _NOTE.fullmatch(title.strip()):
        return True                       # "(The subjects for these debates were chosen by ...)"
    return any(plain.startswith(label) and _LABEL_END.match(plain, len(label))
               for label in word_list("field_labels"))


def names_a_list(title: str) -> bool:
    """Whether ``title`` is generic and more than a bare "events" (empty_title_nouns), which
    stands for the occasion a document is about ("a slew of events from now till the end of
    the year"): an entry still titled so after re-titling is a list's heading."""
    return is_generic(title) and _plain(title) not in word_list("empty_title_nouns")


def _list_words_only(plain: str) -> bool:
    """Whether a title is a list's noun and its modifiers only ("Best events for the week",
    "Upcoming events this month", "Our key dates")."""
    words = _WORD.findall(plain)
    return bool(words) and any(w in word_list("generic_title_nouns") for w in words) \
        and all(w in word_list("generic_title_nouns") or w in word_list("generic_title_modifiers") for w in words)


def item_title(title: str, text: str, date_start: int, framed: Sequence[tuple[int, int]],
               dated: Sequence[tuple[int, int]], page_title: str | None = None) -> str:
    """A better title than the generic ``title`` for the entry dated at ``date_start``, from
    the page's layout (see the module note); ``title`` itself when none is found or it is not
    generic. ``framed`` are the spans of the dates that gave entries, ``dated`` of every date;
    the page's title, when it names something, is the last resort."""
    line_start = text.rfind("\n", 0, date_start) + 1
    if _plain(title) in word_list("bare_deadline_titles") or is_generic(title):
        tagged = _named_under_tag(title, text, line_start, dated)
        if tagged is not None:    # "Jan 15, 2026" / "PAYMENT DUE" / "Q4 2025 Estimated Tax Due"
            return tagged
    if _plain(title) in word_list("bare_deadline_titles"):
        return _deadline_title(title, text, line_start, date_start, framed, dated, page_title)
    if not is_generic(title) and not furniture_title(title, text, date_start):
        return complement_title(title, text, date_start, dated)    # "Latest fixture ... is the home game against X"
    above = _nonblank_above(text, line_start)
    label = _FIELD.match(text, line_start)
    if label is not None and _plain(label.group(1)) == _plain(title):
        told = _label_sentence(text, label.end(), dated)
        if told is not None:      # "NOTE: Fridays shall be reserved for motion court whereby ..."
            return told
    if ((above is not None and _plain(text[above[0]:above[1]]) == _plain(title))
            or (label is not None and _plain(label.group(1)) == _plain(title))):    # "Reminder: Friday 5 March"
        below = _first_sentence_below(text, line_start, dated)
        if below is not None:
            return below
    heading = _heading_above(text, line_start, framed, dated)
    if heading is not None:
        return heading
    subject = _page_subject(page_title)
    return subject if subject is not None else title


def _deadline_title(title: str, text: str, line_start: int, date_start: int,
                    framed: Sequence[tuple[int, int]], dated: Sequence[tuple[int, int]],
                    page_title: str | None) -> str:
    """A bare "Deadline" named by what closes: the row's own words before its date ("Abstract
    submission closes (note: deadline extended) 17th December"), else "<heading> deadline" under
    the heading above ("Group Discount" / "Deadline:" / "April 15"), else "<page> deadline"."""
    own = _row_words(text, line_start, date_start, dated)
    if own is not None and _plain(title) not in own.lower():
        return own
    line = text[line_start:line_end(text, line_start)].strip(TITLE_EDGES)
    row = len(line.split()) <= MAX_HEADING_WORDS and not SENTENCE_END.search(line)
    heading = _heading_above(text, line_start, framed, dated, skip=_plain(title)) if row else None   # prose: a section heading above names no deadline
    name = heading if heading is not None else _page_subject(page_title)
    return title if name is None else f"{name} {title.strip(TITLE_EDGES).lower()}"


def _named_under_tag(title: str, text: str, line_start: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The line under a generic tag that stands right under a date line alone ("Jan 15, 2026" /
    "PAYMENT DUE" / "Q4 2025 Estimated Tax Due"): the tag says what kind of day it is, the line
    under it what happens; None when the layout is not so."""
    end = line_end(text, line_start)
    if _says_more_than_dates(text, line_start, end, dated):
        return None                       # the date's line says more than its date
    tag = end + 1
    while tag < len(text) and not text[tag:line_end(text, tag)].strip():
        tag = line_end(text, tag) + 1
    if tag >= len(text) or _plain(text[tag:line_end(text, tag)]) != _plain(title):
        return None
    start = line_end(text, tag) + 1
    if start >= len(text) or not _says_more_than_dates(text, start, line_end(text, start), dated):
        return None                       # the next item's date line: nothing names this one
    line = text[start:line_end(text, start)].strip(TITLE_EDGES)
    if SENTENCE_END.search(line) or _FIELD.match(line):
        return None                       # prose or a field, no name
    return line if _nameable(line) and not _instruction(line) else None


def _says_more_than_dates(text: str, start: int, end: int, dated: Sequence[tuple[int, int]]) -> bool:
    """Whether the line from ``start`` to ``end`` holds a letter outside its dates."""
    plain = list(text[start:end])
    for first, finish in dated:
        for at in range(max(first, start), min(finish, end)):
            plain[at - start] = " "
    return any(c.isalpha() for c in plain)


def _row_words(text: str, line_start: int, date_start: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The words of the date's line before the date, asides in brackets and other dates left
    out and a dangling preposition cut ("Abstract submission closes at midnight (...)" ->
    "Abstract submission closes"); None when they are prose or none, or when words follow the
    date on its line: a row ends with its date, a sentence goes on ("the Jan. 14 deadline, and")."""
    date_end = max((end for start, end in dated if start == date_start), default=date_start)
    rest = _ASIDE.sub(" ", text[date_end:line_end(text, date_end)])
    if any(c.isalpha() for c in rest):
        return None
    chars = list(text[line_start:date_start])
    for start, end in dated:
        for at in range(max(start, line_start), min(end, date_start)):
            chars[at - line_start] = " "
    clause = _CLAUSE_BREAK.split(_ASIDE.sub(" ", "".join(chars)))[-1]    # "...; Round 1 cut-off"
    clause = clause.split("(")[0]         # the date inside an aside: "cut-off 31 July (deadline, midnight"
    words = cut_title(clause.strip(TITLE_EDGES + ",")).strip(TITLE_EDGES + ",")
    if SENTENCE_END.search(words) or len(words.split()) > MAX_ROW_WORDS:
        return None
    return words if _nameable(words) else None


def _label_sentence(text: str, value_start: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The sentence a generic label opens on its own line ("NOTE: Fridays shall be reserved for
    motion court whereby ..."), cut before a further clause (clause_cut_words), when it says more
    than its dates and is short enough to read as a title."""
    end = line_end(text, value_start)
    stop = SENTENCE_END.search(text, value_start, end)
    chars = list(text[value_start:stop.start() if stop else end])
    plain = chars[:]
    for start, finish in dated:
        for at in range(max(start, value_start), min(finish, value_start + len(chars))):
            plain[at - value_start] = " "
    if not any(c.isalpha() for c in plain):
        return None               # "Reminder: Friday 5 March": the name is elsewhere
    words = "".join(chars).split()
    lowered = [w.lower().strip(",;") for w in words]
    cuts = phrase_list("clause_cut_words")
    for k in range(1, len(words)):
        if words[k - 1].endswith((",", ";")) or phrase_at(lowered, k, cuts) is not None:
            words = words[:k]
            break
    sentence = " ".join(words).strip(TITLE_EDGES + ",;")
    return sentence if _nameable(sentence) and not _instruction(sentence) else None


def _page_subject(page_title: str | None) -> str | None:
    """What a page is about: its title's first part ("Riverside Players: A Christmas Carol",
    "Autumn Fair | St Anne's School" -> "Autumn Fair"), unless that is generic too."""
    if not page_title:
        return None
    first = _SITE_SEPARATOR.split(" ".join(page_title.split()))[0].strip(TITLE_EDGES)
    return first if _nameable(first) and not _furniture(first) else None


def _furniture(part: str) -> bool:
    """A title part that is the site's furniture or a greeting ("Home", "News", "Welcome to St
    Anne's School"), not what the page is about (page_furniture, page_greetings)."""
    plain = _plain(part)
    return plain in word_list("page_furniture") or any(
        plain == lead or plain.startswith(lead + " ") for lead in word_list("page_greetings"))


def _instruction(sentence: str) -> bool:
    """A request to the reader, no name: "Please bring a packed lunch", "Remember to sign in",
    "Book your place" (instruction_leads; instruction_verbs before an article, a possessive or a
    pronoun). "Bring and buy sale", "Book fair" are names."""
    words = _plain(sentence).split()
    if any(words[:len(lead.split())] == lead.split() for lead in word_list("instruction_leads")):
        return True
    objects = word_list("instruction_objects") | word_list("articles")
    return len(words) > 1 and words[0] in word_list("instruction_verbs") and words[1] in objects


def _plain(line: str) -> str:
    return _SPACES.sub(" ", line.replace("’", "'")).strip(TITLE_EDGES + ".").lower()


def _nonblank_above(text: str, line_start: int) -> tuple[int, int] | None:
    for start, end in lines_above(text, line_start, 3):
        if text[start:end].strip():
            return start, end
    return None


def _holds(start: int, end: int, framed: Sequence[tuple[int, int]]) -> bool:
    return any(start <= s < end for s, _ in framed)


def _first_sentence_below(text: str, line_start: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The first sentence of the first line after the date's line (blank lines passed over),
    when it is short, dates nothing and is no field ("Location: ...")."""
    start = line_end(text, line_start) + 1
    for _ in range(MAX_BLANKS):
        if start >= len(text) or text[start:line_end(text, start)].strip():
            break
        start = line_end(text, start) + 1
    if start >= len(text):
        return None
    end = line_end(text, start)
    line = text[start:end]
    field = _FIELD.match(line.strip())
    if field and _plain(field.group(1)) in word_list("field_labels"):
        return None                       # the item's next field, no description
    stop = SENTENCE_END.search(line)
    first = stop.start() if stop else len(line)
    if _holds(start, start + first, dated):
        return None                       # the next item's date line: no description between
    sentence = line[:first].strip(TITLE_EDGES)
    return sentence if _nameable(sentence) and not _instruction(sentence) else None


def _heading_above(text: str, line_start: int, framed: Sequence[tuple[int, int]],
                   dated: Sequence[tuple[int, int]], skip: str = "") -> str | None:
    """The nearest heading-like line above the date's line, fields, prose and the label
    ``skip`` ("Deadline:") passed over."""
    sheet = _fact_sheet_top(text, line_start)
    for start, end in lines_above(text, line_start, MAX_SCAN):
        line = text[start:end].strip()
        if not line or (skip and _plain(line) == skip):
            continue
        if sheet is not None and start >= sheet:
            continue                      # "IELTS Requirement: Not Necessary": a field of the date's own fact sheet
        if _holds(start, end, framed) or line.startswith("|"):
            return None                   # the previous item's line, or a table
        field = _FIELD.match(line)
        if field and _plain(field.group(1)) in word_list("field_labels"):
            continue                      # "Location: London Fields, ..."
        if furniture_title(line, text, start, start):
            continue                      # "EarthDay_IMG_4890.jpg", "« All Events": the page's furniture
        if SENTENCE_END.search(line.strip(TITLE_EDGES)) or len(line.split()) > MAX_HEADING_WORDS:
            continue                      # prose of the item's blurb
        heading = line.strip(TITLE_EDGES)
        return heading if _nameable(heading) and not _holds(start, end, dated) else None   # "2 February 2017": a dateline
    return None


def _fact_sheet_top(text: str, line_start: int) -> int | None:
    """Where the fact sheet the date's line belongs to starts: an unbroken run of at least
    FACT_SHEET_LINES "Label: value" lines ("Program Type: Fellowship" / "IELTS Requirement: Not
    Necessary" / "Deadline: April 24, 2025"), the date's own line among them. Whatever the labels
    are, such lines are one item's fields, not its heading; None when the date's line is no field
    or the run is shorter ("Round 2: Full proposals" / "Deadline: 3 May" may be a heading)."""
    if not _FIELD.match(text, line_start):
        return None
    top, count = line_start, 1
    for start, end in lines_above(text, line_start, MAX_SCAN):
        line = text[start:end].strip()
        if not line or not _FIELD.match(line):
            break
        top, count = start, count + 1
    return top if count >= FACT_SHEET_LINES else None


def _nameable(words: str) -> bool:
    return 0 < len(words.split()) <= MAX_HEADING_WORDS and any(c.isalpha() for c in words) \
        and not is_generic(words) and not furniture_title(words, "", 0)
