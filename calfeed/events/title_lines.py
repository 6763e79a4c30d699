"""A newsletter's or a blog's event block: a title line, then a line its date opens, with at
most a clock and "at <venue>" after it:

    WOW Community Meeting
    Tuesday, January 24, 6:30 p.m. at Walsh School

The date line names no event; the title line above it does, and the venue is where. A title
line stands alone (a blank line or the start of the text above it), ends with no sentence
punctuation and is no date; it holds an event word ("Meeting", "Celebration"), or it is
written in title case over a timed date or a series ("Babytime" / "Tuesdays, 10:30 am"), so
a signature over a letter's date is no event. A title-case line may run longer than a
paragraph's line would ("Public Webinar on Achieving ... Policy #1" / "Dec 20, 2023, 7:00 p.m.
ET" / "Join ZoomGov Meeting #1": a webinar listing).

A lecture listing puts the speaker between them, an honorific opening the line
(``speaker_titles.en.txt``): "Nuts and Lightning Bolts" / "Dr Peter Garraghan" / "7pm, Tuesday
14th November 2017" is the talk "Nuts and Lightning Bolts — Dr Peter Garraghan". Web pages set
these lines a blank line apart."""

from __future__ import annotations

import re
from collections.abc import Sequence

from calfeed.events.credit_lines import credit_line
from calfeed.events.date_cell_rows import time_cell
from calfeed.events.phrases import noun_phrases
from calfeed.events.quote_marks import ENGLISH, opening_marks, quote_marks
from calfeed.events.span_index import ending_in, spans_inside, starting_in
from calfeed.events.timing import last_day
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.events.weekday_words import weekday_words
from calfeed.model import Timex
from calfeed.text import line_end, only_marks, start_of_line
from calfeed.timex.section_years import header_row

MAX_TITLE = 100          # characters: a longer line is a paragraph, not a title
MAX_CASED_TITLE = 160    # characters: a title-case line may run longer ("Public Webinar on Achieving ... Policy #1")
MAX_PLACE = 80           # characters of a venue after "at"
MIN_CAPITALISED = 4      # letters: shorter words ("of", "the", "and") may stay small in a title
EMPHASIS = " \t*_"
SENTENCE_ENDS = ".!?:;,"
TALK_ENDS = ".:;,"
_OPENING_QUOTES = opening_marks(ENGLISH)     # a title may open with a quote mark ("“Harbour Lights” tour")
MAX_CREDITS = 3          # credit lines between a title and its dates ("Music by ..." / "Directed by ...")
MAX_SIBLINGS = 4         # date lines of one block under its title ("Killaloe, 12:30" / "Shannon, 18:45")
_FIELD_END = re.compile(r"[.;](?:\s|$)")
CELL = "|"


def titled_date_line(text: str, timex: Timex, dates: Sequence[tuple[int, int]] = ()
                     ) -> tuple[str, tuple[int, int] | None] | None:
    """The title line over ``timex``'s line and the span of the venue its line names, if the two
    lines make an event block; else None."""
    start = start_of_line(text, timex.start)
    if text[start:timex.start].strip(EMPHASIS):
        return None                          # the date opens its line
    end = line_end(text, timex.end)
    all_day = bool(text[timex.end:end].strip(EMPHASIS)) and time_cell(text[timex.end:end])
    place = None if all_day else _venue_after(text, timex.end, end)     # "Dec 1 all-day": a widget's untimed day
    listing = celled = False
    if place is False:
        celled = CELL in text[timex.start:end] and _lone_row(text, start, end)
        place = _venue_cell(text, timex.start, end) if celled else _venue_field(text, timex.end, end)
        listing = place is not None and timex.type == "TIME"
        if place is None:
            return None
    above = _line_above(text, start) or _under_badge(text, start, dates)
    walked = 0
    while above is not None and walked < MAX_SIBLINGS and _date_line(text, above, dates):
        walked += 1                          # "The Story of Bridget" / "Thursday, ..., Killaloe Library" / "Thursday, ..., Shannon Library"
        above = _line_above(text, above[0])
    if above is None:
        return None
    above_start, above_end = above
    title = text[above_start:above_end].strip(EMPHASIS)
    if listing:
        title = _without_description(title)
    speaker = _speaker(title)
    credits = 0
    while speaker is None and credit_line(title):     # "Go Back For Murder" / "Directed by Norm Caddick" / the dates
        named = _line_above(text, above_start)
        credits += 1
        if named is None or credits > MAX_CREDITS:
            return None
        above_start, above_end = named
        title = text[above_start:above_end].strip(EMPHASIS)
    if speaker is not None:                  # "Nuts and Lightning Bolts" / "Dr Peter Garraghan" / the date
        talk = _line_above(text, above_start)
        if talk is None:
            return None
        above_start, above_end = talk
        title = text[above_start:above_end].strip(EMPHASIS)
    ends = TALK_ENDS if speaker is not None or listing else SENTENCE_ENDS    # a talk may ask its question
    if title.endswith("!") and _names_an_event(title[:-1]):
        ends = TALK_ENDS          # "Festival Opening - Celebrate December!": a listing's cheer, no sentence
    if (not title or len(title) > (MAX_CASED_TITLE if _title_case(title) else MAX_TITLE) or title[-1] in ends or title.startswith("#")
            or not (title[0].isupper() or title[0].isdigit() or title[0] in _OPENING_QUOTES)):
        return None
    if any(not (text[above_start:a] + text[b:above_end]).strip(EMPHASIS + ".,")
           for a, b in spans_inside(dates, above_start, above_end)):
        return None                          # "Tuesday 24 January" over its clock: a day, no title
    if speaker is not None:
        return f"{' '.join(title.split())} — {speaker}", place
    if header_row(title):
        return None                          # "Date Day of the Week Event": a table's header, no title
    # a title-case line over a lone "Sat 3 Feb | Marina Steps": the cell is a venue, the line the event's name
    if not (listing or _names_an_event(title)
            or (_title_case(title) and (timex.type in ("TIME", "SET") or all_day or celled))):
        return None
    return " ".join(title.split()), place


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """The line standing alone above the line at ``start`` (a blank line between them allowed,
    as web pages set blocks apart), or None when it is a paragraph's last line or there is none."""
    above_end = start - 1
    if above_end > 0 and text[above_end - 1] == "\n":
        above_end -= 1
    if above_end <= 0:
        return None
    above_start = start_of_line(text, above_end)
    if above_start > 0 and text[start_of_line(text, above_start - 1):above_start - 1].strip():
        return None                          # a paragraph's last line, not a title standing alone
    return above_start, above_end


def _under_badge(text: str, start: int, dates: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The title line over the line at ``start`` when a calendar's date badge stands right
    above the title ("Mar" / "12" / "Thu" / "4HT CLASS ASSEMBLY" / "Mar 12 @ 9:00 am"): the
    badge sets the block apart as a blank line would."""
    if start < 2:
        return None
    title_start = start_of_line(text, start - 1)
    if title_start == 0 or not text[title_start:start - 1].strip():
        return None
    return (title_start, start - 1) if badge_over(text, title_start, dates) else None


def badge_over(text: str, line_start: int, dates: Sequence[tuple[int, int]]) -> bool:
    """Whether the lines right above ``line_start`` are a date alone on its line(s), with at most
    a weekday's name on a line after it ("Mar" / "12" / "Thu")."""
    if line_start < 2:
        return False
    above = start_of_line(text, line_start - 1)
    if _weekday_word(text[above:line_start - 1].strip()) and above > 0:
        line_start = above
    blank = line_start          # the blanks before the line: a date alone above ends among them
    while blank > 0 and text[blank - 1].isspace():
        blank -= 1
    return any(a == 0 or text[a - 1] == "\n" for a, _ in ending_in(dates, blank, line_start + 1))


def date_badges(text: str, ordered: Sequence[Timex]) -> set[int]:
    """The dates (by id) of calendar badges ("Jan" / "29" / "Wed" over "YEAR 4 – AVON TYRELL
    RESIDENTIAL TRIP" / "Jan 29 @ 9:00 am – Jan 31 @ 2:30 pm"): a date alone on its lines whose
    day the date line under the next title line restates; the badge is no day of its own."""
    opening = {start_of_line(text, t.start): t for t in ordered
               if t.type in ("DATE", "TIME") and t.interval is not None}
    badges: set[int] = set()
    for timex in ordered:
        line_start = start_of_line(text, timex.start)
        if timex.type != "DATE" or timex.interval is None or not only_marks(text, line_start, timex.start):
            continue
        cursor = text.find("\n", timex.end)
        if cursor < 0 or not only_marks(text, timex.end, cursor):
            continue
        following = _next_lines(text, cursor)
        if following and following[0].strip() == "|":
            continue          # "Jul 17" / "|" / "Friday |": a cell of a table written a cell a line (table_rows)
        skip = 1 if following and _weekday_word(following[0].strip()) else 0
        if len(following) < skip + 2 or not following[skip].strip():
            continue
        below = cursor + 1 + sum(len(line) + 1 for line in following[:skip + 1])
        restated = opening.get(below)
        if (restated is not None and restated.interval.start.date() == timex.interval.start.date()
                and (timex.end_interval is None or last_day(restated.span.end) == last_day(timex.span.end))):
            badges.add(id(timex))      # a range is a badge only of the same range: "Free period" / "23 December
    return badges                      # to 03 January" over "Annual closing" / "23 December to 1 January" is its own


def _next_lines(text: str, newline: int) -> list[str]:
    """``text[newline + 1:].split("\\n", 3)`` with its last piece, the rest of the page after the third line,
    cut to "" (read only for being there): a copy of the rest of the page for each date alone on its line
    made a page of such lines square."""
    stop = newline
    for _ in range(3):
        stop = text.find("\n", stop + 1)
        if stop < 0:
            return text[newline + 1:].split("\n", 3)
    return text[newline + 1:stop + 1].split("\n", 3)


def _weekday_word(word: str) -> bool:
    """A weekday's name or abbreviation ("Thu", "Wednesday") as the tagger's table gives it."""
    return word.rstrip(".").lower() in weekday_words()


def _speaker(line: str) -> str | None:
    """A speaker's line of a lecture listing: an honorific, then two to four capitalised words."""
    words = line.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in word_list("speaker_titles"):
        return None
    if not all(w[:1].isupper() for w in words[1:]) or any(c in line for c in SENTENCE_ENDS.replace(".", "")):
        return None
    return " ".join(words)


def _venue_after(text: str, start: int, end: int) -> tuple[int, int] | None | bool:
    """The venue's span in "at the Mattatuck Museum" after the date (None when nothing
    follows the date but a mark that it goes on from then, open_end_marks); False when the line
    goes on with anything else."""
    rest = text[start:end]
    body = rest.strip(EMPHASIS + ",")
    if not body or body.rstrip(" .").lower() in word_list("open_end_marks"):
        return None                      # "... from 9:00am~" / "... onwards": nothing more is said
    words = body.split()
    if words[0].lower() not in word_list("place_prepositions") or len(words) < 2:
        return False
    offset = start + rest.index(body) + len(words[0])
    venue = body[len(words[0]):].strip().rstrip(" .")
    if words[1].lower() in word_list("articles") and len(words) > 2:
        venue = venue[len(words[1]):].strip()
    if not venue or len(venue) > MAX_PLACE or not venue[0].isupper() or any(c in venue for c in "!?;"):
        return False
    at = text.index(venue, offset)
    return at, at + len(venue)


def _venue_field(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The venue a listing's date line names after a comma: "Tuesday, 20th February, 6:30pm,
    Scariff Library" (a remark may follow a full stop: "..., Kilrush Library. Booking required").
    None when the rest of the line is no such field."""
    rest = text[start:end]
    body = rest.lstrip(EMPHASIS)
    if not body.startswith(","):
        return None
    field_start = start + len(rest) - len(body) + 1
    stop = _FIELD_END.search(text, field_start, end)
    field_end = stop.start() if stop else end
    venue = text[field_start:field_end].strip(EMPHASIS + " .")
    if not venue or len(venue) > MAX_PLACE or not venue[0].isupper() or any(c in venue for c in "!?;,:") \
            or any(c.isdigit() for c in venue):
        return None
    at = text.index(venue, field_start)
    return at, at + len(venue)


def _lone_row(text: str, start: int, end: int) -> bool:
    """Whether the filled lines right above and below the line at ``start``..``end`` hold no
    cell mark: one listing line, not a row of a table (whose rows are read as rows)."""
    above = text[:start].rstrip().rsplit("\n", 1)[-1]
    below = text[end:].lstrip().split("\n", 1)[0]
    return CELL not in above and CELL not in below


def _venue_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The venue a listing's date line names in a cell: "Friday 14 July 2017 | Laico Regency,
    Nairobi | 3-6:00pm | Free Entry" is at the first cell after the date that reads as a name
    (capitalised, no figures: the clock's and the price's cells are no place)."""
    cursor = text.find(CELL, start, end)
    while 0 <= cursor < end:
        stop = text.find(CELL, cursor + 1, end)
        stop = end if stop < 0 else stop
        venue = text[cursor + 1:stop].strip(EMPHASIS + " .")
        if venue:
            if (len(venue) <= MAX_PLACE and venue[0].isupper() and not any(c in venue for c in "!?;:")
                    and not any(c.isdigit() for c in venue)):
                at = text.index(venue, cursor + 1)
                return at, at + len(venue)
            return None           # the first filled cell after the date is no name: no venue cell
        cursor = stop if stop < end else -1
    return None


def _date_line(text: str, line: tuple[int, int], dates: Sequence[tuple[int, int]]) -> bool:
    """Whether the line opens with one of the document's dates (a sibling date line of a block
    whose title stands above them both)."""
    start, end = line
    lead = len(text[start:end]) - len(text[start:end].lstrip(EMPHASIS))
    return any(b <= end for _, b in starting_in(dates, start + lead, start + lead + 1))


def _without_description(title: str) -> str:
    """"Scariff Library Reading Party - bring a book of your choice ...": the name before a dash
    whose description goes on in small letters."""
    for mark in (f" {dash} " for dash in sorted(word_list("label_dashes"))):
        name, found, description = title.partition(mark)
        if found and name.strip() and description[:1].islower():
            return name.strip()
    return title


def _names_an_event(title: str) -> bool:
    words = words_in(title, 0, len(title))
    return bool(noun_phrases(words, [], title))


_QUOTES_BRACKETS = quote_marks(ENGLISH) + "()"


def _title_case(title: str) -> bool:
    """"Black History Celebration": every longer word capitalised."""
    words = [w.strip(_QUOTES_BRACKETS) for w in title.split()]
    longer = [w for w in words if len(w) >= MIN_CAPITALISED and w[:1].isalpha()]
    return bool(longer) and all(w[0].isupper() for w in longer)
