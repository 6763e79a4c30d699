"""The last framing step: a written day ahead that no framer claimed gives a tentative entry.

Each layout reader (listed meetings, label lines, header cells, date-led lines, plain sentences
...) frames the dates of one page shape; a page a step away from every shape leaves its dates
with no entry and no reason, and the report can only list them as silent. Yet a day written with
its number, ahead of the page's date, not told in the past and not hedged, is nearly always
something the page tells its reader to come to or to mind, whatever the layout around it.

So after every other framer and veto has run, each such day on a line that gave nothing is named
by the nearest evidence the page gives, in this order:
1. the rest of its own line (its item, on a line run as a list with ";"), once its dates, clocks,
   weekdays, list marks and a bracketed remark are taken out, when that leaves a name (content
   words, not only "and every" or a bare "Date:"); a line whose words are a sentence ("adjourned
   until ...", more than NAME_WORDS words) or no name ("Good") leaves the day to plain_dates,
   unless a capitalised name stands right before a copula and the day ("... Eid Al Fitr will be on
   Wednesday July 6th"); a line running a numbered list together ("1. ... 8/11 2. ... 8/10.") is
   read item by item, and "X is on <day>", "X: will be on <day>" name the item X;
2. the label line next to it in its blank-line-separated group, the side read from the whole
   group (see _group_label), never a line another entry was read from;
3. the heading over it that names an occasion (plain_dates.heading_above);
4. the event noun of the page's title.
With none of these the day stays silent (and in the report). Vetoes: a condition, maybe, habit or
negation on its line (in its sentence, on a line of prose), a past tense, a row of dates side by side (only a column header could name
each), a date inside a remark's bracket ("(agenda 25/4/23)"), several days of one item with words
between them, a person's name (an honorific), cells run together ("5AgendaSummaryMinutes"), and a
day an entry already holds with the same subject. The evidence is weaker than a framer's, so the
entry is tentative (STATUS:TENTATIVE in the feed) and carries UNCLAIMED_NOTE, which the report's
"To check" list shows with its line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from calfeed.events.attached_clock import with_clock
from calfeed.events.candidates import Candidate, Frame
from calfeed.events.colon_names import name_before_colon
from calfeed.events.column_headers import MAX_PERIOD_DAYS, ColumnCell, blank_between, column_cell, row_headers, without_notes
from calfeed.events.dates_by_offset import DatesByOffset
from calfeed.events.day_subjects import lists_subject_days, title_day_off
from calfeed.events.deferred_details import DEFERRED_NOTE, line_defers
from calfeed.events.deadline_columns import under_deadline_header
from calfeed.events.deadline_clock import clock_of
from calfeed.events.furniture_titles import furniture_title
from calfeed.events.generic_titles import is_generic
from calfeed.events.identity import normalise_title
from calfeed.events.line_names import LineNames, bracket_step, copula_run_stops, nameless
from calfeed.events.listing_blocks import Block, block_headings
from calfeed.events.page_series import page_series
from calfeed.events.phrases import label_kind, noun_phrases, phrase_text
from calfeed.events.plain_dates import heading_above, plain_day
from calfeed.events.programme import only_a_name
from calfeed.events.row_lead_ins import day_openings, lead_in_row_name, row_lead_in
from calfeed.events.shared_place import day_of
from calfeed.events.timing import Timing, timing_of
from calfeed.events.vocabulary import DAY_VETO_LISTS, merged_lists, word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import Word, start_free, words_in
from calfeed.model import ReferenceDate, Timex, Unresolved
from calfeed.text import SENTENCE_MARKS, by_line_start, is_shortened, line_end, line_starts_in, lines_above, start_of_line

UNCLAIMED_NOTE = "a day no layout rule named, given a tentative entry"
COPULA_NAME_REACH = 80   # characters after a day read for a copula and the name it gives ("are the Business Day")
NAME_RUN = 5             # words of a capitalised name before a copula and its date ("Eid Al Fitr will be on ...")
LIST_DAYS = 12           # days of one list read back from a day for the list's first
LIST_GAP = 8             # characters between two days of one list at most (", and ")
NAME_WORDS = 12          # a line with more words than this (after its dates) is a sentence, not a name
BLURB_REACH = 3          # lines looked up (blank ones included) for the heading over a blurb's date line
_VETO_LISTS = DAY_VETO_LISTS + ("negations",)
_UNATTENDED = ("deadline", "milestone")
_ITEM_MARKS = (";", "•", "|")
CELL_BLANKS = 3          # blanks in a row that break cells of a table flattened to text (a sentence has one or two)
_CELL_GAP = " " * CELL_BLANKS
_BY_HEADING = "the heading above it"
_BY_LINE = "the rest of its line"
_BY_TITLE = "the page title"
_BY_BLOCK = "the heading of its listing block"
_BY_COLUMN = "its column's header"
_BY_PERIOD_ROW = "its row's label, from its start day to its end day"
PERIOD_ROW_NOTE = f"{UNCLAIMED_NOTE}, named by {_BY_PERIOD_ROW}"    # a span of two written days: no vague telling
_BY_SERIES = "the series the page lists"
_BY_LEAD_IN = "the lead-in line over its rows"
_BY_COPULA = "the name before its verb"
_BY_WRAPPED = "its label, wrapped over the line before and its own"
_LEADER = re.compile(r"(?:\.[ \t]?){4}")      # a dot leader: ". . . ." or "...." between a label and its day
_BY_COPULA_AFTER = "the name its verb gives it"
_BY_LISTING_SUBJECT = "the page title, whose days its sentence lists"
_BY_ITEM = "its item in a numbered list"
_NAMED_GRAINS = ("month", "week", "day", "partofday", "hour", "minute", "second")
# An item number inside a line ("... Wednesday 8/11 2. First night ..."): a space (or the line's
# start), one or two digits, a dot or bracket, a space and a capital. Linear: no nested repeats.
_NUMBER_MARK = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)][ \t]+(?=[A-Z])", re.MULTILINE)


class _PageLines:
    """The page's dates by the line they stand on, and each blank-line-separated group of lines with
    the shape of its lines, worked out once: every unframed date of a long list asks for them."""

    def __init__(self, text: str, dates: list[Timex], read: set[int], day_rows: dict[int, str]) -> None:
        self.text = text
        self.read = read       # the starts of lines an entry or a report item was read from
        self.by_line = by_line_start(text, dates)
        self.groups: dict[int, tuple[list[tuple[int, int]], list[str]]] = {}
        self.group_headers: dict[int, dict[int, tuple[int, int] | None]] = {}
        self.headings: dict[int, Block] | None = None
        self.wordiness: dict[int, bool] = {}
        self.flat: dict[int, bool] = {}
        self.periods: dict[int, ColumnCell | None] = {}
        self.names: dict[int, LineNames] = {}
        self.numbers: dict[int, _NumberMarks] = {}
        self.date_starts: dict[int, list[int]] = {}
        self.day_rows = day_rows     # the framer's column_headers.day_column_rows: one scan of the page's tables
        self.on_lines = DatesByOffset(dates)
        self.opens_with_day = day_openings(text, dates)

    def on(self, begin: int) -> list[Timex]:
        return self.by_line.get(begin, [])

    def starts(self, begin: int) -> list[int]:
        """The starts of the line's dates, in order, once a line (a list's days look back by bisection)."""
        if begin not in self.date_starts:
            self.date_starts[begin] = [t.start for t in self.on(begin)]
        return self.date_starts[begin]

    def wordy(self, begin: int, stop: int) -> bool:
        """The line holds more than NAME_WORDS words outside its dates; once a line, as a line
        of many dates asks for each."""
        if begin not in self.wordiness:
            blocked = [(t.start, t.end) for t in self.on(begin)]
            line = words_in(self.text, begin, stop)
            free = start_free(line, blocked)
            self.wordiness[begin] = sum(1 for w, f in zip(line, free) if f and w.text[:1].isalnum()) > NAME_WORDS
        return self.wordiness[begin]

    def names_of(self, begin: int, stop: int) -> LineNames:
        """The line's words for the readers of the name before a date, split once a line: every
        date of a line asks, and a page on one line holds every date."""
        if begin not in self.names:
            on_line = self.on(begin)
            self.names[begin] = LineNames.of_line(self.text, begin, stop, [(t.start, t.end) for t in on_line],
                                                  _named_spans(on_line))
        return self.names[begin]

    def number_marks(self, begin: int, stop: int) -> _NumberMarks:
        if begin not in self.numbers:
            self.numbers[begin] = _NumberMarks.of_line(self.text, begin, stop)
        return self.numbers[begin]

    def flat_row(self, begin: int) -> bool:
        """_flat_row of the line at ``begin``, once a line (it reads every date of the line)."""
        if begin not in self.flat:
            self.flat[begin] = _flat_row(self.text, self.on(begin))
        return self.flat[begin]

    def day_column(self, timex: Timex, begin: int) -> str | None:
        """The table's name when the day is a timetable row's under a header that names the
        table (column_headers.day_column_rows)."""
        if timex.type != "DATE" or not any(c.isdigit() for c in timex.text):
            return None
        return self.day_rows.get(begin)

    def period_row(self, begin: int, stop: int) -> ColumnCell | None:
        """The line is a row of one period ("Half Term 27 October 31 October", "Term 1 | 2 Feb | 6 Apr"
        under "Start | Finish"), once a line: a run
        of rows with no full stop reads as one sentence, whose other rows' entries leave it unread."""
        if begin not in self.periods:
            first = next((t for t in sorted(self.on(begin), key=lambda t: t.start) if _written_day(t)), None)
            cell = (column_cell(self.text, (begin, stop), first, self.headers(begin), self.on(begin))
                    if first is not None and self.flat_row(begin) else None)
            self.periods[begin] = cell if cell is not None and cell.until is not None else None
        return self.periods[begin]

    def block(self, begin: int) -> Block | None:
        """The listing block whose date line starts at ``begin``."""
        if self.headings is None:
            self.headings = block_headings(self.text, lambda a, b: _shape(self.text, a, b, self.on(a)))
        return self.headings.get(begin)

    def group(self, begin: int) -> tuple[list[tuple[int, int]], list[str]]:
        """The lines of the group holding the line at ``begin``, and their shapes."""
        if begin not in self.groups:
            lines = _group(self.text, begin)
            found = (lines, [_shape(self.text, a, b, self.on(a)) for a, b in lines])
            for a, _ in lines:
                self.groups[a] = found
        return self.groups[begin]

    def headers(self, begin: int) -> dict[int, tuple[int, int] | None]:
        """Each line of the group holding ``begin`` with the header over its run of date rows
        (column_headers.row_headers), once a group: every date of a long table asks for its row's."""
        lines, shapes = self.group(begin)
        first = lines[0][0] if lines else begin
        if first not in self.group_headers:
            self.group_headers[first] = row_headers(self.text, lines, shapes)
        return self.group_headers[first]


@dataclass(frozen=True)
class Unframed:
    """A date the framing loop reached and no rule named, with the sentence it stands in."""

    timex: Timex
    sentence: tuple[int, int]


def unclaimed_candidates(text: str, title: str | None, unframed: list[Unframed], chosen: list[Candidate],
                         unresolved: list[Unresolved], reference: ReferenceDate, dates: list[Timex],
                         spans: Callable[[tuple[int, int]], list[tuple[int, int]]],
                         day_rows: dict[int, str]) -> list[Candidate]:
    """A tentative candidate for each unframed day ahead on a line that gave nothing; ``day_rows``
    are the timetable rows the framer left to this step because their table's header names them."""
    read = _read_lines(text, chosen, unresolved)
    page = _PageLines(text, dates, read, day_rows)
    taken = {start_of_line(text, c.timex.start) for c in chosen}
    taken_at = sorted(c.timex.start for c in chosen)
    held: dict[date, list[tuple[str, bool]]] = {}      # each day's titles, and whether each is a deadline's
    for cand in chosen:
        held.setdefault(day_of(cand.timing.start), []).append((cand.frame.title, cand.frame.kind == "deadline"))
    found: list[Candidate] = []
    vetoed: dict[tuple[int, int], bool] = {}
    dated_lines: set[int] | None = None     # the starts of the lines holding a date, read when first needed
    for item in unframed:
        timex = item.timex
        if timex.type not in ("DATE", "TIME") or timex.rrule:
            continue
        begin = start_of_line(text, timex.start)
        stop = line_end(text, timex.start)
        if not plain_day(timex, reference) and not (_opens_row(timex, page.on(begin))
                                                    and _running(timex, page.period_row(begin, stop), reference)):
            continue
        prose_rest = False
        if begin in read and (begin in taken or not (_row_of_lead_in(text, begin, page) or page.period_row(begin, stop))):
            if not (begin in taken and page.wordy(begin, stop) and not _holds_entry(taken_at, item.sentence)):
                continue   # its line gave an entry or a report item: it was read (a row of a list run as one sentence,
                #            or a period row in a run of lines with no full stop, only by its own)
            prose_rest = True   # a line of prose: another sentence's entry leaves this one's day unread, but only
            #                     a name it gives right before its day names it ("... with the Harvest Fair likely to be on")
        on_line = page.on(begin)
        if _vetoed_in(text, (begin, stop), on_line, vetoed):
            if not page.wordy(begin, stop):
                continue
            # a line of prose: the veto may be another sentence's ("There will be no taraweeh ..."); the
            # day's own sentence decides, but only for a name the sentence gives right before the day
            sentence = (max(begin, item.sentence[0]), min(stop, item.sentence[1]))
            if _vetoed_in(text, sentence, on_line, vetoed):
                continue
            sentence_only = True
        else:
            sentence_only = prose_rest
        until: Timex | None = None
        table = page.day_column(timex, begin)
        if table is not None:         # "Build up | Date | ..." over "Saturday* | May 21 | 09:00-24:00 |"
            own_clock = next((t for t in on_line if clock_of(t) is not None and t is not timex), None)
            named = (table, _BY_COLUMN, own_clock)
        elif page.flat_row(begin):     # "October 24, 2020 August 24, 2020 ...": columns; only their header names each
            cell = column_cell(text, (begin, stop), timex, page.headers(begin), on_line)
            if cell is None or cell.name is None:
                continue
            own_clock = next((t for t in on_line if clock_of(t) is not None and t is not timex), None)
            named = (cell.name, _BY_COLUMN if cell.until is None else _BY_PERIOD_ROW, own_clock)
            until = cell.until
        else:
            named = _named(text, title, timex, begin, stop, on_line, page, spans, item.sentence)
        if named is None or (sentence_only and named[1] not in (_BY_COPULA, _BY_ITEM, _BY_LISTING_SUBJECT)):
            continue
        name, how, clock = named
        if clock is not None and timex.type == "DATE" and timex.end_interval is None:
            timex = with_clock(text, timex, clock)
        timing = timing_of(timex, reference, False)
        if timing is not None and until is not None:
            timing = _through(timing, until, reference)
        if timing is None or _told_already(timing, name, held, how):
            continue
        kind = label_kind(name)
        if kind != "deadline" and how == _BY_LINE:
            if dated_lines is None:
                dated_lines = {start_of_line(text, t.start) for t in dates}
            if under_deadline_header(text, begin, dated_lines):
                kind = "deadline"     # "Channel Deadline Type of Taxpayer" over "Online 31 October 2018 ..."
        held.setdefault(day_of(timing.start), []).append((name, kind == "deadline"))
        line = " ".join(text[begin:stop].split())
        notes = [f"{UNCLAIMED_NOTE}, named by {how}: \"{line}\""]
        if line_defers(text, begin, sorted((t.start, t.end) for t in on_line)):
            notes.append(DEFERRED_NOTE)       # "10th July (Speaker and topic to be announced)"
        frame = Frame(name, kind, (timex.start, -1), notes)
        timing = replace(timing, precision="approximate", notes=list(timing.notes))
        block = page.block(begin) if how == _BY_BLOCK else None
        place = block.place(text) if block is not None else None
        found.append(Candidate(timex, frame, timing, place, item.sentence))
    return found


def _through(timing: Timing, until: Timex, reference: ReferenceDate) -> Timing | None:
    """A start column's day run to its row's end column's day ("Term 1 | 3 Feb | 11 Apr"), an
    end written with no year read in the year after when the tagger put it before the start
    ("Term 4 | October 9 | December 15" on a page dated 12 December); the start day alone when
    the end is still no later day (the columns do not make a period)."""
    end = timing_of(until, reference, False)
    if end is None or end.end is None or not timing.all_day:
        return None
    last = day_of(end.end)
    rolled = day_of(end.start) <= day_of(timing.start) and until.raw_value.startswith("XXXX")
    if rolled:
        try:
            last = last.replace(year=last.year + 1)
        except ValueError:       # 29 February
            return timing
    if last <= day_of(timing.start) or (last - day_of(timing.start)).days > MAX_PERIOD_DAYS:
        return timing
    return replace(timing, end=last if rolled else end.end)


def _holds_entry(starts: list[int], sentence: tuple[int, int]) -> bool:
    """Whether an entry's date (``starts``, in order) stands in the sentence."""
    at = bisect.bisect_left(starts, sentence[0])
    return at < len(starts) and starts[at] < sentence[1]


def _opens_row(timex: Timex, on_line: list[Timex]) -> bool:
    """The day is its row's first written day (the start cell a period row's header names)."""
    return _written_day(timex) and not any(_written_day(t) and t.start < timex.start for t in on_line)


def _running(timex: Timex, period: ColumnCell | None, reference: ReferenceDate) -> bool:
    """The day opens its row's period ("Term 4 | 14 October 2024 | 16 December 2024") whose last
    day is still ahead of the page's date: the period is running, and its row is an entry."""
    return (period is not None and period.until is not None and timex.tense != "past"
            and plain_day(period.until, reference) and timex.interval is not None
            and timex.interval.start < period.until.interval.start)


def _read_lines(text: str, chosen: list[Candidate], unresolved: list[Unresolved]) -> set[int]:
    """The starts of the lines an entry's date or sentence, or a report item, stands on."""
    read: set[int] = set()
    for cand in chosen:
        read |= line_starts_in(text, cand.timex.start, max(cand.timex.end, cand.timex.start))
        read |= line_starts_in(text, cand.sentence[0], cand.sentence[1])
    for item in unresolved:
        read |= line_starts_in(text, item.start, item.end)
    return read


def _row_of_lead_in(text: str, begin: int, page: _PageLines) -> bool:
    """The line is a dated row under a lead-in line ("we add some extra classes:"): with no
    full stop between them, the list runs as one sentence, whose entry from another row leaves
    this row unread."""
    return page.opens_with_day(begin) and row_lead_in(text, begin, page.opens_with_day) is not None


def _vetoed_in(text: str, scope: tuple[int, int], on_line: list[Timex], known: dict[tuple[int, int], bool]) -> bool:
    """_vetoed for a line or a sentence of it, once a scope: a line of many dates asks for each."""
    if scope not in known:
        known[scope] = _vetoed(text, scope[0], scope[1], [t for t in on_line if scope[0] <= t.start < scope[1]])
    return known[scope]


def _vetoed(text: str, begin: int, stop: int, on_line: list[Timex]) -> bool:
    """A condition, maybe, habit or negation on the line, or a past tense on one of its dates."""
    blocked = [(t.start, t.end) for t in on_line]
    line = words_in(text, begin, stop)
    words = [w for w, free in zip(line, start_free(line, blocked)) if free]
    vetoes = merged_lists(_VETO_LISTS)
    return any(w.lower in vetoes for w in words) or any(t.tense == "past" for t in on_line)


def _named(text: str, title: str | None, timex: Timex, begin: int, stop: int, on_line: list[Timex],
           page: _PageLines, spans: Callable[[tuple[int, int]], list[tuple[int, int]]],
           sentence: tuple[int, int] | None = None) -> tuple[str, str, Timex | None] | None:
    """The name, where it came from, and a clock the name's line gives."""
    own_clock = next((t for t in on_line if clock_of(t) is not None and t is not timex), None)
    first, last = _segment(text, begin, stop, timex)
    numbered = _numbered_item(page.number_marks(begin, stop), timex)
    if numbered is not None:      # "1. First day to fast is on Wednesday 8/11 2. First night ... is Tuesday 8/10."
        first, last = max(first, numbered[0]), min(last, numbered[1])
        if _wordy_item(text, first, last, on_line):
            return None
        own_clock = next((t for t in on_line if clock_of(t) is not None and t is not timex
                          and first <= t.start < last), None)     # another item's "9:30pm" is not this one's
    # a sentence, unless only list marks and a weekday stand before the date: plain_dates reads those
    elif lists_subject_days(text, max(begin, sentence[0]) if sentence else begin,
                            _list_head(text, timex, on_line, page.starts(begin)).start):
        subject = _title_noun(title) or title_day_off(title)     # "In 2031, the days off will be May 4 and 8"
        return (subject, _BY_LISTING_SUBJECT, own_clock) if subject is not None else None
    elif page.wordy(begin, stop) and (after := _name_after_copula(text, timex, stop)) is not None:
        return after, _BY_COPULA_AFTER, None     # "June 8(Mon) and 9(Tue) are the Trade Days, and ...": a
        #                                          clock elsewhere on the line is another thing's ("after the 7AM Mass")
    elif page.wordy(begin, stop) and page.names_of(begin, stop).name_before(timex.start):
        named = _name_before_copula(page, begin, stop, timex)
        if named is None or _a_person(text, named):
            return None
        return _join(text, named), _BY_COPULA, own_clock      # "... in which case Eid Al Fitr will be on Wednesday July 6th"
    if _in_remark(text, begin, timex):
        return None        # "Planning (agenda 25/4/23)": the day of a remark on the line, not of its item
    if _apart_days(text, [t for t in on_line if first <= t.start < last]):
        first, last = _cell_of(text, first, last, timex)
    if _apart_days(text, [t for t in on_line if first <= t.start < last]):
        return None        # "presales begin 24 April, with the general sale on 26 April": whose words are whose?
    words = _name_words(text, first, last, on_line)
    if words and _a_person(text, words):
        return None        # "- 4 February 2027: Dr Maria Costa", "Jan van der Berg": who, not what
    if words and _has_content(words):
        before = [w for w in words if w.end <= timex.start]
        told = bool(before) and before[-1].lower in word_list("bare_label_stops")   # "... adjourned until 5 May"
        if told and _copula_before(before):
            told = False       # "First night for tarawih is Tuesday 8/10", "Eid: will be on Friday 9/10": the item is named
        short = name_before_colon(_join(text, words)) if not told else None    # "Kite Day: Build a kite ..."
        name = short or (_join(text, words) if len(words) <= NAME_WORDS and not told else None)
        labelled = (name is not None and ": " in name
                    and name.partition(": ")[2].split()[0] in word_list("colon_copula_starts"))
        if labelled:      # "Eidul-Fitr: will be on Jumuah": the label before the colon names it, one word or more
            name = name.partition(": ")[0]
        wrapped = _wrapped_label(text, begin, stop, page) if numbered is None and name is not None and not labelled else None
        if wrapped is not None:    # "Last day for the Members to hand in forms of" / "Proxy for the vote ... . . . 2 May"
            return f"{wrapped} {_as_written(text, begin, name)}", _BY_WRAPPED, own_clock
        if name is None or not (labelled or _a_name(name)):
            return None    # its line has words of its own, and they are no name: not a list's day
        over = _heading_over_blurb(text, begin, stop, name, timex, spans)
        if over is not None:      # "May Day Garden Opening" / "MAY 15th 10am-3pm. Time to wake up the garden! Join us ..."
            return over, _BY_HEADING, own_clock
        return name, _BY_ITEM if numbered is not None else _BY_LINE, own_clock
    if any(any(c.isdigit() for c in w.text) for w in words):
        return None        # "4.11 2020-08-12": a row of values (a version, a count), no list's day
    lead_in = lead_in_row_name(text, begin, page.on_lines, page.opens_with_day)
    if lead_in is not None:      # "we add some extra evening classes:" over "Thu 22nd Oct 18.30 to 20.00"
        return lead_in, _BY_LEAD_IN, own_clock
    block = page.block(begin)
    if block is not None and block.heading[0] not in page.read:
        name = " ".join(text[block.heading[0]:block.heading[1]].split()).strip(" -–—:;,.|*_•#'\"")
        if name:
            return name, _BY_BLOCK, own_clock
    label = _group_label(text, begin, page)
    if label is not None:
        name, label_clock = label
        return name, "the label line next to it", own_clock or label_clock
    heading = heading_above(text, timex.start, spans, kind_titled=True)   # "Film Night: ..." / "May 3, 10 and 17"
    if heading is not None:
        return heading, _BY_HEADING, own_clock
    noun = _title_noun(title)
    if noun is not None:
        return noun, _BY_TITLE, own_clock
    if line_defers(text, begin, sorted((t.start, t.end) for t in on_line)):
        series = page_series(text, begin)     # "10th July (Speaker and topic to be announced)" in a list of talks
        if series is not None:
            return series, _BY_SERIES, own_clock
    return None


def _list_head(text: str, timex: Timex, on_line: list[Timex], starts: list[int]) -> Timex:
    """The first day of the list ``timex`` ends ("May 5 and November 24 and 28"): the days before it
    on its line (``starts``: their starts, sorted) with only list joiners between (date_list_joiners),
    LIST_DAYS at most, so a line of many days stays linear."""
    joiners = word_list("date_list_joiners")
    head = timex
    k = bisect.bisect_left(starts, timex.start)
    for other in reversed(on_line[max(0, k - LIST_DAYS):k]):
        gap = text[other.end:head.start] if other.end <= head.start else "|"
        if len(gap) > LIST_GAP or not all(w.lower() in joiners for w in gap.replace(",", " ").split()):
            break
        head = other
    return head


def _heading_over_blurb(text: str, begin: int, stop: int, name: str, timex: Timex,
                        spans: Callable[[tuple[int, int]], list[tuple[int, int]]]) -> str | None:
    """The heading standing right over a date line whose words are the item's blurb: the first
    sentence after the date ("Time to wake up the garden!") runs on into more sentences on its
    line, so it describes the item the heading names ("May Day Garden Opening"). None when the
    line holds one sentence only, or the line above is no heading naming an occasion."""
    at = text.find(name, timex.end, stop)
    if at < 0:
        return None
    rest = text[at + len(name):stop]
    if rest[:1] not in ".!?" or not any(c.isalpha() for c in rest):
        return None
    above = next((text[a:b].strip() for a, b in lines_above(text, begin, BLURB_REACH) if text[a:b].strip()), None)
    heading = heading_above(text, timex.start, spans)
    if heading is None or above is None or above.lstrip("#").strip(" *_") != heading or is_generic(heading):
        return None
    return heading


def _a_person(text: str, words: list[Word]) -> bool:
    """Someone's name: an honorific first ("Dr Maria Costa"), or words only a name holds, one of
    them a name particle ("Jan van der Berg"); a place or a club in capitals ("Repair Cafe") is none."""
    if words[0].lower in word_list("speaker_titles"):
        return True
    particles = word_list("name_particles") - word_list("phrase_links")
    name = _join(text, words)
    return only_a_name(name) and any(w.text in particles for w in words)


def _field(text: str, words: list[Word]) -> bool:
    """A notice's field ("Venue: Room 9", "Time: 7pm"): a part of what the notice announces, not its name."""
    first = words[0]
    return (first.lower in word_list("where_labels") | word_list("event_date_labels")
            and text[first.end:first.end + 2].strip().startswith(":"))


def _glued(words: list[Word]) -> bool:
    """A number run into a word ("5AgendaSummaryMinutes"): cells of a row that lost their breaks."""
    return any(w.text[:1].isdigit() and sum(c.isalpha() for c in w.text) > 3 for w in words)


def _copula_before(before: list[Word]) -> bool:
    """The words before the date end in a copula and its links ("... is on", "will be on", "falls on"),
    after a name of their own: the item says what is on the day, no act it was moved or held to."""
    stops = copula_run_stops()
    k = len(before)
    while k > 0 and before[k - 1].lower in stops:
        k -= 1
    return 0 < k and any(w.lower in word_list("named_day_copulas") for w in before[k:])


def _name_before_copula(page: _PageLines, begin: int, stop: int, timex: Timex) -> list[Word] | None:
    """The capitalised name a sentence puts right before a copula and the date ("... in which case Eid
    Al Fitr will be on Wednesday July 6th", "Founders Day falls on 3 May"): at most NAME_RUN words in
    capitals after a lower-case word, a break or the line's start, an article left off; None when
    the words before the date are no copula run, or no such name stands before it."""
    name = page.names_of(begin, stop).copula_name(timex.start, NAME_RUN)
    return name if name is not None and _has_content(name) else None


@dataclass(frozen=True)
class _NumberMarks:
    """A line's item numbers ("1. ", "2) "), read once a line: each date of a line asks which item
    it is in."""

    begin: int
    stop: int
    leading: int | None      # the end of the number the line opens with
    starts: list[int]        # the numbers a neighbouring number stands beside, in order
    ends: list[int]

    @classmethod
    def of_line(cls, text: str, begin: int, stop: int) -> _NumberMarks:
        marks = [(m.start(1), m.end(), int(m.group(1))) for m in _NUMBER_MARK.finditer(text, begin, stop)]
        numbers = {n for _, _, n in marks}
        leading = marks[0][1] if marks and not text[begin:marks[0][0]].strip() else None    # only the first can be
        marks = [(at, end, n) for at, end, n in marks if n - 1 in numbers or n + 1 in numbers]
        return cls(begin, stop, leading, [at for at, _, _ in marks], [end for _, end, _ in marks])


def _numbered_item(marks: _NumberMarks, timex: Timex) -> tuple[int, int] | None:
    """The item holding the date on a line that runs a numbered list together ("1. First day to fast
    is on Wednesday 8/11 2. First night for tarawih is Tuesday 8/10. 3. After 8 rakats: ..."): from
    after its number to the next number; a line that is one numbered item, from after its
    number; None when the line holds no numbered item."""
    if len(marks.starts) < 2:      # "2. First night for tarawih is Tuesday 8/10.": one item, after its number
        return (marks.leading, marks.stop) if marks.leading is not None and marks.leading <= timex.start else None
    before = bisect.bisect_right(marks.ends, timex.start)
    after = bisect.bisect_left(marks.starts, timex.end)
    return (marks.ends[before - 1] if before else marks.begin,
            marks.starts[after] if after < len(marks.starts) else marks.stop)


def _wordy_item(text: str, first: int, last: int, on_line: list[Timex]) -> bool:
    """The item holds more than NAME_WORDS words outside its dates: a sentence, not a name."""
    blocked = [(t.start, t.end) for t in on_line]
    words = words_in(text, first, last)
    return sum(1 for w, f in zip(words, start_free(words, blocked)) if f and w.text[:1].isalpha()) > NAME_WORDS


def _segment(text: str, begin: int, stop: int, timex: Timex) -> tuple[int, int]:
    """The item of a list run on one line that holds the date ("Palm Sunday, 2/4; Good Friday, 7/4")."""
    first = max([begin] + [text.rfind(mark, begin, timex.start) + 1 for mark in _ITEM_MARKS])
    ends = [at for mark in _ITEM_MARKS if (at := text.find(mark, timex.end, stop)) >= 0]
    return first, min(ends, default=stop)


def _cell_of(text: str, first: int, last: int, timex: Timex) -> tuple[int, int]:
    """The part of the item ``first``..``last`` between the runs of CELL_BLANKS blanks around the
    date: the cell of a table flattened to text ("Start Date - Mon 14th Oct          Last day of
    Term - Fri 20th Dec"), asked only when the item holds two days with words of their own."""
    gap = text.rfind(_CELL_GAP, first, timex.start)
    if gap >= 0:
        first = gap + len(_CELL_GAP)
    gap = text.find(_CELL_GAP, timex.end, last)
    return first, gap if gap >= 0 else last


def _apart_days(text: str, on_item: list[Timex]) -> bool:
    """Two written days of one item with words of their own between them (not "22 and 29 March")."""
    days = sorted((t for t in on_item if _written_day(t)), key=lambda t: t.start)
    stops = _stops()
    return any(any(sum(c.isalpha() for c in w.text) >= 2 and w.lower not in stops and w.lower not in weekday_words()
                   for w in words_in(text, a.end, b.start)) for a, b in zip(days, days[1:]) if a.end <= b.start)


def _written_day(t: Timex) -> bool:
    return (clock_of(t) is None and t.type in ("DATE", "TIME") and t.interval is not None
            and t.interval.granularity in _NAMED_GRAINS[2:] and any(c.isdigit() for c in t.text))


def _in_remark(text: str, begin: int, timex: Timex) -> bool:
    """The date stands inside a bracket after words of its own ("(agenda 25/4/23)")."""
    opened = text.rfind("(", begin, timex.start)
    if opened < 0 or text.find(")", opened, timex.start) >= 0:
        return False
    return any(c.isalpha() for c in text[opened + 1:timex.start])


def _flat_row(text: str, on_line: list[Timex]) -> bool:
    """Two or more written days on one line with only spaces or cell bars between them (a
    series is no day: "5pm - 8pm on Fridays 4 June, 2 July" lists days, it is no row)."""
    days = without_notes(text, sorted((t for t in on_line if clock_of(t) is None and t.type != "SET"), key=lambda t: t.start))
    return any(blank_between(text, a.end, b.start) and a.end <= b.start for a, b in zip(days, days[1:]))


def _wrapped_label(text: str, begin: int, stop: int, page: _PageLines) -> str | None:
    """The first part of a dot-leader row's label that the row's line above holds ("Last day for the
    Members to hand in forms of" over "Proxy for the vote ... . . . . 2 May"): the
    line right above, not blank, holds no date, no leader and no end mark (".", ":"), and the line
    above it is blank or a leader row of its own. None when the line at ``begin`` has no leader."""
    if begin < 2 or _LEADER.search(text, begin, stop) is None:
        return None
    above = start_of_line(text, begin - 1)
    line = text[above:begin - 1].strip()
    if not line or page.on(above) or _LEADER.search(line) is not None or line.endswith((".", ":", ";", "|")):
        return None
    if above < 2:
        return None
    over = start_of_line(text, above - 1)
    over_line = text[over:above - 1]
    if over_line.strip() and (_LEADER.search(over_line) is None or not page.on(over)):
        return None       # a paragraph's last line over a row, not half of the row's label
    return " ".join(line.split())


def _as_written(text: str, begin: int, name: str) -> str:
    """``name`` with its first letter as the line wrote it: the second half of a wrapped label
    ("for the Rights Issue") stays lower case, a name's "Shares" or "Issue" capitalised."""
    first = text[begin:begin + 200].lstrip(" \t*-•")[:1]
    return name[:1].lower() + name[1:] if first.islower() else name


def _name_after_copula(text: str, timex: Timex, stop: int) -> str | None:
    """The capitalised name right after the day and a copula ("June 8(Mon) and 9(Tue) are
    the Trade Days, and ..."): the day is that name's. An article may open it; it runs over
    capitalised words (NAME_RUN at most) up to a mark or a lower-case word, two at least unless
    the one names an event; None for any other shape."""
    words = words_in(text, timex.end, min(stop, timex.end + COPULA_NAME_REACH))    # not the whole line: a long one has many days
    k = 0
    while k < len(words) and words[k].lower in word_list("named_day_copulas"):
        k += 1
    if k == 0:
        return None
    if k < len(words) and words[k].lower in word_list("articles"):
        k += 1
    name = []
    while k < len(words) and len(name) < NAME_RUN and words[k].is_word and words[k].is_capitalised:
        name.append(words[k])
        k += 1
    if not name or (k < len(words) and words[k].is_word and len(name) == NAME_RUN):
        return None
    return _join(text, name) if len(name) >= 2 or _a_name(_join(text, name)) else None     # "the Public Day"


def _a_name(name: str) -> bool:
    """An event noun, or two words that can name something ("Repair Cafe"), not one stray word ("Good")."""
    words = words_in(name, 0, len(name))
    return len(_content(words)) >= 2 or bool(noun_phrases(words, [], name))


def _name_words(text: str, begin: int, stop: int, on_line: list[Timex]) -> list[Word]:
    """The words of a line outside its dates and clocks, weekdays, list marks and brackets left
    out; a bracket or a sentence's end after the first word kept ends the name ("Chair Yoga
    (limited places)", "Mid-Year Reports. These reports are ...")."""
    blocked = _named_spans(on_line)
    kept: list[Word] = []
    depth = 0
    words = words_in(text, begin, stop)
    for word, free in zip(words, start_free(words, blocked)):
        if not free:
            continue
        if kept and ("(" in word.text or "[" in word.text):
            break
        depth, inside = bracket_step(word, depth)
        if inside:
            continue
        if kept and word.text in SENTENCE_MARKS and text[word.end:word.end + 1] in (" ", "\t", ""):
            if word.text == "." and word.start == kept[-1].end and is_shortened(kept[-1].text):
                continue        # "Rosa K. Lindqvist", "Dr. Amara Holt": the dot shortens a word, the name goes on
            break
        if nameless(word):
            continue
        kept.append(word)
    return kept


def _named_spans(on_line: list[Timex]) -> list[tuple[int, int]]:
    """The dates that stay out of a name: "spring", "1st Quarter" stay in one; "July:" does not."""
    return [(t.start, t.end) for t in on_line if t.interval is not None and t.interval.granularity in _NAMED_GRAINS]


def _has_content(words: list[Word]) -> bool:
    return bool(_content(words))


def _content(words: list[Word]) -> list[Word]:
    """The words that can name something: two letters at least, no joining or label word."""
    stops = _stops()
    return [w for w in words if sum(c.isalpha() for c in w.text) >= 2 and w.lower.strip(".:") not in stops]


@lru_cache(maxsize=None)
def _stops() -> frozenset[str]:
    return (word_list("unclaimed_name_stops") | word_list("bare_label_stops") | word_list("articles")
            | word_list("event_date_labels") | word_list("date_labels"))


def _join(text: str, words: list[Word]) -> str:
    """The kept words as written, runs of text between them kept, outer punctuation cut, and a
    bracketed remark after the name left out."""
    pieces: list[str] = []
    for k, word in enumerate(words):
        if k:
            gap = text[words[k - 1].end:word.start]
            plain = not any(c.isalnum() or c in "()[]\n" for c in gap)
            if plain and gap.strip():     # "Reports – Year 1", "Lego Creations: Build ..."
                pieces.append((" " if gap[0].isspace() else "") + " ".join(gap.split())
                              + (" " if gap[-1].isspace() else ""))
            else:
                pieces.append(" ")
        pieces.append(word.text)
    name = "".join(pieces)
    for mark in ("(", "["):
        if mark in name and name.index(mark) > 0:
            name = name[:name.index(mark)]
    name = name.strip(" -–—:;,.|*_•'\"")
    stops = word_list("bare_label_stops")
    parts = name.split()
    while parts and parts[-1].lower().strip(",;:") in stops:
        parts.pop()            # "Make-Up Days - March 22 and April 12": no dangling "and"
    name = " ".join(parts).strip(" -–—:;,.|*_•'\"")
    return name[:1].upper() + name[1:]


def _group_label(text: str, begin: int, page: _PageLines) -> tuple[str, Timex | None] | None:
    """The label line next to a date line in its blank-line-separated group. Whether labels stand
    above or below their date lines is read from the whole group, not per pair: a group whose last
    line (of those without a name of their own) is a label pairs each date line with the label
    under it ("Fri 6th June" / "Eid-Al-Adha", even under a heading); one that ends with a date line
    pairs it with the label over it ("Classes Begin" / "August 22")."""
    lines, shapes = page.group(begin)
    if len(lines) < 2:
        return None
    at = next(k for k, (a, _) in enumerate(lines) if a == begin)
    last = next((shape for shape in reversed(shapes) if shape in ("bare", "label")), "label")
    step = 1 if last == "label" else -1
    other = at + step if 0 <= at + step < len(lines) else at - step    # the group's edge: its only neighbour
    if not 0 <= other < len(lines) or shapes[other] not in ("label", "text") or lines[other][0] in page.read:
        return None            # a label no entry was read from, or a description's first sentence
    a, b = lines[other]
    if furniture_title(text[a:b].strip(), text, a, a):
        return None            # "Approved by:" under the last day: the page's furniture, no label
    on_label = page.on(a)
    if step == 1 and (any(t.type == "DATE" for t in on_label) or _capitals(text[a:b])):
        # "SPRING 2026" under the day: the next section's heading, no name of it; the section's own
        # heading over the day ("AUTUMN TERM 2025") names it, as its other rows' labels would
        return _section_heading(text, lines, shapes, at, page)
    words = _name_words(text, a, b, on_label)
    if (not words or len(words) > NAME_WORDS or not _has_content(words) or _glued(words)
            or _a_person(text, words) or _field(text, words)):
        return None
    clock = next((t for t in on_label if clock_of(t) is not None), None)
    return _join(text, words), clock      # a whole line is a label: one word may name it ("Diwali")


def _section_heading(text: str, lines: list[tuple[int, int]], shapes: list[str], at: int,
                     page: _PageLines) -> tuple[str, Timex | None] | None:
    """The nearest label line over line ``at`` in its group, when it is written as a section's
    heading (in capitals, or holding a year or a season: "AUTUMN TERM 2025"): each unnamed day of
    the section (a term's two halves) is the section's."""
    for k in range(at - 1, -1, -1):
        if shapes[k] != "label":
            continue
        a, b = lines[k]
        if not (any(t.type == "DATE" for t in page.on(a)) or _capitals(text[a:b])):
            return None
        words = _name_words(text, a, b, [])
        if not words or len(words) > NAME_WORDS or not _has_content(words):
            return None
        return " ".join(text[a:b].split()), None
    return None


def _capitals(line: str) -> bool:
    """A line written in capitals ("SPRING TERM"): a heading's style, no row's label."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _shape(text: str, a: int, b: int, on_line: list[Timex]) -> str:
    """"bare": a date line with no name of its own; "named": a date line with one; "label": a short
    line with no date; "text": a longer one, a description rather than a name."""
    if not any(_written_day(t) for t in on_line):
        return "text" if len([w for w in words_in(text, a, b) if w.text[:1].isalnum()]) > NAME_WORDS else "label"
    return "named" if _has_content(_name_words(text, a, b, on_line)) else "bare"


def _group(text: str, begin: int) -> list[tuple[int, int]]:
    """The lines (start, end) of the run of non-blank lines holding the line at ``begin``."""
    first = begin
    while first > 0:
        above = start_of_line(text, first - 1)
        if not text[above:first - 1].strip():
            break
        first = above
    lines = []
    at = first
    while at <= len(text):
        end = line_end(text, at)
        if not text[at:end].strip():
            break
        lines.append((at, end))
        at = end + 1
    return lines


def _title_noun(title: str | None) -> str | None:
    """The first attended event noun phrase of the page's title."""
    if not title:
        return None
    words = words_in(title, 0, len(title))
    phrase = next((p for p in noun_phrases(words, [], title) if p.kind not in _UNATTENDED), None)
    return phrase_text(words, phrase.first, phrase.last, title) if phrase is not None else None


def _told_already(timing: Timing, name: str, held: dict[date, list[tuple[str, bool]]], how: str) -> bool:
    """An entry on the same day with the same subject: a shared title word, or any entry at all
    when the name is only the page's or a heading's (the day's entry is that subject). A deadline
    and an occasion are never one subject: "a disruption of water service" on a day whose entry is
    the deadline to have water on hand before it is still told."""
    titles = held.get(day_of(timing.start), [])
    if titles and how in (_BY_TITLE, _BY_HEADING):
        return True
    own = set(normalise_title(name).split()) - _stops()
    due = label_kind(name) == "deadline"
    return any(own & (set(normalise_title(title).split()) - _stops()) for title, deadline in titles if deadline == due)
