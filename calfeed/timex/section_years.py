"""Years a section's heading gives its dates: "The public holidays for 2027 are:", "# Fixtures 2026",
"# Spring 2027 Lecture Series" (a season and its year: months far from the season fall in
the year before or after).

A list under a heading or a label line that names one year, and no other date, leaves
that year out of its items ("New Year's Day: Friday, 1 January"): the items are that
year's, not the ones nearest the document's date. A heading naming a year span
("## Academic year 2026-27", "Season 2026/27:") runs its items from the first year into
the second: months from the section's first month on (from August when it opens in the
winter or early spring) are the first year's, the earlier ones the second's; other
kinds of date under a span are left to the tense.

A section runs from its heading line to the next heading (a Markdown ``#`` line, or a
line ending with ``:`` that is no list item) or to a blank line followed by a line that
is no list item, table row, or line whose date opens it or follows its label. A date
with its own year, or with a year written in its own sentence, keeps its own; a relative
one ("next March") is left alone. Like :mod:`shared_years`, this works on the raw
values before resolution, which cannot see lines.

A plain-text page writes its headings as short lines standing alone between blank lines,
with no ``#`` or colon. Such a line counts as a heading when it names an academic year
("Academic Calendar 2024-2025", "Outline Academic Calendar 2024 2025": two years in a row)
or a season and year ("Fall 2024 Semester"), the calendars whose rows are year-less, or one
year and a noun naming a list of days ("2024 Meeting Dates", "2026 Term Dates"; section_year_list_nouns).
A month and its year ("Village Hall Events November 2021", "February 2020") heads a dated post:
its section runs through prose to the next heading naming a year, its months more than half a year
from the heading's month falling in the year before or after. A season may follow its year ("2018
Fall Semester"); a short label line with no date ("Other Term") does not end a calendar's section;
a table header's first cell ("2025 Dates | Meeting | Time |", "| 2025 Dates | ..." over its rule row;
a body row's first cell is no heading) heads the rows below it as a line would; under a month
heading, a day told in a tense wraps into the year before or after only the way its tense goes.
Under a heading that ends with a colon ("Dates for grant applications in 2020:"), label lines over
the dates and bracketed notes between them go on with the section; rows may write a label, a dash
and their dates ("Parents' Evenings – November 8th & 9th, March 7th & 8th"). A span's turn into its
second year is set by the first written month, not by a holiday the prose names ("our Christmas
celebrations"), and a row's written weekday picks the span's year it fits ("Mon 28th Sept" under
"2020/2021" is 2020's). A field's label ("Founded: Summer 1987") makes its line no heading.
Any other plain line naming one year ("Annual Report 2023", "2023 Meeting Minutes", a copyright
line) is left to the tense: a report's year is when it was written, not the year of its days. Rows there are lines a
date opens ("August 19 Monday First day of classes") or closes ("Reading week 21 - 27
October (week 7)"), and a header row ("Date(s) Day(s) Description") belongs to its list. A line
whose date's abbreviated month closes it with its dot ("Collection of forms will take place between
3 Sept. and 10 Sept.") ends a sentence there, as "3 September." does: prose, no row.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Sequence

from calfeed.events.row_cells import first_cell
from calfeed.model import Timex
from calfeed.text import Sentences, item_mark_pattern, split_sentences
from calfeed.timex.lexicon import load_list
from calfeed.timex.rawvalue import CALENDAR, core_of, parse
from calfeed.timex.row_evidence import fits, written_weekday_fits
from calfeed.timex.vocabulary import norm, vocabulary

_MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")
_TITLE = re.compile(r"[ \t]{0,3}#[ \t]")
_LABEL = re.compile(r"[^:\n]{1,60}:[ \t]+")
_DASH_LABEL = re.compile(r"[^\n–—]{1,80}?[ \t][–—-][ \t]+")    # "Parents' Evenings – November 8th & 9th"
_NOTE_LINE = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*$")         # "(Where possible, subject to change)"
_SPAN_TAIL = re.compile(r"[ \t]*[/–-][ \t]*(\d{4})\b")         # "2020/2021": the tagger reads the first year only
_YEAR_CORE = re.compile(r"\d{4}")
_HEADING_CORE = re.compile(r"\d{4}(?:-(?:SP|SU|FA|WI))?")   # "Term 4, 2024", "Terms 1 and 2 Autumn 2025"
_RULE_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")         # "|---|---|": the rule under a table's header
_HEADER_CUT = re.compile(r"\(s\)|[/|,&()]", re.IGNORECASE)      # "Date(s)": the plural mark, then separators
_CLOSING_NOTE = re.compile(r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t*†]*$")
_SKIP = ("yr", "dir")           # the year is said otherwise ("last year's quarter", "next March")
# A season heading's year is that of the months around the season's middle month; a month more
# than half a year from it is the year before or after ("Fall 2026": January is 2027's). Winter
# is left out: whether "Winter 2027" opens in December 2027 or in January 2027 varies.
HALF_YEAR = 6
SEASON_MIDDLES = {"SP": 4, "SU": 7, "FA": 10}
_SEASON_YEAR = re.compile(r"\d{4}-(SP|SU|FA)")
_SEASON_ALONE = re.compile(r"XXXX-(SP|SU|FA)")
_MONTH_YEAR = re.compile(r"\d{4}-(\d\d)")
SPAN_PIVOT_MONTH = 8            # a span section opening in the winter or early spring: August on is the first year's
LABEL_LOOKAHEAD = 4             # lines below a label line within which a date row keeps its section open
MAX_HEADING_WORDS = 8           # a longer line standing alone is a sentence, not a plain heading
MAX_RUN_IN_WORDS = 6            # a heading line among others ("Fall 2024 Full Semester") is shorter
# Winter runs across the new year: its rows take the heading's year from December on when
# the first of them falls in the autumn ("Winter Term 2024": 16 December, 17 January), else
# from January ("Winter 2027": 10 January, 20 February).
WINTER = 0


@lru_cache(maxsize=None)
def item_mark() -> re.Pattern[str]:
    """A list item's mark as the sentence splitter reads it (text.item_mark_pattern), or a table
    row's bar."""
    return re.compile(rf"[ \t]*(?:{item_mark_pattern()}[ \t]|\|)")


class _Line(NamedTuple):
    """One line of the text (a tuple: one is made for every line of every document)."""

    start: int
    end: int            # before the line break
    text: str


@dataclass(frozen=True)
class _Section:
    start: int          # after the heading line
    end: int
    year: int
    span: bool          # a year span: the first year into the next
    middle: int | None = None   # a season's middle month ("Spring 2027": April)
    month: bool = False         # named by a month and its year ("Events November 2021"): ``middle`` is it
    lead: bool = False          # named by a lead sentence ("The board has set 9 meeting dates for 2031."):
                                # its prose below is the list, days told in the past are left to the tense


@lru_cache(maxsize=8)
def text_lines(text: str) -> tuple[_Line, ...]:
    """The text's lines; kept for the last few texts, since section_years and list_runs
    both read the lines of each document (a line each was half their cost)."""
    out, start = [], 0
    for piece in text.split("\n"):
        out.append(_Line(start, start + len(piece), piece))
        start += len(piece) + 1
    return tuple(out)


def is_item(line: str) -> bool:
    return item_mark().match(line) is not None


def is_heading(line: str) -> bool:
    if _MARKDOWN_HEADING.match(line):
        return True
    return line.rstrip().endswith(":") and not is_item(line)


def _plain_heading(lines: Sequence[_Line], index: int) -> bool:
    """A short line standing alone (a blank line or the page's top above it, a blank line or
    its end below), no list mark and no sentence end: "Fall 2024 Semester"."""
    text = lines[index].text.strip()
    # The cheap tests first: most lines of prose end with a stop or stand among others.
    if not text or text[-1] in ".,;:!?" or not (text[0].isupper() or text[0].isdigit()):
        return False
    if not (index == 0 or not lines[index - 1].text.strip()):
        return False
    if not (index + 1 >= len(lines) or not lines[index + 1].text.strip()):
        return False
    return not is_item(lines[index].text) and _label_line(text)


def _row_heading(line: str) -> bool:
    """A table row with one cell written, the rest empty: "| Fall Semester 2024 |", the
    heading of the rows below it."""
    stripped = line.strip()
    if not stripped.startswith("|"):
        return False
    return sum(1 for cell in stripped.strip("|").split("|") if cell.strip()) == 1


def _run_in_heading(lines: Sequence[_Line], index: int) -> bool:
    """A short line among others that no sentence runs through ("Fall 2024 Full Semester" over
    its rows, "12-Week Term Calendar 2024-25"): no list mark, no end mark, a capital or digit
    first, and no lower-case continuation on the next line."""
    text = lines[index].text.strip()
    if not _label_line(text, MAX_RUN_IN_WORDS) or is_item(text):
        return False
    below = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return not below[:1].islower()


_Named = tuple[int, bool, int | None, bool]     # year, a span, the season's or month's middle month, a month


def _academic(named: _Named | None) -> bool:
    """A year span or a season: the years of a calendar's year-less rows."""
    return named is not None and (named[1] or named[2] is not None)


def _season_of(line: _Line, within: list[Timex], text: str, lang: str) -> tuple[list[Timex], str | None]:
    """The heading's one year with the season it names: "Spring 2027" (one date), "Autumn
    term 2026" (a year-less season, a word, then the year), "Fall Semester 2024" (a season
    word the tagger leaves alone, as "fall" is also a verb, a word, then the year). Any
    other date stays in ``within``."""
    if len(within) == 1:
        core = parse(within[0].raw_value or within[0].value).core
        season = _SEASON_YEAR.fullmatch(core)
        if season is None and _YEAR_CORE.fullmatch(core):
            return within, (_season_word(text[line.start:within[0].start], lang)
                            or _season_after(text[within[0].end:line.end], lang))
        return within, season.group(1) if season else None
    if len(within) == 2:
        first, second = (parse(t.raw_value or t.value).core for t in within)
        season = _SEASON_ALONE.fullmatch(first)
        if season and _YEAR_CORE.fullmatch(second) and len(text[within[0].end:within[1].start].split()) <= 1:
            return within[1:], season.group(1)
    return within, None


def _season_word(before: str, lang: str) -> str | None:
    """The season a heading names in words right before its year, one word between at most
    ("Fall Semester 2024", "Winter Term 2024"); "WI" for winter."""
    words = [norm(w) for w in re.split(r"[\s|]+", before) if w][-2:]
    seasons = vocabulary(lang).seasons
    for word in reversed(words):
        if word in seasons:
            return seasons[word]["code"]
    return None


def _season_after(after: str, lang: str) -> str | None:
    """The season a heading names in the word right after its year ("2018 Fall Semester",
    "2025 Spring Term"): the year first, as a calendar's heading may write it."""
    words = [norm(w) for w in re.split(r"[\s|]+", after) if w][:1]
    seasons = vocabulary(lang).seasons
    return seasons[words[0]]["code"] if words and words[0] in seasons else None


def _named_year(line: _Line, within: list[Timex], text: str, lang: str) -> _Named | None:
    """The year (whether it opens a span, and the middle month of the season it names) a
    heading line names, when it names one date only (two years in a row, "2024 2025", are a
    span, and so is a season into one of the next year, "Fall 2024 - Spring 2025")."""
    within = [t for t in within if t.type not in ("DURATION", "SET")]     # "Fall 2024 8-Week Sessions", "Yearly"
    if len(within) == 2 and not text[within[0].end:within[1].start].strip():
        first, second = (parse(t.raw_value or t.value).core for t in within)
        if _YEAR_CORE.fullmatch(first) and _YEAR_CORE.fullmatch(second) and int(second) == int(first) + 1:
            return int(first), True, None, False
    within, season = _season_of(line, within, text, lang)
    if len(within) != 1 or within[0].type != "DATE":
        return None
    raw = parse(within[0].raw_value or within[0].value)
    month = _MONTH_YEAR.fullmatch(raw.core) if not season else None
    core = raw.core[:4] if season or month else raw.core
    if not _YEAR_CORE.fullmatch(core):
        return None
    year = int(core)
    others = {k for k, v in raw.annotations.items() if v}
    if others == {"to"} and raw.get("to") == str(year + 1):
        span = True
    elif others == {"to"} and season and _SEASON_YEAR.fullmatch(raw.get("to")) and raw.get("to")[:4] == str(year + 1):
        return year, True, None, False      # "Fall 2024 - Spring 2025": the academic year's span
    elif not others:
        tail = _SPAN_TAIL.match(text, within[0].end, line.end) if not (season or month) else None
        span = tail is not None and int(tail.group(1)) == year + 1     # "Yearly Calendar 2020/2021"
    else:
        return None
    before = text[line.start:within[0].start].split()
    if before and norm(before[-1]) in load_list(lang, "section_year_blockers"):
        return None                 # "Key dates since 2020:" names no year of its items
    label = _LABEL.fullmatch(text, line.start, within[0].start)
    if label is not None and norm(label.group().split()[-1].rstrip(":")) in load_list(lang, "section_year_fact_labels"):
        return None                 # "Founded: Summer 1987": a fact's date, no heading over what follows
    if month is not None:           # "Village Hall Events November 2021": the month is the section's middle
        return (year, False, int(month.group(1)), True) if not span else None
    return year, span, WINTER if season == "WI" else SEASON_MIDDLES.get(season) if season else None, False


def _names_list(line: str, lang: str) -> bool:
    """A plain line naming a list of days by a noun ("2024 Meeting Dates", "2025 Schedule")."""
    nouns = load_list(lang, "section_year_list_nouns")
    return any(norm(word) in nouns for word in re.findall(r"[^\W\d_]+", line))


_YEAR_MARKS = "|#*\u2022 \t"     # a table cell's bars, a heading's hashes, emphasis and bullets around a year


def _year_line(line: _Line, within: list[Timex]) -> bool:
    """A line that is one year and nothing else ("2024", "| 2024 |", "**2024**"): over the rows
    of a listing it is their year, as a calendar turns its year ("2024" / "JANUARY" / "Monday 29th")."""
    return len(within) == 1 and line.text.strip(_YEAR_MARKS) == within[0].text and _YEAR_CORE.fullmatch(within[0].text) is not None


def _list_above(lines: Sequence[_Line], index: int, lang: str) -> bool:
    """The line right above names a list of days and is a short label of its own ("Term Dates" /
    "2024"): the two lines are one heading, the year on a line of its own."""
    above = lines[index - 1].text.strip() if index > 0 else ""
    return _label_line(above, MAX_RUN_IN_WORDS) and not any(c.isdigit() for c in above) and _names_list(above, lang)


def _listish(line: _Line, starts: list[int], ends: list[int] | None = None) -> bool:
    """A list item, a table row, or a line whose date opens it or follows its label
    ("New Year's Day: Friday, 1 January"); "Other news: on 5 December we met" is prose.
    With ``ends`` (rows under a plain heading), also a line its date closes and a header row."""
    if is_item(line.text):
        return True
    first = line.start + len(line.text) - len(line.text.lstrip())
    label = _LABEL.match(line.text)
    if _starts_at(starts, first) or (label is not None and _starts_at(starts, line.start + label.end())):
        return True
    dash = _DASH_LABEL.match(line.text)
    if dash is not None and line.text[:1].strip() and _starts_at(starts, line.start + dash.end()):
        return True         # "Target Reviews – May 23rd & 24th": a label, a dash, its dates
    return ends is not None and (_closed_by_date(line, starts, ends) or header_row(line.text))


def _closed_by_date(line: _Line, starts: list[int], ends: list[int]) -> bool:
    """"Reading week  21 - 27 October (week 7)", "Examination period 22 April - 6 May*": a row
    whose label runs into its one date, a bracketed note or footnote mark aside ("Matinees
    Thu 30 Sep & Sat 2 Oct, 2.30pm" is a line of prose about several days)."""
    note = _CLOSING_NOTE.search(line.text)
    cut = line.start + (note.start() if note else len(line.text))
    if line.text.rstrip().endswith("."):
        return False        # "... will take place between 3 Sept. and 10 Sept.": the month's dot ends a sentence, as in "3 September."
    dates = bisect.bisect_left(starts, cut) - bisect.bisect_left(starts, line.start)
    return line.text.lstrip()[:1].isupper() and dates == 1 and _starts_at(ends, cut)


def header_row(line: str) -> bool:
    """"Date(s) Day(s) Description": a table's header over its rows."""
    words = [w.lower().removesuffix("s") for w in _HEADER_CUT.sub(" ", line).split()]
    vocabulary = load_list("en", "key_dates_header_words")
    return bool(words) and all(w in vocabulary for w in words)


def _starts_at(starts: list[int], offset: int) -> bool:
    at = bisect.bisect_left(starts, offset)
    return at < len(starts) and starts[at] == offset


def _sections(lines: Sequence[_Line], timexes: Sequence[Timex], text: str, lang: str) -> list[_Section]:
    by_start = sorted(range(len(timexes)), key=lambda i: timexes[i].start)
    starts = [timexes[i].start for i in by_start]
    ends = sorted(t.end for t in timexes)
    found: dict[int, tuple[bool, _Named]] = {}
    leads: dict[int, int] = {}      # line index -> the year its lead sentence gives the list below
    # Only a line that holds a whole date can head a section or lead a list (both read its dates), so
    # only those lines are read: a page of prose holds a few among many (each line's heading tests
    # were most of this reader's cost on news).
    for index in _dated_lines(lines, timexes):
        line = lines[index]
        if not line.text.strip():
            continue
        marked = is_heading(line.text) or _row_heading(line.text)
        alone = not marked and _plain_heading(lines, index)
        cell = None if marked or alone else _header_cell(lines, index, text)
        if cell is None and not marked and not alone and not _run_in_heading(lines, index):
            if _lone_sentence(lines, index):
                lead = _lead_year(line, _within(line, by_start, starts, timexes), text, lang)
                if lead is not None:
                    leads[index] = lead
            continue
        # by bisection: a long plain text has a short line standing alone every few lines
        within = _within(line, by_start, starts, timexes)
        if not within or (cell is not None and any(t.end > cell.end for t in within)):
            continue
        if cell is not None:    # "2025 Dates | Meeting | Time |": the header's first cell heads the rows
            named = _named_year(cell, within, text, lang)
            if named is not None and (_academic(named) or _names_list(cell.text, lang)):
                found[index] = (False, named)
            continue
        named = _named_year(line, within, text, lang)
        # a list noun counts on a line standing alone, or on a run-in one right over rows its
        # dates open ("2023 COURT DATES" / "JANUARY 3" / "FEBRUARY 6"); a run-in "2023 Meeting
        # Schedule" over prose is read with the rest of the page (shared_years ties its days' later mentions)
        listed = ((alone or _over_rows(lines, index, starts)) and _names_list(line.text, lang)
                  or _year_line(line, within) and (_over_rows(lines, index, starts) or _list_above(lines, index, lang)))
        if named is not None and (marked or _academic(named) or listed):
            found[index] = (marked, named)
    stops = frozenset(found)        # plain and table-row headings are no headings to is_heading
    out = []
    for index, (marked, named) in found.items():
        end = _section_end(lines, index, starts, None if marked else ends, stops, named[3])
        if end > lines[index].end:
            out.append(_Section(lines[index].end, end, *named))
    if len({year for year in leads.values()}) == 1:     # two lead years name no single year of the page
        # the next lead sentence ends a lead's list as the next heading does: read on past it, every lead
        # of a page made of them read the rest of the page
        lead_stops = stops | frozenset(leads)
        for index, year in leads.items():
            end = _section_end(lines, index, starts, None, lead_stops, True)
            if end > lines[index].end:
                out.append(_Section(lines[index].end, end, year, False, lead=True))
    return out


def _dated_lines(lines: Sequence[_Line], timexes: Sequence[Timex]) -> list[int]:
    """The indexes of the lines that hold some date wholly (those ``_within`` finds a date on), rising."""
    line_starts = [line.start for line in lines]
    dated = set()
    for timex in timexes:
        at = bisect.bisect_right(line_starts, timex.start) - 1
        if at >= 0 and timex.start < lines[at].end and timex.end <= lines[at].end:
            dated.add(at)
    return sorted(dated)


def _within(line: _Line, by_start: list[int], starts: list[int], timexes: Sequence[Timex]) -> list[Timex]:
    """The dates written wholly on ``line``, in text order (by bisection: a long plain text has a
    short line standing alone every few lines)."""
    near = by_start[bisect.bisect_left(starts, line.start):bisect.bisect_left(starts, line.end)]
    return [timexes[i] for i in sorted(near) if timexes[i].end <= line.end]


MAX_LEAD_WORDS = 20             # a lead sentence names its list in a few words; a longer one tells more


def _lone_sentence(lines: Sequence[_Line], index: int) -> bool:
    """A short paragraph of one sentence, a blank line (or the page's top) above it and a blank
    line below: "The Cabinet has set 12 holidays for 2031." over the paragraphs that tell them."""
    text = lines[index].text.strip()
    if not text.endswith((".", ":")) or len(text.split(None, MAX_LEAD_WORDS)) > MAX_LEAD_WORDS:
        return False
    if index > 0 and lines[index - 1].text.strip():
        return False
    if index + 1 < len(lines) and lines[index + 1].text.strip():
        return False
    inner = text[:-1]
    return not any(mark in inner for mark in (". ", "? ", "! ")) and not is_item(lines[index].text)


def _lead_year(line: _Line, within: list[Timex], text: str, lang: str) -> int | None:
    """The year a lead sentence gives the list it names: its one date is a bare year written right
    after a noun naming a list of days and a link word ("holidays for 2031", "fixtures for 2031";
    section_year_list_nouns, section_year_list_links), else None."""
    if len(within) != 1 or within[0].type != "DATE" or not _YEAR_CORE.fullmatch(within[0].text):
        return None
    year = within[0]
    if parse(year.raw_value or year.value).core != year.text:
        return None
    before = re.findall(r"[^\W\d_]+", text[line.start:year.start])[-2:]
    if (len(before) < 2 or norm(before[1]) not in load_list(lang, "section_year_list_links")
            or norm(before[0]) not in load_list(lang, "section_year_list_nouns")
            or not text[line.start:year.start].endswith(f"{before[1]} ")):
        return None
    return int(year.text)


def _header_cell(lines: Sequence[_Line], index: int, text: str) -> _Line | None:
    """The first cell of a table's header row, when it is short and ends no sentence ("2025 Dates"
    of "| 2025 Dates | Watch | Meeting | Time |" over its rule row): the label of the rows below,
    perhaps naming their year. A body row's first cell ("Autumn 1998 | Club founded") is a row's."""
    line = lines[index]
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    if "|" not in line.text or not (_RULE_ROW.match(below) or header_row(line.text)):
        return None
    cut = first_cell(text, line.start, line.end)
    if cut is None:
        return None
    cell = text[cut[0]:cut[1]].strip()
    if not cell or not _label_line(cell, MAX_RUN_IN_WORDS):
        return None
    return _Line(cut[0], cut[1], text[cut[0]:cut[1]])


def _over_rows(lines: Sequence[_Line], index: int, starts: list[int], rows: int = 2) -> bool:
    """The ``rows`` lines right below ``lines[index]`` are each opened by a date: a list's rows."""
    below = lines[index + 1:index + 1 + rows]
    return len(below) == rows and all(_date_led(line, starts) for line in below)


def _section_end(lines: Sequence[_Line], heading: int, starts: list[int], ends: list[int] | None,
                 plain: frozenset[int] = frozenset(), dated: bool = False) -> int:
    """Where the section under ``lines[heading]`` stops (an offset in the text); ``ends``
    under a plain heading, whose rows may close with their date. The next heading, marked or
    plain (``plain``: the plain ones naming a year), ends it. Under a month and its year
    (``dated``: a newsletter's issue, a what's-on post) prose goes on with it too, as a reader
    reads a dated post down to the next post's heading."""
    end = lines[heading].end
    blank = False
    for index in range(heading + 1, len(lines)):
        line = lines[index]
        stripped = line.text.strip()
        if not stripped:
            blank = True
            continue
        if is_heading(line.text) or index in plain:
            break
        if blank and not dated and _NOTE_LINE.match(line.text):
            continue        # a bracketed note between a table's rows ("(Subject to availability)")
        if (blank and not dated and not _listish(line, starts, ends)
                and not (_label_line(stripped) and (ends is not None or _date_row_below(lines, index, starts)))):
            break
        blank = False
        end = line.end
    return end


def _date_row_below(lines: Sequence[_Line], index: int, starts: list[int]) -> bool:
    """A row a date opens or follows its label within ``LABEL_LOOKAHEAD`` lines below ``lines[index]``:
    the label lines over a calendar's dates under a marked heading ("Dates for grants in 2020:" /
    "Final Submission Date" / "Meeting of Evaluation" / "1st Apr"), not a paragraph's first line.
    (Under a plain heading any label line goes on with the section: "Other Term".)"""
    seen = 0
    for line in lines[index + 1:]:
        if not line.text.strip():
            continue
        if _listish(line, starts):
            return True
        seen += 1
        if seen >= LABEL_LOOKAHEAD:
            return False
    return False


def _label_line(stripped: str, words: int = MAX_HEADING_WORDS) -> bool:
    """A short line that ends no sentence ("Full term", "Other Term", "Labor Day Holiday"): a
    calendar's label over its date lines, which goes on with the section; prose ends it."""
    return (bool(stripped) and stripped[-1] not in ".,;:!?" and (stripped[0].isupper() or stripped[0].isdigit())
            and len(stripped.split(None, words)) <= words)


def open_core(timex: Timex) -> str | None:
    """The raw core of a date whose year is open and may be given, else None."""
    value = timex.raw_value or timex.value
    if timex.type not in ("DATE", "TIME") or not value.startswith("XXXX"):
        return None         # (a core with a year written, most of them: no need to parse it)
    return _open_year_core(value)


@lru_cache(maxsize=4096)
def _open_year_core(value: str) -> str | None:
    """``open_core`` of a DATE or TIME whose value opens with an open year, kept by value: the
    year readers ask it of each such date several times a text, of few distinct values."""
    raw = parse(value)
    if any(raw.get(k) for k in _SKIP):
        return None
    m = CALENDAR.match(raw.core)
    if m is None or m.group("year") != "XXXX" or m.group("week"):
        return None
    if not (m.group("month") not in (None, "XX") or m.group("quarter") not in (None, "X") or m.group("half")
            or m.group("season") or m.group("holiday")):
        return None
    return raw.core


def _holiday(timex: Timex) -> bool:
    return "holiday" in timex.rule.split("+")


def _out_of_order(core: str, weekday_year: int, order_year: int, previous: tuple[int, str] | None) -> bool:
    """Whether moving a row into the year its written weekday fits (``weekday_year``) would put it
    before the row above, where the year the rows' order gives (``order_year``) keeps it after.
    When a row above has borne out the order's year with its own weekday ("Sunday 28th Mar" in
    2027), "Fri 10th April" below it in a 2026-2027 calendar is a slip of the weekday (10 April
    2027 is a Saturday), not a day of April 2026: the weekday lowers trust, it does not decide.
    With no such row, the weekday is the firmer word ("Thu 2nd July" below "14th September")."""
    if previous is None or _month(core) is None or _month(previous[1]) is None:
        return False
    before = _calendar_key(*previous)
    return _calendar_key(weekday_year, core) < before <= _calendar_key(order_year, core)


def _calendar_key(year: int, raw: str) -> tuple[int, int, int]:
    """(year, month, day) of a row's value placed in ``year``, 0 for what it leaves out: rows
    compare in calendar order whatever their resolved values say."""
    m = CALENDAR.match(raw)
    day = m.group("day") if m else None
    return year, _month(raw) or 0, int(day) if day and day.isdigit() else 0


def _month(core: str) -> int | None:
    m = CALENDAR.match(core)
    return int(m.group("month")) if m and m.group("month") not in (None, "XX") else None


def _has_own_year(index: int, timexes: Sequence[Timex], starts: list[int], sentences: Sentences,
                  line: tuple[int, int], same: int | None = None) -> bool:
    """Another date in the item's own sentence (on its line) writes a year (other than ``same``, the
    section's own: the 2031 list's "Christmas for 2031" in the sentence of its "December 26th")."""
    start, end = sentences.at(timexes[index].start)
    start, end = max(start, line[0]), min(end, line[1])
    for other in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        core = parse(timexes[other].raw_value or timexes[other].value).core[:4]
        if other != index and _YEAR_CORE.match(core) and (same is None or int(core) != same):
            return True
    return False


def _may_name_year(timex: Timex) -> bool:
    """Whether ``timex`` could be the year a heading names (``_named_year`` reads one from a core
    that opens with four digits: "2025", "2027-SP", "2021-11"), told without parsing it."""
    return timex.type not in ("DURATION", "SET") and core_of(timex.raw_value or timex.value)[:4].isdigit()


def section_years(timexes: Sequence[Timex], text: str, lang: str = "en") -> dict[int, str]:
    """Index (in ``timexes``, sorted by start) -> the raw core with the year its section names."""
    if "\n" not in text:
        return {}
    open_cores = {i: core for i, t in enumerate(timexes) if (core := open_core(t)) is not None}
    if not open_cores or not any(_may_name_year(t) for t in timexes):
        return {}       # no heading could name a year: its lines need no reading
    lines = text_lines(text)
    sections = _sections(lines, timexes, text, lang)
    title = _title_section(lines, timexes, text, lang)
    if not sections and title is None:
        return {}
    sentences = split_sentences(text)
    starts = [t.start for t in timexes]
    ends = sorted(t.end for t in timexes)
    line_starts = [line.start for line in lines]
    out: dict[int, str] = {}
    # the open dates in text order, each section's found by bisection (going through all of them for each
    # section read a page of many short sections once per section)
    opened = sorted(open_cores)
    opened_starts = [timexes[i].start for i in opened]
    for section in sections + ([title] if title else []):
        inside = opened[bisect.bisect_left(opened_starts, section.start):bisect.bisect_left(opened_starts, section.end)]
        if section is title:    # the title's year reaches the document's list items and rows only
            inside = [i for i in inside if _a_row(_line_at(timexes[i].start, lines, line_starts), starts, ends)]
        pivot = None
        # a holiday named in the prose ("our Christmas celebrations") sets no row's month
        months = [m for i in inside if not _holiday(timexes[i]) and (m := _month(open_cores[i])) is not None]
        if section.span:        # from the first row's month on, all rows counted (a subsection took some)
            pivot = months[0] if months and months[0] >= 4 else SPAN_PIVOT_MONTH
        middle = section.middle
        if middle == WINTER:
            middle = 12 if months and months[0] >= 9 else 1
        later = None            # under a span, the month of the row before when it fell in the second year
        previous: tuple[int, str] | None = None     # under a span, the row before: its year and raw core
        weekday_years: set[int] = set()             # under a span, years a row's written weekday has borne out
        given: dict[int, str] = {}
        spans: dict[int, tuple[int, int]] = {}
        for i in (i for i in inside if i not in out):
            line = _line_of(timexes[i].start, lines, line_starts)
            if section.lead and timexes[i].tense == "past":
                continue                # "the list was approved on 20 August": the tense tells its year
            if _has_own_year(i, timexes, starts, sentences, line, section.year if section.lead else None):
                continue
            core = open_cores[i]
            year = section.year
            if pivot is not None:
                month = None if _holiday(timexes[i]) else _month(core)
                if month is None:
                    continue                # a season, quarter or holiday under a span: left to the tense
                # the rows run on in order into the second year's summer ("Summer ... August 22nd"
                # after July), up to the month the span opened with
                going_on = later is not None and later <= month <= months[0] and months[0] >= pivot
                second = month < pivot or going_on
                year += second
                later = month if second else None
                other = section.year + (not second)
                if (not written_weekday_fits(timexes[i], core, year) and written_weekday_fits(timexes[i], core, other)
                        and not (_out_of_order(core, other, year, previous) and year in weekday_years)):
                    year = other                            # "Mon 28th Sept" is the year whose Monday it is
                    later = None if second else later       # kept in the first year: the rows did not turn
                previous = (year, core)
                if parse(timexes[i].raw_value or timexes[i].value).get("wd") and written_weekday_fits(timexes[i], core, year):
                    weekday_years.add(year)     # a row above whose written weekday the year bears out
            elif section.month and _month(core) is None:
                continue                    # a holiday or season under a month: left to the tense
            elif middle is not None and (month := _month(core)) is not None:
                shift = (month - middle < -HALF_YEAR) - (month - middle > HALF_YEAR)
                if section.month and shift and timexes[i].tense == ("future" if shift < 0 else "past"):
                    shift = 0               # "February 2030 ... will be held on 19 December": a wrap only
                                            # goes the way the tense tells
                year += shift
            given[i] = f"{year:04d}{core[4:]}"
            spans[i] = line
        good, bad = fits(given, timexes, starts, text, spans, lang)
        if bad <= good:         # the rows' weekdays and holidays outvote a heading left from last year
            out.update(given)
    return out


def heading_years(timexes: Sequence[Timex], text: str, lang: str = "en") -> frozenset[tuple[int, int]]:
    """Spans of the years (or a season of a year) that head a section of year-less rows ("Term 4,
    2024", "2023 Meetings", "Term Dates" / "2024", "Terms 1 and 2 Autumn 2025"): the year of a
    list, named once over it, no event of its own; a season there names a school's term, whose
    days the rows give, not the season's months."""
    if "\n" not in text:
        return frozenset()
    ordered = sorted(timexes, key=lambda t: t.start)
    open_starts = sorted(t.start for t in ordered if open_core(t) is not None)
    if not open_starts:
        return frozenset()
    lines = text_lines(text)
    line_starts = [line.start for line in lines]
    starts = [t.start for t in ordered]
    found = set()
    for section in _sections(lines, ordered, text, lang):
        at = bisect.bisect_left(open_starts, section.start)
        if at == len(open_starts) or open_starts[at] >= section.end:
            continue                    # no year-less row under it
        heading = _line_at(section.start - 1, lines, line_starts)
        # the heading line's own dates, by bisection (not every date of the page for each section)
        on_heading = ordered[bisect.bisect_left(starts, heading.start):bisect.bisect_right(starts, heading.end)]
        found.update((t.start, t.end) for t in on_heading
                     if t.end <= heading.end and t.type == "DATE"
                     and _HEADING_CORE.fullmatch(parse(t.raw_value or t.value).core))
    return frozenset(found)


def _title_section(lines: Sequence[_Line], timexes: Sequence[Timex], text: str, lang: str) -> _Section | None:
    """A document whose title (a Markdown ``#`` heading on its first line) names a year or a
    season and year ("# Spring 2027 Frontiers in Climate Science Lecture Series") lists that
    year's days, under whatever subheading ("## Schedule"); its prose is left to the tense."""
    at = next((k for k, line in enumerate(lines) if line.text.strip()), None)
    if at is None:
        return None
    first = lines[at]
    marked = _TITLE.match(first.text) is not None
    if not marked and not _plain_heading(lines, at):
        return None
    within = [t for t in timexes if first.start <= t.start and t.end <= first.end]
    named = _named_year(first, within, text, lang) if within else None
    if named is None or not (marked or _academic(named) or _names_list(first.text, lang)):
        return None             # a plain first line names a calendar's year only as a span, season or list
    return _Section(first.end, len(text), *named)


def _line_at(offset: int, lines: Sequence[_Line], line_starts: list[int]) -> _Line:
    return lines[max(0, bisect.bisect_right(line_starts, offset) - 1)]


def _a_row(line: _Line, starts: list[int], ends: list[int]) -> bool:
    """A list item, or a row of a key-dates list: its date opens it ("August 19 Monday First day
    of classes"), follows its label ("Reading week: 21 October") or closes it."""
    first = line.start + len(line.text) - len(line.text.lstrip())
    label = _LABEL.match(line.text)
    return (is_item(line.text) or _starts_at(starts, first)
            or (label is not None and _starts_at(starts, line.start + label.end())) or _closed_by_date(line, starts, ends))


def _date_led(line: _Line, starts: list[int]) -> bool:
    """A row its date opens ("September 1: Submissions open") or that follows its short label
    ("Start Date: January 1st")."""
    first = line.start + len(line.text) - len(line.text.lstrip())
    label = _LABEL.match(line.text)
    return _starts_at(starts, first) or (label is not None and _starts_at(starts, line.start + label.end()))


def _line_of(offset: int, lines: Sequence[_Line], line_starts: list[int]) -> tuple[int, int]:
    line = lines[max(0, bisect.bisect_right(line_starts, offset) - 1)]
    return line.start, line.end


def list_runs(timexes: Sequence[Timex], text: str) -> tuple[list[list[int]], list[list[int]]]:
    """Runs of list items (bullets or table rows on consecutive lines, blank lines allowed)
    whose first date is year-less: indexes in ``timexes`` (sorted by start), one a line, in two
    readings made in one pass. In the first, items are untensed, and a line of prose, a heading
    or an item with no date ends a run. In the second, items told in a tense count too ("- Nov.
    1 – Travel award applications are due"), and an item with no date (a sub-point) does not
    end the run. The second reading also takes a key-dates row whose date opens its line or
    follows its label ("September 1: Submissions open", "Start Date: January 1st"), one per
    paragraph or line: such rows are a list without a bullet. A run holds two items with an open
    year at least: a text with fewer such dates has none, and its lines need no reading."""
    if "\n" not in text or sum(open_core(t) is not None for t in timexes) < 2:
        return [], []
    lines = text_lines(text)
    starts = [t.start for t in timexes]
    line_starts = [line.start for line in lines]
    firsts: dict[int, int] = {}
    for index, timex in enumerate(timexes):
        at = max(0, bisect.bisect_right(line_starts, timex.start) - 1)
        firsts.setdefault(at, index)
    runs: tuple[list[list[int]], list[list[int]]] = ([], [])
    current: tuple[list[int], list[int]] = ([], [])

    def close(reading: int) -> None:
        if len(current[reading]) > 1:
            runs[reading].append(current[reading][:])
        current[reading].clear()

    for at, line in enumerate(lines):
        index = firsts.get(at)
        if index is None and not current[0] and not current[1]:
            continue        # a line with no date closes runs only: with none open, it changes nothing
        if not line.text.strip():
            continue
        item = is_item(line.text)
        if not item and index is not None and _date_led(line, starts):
            close(0)
            if open_core(timexes[index]) is not None:
                current[1].append(index)
            else:
                close(1)
            continue
        if not item or index is None:
            close(0)
            if not item:
                close(1)
            continue
        timex = timexes[index]
        if open_core(timex) is not None:
            current[1].append(index)
            if timex.tense is None:
                current[0].append(index)
    close(0)
    close(1)
    return runs


MAX_HEADING_LINES = 2           # a subheading or two between a list's parts ("Men's ODI Series v India")


def headed_runs(runs: Sequence[list[int]], timexes: Sequence[Timex], text: str) -> list[list[int]]:
    """Runs of :func:`list_runs` that one list's subheadings part: a fixture list or programme
    split into sections by short title lines ("Men's T20I Series v South Africa" / "August 10: ..."
    / "Men's ODI Series v India" / "October 19: ..."), joined, each group in text order. The parts are
    read down the page as one sequence, so the year each part takes alone must not break it; only
    groups of two runs or more are returned."""
    if len(runs) < 2:
        return []
    lines = text_lines(text)
    line_starts = [line.start for line in lines]
    starts = [t.start for t in timexes]
    groups: list[list[int]] = []
    current = list(runs[0])
    for run in runs[1:]:
        if _headings_between(lines, line_starts, starts, timexes[current[-1]].start, timexes[run[0]].start):
            current.extend(run)
            continue
        groups.append(current)
        current = list(run)
    groups.append(current)
    joined = {tuple(run) for run in runs}
    return [group for group in groups if tuple(group) not in joined]


def _headings_between(lines: Sequence[_Line], line_starts: list[int], starts: list[int], above: int,
                      below: int) -> bool:
    """Only short title lines (no date, no list mark, no sentence end) stand between the line of
    offset ``above`` and the line of offset ``below``, one or two of them."""
    first = bisect.bisect_right(line_starts, above)
    last = bisect.bisect_right(line_starts, below) - 1
    between = [line for line in lines[first:last] if line.text.strip()]
    if not 1 <= len(between) <= MAX_HEADING_LINES:
        return False
    if bisect.bisect_left(starts, lines[first].start) != bisect.bisect_left(starts, lines[last].start):
        return False                # a date between: not a heading
    return all(not is_item(line.text) and _label_line(line.text.strip()) for line in between)
