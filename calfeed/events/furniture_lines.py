"""Lines of a page's furniture whose dates date nothing on the page.

A news page links to other stories on lines that open with a label ("Also Read  <headline>"):
a date there is that story's. A listing of articles stamps each item with the day it was
posted on a line of its own ("article  // 09 Oct 2024"): the day of posting, not of any
occasion. Both are words in tables (``related_link_labels``, ``listing_stamp_words``). A
listing may stamp its items with its own category instead ("27 February 2031 | Burn Ban
Notices"): the same name after the day of every item's stamp says so (``category_stamps``).
"""

from __future__ import annotations

import re
from itertools import chain, islice
from datetime import date

from calfeed.events.datelines import opens_byline
from calfeed.events.vocabulary import phrase_list, word_list
from calfeed.events.words import LETTER_RUN
from calfeed.model import Timex
from calfeed.timex.rawvalue import ANCHORED, core_of
from calfeed.text import LineIndex, line_end, start_of_line

_COLON_LABEL = re.compile(r"[ \t]*([^\W\d_]+)[ \t]*:")
_STAMP_SEPARATORS = frozenset("/|-–—:•·,.()[] \t")


def _line(text: str, start: int, end: int, lines: LineIndex | None = None) -> tuple[int, int]:
    """The start of the line holding ``start`` and the end of the one holding ``end``: found by
    bisection in ``lines`` when the caller keeps them (a search from each date to its line's ends
    read the whole page for each date of a page on one line)."""
    if lines is not None:
        return lines.start(start), lines.end(end)
    return start_of_line(text, start), line_end(text, end)


def related_link(text: str, timex: Timex, lines: LineIndex | None = None) -> bool:
    """The date stands on a line opened by a related-story label ("Also Read", "Related:"):
    the rest of the line is another story's headline. ``lines``: the text's, when kept."""
    first, _ = _line(text, timex.start, timex.end, lines)
    longest = max((len(label) for label in phrase_list("related_link_labels")), default=0)
    # only the line's first words matter: reading them all (or copying the line up to the date)
    # made a line of many dates square
    words = [m.group(0).lower() for m in islice(LETTER_RUN.finditer(text, first, timex.start), max(longest, 1))]
    if not words:
        return False
    if any(tuple(words[:len(label)]) == label for label in phrase_list("related_link_labels")):
        return True
    opening = _COLON_LABEL.match(text, first)
    return opening is not None and opening.group(1).lower() in word_list("related_colon_labels")


_BRACKETED_ALONE = re.compile(r"[ \t]{0,8}\][ \t]{0,8}(?:\n|\Z)")


def bracketed_stamp(text: str, timex: Timex) -> bool:
    """A day written with its year, alone on its line in square brackets ("[14 Feb 2031]") under a
    story or its note of an update: when the text above it was posted or changed, not when anything
    happens. A day heading of a programme writes no year ("[Saturday 12 June]") and stays."""
    if timex.type != "DATE" or _WRITTEN_YEAR.search(text, timex.start, timex.end) is None:
        return False
    if _BRACKETED_ALONE.match(text, timex.end) is None:
        return False
    at = timex.start
    while at > 0 and timex.start - at <= 8 and text[at - 1] in " \t":
        at -= 1
    if at == 0 or text[at - 1] != "[":
        return False
    at -= 1
    while at > 0 and timex.start - at <= 16 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] == "\n"


_EMBED_HANDLE = re.compile(r"\(@\w{1,40}\)[ \t]{0,3}\Z")


def embed_stamp(text: str, timex: Timex) -> bool:
    """The date that closes an embedded social post ("— Mathare United FC (@MathareUtd) January 18,
    2022"): right after the poster's handle in brackets, it says when the post went up, not when
    anything it tells of happens."""
    return _EMBED_HANDLE.search(text, max(0, timex.start - 48), timex.start) is not None


# The close of an embedded post on the rest of its line: the poster's handle in brackets, then a short
# date ("(@FarmShowIE) March 11, 2031") ending the line. Bounded: linear.
_EMBED_CLOSE = re.compile(r"\(@\w{1,40}\)[ \t]{0,3}[A-Z0-9][^\n(]{0,28}\Z")


def embedded_relative(text: str, timex: Timex, lines: LineIndex | None = None) -> bool:
    """A day counted from the time of writing ("next week", "tomorrow") inside an embedded post
    whose line closes with the poster's handle and the post's own date: it counts from the day the
    post went up, not from the page's, so on the page's date it names a wrong day. Left out."""
    if timex.type not in ("DATE", "TIME") or ANCHORED.match(core_of(timex.raw_value or timex.value)) is None:
        return False
    _, last = _line(text, timex.start, timex.end, lines)
    return "(@" in text[timex.end:last] and _EMBED_CLOSE.search(text, timex.end, last) is not None


BYLINE_REACH = 120     # characters of a byline before its date ("By Ada Moss for the Harbour Gazette, ")
BYLINE_TAIL = 4        # marks after it to the line's end
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def byline_stamp(text: str, timex: Timex, lines: LineIndex | None = None) -> bool:
    """The date closes an author's byline ("By Ada Moss for the Harbour Gazette June 3, 2016",
    "By Ada Moss for Rail Weekly, May 9, 2021"): a line opening with a byline's words and a
    capitalised name (datelines.opens_byline), the date with its year written last on it. It says
    when the story under it was written, not when anything happens. "By Friday, June 3, 2016"
    (the date right after "By") and a line that goes on past the date are not bylines."""
    if timex.type != "DATE" or _WRITTEN_YEAR.search(text, timex.start, timex.end) is None:
        return False
    first, last = _line(text, timex.start, timex.end, lines)
    if (timex.start - first > BYLINE_REACH or last - timex.end > BYLINE_TAIL
            or text[timex.end:last].strip(" \t.,;:–—-)]")):
        return False
    before = text[first:timex.start]
    return len(before.split()) > 2 and opens_byline(before)


def listing_stamp(text: str, timex: Timex, lines: LineIndex | None = None) -> bool:
    """The date shares its line only with the kind of a listed item and separators
    ("article  // 09 Oct 2024", "News | 12 March 2025"): the day the item was posted.
    ``lines``: the text's, when kept."""
    first, last = _line(text, timex.start, timex.end, lines)
    # the words first (the line's before the date, then after it, as if joined by a blank), and no
    # more than a stamp phrase holds: reading or copying the line for each of its dates made a line
    # of many dates square
    longest = max((len(phrase) for phrase in phrase_list("listing_stamp_words")), default=0)
    runs = chain(LETTER_RUN.finditer(text, first, timex.start), LETTER_RUN.finditer(text, timex.end, last))
    words = tuple(m.group(0).lower() for m in islice(runs, longest + 1))
    if not words or words not in phrase_list("listing_stamp_words"):
        return False
    return _stamp_marks_only(text, first, timex.start) and _stamp_marks_only(text, timex.end, last)


def kind_under_stamp(text: str, timex: Timex, lines: LineIndex | None = None) -> bool:
    """The date stands alone on its line (separators aside) and the next line holds only the kind of
    a listed item ("04 May 2031" / "Press release" under a headline in a list of other news): the
    day the item was posted, not when anything happens. ``lines``: the text's, when kept."""
    first, last = _line(text, timex.start, timex.end, lines)
    if last >= len(text) or not _separators_only(text, first, timex.start) or not _separators_only(text, timex.end, last):
        return False
    below_end = line_end(text, last + 1) if lines is None else lines.end(last + 1)
    longest = max((len(phrase) for phrase in phrase_list("listing_stamp_words")), default=0)
    words = tuple(m.group(0).lower() for m in islice(LETTER_RUN.finditer(text, last + 1, below_end), longest + 1))
    return bool(words) and words in phrase_list("listing_stamp_words") and _stamp_marks_only(text, last + 1, below_end)


_PIECE = 64     # characters of a line copied at a time to check them


def _separators_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only stamp separators, read in place up to the first other
    character (on prose, the first)."""
    return all(text[at] in _STAMP_SEPARATORS for at in range(start, end))


def _stamp_marks_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only letters and stamp separators, read a short piece at a
    time, so that the first other character (most often right at the line's start) ends the reading."""
    for at in range(start, end, _PIECE):
        if not all(c.isalpha() or c in _STAMP_SEPARATORS for c in text[at:min(end, at + _PIECE)]):
            return False
    return True


# "14 March 2031 | Burn Ban Notices": a day opening its line, a bar or slashes, then a short
# name (letters, blanks and a few marks, no digit) up to the line's end; bounded, so linear.
_CATEGORY_AFTER = re.compile(r"[ \t]{0,3}(?:\||//?)[ \t]{0,3}([^\W\d_][^\W\d_ \t&'’-]{0,30}(?:[ \t&'’-]{1,3}[^\W\d_]{1,30}){0,5})[ \t]*(?:\n|\Z)")
MIN_CATEGORY_STAMPS = 2     # one "day | name" line may be a row; the same name after two days is the listing's
BLURB_WORDS = 6             # the line below a stamp: a sentence of the item's blurb
BLURB_CHARS = 600           # read no further down than this for it


def category_stamps(text: str, ordered: list[Timex]) -> set[int]:
    """A listing of news items stamps each with its day and the listing's category on a line of its
    own ("14 March 2031 | Burn Ban Notices") over the item's blurb: the day of posting. When
    the same category follows a day on two such lines or more, each over a line of prose, those
    days are stamps (the ids of their timexes); a table's rows ("25 Dec | Closed" / "26 Dec |
    Closed") stand over other rows, not over prose, and keep their days."""
    named: dict[str, list[int]] = {}
    for timex in ordered:
        if timex.type != "DATE" or (timex.start > 0 and text[timex.start - 1] != "\n"):
            continue
        match = _CATEGORY_AFTER.match(text, timex.end)
        if match is None or not _blurb_below(text, match.end()):
            continue
        named.setdefault(" ".join(match.group(1).lower().split()), []).append(id(timex))
    return {k for ids in named.values() if len(ids) >= MIN_CATEGORY_STAMPS for k in ids}


def _blurb_below(text: str, start: int) -> bool:
    """Whether the next line with words, from ``start``, is a sentence of prose."""
    below = text[start:start + BLURB_CHARS].lstrip("\n \t")
    line = below.split("\n", 1)[0].strip()
    return len(line.split()) >= BLURB_WORDS and line.endswith((".", "!", "?"))


STAMP_MINUTE_STEP = 5     # people set occasions on the clock's fives; a machine stamps the minute it saved
MIN_ODD_STAMPS = 2        # one odd minute may be a real occasion's (a launch at 10:37); two make a pattern


def stamp_lines(text: str, ordered: list[Timex], page_day: date | None) -> set[int]:
    """A listing of posts stamps each with its day and clock on a line of their own ("Apr. 21,
    2024 17:33 PM EDT"). When most such lines, and at least two, read a minute no one sets an
    occasion on (17:33, not 17:30), the lines are stamps, every one of them: the ids of their
    timexes. One odd minute is no listing: a launch window, a tide or a train may open at 10:37
    beside an evening at 7:30 PM; only on ``page_day``, the day the page was written, is it the
    page's own posting stamp ("December 31, 2012 16:47 IST" under the headline)."""
    lines = [t for t in ordered if t.type == "TIME" and t.interval is not None
             and t.interval.granularity == "minute" and _alone_on_line(text, t)]
    odd = [t for t in lines if t.interval.start.minute % STAMP_MINUTE_STEP]
    if len(odd) >= MIN_ODD_STAMPS and 2 * len(odd) > len(lines):
        return {id(t) for t in lines}
    return ({id(t) for t in odd if t.interval.start.date() == page_day} | _dated_stamps(text, ordered)
            | _byline_clocks(text, ordered, page_day) | labelled_stamps(text, ordered)
            | _figure_stamps(text, ordered, page_day))


STORY_WORDS = 12     # a line this long ending a sentence is the story's first: a page's stamp stands above it


def _figure_stamps(text: str, ordered: list[Timex], page_day: date | None) -> set[int]:
    """A clock and a day with its year written in figures only, alone on a line above the story's
    first sentence ("17:10 15/09/2031" under a headline and a photo's caption), on ``page_day``,
    over a story that tells of later days: the moment the page was posted, at whatever minute,
    not an occasion; so is one that names its zone after the clock ("2031-03-02 09:40 GMT+8"). A
    story of that same day ("Open evening / 19:00 03/11/2031 / ... goes ahead tonight") keeps the line as its occasion's; a clock in the story itself keeps its day."""
    found: set[int] = set()
    if page_day is None:
        return found
    story = first_story_line(text)
    if not any(t.start >= story and t.interval is not None and t.interval.start.date() > page_day for t in ordered):
        return found      # a story of that day itself ("... goes ahead tonight"): the line may be its occasion's
    for clock in ordered:
        if clock.start >= story:
            continue
        if (clock.type != "TIME" or clock.interval is None or clock.interval.start.date() != page_day
                or _YEAR_WRITTEN.search(text, clock.start, clock.end) is None
                or any(c.isalpha() for c in _without_zone(text, clock)) or not _alone_on_line(text, clock)):
            continue
        found.add(id(clock))
    return found


def _without_zone(text: str, clock: Timex) -> str:
    """The clock's words without the zone written at their end ("2031-03-02 09:40 GMT+8": the figures
    alone), so that a stamp that names its zone is still one written in figures."""
    written = text[clock.start:clock.end]
    zone = clock.tz_text or ""
    return written[:-len(zone)] if zone and written.endswith(zone) else written


def first_story_line(text: str) -> int:
    """Where the first line of prose starts (long, and ending a sentence); the text's end if none."""
    cursor = 0
    while cursor < len(text):
        end = line_end(text, cursor)
        line = text[cursor:end].rstrip()
        if len(line.split()) >= STORY_WORDS and line[-1:] in ".!?\"”’":
            return cursor
        cursor = end + 1
    return len(text)


BYLINE_LINES = 4     # the opening lines with words where a story's byline stands (headline, byline, ...)


def _byline_clocks(text: str, ordered: list[Timex], page_day: date | None) -> set[int]:
    """A clock that closes a byline on the page's opening lines ("Ada Moss  Mar - 14 - 2031 , 09:52"
    under the headline): at a minute off the fives, on ``page_day``, after a year written on its line
    and with nothing but its own marks after it. Said by the name and the day the story went up,
    it is when the page was posted, not when anything happens."""
    found: set[int] = set()
    if page_day is None:
        return found
    for clock in ordered:
        if clock.type != "TIME" or not _odd_minute(clock) or clock.interval.start.date() != page_day:
            continue
        first, last = _line(text, clock.start, clock.end)
        if (_YEAR_WRITTEN.search(text, first, clock.start) is None or not _only_clock_marks(text, clock.end, last)
                or sum(1 for line in text[:first].split("\n") if line.strip()) >= BYLINE_LINES):
            continue
        found.add(id(clock))
    return found


_LABEL_END = re.compile(r"[ \t]*[:|–—-]?[ \t]*")
GLUE_LETTERS = 2     # a short word between a stamp's day and its clock ("at", an "h." for hours)


def labelled_stamps(text: str, ordered: list[Timex]) -> set[int]:
    """The dates and clocks of a line that a page's update label opens ("Last update: 4 March 2031
    h. 09:12", "Updated 2 May 2030 at 16:05"; ``update_stamps``) and that holds nothing else but
    marks and short glue words: when the site changed, not when anything happens. The ids of
    their timexes."""
    found: set[int] = set()
    longest = max((len(phrase) for phrase in phrase_list("update_stamps")), default=0)
    for timex in ordered:
        if timex.type not in ("DATE", "TIME") or id(timex) in found:
            continue
        first, last = _line(text, timex.start, timex.end)
        runs = list(islice(LETTER_RUN.finditer(text, first, timex.start), longest + 1))
        if not runs or tuple(m.group(0).lower() for m in runs) not in phrase_list("update_stamps"):
            continue          # the line's words before the date must be a label, all of it
        if _LABEL_END.fullmatch(text, runs[-1].end(), timex.start) is None:
            continue
        on_line = [t for t in ordered if first <= t.start and t.end <= last and t.type in ("DATE", "TIME")]
        if _glue_only(text, timex.start, last, on_line):
            found |= {id(t) for t in on_line if t.start >= timex.start}
    return found


def _glue_only(text: str, start: int, end: int, on_line: list[Timex]) -> bool:
    """Whether ``text[start:end]``, less the dates and clocks ``on_line``, holds only marks and words of
    GLUE_LETTERS letters at most."""
    at = start
    for timex in sorted(on_line, key=lambda t: t.start):
        if timex.start < start:
            continue
        if not _glue(text, at, timex.start):
            return False
        at = max(at, timex.end)
    return _glue(text, at, end)


def _glue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds no figure and no word longer than GLUE_LETTERS."""
    return not any(len(m.group(0)) > GLUE_LETTERS or m.group(0)[0].isdigit()
                   for m in _DIGIT_OR_LETTERS.finditer(text, start, end))


_YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)")
_SECONDS = re.compile(r"(?<!\d)\d{1,2}:[0-5]\d:[0-5]\d(?!\d)")     # a clock to the second: "03:13:11"
_STAMP_JOINS = frozenset("/|-–—•·")     # the mark between a stamp's day and its clock: "14 Mar, 2025 / 09:17 AM"
STAMP_JOIN_CHARS = 8     # the mark and the blanks around it


def _dated_stamps(text: str, ordered: list[Timex]) -> set[int]:
    """A day written with its year, a mark ("/", "|", a dash) and a clock at a minute no one sets an
    occasion on, alone on a line ("14 Mar, 2025 / 09:17 AM" over a sidebar's headline): the moment
    some item was put up, on whatever day it falls (a sidebar's latest story is of the day the page
    was saved, not of the page's own day). The ids of both the day and the clock. An occasion's
    line names it or sets its clock on the fives ("Saturday, 14 March 2026 / 7:30 pm"). A day and
    a clock written to the second, alone on a line ("Tuesday, 4 May 2027, 11:20:47 am"), are a
    site's banner: no one sets an occasion to the second on a line that names nothing."""
    found = {id(t) for t in ordered if t.type == "TIME" and _opens_line(text, t.start)
             and _YEAR_WRITTEN.search(text, t.start, t.end) is not None
             and ((_odd_minute(t) and not _STAMP_JOINS.isdisjoint(text[t.start:t.end]))
                  or _SECONDS.search(text, t.start, t.end) is not None)
             and _alone_on_line(text, t)}
    # ("Tuesday, 4 May 2027, 11:20:47 am": a clock written to the second is a machine's, a site's banner)
    # ("Mon, 11 Nov, 2024 - 08:43" read as one moment; "14 Mar, 2025 / 09:17 AM" as a day and a clock)
    for day, clock in zip(ordered, ordered[1:]):
        if (day.type != "DATE" or clock.type != "TIME" or not _odd_minute(clock)
                or _YEAR_WRITTEN.search(text, day.start, day.end) is None):
            continue
        if clock.start - day.end > STAMP_JOIN_CHARS:
            continue
        between = text[day.end:clock.start]
        if "\n" in between or not set(between) - set(" \t") <= _STAMP_JOINS or not set(between) & _STAMP_JOINS:
            continue
        if not _opens_line(text, day.start) or not _alone_on_line(text, clock, day.end):
            continue
        found |= {id(day), id(clock)}
    return found


def _odd_minute(clock: Timex) -> bool:
    """A clock to the minute, at a minute off the fives."""
    return (clock.interval is not None and clock.interval.granularity == "minute"
            and clock.interval.start.minute % STAMP_MINUTE_STEP != 0)


LEAD_BLANKS = 8     # blanks that may indent a stamp's line


def _opens_line(text: str, start: int) -> bool:
    """Whether only a few blanks stand between the line's start and ``start`` (read back no further
    than those, so that a page on one line is not read back from each of its dates). Not
    text.opens_line, which passes any run of blanks but the newline: a stamp's line is indented by
    LEAD_BLANKS spaces or tabs at most, and a deeper indent (or a no-break space) makes no stamp."""
    k = start
    while k > 0 and start - k < LEAD_BLANKS and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def _alone_on_line(text: str, timex: Timex, first: int | None = None) -> bool:
    """Nothing but the clock's own marks ("PM", "EDT") and punctuation beside it on its line (from
    ``first`` on, when given: the clock's line past the day that opens it)."""
    start, last = _line(text, timex.start, timex.end)
    first = start if first is None else first
    return _only_clock_marks(text, first, timex.start) and _only_clock_marks(text, timex.end, last)


CLOCK_MARK_LETTERS = 4     # "PM", "EDT", "AEST": a meridiem or a zone's letters
_DIGIT_OR_LETTERS = re.compile(r"\d|[^\W\d_]+")     # what may disqualify a stretch beside a clock


def _only_clock_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds no digit and only runs of letters in capitals no longer than
    a clock's marks, read in place up to the first that is not (on prose, the first word): a copy
    of the clock's line around each clock read a page written on one line once per clock."""
    for found in _DIGIT_OR_LETTERS.finditer(text, start, end):
        run = found.group()
        if not (run.isupper() and len(run) <= CLOCK_MARK_LETTERS) or any(c.isdigit() for c in run):
            return False       # a "\d" match is no capital; a letter run may hold a digit-like mark ("²")
    return True
