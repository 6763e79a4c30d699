"""Lines that open with their date, then a dash: "Monday 8 February — Second reading of the
Water (Special Measures) Bill." A business statement, a timetable or a list of key dates
writes each day's happening this way; the rest of the line (its first sentence) names it,
whether or not it holds an event word, and a line saying it does not happen is no entry.

A talks programme writes its lines as the date, the speaker and the talk's quoted title
("Tuesday 29th October 2024 Prof Robin Wilson ‘The Other Side of Sullivan’", "6th December
2021 7.30pm “Black holes and soap bubbles” – Prof Oscar Campos-Dias"): no event word, but
the quoted title by its speaker is the entry.

An academic calendar or a key-dates list writes the same rows with a colon after the date
("Monday, August 19: First day of classes") or with a column of weekdays after it ("August
19 Monday First day of classes", "October 14 - 15 Mon - Tue Fall Break - No Classes"): each
row is its own entry. A closure written after the row's name ("Labor Day - No Classes,
University Closed") is the name's day, not a day on which nothing happens."""

from __future__ import annotations

from bisect import bisect_right
import re
from dataclasses import dataclass
from functools import lru_cache

from calfeed.events.furniture_titles import furniture_title
from calfeed.events.candidates import GRANULARITY_ORDER, date_not_written
from calfeed.events.colon_names import name_before_colon
from calfeed.events.date_cell_rows import past_time_cells
from calfeed.events.holiday_names import HOLIDAY_RULES
from calfeed.events.label_lines import label_over, value_line, without_brackets
from calfeed.events.not_events import link_line
from calfeed.events.pair_runs import ABOVE, named_row, pair_direction
from calfeed.events.phrases import deadline_label, kind_of, month_words
from calfeed.events.quote_marks import ENGLISH, quote_pairs
from calfeed.events.vocabulary import cues, word_list
from calfeed.events.words import words_in
from calfeed.events.weekday_words import weekday_words
from calfeed.model import Timex
from calfeed.text import CLAUSE_END, LineIndex, is_shortened, line_end, lines_near, short_lead, start_of_line
from calfeed.timex.lexicon import ordinal_ending

_NEWLINE = re.compile("\n")
_ENUMERATOR = re.compile(r"\d{1,2}[.)]|[a-z]\)")      # a list item's number or letter ("3.", "c)"): a bullet
DASHES = ("—", "–", "-")
MAX_TITLE = 90               # characters: a longer first sentence is cut at a comma
MAX_CROSSED_NAME = 4         # words naming the later day before its link ("make up day will be ...")
EMPHASIS = "*_"
QUOTES = {pair.opening: pair.closing for pair in quote_pairs(ENGLISH)}     # opening mark -> its closing mark
MAX_SPEAKER_WORDS = 6        # "Prof. Robin Wilson"; more is a sentence, not a name
_NAME_MARKS = " .-'’"         # what a name holds besides letters ("Prof. Oscar Campos-Dias", "O'Brien")
SPEAKER_LEADS = " \t:,–—-|"  # what may stand between the date and the speaker or the quote
MAX_BLANK_LINES = 2      # blank lines between a day alone on its line and its title line
_NAME_PARTS = re.compile(r"\s[-–—]\s|[,;]\s")      # "Labor Day - No Classes, University Closed"
# a row's parts that may each hold its name: "Veterans' Day: NO CLASSES", "No School//Labor Day"
_ROW_PARTS = re.compile(r"\s[-–—]\s|[,:;]\s|//")
LED_LINE_NOTE = "named by the rest of its line"    # the note of an entry a date-led line names


@dataclass(frozen=True)
class DateLedLine:
    title: str
    happens: bool            # False: "The House will not be sitting"
    kind: str = "event"      # what the line's own words name, its bracketed note aside
    opens: bool = False      # the name turns on an opening verb: no deadline, whatever its sentence says
    bracketed: bool = False  # named only by a bracketed note ("- 21 May - Wednesday (rest day);"), no separator


MAX_BLOCK_LINES = 6          # lines from one date-led block's title to the next block's date line


def title_below(text: str, timex: Timex, spans, ordered: list[Timex] | None = None) -> str | None:
    """"Wednesday 30th April 2025 - 7 p.m." / "Government support for people in the Occupied
    Palestinian Territories" / "Tabled By: ...": a line holding only its date (and clock),
    standing under no label, whose next line is a short line of words; that line names the
    date when such blocks repeat, a date line with its title line within a few lines above or
    below. ``spans(clause)`` gives the dates' spans in a clause."""
    start = start_of_line(text, timex.start)
    own = _block_title(text, start, spans)
    if own is None or not _no_label_above(text, start):
        return None
    title_line = _next_line(text, start)
    if title_line is None or ordered is not None and pair_direction(text, start, ordered) == ABOVE:
        return None           # "Open discussion: DP18/4" / "05/07/2018" / "Discussion closes" / "05/10/2018"
    # above: the block's own title and date line first, then as many as below
    for near in lines_near(text, title_line, MAX_BLOCK_LINES, MAX_BLOCK_LINES + 2):
        if near != start and _block_title(text, near, spans) is not None and _no_label_above(text, near):
            return own
    return None


def day_row_title(text: str, timex: Timex, spans) -> str | None:
    """"January" / "30" / "First day of Spring Semester": a day row under its month heading that
    holds only the day; the line below (past blank lines) names it, not the heading above."""
    start = start_of_line(text, timex.start)
    end = line_end(text, start)
    if not value_line(text, (start, end), spans):
        return None
    below = end + 1
    for _ in range(MAX_BLANK_LINES):
        if below >= len(text) or text[below:line_end(text, below)].strip():
            break
        below = line_end(text, below) + 1
    return _title_line(text, below, lambda clause: []) if below < len(text) else None   # a holiday it names


@lru_cache(maxsize=256)
def _block_title(text: str, start: int, spans) -> str | None:
    """The title line under the date-only line starting at ``start``, or None. Once a line: every
    date of a line asks, and reading the line's dates for each made a line of many dates square."""
    end = line_end(text, start)
    dates = spans((start, end))
    if not dates or not date_line_lead(text[start:dates[0][0]]) or not value_line(text, (start, end), spans):
        return None
    below = _next_line(text, start)
    return None if below is None else _title_line(text, below, spans)


def _title_line(text: str, below: int, spans) -> str | None:
    """The line starting at ``below`` as a title: short words, no sentence, no date of its own."""
    title = " ".join(text[below:line_end(text, below)].strip(" \t" + EMPHASIS).split()).removesuffix(".")
    if (not title or len(title) > MAX_TITLE or not title[0].isalnum() or ":" in title
            or CLAUSE_END.search(title) or spans((below, line_end(text, below))) or link_line(title)):
        return None          # "Tabled By: ...", a sentence, another date, "Register here": no title line
    if furniture_title(title, text, below, below):
        return None          # "*Exhibitors with +25 sqm.", "Last modified ...": a note or the page's furniture
    return title


def date_line_lead(lead: str, marks: str = " \t" + EMPHASIS) -> bool:
    """Whether what stands before a date line's date leaves it a date line: nothing, or a
    word of date_line_leads ("From Weds 23rd July", "Throughout June")."""
    words = " ".join(lead.strip(marks).lower().split())
    return not words or words in word_list("date_line_leads")


def _no_label_above(text: str, start: int) -> bool:
    """Whether the line right above is blank or no plain label ("First Day of Classes" over
    "August 26th (Monday)" is a label and its value, not a date and its title)."""
    if start == 0:
        return True
    above_start = start_of_line(text, start - 1)
    return not text[above_start:start - 1].strip() or label_over(text, start) is None


def _next_line(text: str, start: int) -> int | None:
    """Where the line right after the one starting at ``start`` starts, if it holds words."""
    end = text.find("\n", start)
    if end < 0 or not text[end + 1:line_end(text, end + 1)].strip():
        return None
    return end + 1


_LEAD_MARKS = " \t" + EMPHASIS       # stripped off a date line's lead


def _short_lead(text: str, start: int, at: int) -> str | None:
    """``text[start:at].strip(_LEAD_MARKS)``, or None when that is longer than every date-line adverb
    and list bullet (``date_line_adverbs``, ``list_bullets``; a lead in lower case is no shorter), so
    that it is neither. Read back from the date over its marks, then only as far as the longest of
    those words (text.short_lead): copying the line up to each date made a page written on one line
    square."""
    return short_lead(text, start, at, _longest_lead(), _LEAD_MARKS)


@lru_cache(maxsize=None)
def _longest_lead() -> int:
    return max(len(word) for word in (*word_list("date_line_adverbs"), *word_list("list_bullets")))


def _unquoted(name: str) -> str:
    """A name the line quotes ("“Kite Contest” (Harbour Club)"), without its quote marks: the
    quotes set the name off, they are no part of it."""
    if not name or name[0] not in QUOTES:
        return name
    close = name.find(QUOTES[name[0]], 1)
    if close < 0:
        return name[1:].lstrip()
    return " ".join((name[1:close] + name[close + 1:]).split())


def _abbreviated(body: str, dot: int) -> bool:
    """A full stop after "Dr", "Prof" or an initial ends no sentence."""
    word = body[:dot].split()[-1] if body[:dot].split() else ""
    return body[dot] == "." and is_shortened(word)


def date_led_line(text: str, timex: Timex, listed: bool = False,
                  row: tuple[int, int] | None = None, lines: LineIndex | None = None) -> DateLedLine | None:
    """The entry a line opened by ``timex`` names; ``listed``: the line is one of a run of
    lines each opened by a date, where the row's name may follow its date with no separator;
    ``row``: the stretch of a cell's line the date's row holds (cell_rows), read as a line;
    ``lines``: the text's lines, when the caller keeps them."""
    if row is not None:
        start = row[0]
    else:
        start = lines.start(timex.start) if lines is not None else start_of_line(text, timex.start)
    lead = _short_lead(text, start, timex.start)
    if lead is None:
        return None           # a lead longer than any adverb or bullet: the date does not open its line
    if lead.lower() in word_list("date_line_adverbs"):
        lead = ""             # "Also November 9 at 6:30pm: ...": one more line of the list
    if lead and lead not in word_list("list_bullets") and not _ENUMERATOR.fullmatch(lead):
        return None           # (a bullet, or an item's number or letter: "3.", "c)")
    end = line_end(text, timex.end) if row is None else row[1]
    rest = text[timex.end:end].lstrip(" \t" + EMPHASIS)
    if row is not None:
        rest = rest.rstrip(" \t|")     # the cell's closing bar after its last row
    if "|" in rest:
        return None           # "Labor Day - no classes | - | September 1 |": a table row's name cell (table_rows)
    # "09:30 Keynote: ...": a slot; "- 4 February 2027: Dr Maria Costa, ...": an item of a list its label names
    talk = quoted_talk(rest) if not lead and not date_not_written(timex) else None
    if talk is not None:
        return DateLedLine(talk, True)      # a negation in a talk's title says nothing of the talk
    rest = past_time_cells(_past_note(rest))     # "Friday 15th January⇥All day⇥Year 4 trip to the zoo"
    holiday = any(r in HOLIDAY_RULES for r in timex.rule.split("+"))     # "1st January 2024 – New Year’s Day" / "Holiday": the name's rest
    body = _after_separator(rest, bool(lead) or holiday, listed and not holiday)
    bracketed = body is None and bool(lead) and not holiday
    if bracketed:
        body = _bracketed_label(rest)     # "- 21 May - Wednesday (additional rest day);": the note is the row's name
        bracketed = body is not None
    if body is None and listed and not holiday:
        body = name_before_colon(rest.strip())    # "Lego Day: Build a model ...", too long a row to be a name
    elif body is not None:
        body = name_before_colon(body) or body    # "- Christmas Stars: Decorate a star ...": the name, not its description
    if body is None or _a_weekday(body.split(" ", 1)[0]) or body.split(" ", 1)[0].lower() in month_words():
        return None           # "New Year's Day: Friday, 1 January": a holiday's label, then its day
    stop = next((m for m in CLAUSE_END.finditer(body) if not _abbreviated(body, m.start())), None)
    first = _unquoted(" ".join((body[:stop.start()] if stop else body).split()).strip(" " + EMPHASIS).rstrip(" –—-"))
    if not first or not (first[0].isalpha() or _ordinal_led(first)):
        return None
    first = _without_fronted_clause(_without_move_note(first))
    if _nameless(first):
        return None           # "21 December – only until 1 pm": the day's hours, no name (a lead-in names it)
    if _crossed(first):
        return None           # "Monday 5th Oct - make up day will be Friday 9th Oct": the words are the later day's
    if len(first) > MAX_TITLE and ", " in first[:MAX_TITLE]:
        first = first[:first.rindex(", ", 0, MAX_TITLE)]
    named = _NAME_PARTS.split(first, 1)[0]       # a negation after the row's name closes that day
    words = {w.strip(".,;:()").lower() for w in named.split()}
    # "Study days (no examinations)": a bracket qualifies the named day, it does not call it off
    parts = [unbracketed for part in _ROW_PARTS.split(first) if part.strip()
             for unbracketed in [without_brackets(part) if without_brackets(part).strip() else part]]
    happens = any(not _negated(part) for part in parts) and (
        not any(_negated(part) for part in parts) or any(_names_day(part) for part in parts))  # a closing day with its name
    if first.lower().rstrip(" .!") in word_list("rest_rounds"):
        happens = False       # "Saturday 13 March 2027 – BYE": the team plays no game that day
    if _usual_state(rest):
        happens = False       # "12/24/32     Christmas Eve (Friday)     Normal hours": a day like any other
    opening = first.split()[0]
    title = first if len(opening.strip(".")) <= 2 else first[:1].upper() + first[1:]   # "v Garforth Town" stays
    due = deadline_label(title)
    kind = "deadline" if due else kind_of(without_brackets(title))   # "(First 8-Week Session)" only qualifies
    if not due and _organiser_step(title):
        kind = "milestone"    # "July – The Program Committee ... publishes the call for papers"
    opens = not due and _opens(words)
    if opens:
        kind = "event" if kind == "deadline" else kind   # "September 1: Submissions open": a first moment, no last one
    return DateLedLine(title, happens, kind, opens, bracketed)


@lru_cache(maxsize=None)
def _ordinal_opening() -> re.Pattern[str]:
    return re.compile(rf"\d{{1,2}}{ordinal_ending()}[^\S\n]+[^\W\d_]")


# The break between two cells of a row set out as text. Blanks before a bar are taken only from the start of
# their run (a bar alone elsewhere), so a long run of mixed blanks is not scanned again from each of its places.
_CELL_BREAK = re.compile(r"[ ]{3,}|\t+|(?:(?<![ \t])[ \t]*)?\|[ \t]*")


def _usual_state(rest: str) -> bool:
    """The row's last cell (after wide blanks, a tab or a bar) says the day runs as usual
    (usual_state_cells: "Normal hours", "No change"): the row names the day to say nothing changes."""
    cells = [c for c in _CELL_BREAK.split(rest.strip()) if c.strip()]
    return len(cells) > 1 and cells[-1].strip(" .*_").lower() in word_list("usual_state_cells")


def _ordinal_led(words: str) -> bool:
    """"8th Grade Graduation", "2nd reading of the Bill": a name may open with an ordinal."""
    return _ordinal_opening().match(words) is not None


def _without_fronted_clause(first: str) -> str:
    """The row's sentence without a fronted clause before its main one ("While not technically a
    book club, Dick's history talks are ..." -> "Dick's history talks are ...")."""
    opener, _, _ = first.partition(" ")
    clause, comma, rest = first.partition(", ")
    rest = rest.strip()
    if opener.lower() not in word_list("fronted_clause_openers") or not comma or not rest[:1].isalpha():
        return first
    return rest[:1].upper() + rest[1:]


def _negated(named: str) -> bool:
    """A negation in the row's name says the day has no such happening ("No classes"); one
    followed by a hedge ("While not technically a book club, ...") only says what it is called."""
    words = [w.strip(".,;:()").lower() for w in named.split()]
    negations, hedges = word_list("negations"), word_list("negation_hedges")
    return any(w in negations and (k + 1 == len(words) or words[k + 1] not in hedges) for k, w in enumerate(words))


def _names_day(part: str) -> bool:
    """Whether a part of a row that also says "no classes" names the day: a name in title case
    that closes nothing ("Veterans' Day" beside "NO CLASSES"; not "offices closed" or
    "University Closed")."""
    if _negated(part):
        return False
    words = [w.strip(".,;:()'’") for w in part.split()]
    closing = word_list("closing_words")
    return not any(w.lower() in closing for w in words) and all(
        not w or not w[0].isalpha() or w[0].isupper() or len(w) <= 3 for w in words)


MIN_STEP_WORDS = 4     # a subject, its verb and an object ("The jury selects the shortlist"); "Book reviews evening" is a name


def _organiser_step(title: str) -> bool:
    """A verb of an organiser's step (organiser_step_verbs) after the row's first word: the row
    tells what happens in the process then, a milestone. The verb has words after it (its object)."""
    lowered = [w.strip(".,;:()").lower() for w in title.split()]
    return len(lowered) >= MIN_STEP_WORDS and any(w in word_list("organiser_step_verbs") for w in lowered[1:-1])


MAX_NOTE = 40     # characters of a bracketed note between a row's date and its separator


def _past_note(rest: str) -> str:
    """The row after a bracketed note on its date ("January 19 (Extended Deadline!): Student
    paper competition submissions due"): the note qualifies the date; the row's name follows
    the separator."""
    close = rest.find(")", 0, MAX_NOTE + 2) if rest.startswith("(") else -1
    if close < 0 or "(" in rest[1:close]:
        return rest
    after = rest[close + 1:].lstrip(" \t")
    return after if after[:1] in (":",) + DASHES else rest


def _crossed(first: str) -> bool:
    """The row's words are a short name, a link of crossed_day_links and another day ("make up
    day will be Friday 9th Oct"): they name that later day, not the day the row opens with."""
    words = first.replace(",", " ").split()
    lowered = [w.lower() for w in words]
    for size in (4, 3, 2, 1):
        for at in range(1, min(len(words) - size, MAX_CROSSED_NAME + 1)):
            if " ".join(lowered[at:at + size]) in word_list("crossed_day_links"):
                after = [w.strip(".,;:()") for w in words[at + size:at + size + 2]]
                if _a_weekday(after[0]) or after[0].lower() in month_words() or (
                        after[0][:1].isdigit() and len(after) > 1 and after[1].lower() in month_words()):
                    return True       # a day follows the link, not a clock ("Meeting is 7pm")
    return False


def _without_move_note(title: str) -> str:
    """"Deadline for all submissions (extended to November 5)": the bracket that moves the date
    is the date's, not the name's."""
    if not title.endswith(")") or "(" not in title:
        return title
    opening = title.rindex("(")
    note = " ".join(title[opening + 1:-1].lower().split())
    if any(note.startswith(mark + " ") for mark in word_list("supersede_marks")):
        return title[:opening].rstrip()
    return title


def _opens(words: set[str]) -> bool:
    """The row's name turns on an opening verb ("Submissions open", "Online portal opens for all
    submissions", "Registration for spring classes begins") and on no closing one ("Open call
    closes", "Open registration deadline")."""
    roles = {c.role for c in cues() if len(c.words) == 1 and c.words[0] in words
             and (c.role == "opening" and c.place == "after_noun" or c.role == "deadline" and c.strong)}
    if words & word_list("begin_verbs"):     # "Registration for spring 2026 classes begin(s)": it starts
        roles.add("opening")
    return roles == {"opening"}


def _nameless(first: str) -> bool:
    """Whether the row's words are only numbers and words that name nothing (unclaimed_name_stops,
    bare_label_stops: "only until 2 pm", "from 10 am")."""
    nameless = word_list("unclaimed_name_stops") | word_list("bare_label_stops")
    return all(w.lower in nameless or w.text[0].isdigit() for w in words_in(first, 0, len(first)) if w.is_word)


def _after_separator(rest: str, labelled: bool, listed: bool = False) -> str | None:
    """The line's words after what parts them from its date: a dash, a colon (on a line with no
    bullet, after no holiday: a bulleted "- 12 January 2027: Anna Novak" is an item of its list's
    label, "Christmas Day: Family Communion at 10am" a label and its line), or a
    column of weekdays ("Monday", "Mon - Tue") before a capitalised name; in a run of date-led
    rows ("Sept. 03, 2024 Start of Fall Semester Term A"), a capitalised name after a space
    alone, when it is one short line and no sentence; None when none does."""
    if rest[:1] in DASHES and rest[1:2] == " ":
        return rest[2:].strip()
    if labelled and rest[:1] in DASHES[:2] and rest[1:2].isupper():
        return rest[1:].strip()       # "c) 12th of May –Founders Day": a bulleted row's dash, its space lost
    if rest[:1] == ":" and rest[1:2] in (" ", "\t") and not labelled:
        return rest[1:].strip()
    after = _weekday_column(rest)
    if after is not None and _capital_led(rest[after:]):
        return rest[after:].strip()
    if (listed and (_capital_led(rest) or _ordinal_led(rest)) and len(rest) <= MAX_TITLE
            and not CLAUSE_END.search(rest.rstrip("."))):
        return rest.strip()
    return None


def _bracketed_label(rest: str) -> str | None:
    """The words of a bracketed note that is all a bulleted row writes after its day ("- 21 May -
    Wednesday (additional rest day);", a list's closing mark aside): the row names its day by it.
    A note on how sure the day is ("(TBC)"; title_note_asides), one that goes on from the row's
    words ("(and every second Saturday)", "(with the Council)": a phrase_breaks word first) or one
    with a figure (a clock, a day, a place's number: other readers read it) names nothing."""
    note = rest.strip().rstrip(";.,").rstrip()
    if len(note) < 3 or note[0] != "(" or note[-1] != ")" or "(" in note[1:-1] or ")" in note[1:-1]:
        return None
    inner = " ".join(note[1:-1].split())
    if (not inner or not inner[0].isalpha() or inner.lower() in word_list("title_note_asides")
            or any(c.isdigit() for c in inner) or inner.split()[0].lower() in word_list("phrase_breaks")):
        return None
    return inner


def _capital_led(words: str) -> bool:
    """A capital opens ``words``, or a quote mark before a capital ("“Kite Contest”"): a name."""
    if words[:1] in QUOTES:
        words = words[1:]
    return words[:1].isupper()


DAY_OR_FINER = GRANULARITY_ORDER[GRANULARITY_ORDER.index("day"):]


ROW_COLON = re.compile(r"[^\S\n]{0,2}:(?!\d)")     # a colon after a day: the day labels what follows
MIN_CELL_ROWS = 2        # dated rows that make one line a cell of several rows


def labels_row(text: str, timex: Timex) -> bool:
    """Whether a colon follows the day ``timex`` opens with, inside it or right after it: the day labels a
    row ("Tuesday, May 7: closed."; "Friday, May 3: we close at noon." read with its clock), no prose."""
    return ROW_COLON.match(text, timex.end) is not None or ROW_COLON.search(timex.text) is not None


def cell_rows(text: str, ordered: list[Timex]) -> dict[int, tuple[int, int]]:
    """The rows of lines that hold several "<day>: <what happens>" rows run together, as a table
    cell copied as text does ("Friday, May 3: the office closes at noon. Monday, May 6: closed.
    Tuesday, May 7: ..."): by where each row's date starts, the stretch from that date to the next
    row's. The line must open with such a row (a bullet aside); a day with a colon after it inside a
    sentence ("the deadline moved to Monday, May 6: late entries ...") opens no row elsewhere."""
    by_line: dict[int, list[Timex]] = {}
    lines = LineIndex(text)     # each date's line by bisection: a search back per date reads a one-line page per date
    for timex in ordered:
        if (timex.type == "DATE" and timex.interval is not None and not date_not_written(timex)
                and timex.interval.granularity == "day" and ROW_COLON.match(text, timex.end)):
            by_line.setdefault(lines.start(timex.start), []).append(timex)
    rows: dict[int, tuple[int, int]] = {}
    for start, dated in by_line.items():
        lead = text[start:dated[0].start].strip(" \t" + EMPHASIS)
        if len(dated) < MIN_CELL_ROWS or (lead and lead not in word_list("list_bullets")):
            continue
        ends = [t.start for t in dated[1:]] + [line_end(text, start)]
        for timex, end in zip(dated, ends):
            rows[timex.start] = (timex.start, end)
    return rows


def led_rows(text: str, ordered: list[Timex]) -> set[int]:
    """Where the dates start that open a line next to another line a date opens, blank lines aside:
    the rows of a key-dates list ("Sept. 03, 2024 Start of Fall Semester Term A" / "Sept. 05,
    2024 Last day for add-drop courses"), not a lone dateline over a story."""
    opening: dict[int, Timex] = {}          # line number -> the date opening it
    dated: set[int] = set()                 # lines a written date opens, a month alone on its line too
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    for timex in ordered:
        if (timex.type not in ("DATE", "TIME") or date_not_written(timex) or timex.interval is None
                or timex.approximate):
            continue
        number = bisect_right(line_starts, timex.start) - 1     # not a search back and a copy of the line per date
        lead = _short_lead(text, line_starts[number], timex.start)
        if lead is None or (lead and lead not in word_list("list_bullets")):
            continue
        dated.add(number)
        if timex.interval.granularity not in DAY_OR_FINER and not _month_row(text, timex):
            continue         # "Spring news": a season heads a page, it opens no row
        opening.setdefault(number, timex)
    lines = text.split("\n")
    filled = [n for n, line in enumerate(lines) if line.strip()]
    place = {n: k for k, n in enumerate(filled)}
    rows = set()
    for number, timex in opening.items():
        k = place.get(number)
        if k is None:
            continue
        if any(0 <= j < len(filled) and filled[j] in opening for j in (k - 1, k + 1)):
            rows.add(timex.start)
        elif (any(0 <= j < len(filled) and filled[j] in dated for j in (k - 2, k + 2))
              and named_row(text, (line_starts[number], line_end(text, line_starts[number])), [timex])):
            rows.add(timex.start)     # "February 2017" / "Final report" / "February 2017 Technology roadmap": a row among pairs
    return rows


def _month_row(text: str, timex: Timex) -> bool:
    """"09.2031 Autumn sales statement", "June 2029 First quarter trading update": a month
    written with its year and followed by words on its line is a row of a calendar whose day is
    not fixed yet; a month alone on its line ("July 2026") heads the rows under it."""
    if timex.interval.granularity != "month" or not any(c.isdigit() for c in timex.text):
        return False
    return any(c.isalpha() for c in text[timex.end:line_end(text, timex.end)])


def without_row_names(text: str, ordered: list[Timex], rows: set[int]) -> list[Timex]:
    """The dates less those inside a key-dates row's name: after the date that opens a row of
    a list ("November 22 (Fri.) November Recess Begins, 5:30 p.m.", "September 23 (Mon.) Labor
    Day; Classes do not meet"), a month or a holiday written without a number names the row's
    happening: no second day of the row, and its words stay in the row's title. ``rows``: the
    rows' opening dates (led_rows); a name inside a row opens none, so they hold without it."""
    if not rows:
        return ordered
    named: set[int] = set()
    row_end = -1
    for timex in ordered:
        if timex.start in rows:
            row_end = line_end(text, timex.start)
            continue
        if (timex.start < row_end and timex.type == "DATE" and not any(c.isdigit() for c in timex.text)
                and (timex.rule in HOLIDAY_RULES or (timex.interval is not None and timex.interval.granularity == "month"))):
            named.add(id(timex))
    return [t for t in ordered if id(t) not in named] if named else ordered


def _weekday_column(rest: str) -> int | None:
    """Where the words after a weekday or a range of weekdays opening ``rest`` start
    ("Monday First day", "Thur - Fri Thanksgiving Holiday", "(Mon.) Labor Day")."""
    parts = rest.split(" ")
    count = 0
    taken = 0                  # parts read: a weekday, or a weekday, a dash and a weekday
    first = parts[0][1:-1] if parts and parts[0][:1] == "(" and parts[0][-1:] == ")" else parts[0] if parts else ""
    if first and (_a_weekday(first) or _weekday_pair(first)):      # "(Mon.)", "(Thurs.-Sat.)" in brackets too
        taken = 1              # "Friday–Sunday Study days": a range written without spaces is one part
        if len(parts) > 3 and parts[1] in DASHES + ("to",) and _a_weekday(parts[2]):
            taken = 3
    if not taken:
        return None
    count = sum(len(p) + 1 for p in parts[:taken])
    while count < len(rest) and rest[count] == " ":
        count += 1
    return count if count < len(rest) else None


def _weekday_pair(word: str) -> bool:
    """"Friday–Sunday", "Mon-Tue": two weekdays joined by a dash with no space."""
    for dash in DASHES:
        first, joined, second = word.partition(dash)
        if joined and _a_weekday(first) and _a_weekday(second):
            return True
    return False


def _a_weekday(word: str) -> bool:
    """A weekday's name or abbreviation as the tagger's table gives it, capitalised ("Mon", "Thur.")."""
    bare = word.rstrip(".,")
    return bare[:1].isupper() and bare.lower() in weekday_words()


def quoted_talk(rest: str) -> str | None:
    """The rest of a programme line after its date ("Prof Robin Wilson, Emeritus Professor ...
    ‘The Other Side of Sullivan’", "“Black holes and soap bubbles” – Prof Oscar Campos-Dias")
    as "<quoted title> — <speaker>"; None unless the line is only a speaker (with an affiliation
    after a comma) and one quoted title, in either order."""
    rest = rest.strip().lstrip(SPEAKER_LEADS)
    opening = next((k for k, c in enumerate(rest) if c in QUOTES and (k == 0 or not rest[k - 1].isalnum())), None)
    if opening is None:
        return None
    closing = _closing_quote(rest, opening)
    if closing is None:
        return None
    title = " ".join(rest[opening + 1:closing].split()).strip(" ,")
    before = rest[:opening].strip(SPEAKER_LEADS)
    after = rest[closing + 1:].strip(" \t" + EMPHASIS)
    if not title or not title[0].isalnum() or (before and after):
        return None
    if after:
        if after[:1] not in DASHES:
            return None                    # "... ‘Water’ Bill.": a sentence that quotes
        before = after[1:].strip()
    speaker = before.split(",")[0].strip()
    if not _a_name(speaker):
        return None                        # "15 June: “World of Work Summit”": a name, no talk
    if len(title) + len(speaker) > MAX_TITLE and ": " in title:
        title = title[:title.index(": ")]     # "In the Name of Plants: Remarkable Plants and ...": its main title
    return f"{title} — {speaker}"


def _closing_quote(rest: str, opening: int) -> int | None:
    """The last mark closing the quote opened at ``opening``; a "’" before a letter is an
    apostrophe ("‘Turner’s Rain’")."""
    mark = QUOTES[rest[opening]]
    found = None
    for k in range(opening + 1, len(rest)):
        if rest[k] == mark and not (k + 1 < len(rest) and rest[k + 1].isalpha()):
            found = k
    return found


def _a_name(words: str) -> bool:
    """A person's name, with any honorific: every word capitalised (or a particle, "de",
    "van"), at most a few words, only letters, dots, hyphens and apostrophes ("Prof. Robin
    Wilson", "John Petters"; "Keynote: Prof. Ada Lovelace" is a slot's label)."""
    parts = words.split()
    if not 2 <= len(parts) <= MAX_SPEAKER_WORDS or not all(c.isalpha() or c in _NAME_MARKS for c in words):
        return False
    particles = word_list("name_particles")
    return all(p[:1].isupper() or p in particles for p in parts) and parts[0][:1].isupper()
