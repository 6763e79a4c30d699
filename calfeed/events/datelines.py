"""A story's dateline: where and when it was filed, never an event's place and date.

Four shapes: "VIENNA, 21 June 2011 (UNODC) - ...", "GENEVA (3 March 2026) - ...", a bare
"March 3, 2026 — ..." opening the body, and "LOS ANGELES (AP) — ...", undated or with its day
after the agency's dash ("GENEVA (Reuters) - 12 March 2019 - ..."). A wire service's tag may
stand before the bare day too, with or without a place ("(PRWeb) March 24, 2011 --", "BOSTON,
Mass. (BUSINESS WIRE) -- March 24, 2011 --", "Toronto--(Newsfile Corp. - March 24, 2011) -"). The dash closing it is what makes it a dateline; a
date opening a line of a dated list ("12 January 2027 – Opening session") is not one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from calfeed.events.places import (DATELINE_LINES, Place, dateline_end, dateline_place, gazetteer, lookup,
                                   opening_line_spans, opening_lines, place_opening, story_start)
from calfeed.events.regions import region_and_towns
from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.model import Timex
from calfeed.text import line_end

STORY_DASHES = "-–—"        # a bare date before a colon opens an agenda line more often than a story


MAX_PLACES_GAP = 40      # characters of further places between a dateline's first place and its date
CONTACT_LINES = 24       # lines searched past a release's contact block for "Boston (March 4, 2015) –"
PROSE_WORDS = 12         # a line this long ending a sentence is the story: a dateline stands above it
BYLINE_WORDS = 8         # "From our own special correspondent", "By Ada K. Moss, Staff Reporter"
_BYLINE_MARKS = "*_#:,."   # emphasis and punctuation around a byline's words


@dataclass(frozen=True)
class Dateline:
    place: Place | None
    date: tuple[int, int] | None       # the dateline's own date, if it has one
    cut: int | None                    # where the story starts (None: no dash closes it)
    story_line: int | None = None      # below a saved page's sidebar: where the story's own headline block starts

    def holds(self, timex: Timex) -> bool:
        return self.date is not None and self.date[0] <= timex.start and timex.end <= self.date[1]


def find_dateline(text: str, timexes: Sequence[Timex]) -> Dateline | None:
    """The dateline opening the document, if any. A range ("Leeds, 14–15 September 2027")
    is when an event runs, never the day a story was filed."""
    ordered = sorted((t for t in timexes if not _is_range(t)), key=lambda t: t.start)
    place = dateline_place(text, [(t.start, t.end) for t in ordered])
    if place is not None:
        own = next((t for t in ordered if _after_place(text, place, t)), None)
        tagged = None if own is not None else _after_wire_tag(text, place, ordered)
        if tagged is not None:
            return tagged
        return Dateline(place, (own.start, own.end) if own else None,
                        dateline_end(text, place, own.end if own else None))
    rows = sorted(timexes, key=lambda t: t.start)      # a list's rows may open with a span: they count as rows
    return (_bare_dateline(text, ordered, rows) or _agency_dateline(text, ordered) or _dashed_dateline(text)
            or _glued_dateline(text, ordered)
            or _dateline_below_contacts(text, ordered) or _dateline_below_furniture(text, ordered))


def _is_range(timex: Timex) -> bool:
    return timex.end_interval is not None or ";to=" in (timex.raw_value or "")


def _after_place(text: str, place: Place, timex: Timex) -> bool:
    if timex.start < place.end:        # a date in the headline above is not the dateline's
        return False
    if timex.start - place.end > MAX_PLACES_GAP:
        return False       # (told before the gap is copied: the page's dates are asked in turn)
    gap = text[place.end:timex.start]
    if len(gap) <= 4:
        return gap.strip() in (",", "", ".")          # "MOSCOW. Dec 6 (Interfax)": a wire's full stop
    # "CAMBRIDGE, Mass. and LONDON, Sept. 8, 2027": more places of the dateline before its date
    return (len(gap) <= MAX_PLACES_GAP and gap.rstrip().endswith(",") and "\n" not in gap
            and not any(c.isdigit() for c in gap))


def _bare_dateline(text: str, timexes: list[Timex], rows: list[Timex]) -> Dateline | None:
    """"March 3, 2026 — ..." or "GENEVA (3 March 2026) - ..." on one of the opening lines. ``rows``:
    every date, spans too, for telling a row of a dated list ("Monday 3rd March – Lessons begin"
    between "Monday 24th February – Friday 28th February – Break" rows) from a dateline."""
    found: list[Dateline] = []
    for start in opening_lines(text):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        timex = next((t for t in timexes if start <= t.start < line_end), None)
        if timex is None or timex.span is None or timex.span.granularity != "day" or timex.problem:
            continue
        if not any(c.isdigit() for c in timex.text):
            continue                     # "New Year - New Events": a holiday's name heads a title, a dateline writes its day
        before = text[start:timex.start].rstrip(" \t(,")
        dashed = before.rstrip(" \t" + STORY_DASHES) if before and before[-1] in STORY_DASHES else None
        if dashed and (lookup(dashed) or lookup(dashed.split(",")[0].strip())):
            before = dashed              # "WASHINGTON, D.C. — Jan. 4, 2011: ...": a dash between place and day
        canonical = (lookup(before) or lookup(before.split(",")[0].strip())) if before else None
        tagged = None if canonical or not before else _before_wire_tag(before)
        if tagged is not None:           # "BOSTON, Mass. (BUSINESS WIRE) -- March 24, 2011 --": the place before the tag
            before = tagged
            canonical = (lookup(before) or lookup(before.split(",")[0].strip())) if before else None
        elif before and not canonical:
            continue                     # "CAMBRIDGE, Mass. and LONDON, Sept. 8, 2027": its first place
        cut = _story_start(text, timex.end)
        if cut is None and canonical and _bracketed(text, start, timex):
            cut = _story_start(text, timex.end, ":")    # "KUCHING (Jan 10): There are ...": a known place's day in brackets
        if cut is None and dashed and before == dashed:
            cut = _story_start(text, timex.end, STORY_DASHES + ":")     # "... — Jan. 4, 2011: The committee"
        if cut is None and tagged is not None:
            cut = _line_closed(text, timex.end, line_end)    # "(PRWEB) March 24, 2011" on a line of its own
        if cut is None or _row_of_dated_list(text, start, line_end, rows, timex.text[-4:].isdigit()):
            continue
        place = Place(canonical, gazetteer()[canonical], start, start + len(before)) if canonical else None
        found.append(Dateline(place, (timex.start, timex.end), cut))
    return found[0] if len(found) == 1 else None       # several: the lines of a dated list


def _bracketed(text: str, line_start: int, timex: Timex) -> bool:
    """Whether the day stands alone in brackets ("PLACE (Mon DD)"): then a colon after the bracket
    closes a dateline as a dash does. A bare day before a colon opens an agenda line ("3 March:
    Opening session"); a place's day in brackets is where and when the story was filed."""
    return (text[line_start:timex.start].rstrip(" \t").endswith("(")
            and text[timex.end:timex.end + 3].lstrip(" \t").startswith(")"))


TAG_CHARS = 40       # characters of a wire service's name in brackets
PLACE_WORDS = 5      # words of an unknown place before a wire tag ("Springfield, IL")


def _before_wire_tag(before: str) -> str | None:
    """What stands before a wire service's bracketed tag that ends ``before`` (the text of a
    line up to its date): "" for "(PressRelease)" or "(AP) —", "BOSTON, Mass." for "BOSTON,
    Mass. (BUSINESS WIRE) --", "Toronto, Ontario" for "Toronto, Ontario--(Newsfile Corp. -"
    (a bracket the date closes). None when no such tag ends it, or what stands before is no
    short place-like name (no digit, a few capitalised words)."""
    trimmed = before.rstrip(" \t" + STORY_DASHES + ",")
    closed = trimmed.endswith(")")
    opening = trimmed.rfind("(")
    if opening < 0 or len(trimmed) - opening > TAG_CHARS + 2:
        return None
    tag = trimmed[opening + 1:len(trimmed) - 1 if closed else len(trimmed)].strip()
    if ")" in tag or not _wire_tag(tag):
        return None
    place = trimmed[:opening].rstrip(" \t" + STORY_DASHES + ",")
    words = place.replace(",", " ").split()
    if any(c.isdigit() for c in place) or len(words) > PLACE_WORDS or not all(w[:1].isupper() for w in words):
        return None
    return place


MIN_PART_CUE = 4     # a cue this long may open a longer word ("Newsfile"); shorter ones stand alone


def _wire_tag(tag: str) -> bool:
    """A wire service's or agency's name: a word of ``wire_tag_words`` ("AP", "BUSINESS WIRE",
    "Reuters"), or a word one of whose capitalised parts opens with one ("Newsfile Corp.",
    "PRNewswire", "PressRelease"), or a name run together in capitals that holds one
    ("BUSINESSWIRE"). Capitals alone are no agency: "(NEW)", "(FREE)" and "(Cypress Room)" tag an
    event's line, not a wire story."""
    if not tag[:1].isupper() or any(c.isdigit() for c in tag):
        return False
    cues = word_list("wire_tag_words")
    parts = [cue for cue in cues if len(cue) >= MIN_PART_CUE]     # "AP" only whole: "(Apollo Room)"
    for word in re.findall(r"[A-Za-z]+", tag):
        lowered = word.lower()
        if lowered in cues:
            return True
        if word.isupper() and len(word) > MIN_PART_CUE and any(cue in lowered for cue in parts):
            return True                 # "BUSINESSWIRE", "PRNEWSWIRE": a name run together in capitals
        humps = [0] + [k for k in range(1, len(word) - 1) if word[k].isupper() and word[k + 1].islower()]
        if any(lowered[k:].startswith(cue) for k in humps for cue in parts):
            return True
    return False


def _after_wire_tag(text: str, place: Place, timexes: list[Timex]) -> Dateline | None:
    """"BOSTON, Mass. (BUSINESS WIRE) -- March 24, 2011 -- ...": the day written on the place's
    line after a wire service's tag is the dateline's, the story after its dash (or on the next
    line when the day ends its line)."""
    line_end = text.find("\n", place.end)
    line_end = len(text) if line_end < 0 else line_end
    timex = next((t for t in timexes if place.end <= t.start < line_end), None)
    if (timex is None or timex.span is None or timex.span.granularity != "day" or timex.problem
            or not any(c.isdigit() for c in timex.text)):
        return None
    line_start = text.rfind("\n", 0, place.start) + 1
    if _before_wire_tag(text[line_start:timex.start].rstrip(" \t(,")) is None:
        return None
    cut = _story_start(text, timex.end) or _line_closed(text, timex.end, line_end)
    return Dateline(place, (timex.start, timex.end), cut) if cut is not None else None


def _line_closed(text: str, cursor: int, line_end: int) -> int | None:
    """The next line's start when only a closing bracket or blanks follow ``cursor`` on its line."""
    if text[cursor:line_end].strip(" \t)"):
        return None
    return line_end + 1 if line_end < len(text) else None


def _row_of_dated_list(text: str, line_start: int, line_end: int, timexes: list[Timex], year_written: bool) -> bool:
    """Whether the line next to it (the one below, or the one above, that is not blank) opens with
    a date too ("Saturday 8 March – Quiz night" / "Sunday 20 April – Easter service"): the line is
    a row of a dated list, the day an event's, however few of the list's rows the opening lines
    reach. A day written with its year ("March 3, 2026 — The council ...") is a dateline unless
    that row's date is closed by a dash as its own is: a story's next paragraph may open with a
    day ("March 20, 2026: ...")."""
    below = _row_start(text, line_end, 1)
    above = _row_start(text, line_start - 1, -1)
    for cursor in (below, above):
        row = next((t for t in timexes if t.start == cursor), None) if cursor is not None else None
        if row is None:
            continue
        closing = text[row.end:row.end + 3].strip()
        if not year_written or (closing and closing[0] in STORY_DASHES):
            return True
    return False


_ROW_MARKS = "-*•|#>"      # a list mark or a cell's bar before a row's date


def _row_start(text: str, cursor: int, step: int) -> int | None:
    """Where the date of the next line (``step`` 1) or the line before (``step`` -1) that is not
    blank would start, past its list mark; None at the text's end."""
    if step < 0:
        while cursor >= 0 and text[cursor] in " \t\n\r":
            cursor -= 1
        if cursor < 0:
            return None
        cursor = text.rfind("\n", 0, cursor) + 1
    else:
        while cursor < len(text) and text[cursor] in " \t\n\r":
            cursor += 1
    while cursor < len(text) and text[cursor] in _ROW_MARKS + " \t":
        cursor += 1
    return cursor if cursor < len(text) else None


def _agency_dateline(text: str, timexes: list[Timex]) -> Dateline | None:
    """"LOS ANGELES (AP) — A judge on Monday ...": a known place, an agency in brackets and a
    dash, with no date, on one of the opening lines. A date in the brackets is the bare
    dateline's ("GENEVA (3 March 2026) -"); an unknown name ("ACME (NYSE) —") is none."""
    for start in opening_lines(text):
        match = _PLACE_BEFORE_BRACKET.match(text, start)
        if match is None:
            continue
        canonical = lookup(match.group(1).strip())
        close = text.find(")", match.end())
        if (canonical is None or any(match.end() <= t.start < close for t in timexes)
                or (cut := story_start(text, match.end() - 1, STORY_DASHES)) is None):
            continue
        written = match.group(1).strip()
        place = Place(canonical, gazetteer()[canonical], start, start + len(written))
        dated = _date_after_wire(text, cut, timexes)
        return Dateline(place, dated[0], dated[1]) if dated is not None else Dateline(place, None, cut)
    return None


# A place in capitals opening the body, then a dash between spaces: "SARATOGA SPRINGS — The ..."
_CAPITALS_BEFORE_DASH = re.compile(r"[ \t]{0,3}([A-Z][A-Z.'’ -]{1,40}?[A-Z.])[ \t]{1,3}(?:[—–]|--?)[ \t]")


def _dashed_dateline(text: str) -> Dateline | None:
    """"SARATOGA SPRINGS — The market will open ...": a known place in capitals, a dash and the
    story, with neither date nor agency, opening the body (a local paper's dateline). Capitals
    only: a line opening "Toronto – summer camps" is a heading or a list's row.
    A region that is also towns in other zones is none (regions.region_and_towns)."""
    for start in opening_lines(text, 1):
        match = _CAPITALS_BEFORE_DASH.match(text, start)
        if match is None:
            continue
        written = match.group(1).strip()
        canonical = lookup(written)
        cut = story_start(text, match.end(1), STORY_DASHES)
        if canonical is None or cut is None or region_and_towns(canonical):
            continue
        return Dateline(Place(canonical, gazetteer()[canonical], match.start(1), match.end(1)), None, cut)
    return None


def _date_after_wire(text: str, cut: int, timexes: list[Timex]) -> tuple[tuple[int, int], int] | None:
    """"GENEVA (Reuters) - 12 March 2019 - The Board ...": the day written between the agency's
    dash and a second dash is the dateline's, and the story starts after it."""
    at = cut
    while at < len(text) and text[at] in " \t":
        at += 1
    timex = next((t for t in timexes if t.start == at), None)
    if (timex is None or timex.span is None or timex.span.granularity != "day" or timex.problem
            or not any(c.isdigit() for c in timex.text)):
        return None
    after = story_start(text, timex.end, STORY_DASHES)
    return ((timex.start, timex.end), after) if after is not None else None


_PLACE_BEFORE_BRACKET = re.compile(r"([A-Z][A-Za-z.'’ -]{1,40}?)[ \t]{0,3}\(")


def _story_start(text: str, cursor: int, dashes: str = STORY_DASHES) -> int | None:
    """Past the bracket closing "GENEVA (3 March 2026", then as after any dateline."""
    while cursor < len(text) and text[cursor] in " \t":
        cursor += 1
    if text.startswith(")", cursor):
        cursor += 1
    wire = _WIRE.match(text, cursor)     # "Sept. 8, 2027 (GLOBE NEWSWIRE) --", "/PRNewswire/ --"
    if wire is not None:
        cursor = wire.end()
    return story_start(text, cursor, dashes)


_WIRE = re.compile(r"[ \t]{0,3}(?:\((?-i:[A-Z][A-Z .&-]{1,30})\)|/(?-i:[A-Za-z][A-Za-z -]{1,30})/)")


# A place written in capitals inside a line ("... in Miami WASHINGTON, July 16 /EMWNews/ -- U.S. ..."):
# a flattened page glues the headline to the dateline. Each match starts at a word's start and no
# class overlaps the blank between words, so it is linear.
_CAPITALS_PLACE = re.compile(r"(?<![A-Za-z.'’-])([A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3}),[ \t]{1,3}")


def _glued_dateline(text: str, timexes: list[Timex]) -> Dateline | None:
    """"Press Conference Thursday in Miami WASHINGTON, July 16 /EMWNews/ -- The mayors ...": a known
    place in capitals, its comma, a day and a dash (an agency in brackets or slashes between) inside
    one of the opening lines. The capitals and the dash make it the dateline; a place in running
    words ("in Miami, July 17") is not one. ``timexes`` are ordered by start."""
    starts = opening_lines(text, DATELINE_LINES)
    if not starts:
        return None
    last = line_end(text, starts[-1])
    begins = [t.start for t in timexes]     # sorted: a date right after a match is found by bisection
    for match in _CAPITALS_PLACE.finditer(text, starts[0], last):
        canonical = lookup(match.group(1))
        at = bisect_left(begins, match.end())
        timex = timexes[at] if at < len(begins) and begins[at] == match.end() else None
        if canonical is None or timex is None or not _day_written(timex):
            continue
        cut = story_start(text, timex.end, STORY_DASHES)
        if cut is None:
            continue
        place = Place(canonical, gazetteer()[canonical], match.start(1), match.end(1))
        return Dateline(place, (timex.start, timex.end), cut)
    return None


def _dateline_below_contacts(text: str, timexes: list[Timex]) -> Dateline | None:
    """"Contact: / Jane Roe / 555-0101 / Headline / Boston (March 4, 2015) – The museum announced
    today ...": a known place, the day in brackets and a dash opening a line below a release's contact
    block and headline, past the opening lines. Only above the story's first line of prose: further
    down, "Leeds (12 May 2027) – sold out" is a row of a list."""
    found = []
    for start, end, line in opening_line_spans(text, CONTACT_LINES):
        dated = _bracketed_day(text, timexes, start, end) if len(line.split()) >= PROSE_WORDS else None
        if dated is not None:      # the story runs on after it: "York (5 December) – Carols" is a row
            found.append(dated)
        elif _prose(line):
            break
    return found[0] if len(found) == 1 else None      # several: "Leeds (12 May) – / York (14 May) –", a tour's stops


def _dateline_below_furniture(text: str, timexes: list[Timex]) -> Dateline | None:
    """"News / Other story's headline / ... / New Haven, Conn., October 15.--Yale will host ...": a
    story's first paragraph opening with a known place, its day and a dash, below a saved page's
    sidebar headlines and bylines, past the opening lines. Only on the story's first line of prose
    (the paragraph itself counts), and not when the next paragraph opens the same way: "Leeds,
    12 May – ... / York, 14 May – ..." are a tour's stops. Above it stand other stories'
    headlines ("... Trial To Begin Tuesday"): the dateline's ``story_line`` says where the
    page's own story starts, at the block of lines right over the dateline (its headline or
    byline: "Glee Club Concert Set For Tuesday, October 20" is this story's day)."""
    found = []
    for start, end, line in opening_line_spans(text, CONTACT_LINES):
        if _prose(line):
            dated = ((_place_day_dash(text, timexes, start, end) or _day_place_dash(text, timexes, start, end))
                     if len(line.split()) >= PROSE_WORDS else None)
            if dated is not None:
                found.append(dated)
                below = _row_start(text, end, 1)
                row_end = text.find("\n", below) if below is not None else -1
                below_end = len(text) if row_end < 0 else row_end
                if below is not None and (_place_day_dash(text, timexes, below, below_end)
                                          or _day_place_dash(text, timexes, below, below_end)):
                    found.append(dated)      # the next paragraph opens the same way: a tour's stops
            break
    if len(found) != 1:
        return None
    own = found[0]
    return Dateline(own.place, own.date, own.cut, _story_block(text, own.story_line, timexes))


def _story_block(text: str, line_start: int | None, timexes: list[Timex]) -> int | None:
    """Where the story's own block over its dateline starts: the block right over it, or, when
    that block is a byline ("FROM OUR CORRESPONDENT", "By Ada K. Moss"), the headline block over
    the byline, which is where a newspaper sets it."""
    block = _block_above(text, line_start)
    if block is not None and line_start is not None and _byline(text, block, line_start, timexes):
        return _block_above(text, block)
    return block


def _byline(text: str, start: int, end: int, timexes: list[Timex]) -> bool:
    """Whether the lines from ``start`` to ``end`` are a byline: short lines, the first opening
    with a byline's words (byline_openers), and no date (a headline opening "By ..." tells one).
    After a one-word opener ("By") only a name may follow, every word capitalised: "By the
    Numbers" is a headline."""
    lines = [line.strip() for line in text[start:end].splitlines() if line.strip()]
    if not lines or any(len(line.split()) > BYLINE_WORDS for line in lines):
        return False
    if any(start <= t.start < end for t in timexes):
        return False
    return opens_byline(lines[0], whole=True)


def opens_byline(line: str, whole: bool = False) -> bool:
    """Whether ``line`` opens with a byline's words (byline_openers): after a one-word opener
    ("By") a name must follow, capitalised ("By the Numbers" is a headline), every word of the
    line with ``whole``, else the word right after it ("by Ada Moss, New York Jul 08, 2018")."""
    written = [w.strip(_BYLINE_MARKS) for w in line.split()]
    words = [w.lower() for w in written]
    for opener in phrase_list("byline_openers"):
        if tuple(words[:len(opener)]) == opener:
            rest = [w for w in written[len(opener):] if w]
            return len(opener) > 1 or (bool(rest) and all(w[:1].isupper() for w in (rest if whole else rest[:1])))
    return False


def _block_above(text: str, line_start: int | None) -> int | None:
    """Where the block of lines right over ``line_start`` starts (the lines up to the blank line
    before them): the story's own headline or byline, not the sidebar above it. None when no blank
    line parts the page above it: nothing tells the sidebar from the headline."""
    if line_start is None:
        return None
    cursor = line_start - 1
    while cursor >= 0 and text[cursor] in " \t\r\n":      # the blank lines between headline and dateline
        cursor -= 1
    if cursor < 0:
        return None
    block = text.rfind("\n", 0, cursor) + 1
    while block > 0:
        above = text.rfind("\n", 0, block - 1) + 1
        if not text[above:block - 1].strip():
            return block
        block = above
    return None


def _place_day_dash(text: str, timexes: list[Timex], start: int, end: int) -> Dateline | None:
    """"New Haven, Conn., October 15.--" from ``start``: a known place (further places after its
    comma), a written day, an optional full stop and a dash, then the story."""
    opening = place_opening(text, start)
    if opening is None:
        return None
    written, place_end = opening
    canonical = lookup(written)
    if canonical is None:
        return None
    place = Place(canonical, gazetteer()[canonical], start, place_end)
    timex = next((t for t in timexes if place_end <= t.start < end), None)
    if timex is None or not _day_written(timex) or not _after_place(text, place, timex):
        return None
    cursor = timex.end
    if text.startswith(".", cursor) and text[cursor + 1:cursor + 2] in tuple(STORY_DASHES):
        cursor += 1                       # "October 15.--": an old paper's full stop before the dash
    cut = story_start(text, cursor, STORY_DASHES)
    return Dateline(place, (timex.start, timex.end), cut, start) if cut is not None else None


def _day_place_dash(text: str, timexes: list[Timex], start: int, end: int) -> Dateline | None:
    """"08/06/2020 (Lisbon) - Officials have said ..." from ``start``: an alert service's stamp, a
    day with its year written opening the paragraph, the place in brackets (known or not: it is
    the story's, and only a known one is kept) and a dash, then the story."""
    timex = next((t for t in timexes if start <= t.start < end), None)
    if (timex is None or timex.start != start or not _day_written(timex)
            or _YEAR_DIGITS.search(text, timex.start, timex.end) is None):
        return None
    cursor = timex.end
    while cursor < end and text[cursor] in " \t":
        cursor += 1
    if not text.startswith("(", cursor):
        return None
    close = text.find(")", cursor, min(end, cursor + TAG_CHARS))
    cut = story_start(text, cursor, STORY_DASHES) if close > cursor else None
    if cut is None:
        return None
    written = text[cursor + 1:close].strip()
    canonical = lookup(written) if written else None
    place = Place(canonical, gazetteer()[canonical], cursor + 1, close) if canonical else None
    return Dateline(place, (timex.start, timex.end), cut)    # the lines above are the alert's own fields


_YEAR_DIGITS = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _bracketed_day(text: str, timexes: list[Timex], start: int, end: int) -> Dateline | None:
    """"Atlanta, Georgia (February 10, 2018) — ..." from ``start``: a known place, "(", a full day, ")"
    and a dash."""
    timex = next((t for t in timexes if start < t.start < end), None)
    if timex is None or not _day_written(timex) or not timex.value[:4].isdigit():
        return None
    before = text[start:timex.start].rstrip(" \t")
    if not before.endswith("(") or not text.startswith(")", timex.end):
        return None
    written = before[:-1].strip()
    canonical = lookup(written) or lookup(written.split(",")[0].strip()) if written else None
    cut = story_start(text, timex.end + 1, STORY_DASHES)
    if canonical is None or cut is None:
        return None
    return Dateline(Place(canonical, gazetteer()[canonical], start, start + len(written)), (timex.start, timex.end), cut)


def _day_written(timex: Timex) -> bool:
    """A single day with its digits ("July 16", "Sept. 12, 2019"): a dateline's date, not a range."""
    if _is_range(timex) or not any(c.isdigit() for c in timex.text):
        return False
    if _DAY_VALUE.fullmatch(timex.raw_value or timex.value) is not None:
        return True          # before the document is dated, a year-less day "needs the document's date"
    return timex.span is not None and timex.span.granularity == "day" and not timex.problem


_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")     # a day, its year written or not (not yet resolved)


def _prose(line: str) -> bool:
    """A line of the story: long, and ending a sentence."""
    stripped = line.rstrip()
    return len(stripped.split()) >= PROSE_WORDS and stripped[-1:] in ".!?\"”’"
