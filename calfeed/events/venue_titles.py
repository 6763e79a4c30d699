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


def _name_over(text: str, date_start: int, dated: Sequence[tuple[int, int]]) -> str | None:
    """The short name line over the date's line, at most one blank line (or one of title edges
    only) between. A clock on a line of its own under the day ("Sunday 14 March" /
    "10am - 1pm") is one block with it: the name is over the block."""
    begin = text.rfind("\n", 0, date_start) + 1
    rows = 0
    for _ in range(BLOCK_LINES + MAX_VENUE_ROWS):
        over = line_over(text, begin, blank=lambda line: not _plain(line))
        if over is None:
            return None
        at, end = over
        if _venue_row(text, at, end, dated) and rows < MAX_VENUE_ROWS:
            rows += 1          # "7 December Hotel Lobby 1:00-5:00 p.m." over "8-9 December Main Meeting Room 1 Lobby ..."
        elif not _date_alone(text[at:end], at, dated):
            break
        begin = at
    line = _plain(text[at:end])
    if text[at:end].rstrip(" \t*_").endswith(":"):     # "On-site registration counters will be open on the following dates and time:"
        return _lead_in_subject(line)
    if rows:
        return None
    written = any(at <= s < end and any(c.isdigit() for c in text[s:e]) for s, e in dated)   # "New Year" may name
    if (written or len(line.split()) > MAX_NAME_WORDS or line.endswith(".")
            or is_generic(line) or names_a_venue(line) or _column_header(line)):
        return None
    return line


def _venue_row(text: str, at: int, end: int, dated: Sequence[tuple[int, int]]) -> bool:
    """The line opens with a date written with its number and its other words name a venue
    ("7 December Hotel Lobby 1:00-5:00 p.m."): a row of the same run as the date's own."""
    own = sorted((s, e) for s, e in dated if at <= s and e <= end)
    if not own or text[at:own[0][0]].strip(TITLE_EDGES + " \t") or not any(c.isdigit() for c in text[slice(*own[0])]):
        return False
    rest, cursor = [], at
    for s, e in own:
        rest.append(text[cursor:s])
        cursor = e
    rest.append(text[cursor:end])
    return names_a_venue(" ".join(" ".join(rest).split()))


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
    if not names_a_venue(title):
        return None
    name = _name_over(text, date_start, dated)
    if name is None:
        return None
    venue = title.split(" - ")[0].strip(TITLE_EDGES).rstrip(",;").strip()
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
