"""A title that names where, not what: "Great Hall", "Lutz Auditorium, Blair Music Center". Event
listings set each item as its name on one line and then "8:00 PM – Great Hall, Memorial Union -
..." or "Sunday, Feb. 7, 4 p.m. | Lutz Auditorium" on the next; a rule that names the day by the
rest of its line takes the venue. A title whose first part is a capitalised name ending in a venue
noun (venue_heads: hall, auditorium, centre, room ...) with no event noun in it names a place: the
item's name is the short line over the date's line (past at most one blank line), when that line
holds no date written with a number (a holiday may be part of a name: "Chinese New Year
Celebration") and reads as a name, not a sentence nor a table's column header ("Wards Venue Dates
Time"); the venue becomes the entry's place."""

from __future__ import annotations

from collections.abc import Sequence

from calfeed.events.agenda import day_heading_label
from calfeed.events.generic_titles import TITLE_EDGES, is_generic
from calfeed.events.phrases import clause_subject, noun_phrases
from calfeed.events.vocabulary import HEADER_LISTS, merged_lists, word_list
from calfeed.events.words import words_in
from calfeed.text import line_end, line_over

MAX_NAME_WORDS = 14       # a longer line over the date is prose, not the item's name
BLOCK_LINES = 4           # lines of a name's block under it: its day, its clock, its venue and address
MAX_VENUE_ROWS = 12       # rows of day and venue walked over up to their lead-in
MAX_SUBJECT_WORDS = 6     # a lead-in's subject longer than this is a clause, not a name


def names_a_venue(title: str) -> bool:
    """The title's first part is a venue's name: capitalised words ending in a venue noun, no event
    noun ("Great Hall", "Lutz Auditorium, Blair Music Center"; not "Village Hall Quiz")."""
    first = title.split(",")[0].split(" - ")[0].strip()
    words = [w for w in words_in(first, 0, len(first)) if w.is_word]
    if not words or words[-1].lower not in word_list("venue_heads"):
        return False
    joiners = word_list("title_case_joiners")
    if not all(w.text[:1].isupper() or w.text[:1].isdigit() or w.lower in joiners for w in words):
        return False
    return not noun_phrases(words_in(first, 0, len(first)), [], first)


def placed_venue(title: str) -> str | None:
    """The venue of a title that is only a preposition and a capitalised name ("At the Harbour
    Gallery" -> "the Harbour Gallery", "and at Holy Cross" after a list of clocks), None when it
    says more or names an event ("At Home Open Day")."""
    words = [w for w in words_in(title, 0, len(title)) if w.is_word]
    while words and words[0].lower in word_list("clock_list_joiners"):
        words = words[1:]          # "and at Holy Cross": the rest of a list of clocks
    if len(words) < 2 or words[0].lower not in word_list("venue_title_prepositions"):
        return None
    name = words[1:]
    if name[0].lower in word_list("venue_joiner_articles"):
        name = name[1:]
    joiners = word_list("title_case_joiners") | word_list("venue_joiners")
    if not name or not all(w.text[:1].isupper() or w.lower in joiners for w in name):
        return None
    venue = title[name[0].start:name[-1].end]
    return None if noun_phrases(words_in(venue, 0, len(venue)), [], venue) else venue


def _name_over(text: str, date_start: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The short name line over the date's line, at most one blank line (or one of title edges
    only) between. A clock on a line of its own under the day ("Sunday 14 March" /
    "10am - 1pm") is one block with it: the name is over the block. A day line that names its day
    ("Easter Day, Sunday, April 16") names the slot rows under it ("7:00 AM at St. Hilda's"),
    and rows that only say where ("6:00 PM at Holy Cross") are walked over like the date's own."""
    begin = text.rfind("\n", 0, date_start) + 1
    first = begin + len(text[begin:date_start]) - len(text[begin:date_start].lstrip(TITLE_EDGES + " \t"))
    opens = any(s == first for s, _ in dated)     # a slot row opens with its clock, a table's row with its name
    rows = named_rows = 0
    for _ in range(BLOCK_LINES + MAX_VENUE_ROWS):
        over = line_over(text, begin, blank=lambda line: not _plain(line))
        if over is None:
            return None
        at, end = over
        row = _venue_row(text, at, end, dated)
        if row and rows < MAX_VENUE_ROWS:
            rows += 1          # "7 December Hotel Lobby 1:00-5:00 p.m." over "8-9 December Main Meeting Room 1 Lobby ..."
            named_rows += row == NAMED_ROW
        elif named_rows == 0 and opens and (label := _day_label(text, at, end, dated)) is not None:
            return label       # "Easter Day, Sunday, April 16" / "7:00 AM at St. Hilda's": the day's name
        elif not _date_alone(text[at:end], at, dated):
            break
        begin = at
    line = _plain(text[at:end])
    if text[at:end].rstrip(" \t*_").endswith(":"):     # "On-site registration counters will be open on the following dates and time:"
        return _lead_in_subject(line)
    if named_rows:
        return None            # rows of named venues name no item above them unless a lead-in does
    # "6:00 PM at Holy Cross" rows under their days: one programme's slots, named by the line over it
    written = any(at <= s < end and any(c.isdigit() for c in text[s:e]) for s, e in dated)   # "New Year" may name
    if (written or len(line.split()) > MAX_NAME_WORDS or line.endswith(".")
            or is_generic(line) or names_a_venue(line) or _column_header(line)):
        return None
    return line


NAMED_ROW, PLACED_ROW = "named", "placed"


def _day_label(text: str, at: int, end: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The name a day line gives its day beside the date ("Easter Day, Sunday, April 16",
    "Open Day - Saturday 4 May"), None when the line holds only the day."""
    own = [(s, e) for s, e in dated if at <= s and e <= end and any(c.isdigit() for c in text[s:e])]
    if len(own) != 1:
        return None            # a holiday's name ("Christmas Day") is a date too, but a name
    before, after = text[at:own[0][0]], text[own[0][1]:end]
    name = _plain(before.strip().rstrip(",;:–—-")) if before.strip() and not _plain(after.strip(" ,.;")) else ""
    return name if name and day_heading_label(before, after) else None


def _venue_row(text: str, at: int, end: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The line opens with a date written with its number and its other words name a venue
    ("7 December Hotel Lobby 1:00-5:00 p.m.": NAMED_ROW) or say where with a preposition ("6:00
    PM and 8:00 PM at Holy Cross": PLACED_ROW): a row of the same run as the date's own."""
    own = sorted((s, e) for s, e in dated if at <= s and e <= end)
    if not own or text[at:own[0][0]].strip(TITLE_EDGES + " \t") or not any(c.isdigit() for c in text[slice(*own[0])]):
        return None
    rest, cursor = [], at
    for s, e in own:
        rest.append(text[cursor:s])
        cursor = e
    rest.append(text[cursor:end])
    named = " ".join(" ".join(rest).split())
    return PLACED_ROW if placed_venue(named) is not None else NAMED_ROW if names_a_venue(named) else None


def _lead_in_subject(line: str) -> str | None:
    """The subject of a lead-in line that says what its rows are ("Badge pick-up counters will be
    open at these times:" -> "Badge pick-up counters"), None when it has none."""
    words = words_in(line, 0, len(line))
    subject = clause_subject(words, [])
    if subject is None or subject[1] - subject[0] + 1 > MAX_SUBJECT_WORDS:
        return None
    first = subject[0]
    while first < subject[1] and words[first].lower in word_list("articles"):
        first += 1
    name = line[words[first].start:words[subject[1]].end]
    return name[:1].upper() + name[1:]


def _plain(line: str) -> str:
    """The line's words, spaced once, without the marks that edge a title."""
    return " ".join(line.split()).strip(TITLE_EDGES)


def _column_header(line: str) -> bool:
    """The line heads a table's columns ("Wards Venue Dates Time"): two header words or more."""
    heads = merged_lists(HEADER_LISTS)
    return sum(w.lower in heads for w in words_in(line, 0, len(line)) if w.is_word) >= 2


def venue_retitled(title: str, text: str, date_start: int, dated: Sequence[tuple[int, int]]) -> tuple[str, str] | None:
    """(the item's name, the venue) when ``title`` names a place and the line over the date's
    line names the item; None otherwise."""
    placed = placed_venue(title)
    if not names_a_venue(title) and placed is None:
        return None
    name = _name_over(text, date_start, dated)
    if name is None:
        return None
    venue = placed or title.split(" - ")[0].strip(TITLE_EDGES).rstrip(",;").strip()
    for line in _block(text, date_start):
        written = " ".join(line.split())
        at = written.find(venue)
        if at >= 0:
            if written[at + len(venue):].lstrip().startswith(":"):
                return None        # "Kite Building: Learn how to build a kite": a name and its description, no venue
            return name, venue
    return None


def _date_alone(line: str, at: int, dated: Sequence[tuple[int, int]]) -> bool:
    """The line holds a date and nothing else but marks ("10am - 1pm", "Sunday 14 March")."""
    rest = line
    for s, e in sorted(dated, reverse=True):
        if at <= s and e <= at + len(line):
            rest = rest[:s - at] + rest[e - at:]
    return len(rest) < len(line) and not any(c.isalpha() for c in rest)


def _block(text: str, date_start: int) -> list[str]:
    """The date's line and the short lines set under it before the first blank-separated prose
    ("10am - 1pm" / "Riverside Community Precinct," / "14 Mill Lane ..."): where a
    listing block writes the item's venue."""
    begin = text.rfind("\n", 0, date_start) + 1
    out = [text[begin:line_end(text, date_start)]]
    at = line_end(text, date_start) + 1
    while at < len(text) and len(out) < BLOCK_LINES + 1:
        end = line_end(text, at)
        line = text[at:end].strip()
        if line:
            if line.endswith(".") or len(line.split()) > MAX_NAME_WORDS:
                break          # prose: the block is over
            out.append(line)
        at = end + 1
    return out
