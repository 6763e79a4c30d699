"""A clock written once for the days listed right above it: "Lecture Dates:" / "Wednesday,
February 4, 2026" / "Wednesday, February 11, 2026" / "Tuesday, February 17, 2026*" / ... /
"*Please note: ..." / "Time: 7:00 p.m.".

Each listed day stands alone on its line (a bullet, a footnote mark or a remark in brackets
beside it at most); the clock's line gives only the clock, bare or after a start label
(list_clock_labels: "Time:", "Start time:"); between the last row and the clock stand at most
a few blank or note lines. Then every row starts at that clock: the page states it once for
the list, as an intro sentence does above one (intro_clocks.py). The tagger dates a day-less
clock by the last day written before it, which may be a note's weekday; so the clock itself
gives no entry. A row with its own clock is no bare row, and a list of fewer than MIN_ROWS
rows is left to the readers of one day and its clock. A weekday in a note under the list,
tied to a row by a footnote mark ("...2026*" / "*... hosted Tuesday evening"), restates that
row's day: it gives no day of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate, islice
from functools import lru_cache
from datetime import date

from calfeed.events.candidates import Candidate, date_not_written, one_day
from calfeed.events.dates_by_offset import DatesByOffset
from calfeed.events.deadline_clock import clock_of
from calfeed.events.follow_on_clocks import on_day
from calfeed.events.label_block import label_colon
from calfeed.events.nearby_clocks import timed_at
from calfeed.events.shared_place import PLACELESS_KINDS
from calfeed.events.vocabulary import table, word_list
from calfeed.events.words import first_words
from calfeed.model import Timex
from calfeed.text import SENTENCE_MARKS, forward_over, line_end, lines_above, marks_bounds

MIN_ROWS = 2
MAX_NOTE_LINES = 2      # note or blank lines between the list's last row and its clock line
MAX_ROW_LINES = 40      # lines looked at above the clock for the list's rows
MAX_LABEL_CHARS = 20
MAX_SENTENCE_WORDS = 12     # a longer line with a clock tells more than when the listed days start
LIMIT_REACH = 3             # words before a clock where "until", "by", "closes" make it a limit
HEADING_CLOCK_NOTE = "as the \"Time:\" field of the block under its heading says"
LIST_CLOCK_NOTE = "as the line under its list says every listed day starts"


@dataclass(frozen=True)
class ListClock:
    clock: Timex
    rows: frozenset[int]          # where the listed days start
    notes: frozenset[int]         # ids of weekdays in the list's footnotes: restated rows


def list_clocks(text: str, ordered: list[Timex]) -> list[ListClock]:
    """Each clock line that closes a list of bare days, with the days it times."""
    starts = [t.start for t in ordered]
    found: list[ListClock] = []
    for clock in ordered:
        if clock_of(clock) is None or clock.interval is None or not date_not_written(clock):
            continue
        begin = text.rfind("\n", 0, clock.start) + 1
        if not _clock_line(text, begin, clock):
            continue
        rows: list[Timex] = []
        marked: list[Timex] = []
        notes: list[Timex] = []
        gap = 0
        for top, bottom in lines_above(text, begin, MAX_ROW_LINES):
            line = text[top:bottom].strip()
            inside = ordered[bisect_left(starts, top):bisect_left(starts, bottom)]
            if not line:
                continue
            row = _row(text, top, bottom, inside)
            if row is not None:
                rows.append(row)
                if text[row.end:bottom].strip()[:1] in word_list("footnote_marks"):
                    marked.append(row)
                continue
            if rows or gap >= MAX_NOTE_LINES or not _note_line(line):
                break
            gap += 1
            notes.extend(t for t in inside if t.type == "DATE" and not one_day(t))
        if len(rows) < MIN_ROWS:
            continue
        restated = frozenset(id(note) for note in notes if _restates(note, marked))
        found.append(ListClock(clock, frozenset(t.start for t in rows), restated))
    return found


def timed_list_rows(candidates: list[Candidate], found: list[ListClock]) -> list[Candidate]:
    """``candidates`` with each all-day row of a list closed by a clock line at that clock."""
    if not found:
        return candidates
    out = list(candidates)
    for k, cand in enumerate(candidates):
        timing = cand.timing
        if (not timing.all_day or timing.rrule or cand.frame.kind in PLACELESS_KINDS or not one_day(cand.timex)
                or cand.timex.type != "DATE" or (timing.end is not None and timing.end != timing.start)):
            continue
        owner = next((f for f in found if cand.timex.start in f.rows), None)
        if owner is not None:
            out[k] = timed_at(cand, owner.clock, LIST_CLOCK_NOTE)
    return out


def _clock_line(text: str, begin: int, clock: Timex) -> bool:
    """The clock's line gives only the clock: bare, or after a start label, a remark in
    brackets after it at most ("Time: 17h00 (Media arrival at 16h00)"); or it is a short line
    saying when the listed occasions start or run ("Meetings start at 6:30 pm in the library.",
    "Sessions run 10:00 - 12:00."), with no word of an end or a limit before the clock."""
    first, last = _rest_bounds(text, clock.end, line_end(text, clock.end))
    bare = _bare_rest(text, first, last)
    lead, lead_end = _lead_bounds(text, begin, clock.start)
    if lead >= lead_end:
        return bare
    if text[lead_end - 1] == ":" and lead_end - lead <= MAX_LABEL_CHARS:
        return bare and _label_words(text[lead:lead_end]) in word_list("list_clock_labels")
    # the words after the clock: one past the most a short line holds is enough
    told = sum(1 for _ in islice(_NON_BLANK.finditer(text, first, last), MAX_SENTENCE_WORDS + 1))
    said = [w.lower for w in first_words(text, begin, clock.start, MAX_SENTENCE_WORDS + 1 - told)]
    if not said or len(said) + told > MAX_SENTENCE_WORDS or set(said[-LIMIT_REACH:]) & word_list("nearby_clock_vetoes"):
        return False
    if not set(said) & (_event_words() | word_list("event_pronouns") | word_list("plural_event_pronouns") | word_list("all_quantifiers")):
        return False      # "Refreshments are served from 6 to 7pm": another thing's hours
    return bool(set(said) & word_list("nearby_clock_starts")) or (clock.end_interval is not None and said[-1] in word_list("list_run_words"))


@lru_cache(maxsize=None)
def _event_words() -> frozenset[str]:
    """The one-word event nouns ("meetings", "recital"): what a list of occasions lists."""
    return frozenset(row["phrase"].lower() for row in table("event_nouns") if " " not in row["phrase"])


def _row(text: str, top: int, bottom: int, inside: list[Timex]) -> Timex | None:
    """The day a line lists alone ("Wednesday, February 11, 2026", "• March 15", "Tuesday,
    February 17, 2026*"), or None."""
    if len(inside) != 1:
        return None
    day = inside[0]
    if day.type != "DATE" or not one_day(day) or clock_of(day) is not None:
        return None
    lead = text[top:day.start].strip().lstrip("".join(word_list("list_bullets"))).strip()
    rest = text[day.end:bottom].strip().strip("".join(word_list("footnote_marks"))).strip()
    return day if not lead and (not rest or (rest.startswith("(") and rest.endswith(")"))) else None


def _note_line(line: str) -> bool:
    """A note under a list: "*Please note: ...", "NB: ...", "Note: ..."."""
    lowered = line.lower()
    return line[:1] in word_list("footnote_marks") or lowered.startswith(tuple(word_list("note_openers")))


def _restates(note: Timex, marked: list[Timex]) -> bool:
    """The note's weekday is the weekday of a row its footnote mark points at."""
    if note.interval is None or any(c.isdigit() for c in note.text):
        return False
    weekday = note.interval.start.weekday()
    return any(row.interval is not None and row.interval.start.weekday() == weekday for row in marked)


def announced_day_clocks(text: str, ordered: list[Timex], reference: date | None,
                         page_date: Callable[[Timex], bool]) -> list[Timex]:
    """``ordered`` with each field or programme clock of a dated notice that the tagger put on a
    day before the notice's own ("... announced in Parliament on 14 February 2019 ..." /
    "Event 2: Monthly Media Briefing" / "Time: 11h30 – 13h30") moved to the first day ahead
    the notice announces ("will meet ... on Tuesday, 19 February 2019"). A clock alone on its
    line, or after a short label, gives no day of its own: the tagger's day is the last one
    written above it, here a past sentence's, and a notice invites to what lies ahead.
    ``reference``: the notice's own day (None when it is only inferred); ``page_date``: the
    timexes that date the page itself, which announce nothing."""
    if reference is None:
        return ordered
    ahead = [t for t in ordered if t.type == "DATE" and one_day(t) and not page_date(t)
             and t.interval.start.date() >= reference]
    if not ahead:
        return ordered
    out = list(ordered)
    day_above = days_above(ordered)
    by_offset = DatesByOffset(ordered)
    for k, clock in enumerate(ordered):
        if (clock_of(clock) is None or clock.interval is None or not date_not_written(clock)
                or clock.interval.start.date() >= reference or clock.start < ahead[0].end):
            continue
        source = day_above(clock)
        if (source is None or source.start < ahead[0].end or not _prose_day(text, source)
                or _past_intro(text, source.end, clock.start)):
            continue
        if _field_clock(text, clock, by_offset):
            out[k] = on_day(clock, ahead[0].interval.start.date())
    return out


def days_above(ordered: list[Timex]) -> Callable[[Timex], Timex | None]:
    """For a clock, the last day (in the list's order) written before it: the one the tagger dated it
    by. The days are sorted by end once, each with the latest list place among those ending by then,
    so a page of many clocks does not read every day for each."""
    days = sorted((t.end, k) for k, t in enumerate(ordered)
                  if t.type == "DATE" and one_day(t) and clock_of(t) is None)
    ends = [end for end, _ in days]
    latest = list(accumulate((k for _, k in days), max))

    def above(clock: Timex) -> Timex | None:
        found = bisect_right(ends, clock.start)
        return ordered[latest[found - 1]] if found else None
    return above


def _prose_day(text: str, day: Timex) -> bool:
    """The day is written inside a sentence ("... which the mayor opened on 2 March 2027 in ..."),
    not alone on its line or in a heading ("3 March 2027", "Spring Fair - 12 June 2027"), which
    dates the rows under it."""
    begin = text.rfind("\n", 0, day.start) + 1
    end = line_end(text, day.end)
    # read in place, and the words no further than the bound: copying and splitting the whole line
    # for each day asked made a page written on one line square
    last = end
    while last > begin and text[last - 1].isspace():
        last -= 1
    if text.endswith(SENTENCE_MARKS, begin, last):
        return True
    return sum(1 for _ in islice(_NON_BLANK.finditer(text, begin, last), MAX_SENTENCE_WORDS + 1)) > MAX_SENTENCE_WORDS


_NON_BLANK = re.compile(r"\S+")      # a word as str.split() cuts it


def _past_intro(text: str, begin: int, end: int) -> bool:
    """A list's intro between the day and the clock is told in the past ("The programme was:"):
    the rows under it are a past occasion's."""
    for line in text[begin:end].split("\n"):
        for part in line.replace("!", ".").replace("?", ".").split("."):
            part = part.strip()
            if part.endswith(":") and set(part[:-1].lower().split()) & word_list("past_clause_verbs"):
                return True
    return False


def _field_clock(text: str, clock: Timex, dates: DatesByOffset) -> bool:
    """The clock opens its line ("11h30 – 11h40 Arrival and registration"), or stands on a
    field's line, after its short label ("Time: 09h00 – 11h00", "NB: Members of the media must
    arrive ... no later than 08h30"), and the line writes no day."""
    begin = text.rfind("\n", 0, clock.start) + 1
    end = line_end(text, clock.end)
    if any(t is not clock and clock_of(t) is None for t in dates.starting_in(begin, end)):
        return False
    lead = text[begin:clock.start].strip().lstrip("".join(word_list("list_bullets"))).strip()
    return not lead or label_colon(lead, MAX_LABEL_CHARS, numbered=False) > 0


def heading_day_clocks(text: str, ordered: list[Timex], page_date: Callable[[Timex], bool]
                       ) -> tuple[list[Timex], dict[int, Timex]]:
    """``ordered`` with each "Time:" field of a block that writes no day ("Time: 10am - 3pm" /
    "Place: Walled Garden") on the day of the heading the block stands under ("Spring Open Day -
    Saturday 12 June 2027"), past the paragraphs of prose between them: the tagger gave it the
    last day the prose wrote ("Booking is required by 1 June 2027"), another thing's. The heading
    is the first short line above that is no label and no sentence; it dates the block only when
    it holds one written day that is not the page's own date. A block with a "Date:" field of
    its own is left as the tagger read it. Also, by where the heading's day starts, the clock
    that times it (timed_headings)."""
    starts = [t.start for t in ordered]
    labels = word_list("list_clock_labels") | word_list("event_date_labels")
    out = list(ordered)
    timing: dict[int, Timex] = {}
    for k, clock in enumerate(ordered):
        if clock_of(clock) is None or clock.interval is None or not date_not_written(clock):
            continue
        begin = text.rfind("\n", 0, clock.start) + 1
        if not _labelled_clock(text, begin, clock, labels):
            continue
        heading = _heading_day(text, begin, ordered, starts, page_date)
        if heading is None or heading.start in timing:
            continue
        if heading.interval.start.date() != clock.interval.start.date():
            out[k] = on_day(clock, heading.interval.start.date())
        timing[heading.start] = out[k]
    return out, timing


def timed_headings(candidates: list[Candidate], timing: dict[int, Timex]) -> list[Candidate]:
    """``candidates`` with the all-day entry of each heading's day at its block's "Time:" clock,
    and the clock's own entry gone once it has timed the heading's."""
    if not timing:
        return candidates
    out = list(candidates)
    used: set[int] = set()
    for k, cand in enumerate(candidates):
        clock = timing.get(cand.timex.start)
        timing_ = cand.timing
        if (clock is None or not timing_.all_day or timing_.rrule or cand.frame.kind in PLACELESS_KINDS
                or not one_day(cand.timex) or cand.timex.type != "DATE"
                or (timing_.end is not None and timing_.end != timing_.start)):
            continue
        out[k] = timed_at(cand, clock, HEADING_CLOCK_NOTE)
        used.add(clock.start)
    return [c for c in out if not (c.timex.type == "TIME" and c.timex.start in used)]


def _labelled_clock(text: str, begin: int, clock: Timex, labels: frozenset[str]) -> bool:
    """"Time: 10am - 3pm": a time label, then only the clock (a remark in brackets at most)."""
    lead, lead_end = _lead_bounds(text, begin, clock.start)
    return (lead < lead_end and text[lead_end - 1] == ":" and lead_end - lead <= MAX_LABEL_CHARS
            and _label_words(text[lead:lead_end]) in labels
            and _bare_rest(text, *_rest_bounds(text, clock.end, line_end(text, clock.end))))


# A clock's line is read in place around the clock: a copy of the line before and after each clock
# made a long line square.
_REST_MARKS = " \t.*"


def _lead_bounds(text: str, begin: int, at: int) -> tuple[int, int]:
    """Where ``text[begin:at].strip().lstrip(<list bullets>).strip()`` starts and ends in ``text``."""
    start, end = marks_bounds(text, begin, at)
    start = forward_over(text, start, end, "".join(word_list("list_bullets")))
    return forward_over(text, start, end), end


def _label_words(lead: str) -> str:
    """A lead ending in its colon as a label: lower case, the colon and emphasis off, blanks single."""
    return " ".join(lead[:-1].strip("*_ ").lower().split())


def _rest_bounds(text: str, at: int, end: int) -> tuple[int, int]:
    """Where ``text[at:end].strip(" \t.*")`` starts and ends in ``text``."""
    return marks_bounds(text, at, end, _REST_MARKS)


def _bare_rest(text: str, first: int, last: int) -> bool:
    """Nothing after the clock, or only a remark in brackets ("(Media arrival at 16h00)")."""
    return first >= last or (text[first] == "(" and text[last - 1] == ")")


def _heading_day(text: str, begin: int, ordered: list[Timex], starts: list[int],
                 page_date: Callable[[Timex], bool]) -> Timex | None:
    """The one written day of the heading over the block whose line starts at ``begin``."""
    for top, bottom in lines_above(text, begin, MAX_ROW_LINES):
        line = text[top:bottom].strip()
        inside = ordered[bisect_left(starts, top):bisect_left(starts, bottom)]
        if not line:
            continue
        if label_colon(line, MAX_LABEL_CHARS, numbered=False) >= 0:
            if any(one_day(t) for t in inside):
                return None          # "Date: 12 June 2027": the block's own day, as the tagger read it
            continue
        if line.endswith(SENTENCE_MARKS) or len(line.split()) > MAX_SENTENCE_WORDS:
            continue                 # the prose between the heading and its block
        days = [t for t in inside if t.type == "DATE" and one_day(t)]
        if len(days) != 1 or len(inside) != 1 or page_date(days[0]):
            return None
        return days[0]
    return None
