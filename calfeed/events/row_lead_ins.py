"""Dated rows under a lead-in line that names them: "Before 9th November we add some extra
evening classes:" over "Thu 22nd Oct 18.30 to 20.00" / "Mon 2nd Nov 18.30 to 20.00".

A row that is only a day and a clock has no name of its own; the line it is listed under says
what each row is ("evening classes": each row is an evening class). The lead-in is the first
line with words above the run of rows (lines that open with a written day), and it ends with a
colon, as a line that introduces a list does. Its event noun phrase, without the words that say
how many or which (row_lead_in_fillers: "some extra") and whatever stands before them, and
singular, names each row.

A day on that lead-in after a bound word (row_bound_words: "prior to", "until") only says when
the rows stop or start, and a period on it ("this week", "over the holidays") when they fall: it
is no entry of its own (the rows are the sessions it bounds).
"""

from __future__ import annotations

from collections.abc import Callable, Container

from calfeed.events.candidates import Candidate, Frame
from calfeed.events.dates_by_offset import DatesByOffset
from calfeed.events.phrases import kind_of, noun_phrases
from calfeed.events.settling import one_occasion
from calfeed.events.stated_schedules import stated_schedule
from calfeed.events.trailing_remarks import remark_start
from calfeed.events.vocabulary import ending_phrase, word_list
from calfeed.events.words import last_words, words_in
from calfeed.model import Timex
from calfeed.text import line_end, short_lead, start_of_line

MAX_ROWS = 12            # rows walked over up to the lead-in
MIN_ROWS = 2             # one dated line under a colon is an ordinary sentence's day
MARK_REACH = 12          # characters of a row's indent and list mark
_UNATTENDED = ("deadline", "milestone")
_LEAD_IN_END = ":"

OpensWithDay = Callable[[int], bool]      # whether the line starting at an offset opens with a written day


def _line_above(text: str, begin: int) -> int | None:
    """The start of the nearest line with words above the line starting at ``begin``."""
    at = begin
    while at > 0:
        at = start_of_line(text, at - 1)
        if text[at:line_end(text, at)].strip():
            return at
    return None


def row_lead_in(text: str, begin: int, opens_with_day: OpensWithDay) -> int | None:
    """The start of the lead-in line over the row starting at ``begin`` (a line that opens with
    a day), past at most MAX_ROWS rows above it; None when the line over the rows is no lead-in."""
    at: int | None = begin
    for _ in range(MAX_ROWS + 1):
        at = _line_above(text, at) if at is not None else None
        if at is None:
            return None
        if not opens_with_day(at):
            return at if _ends_lead_in(text, at) else None
    return None


def rows_below(text: str, lead_in: int, opens_with_day: OpensWithDay) -> int:
    """How many lines right under the lead-in line open with a day (blank lines skipped)."""
    count = 0
    at = line_end(text, lead_in) + 1
    while at < len(text) and count < MAX_ROWS:
        end = line_end(text, at)
        if text[at:end].strip():
            if not opens_with_day(at):
                break
            count += 1
        at = end + 1
    return count


def lead_in_name(text: str, lead_in: int, dates: list[Timex]) -> str | None:
    """One row's name from the lead-in's first attended event noun phrase ("some extra evening
    classes" -> "Evening class"), else from what its clause states of the days it points at
    ("In 2031, shops will be open on these Sundays:" -> "Shops open"); ``dates``: the
    lead-in's dates."""
    end = line_end(text, lead_in)
    words = words_in(text, lead_in, end)
    phrase = next((p for p in noun_phrases(words, [(t.start, t.end) for t in dates], text)
                   if p.kind not in _UNATTENDED), None)
    if phrase is None:
        stated = stated_schedule(text, (lead_in, end), dates[-1], dates, listed=True) if dates else None
        return stated.title if stated is not None and stated.kind not in _UNATTENDED else None
    fillers = word_list("row_lead_in_fillers")
    first = phrase.first
    for k in range(phrase.first, phrase.head):
        if words[k].lower in fillers and not (k > phrase.first and words[k - 1].lower in word_list("name_bridges")):
            first = k + 1       # "adding some extra rehearsals": what follows the last such word
                                # (but "Committee of the Whole meetings" keeps its name whole)
    name = one_occasion(text[words[first].start:words[phrase.last].end])
    return name[:1].upper() + name[1:]


def bounds_rows(text: str, timex: Timex, opens_with_day: OpensWithDay) -> bool:
    """Whether ``timex`` is a day a bound word puts before, or a period wider than a day ("Extra
    confession times this week:", "during the holidays"), on a lead-in line over MIN_ROWS rows
    or more: the stretch the rows fall in, no entry of its own."""
    begin = start_of_line(text, timex.start)
    if not _ends_lead_in(text, begin) or opens_with_day(begin):
        return False
    if timex.type == "DATE" and timex.interval is not None and timex.interval.granularity not in _DAY_GRAINS:
        return rows_below(text, begin, opens_with_day) >= MIN_ROWS
    bounds = [tuple(b.split()) for b in word_list("row_bound_words")]
    # only the words a bound word can take are read back from the day: each day of a line asks
    lowered = [w.lower for w in last_words(text, begin, timex.start, max(map(len, bounds), default=0))]
    bound = ending_phrase(lowered, bounds) is not None
    return bound and rows_below(text, begin, opens_with_day) >= MIN_ROWS


def _ends_lead_in(text: str, begin: int) -> bool:
    """Whether the line starting at ``begin`` ends with a lead-in's colon (emphasis and blanks
    after it aside), read back from the line's end without copying the line."""
    at = line_end(text, begin)
    while at > begin and text[at - 1] in " \t*_":
        at -= 1
    return text.endswith(_LEAD_IN_END, begin, at)


_DAY_GRAINS = ("day", "partofday", "hour", "minute", "second")


def day_openings(text: str, dates: list[Timex]) -> OpensWithDay:
    """Which lines open with a written day (its number written: "Thu 22nd Oct 18.30 to 20.00",
    "- 3 May"), a list mark before it aside."""
    bullets = word_list("list_bullets")
    longest = max(map(len, bullets), default=0)
    opening: set[int] = set()
    for timex in dates:
        span = timex.interval
        if span is None or span.granularity not in _DAY_GRAINS or not any(c.isdigit() for c in timex.text):
            continue
        begin = start_of_line(text, timex.start)
        lead = short_lead(text, begin, timex.start, longest)     # a bullet is one mark: no word list of the whole lead
        if lead is not None and (not lead or lead in bullets):
            opening.add(begin)
    return opening.__contains__


def _bare_line(text: str, begin: int, dates: DatesByOffset) -> bool:
    """The line holds no word outside its dates and clocks but words that name nothing
    (unclaimed_name_stops, bare_label_stops: "Thu 13th May 19.30 to 21.00", "21 December – only
    until 1 pm")."""
    end = remark_start(text, begin, line_end(text, begin))    # "(entries open 4 April)": another item's
    spans = sorted((max(t.start, begin), min(t.end, end)) for t in dates.overlapping(begin, end))
    rest, cursor = [], begin
    for a, b in spans:
        if a > cursor:
            rest.append(text[cursor:a])
        cursor = max(cursor, b)
    rest.append(text[cursor:end])
    nameless = word_list("unclaimed_name_stops") | word_list("bare_label_stops")
    return all(w.lower in nameless for piece in rest for w in words_in(piece, 0, len(piece)) if w.is_word)


def lead_in_row_name(text: str, begin: int, dates: DatesByOffset, opens_with_day: OpensWithDay) -> str | None:
    """The name the lead-in gives the bare row starting at ``begin``: the row is one of a run of
    MIN_ROWS rows or more right under the lead-in (a row with a name line under it is a block,
    whose own line names it), and it holds nothing but its day and clock."""
    if not opens_with_day(begin) or not _bare_line(text, begin, dates):
        return None
    lead_in = row_lead_in(text, begin, opens_with_day)
    if lead_in is None:
        return None
    rows = rows_below(text, lead_in, opens_with_day)
    if rows < _least_rows(text, lead_in, begin) or _rows_between(text, lead_in, begin) > rows:
        return None
    lead_end = line_end(text, lead_in)
    return lead_in_name(text, lead_in, list(dates.starting_in(lead_in, lead_end)))


def _least_rows(text: str, lead_in: int, begin: int) -> int:
    """How many rows make a run under a lead-in: MIN_ROWS; or one, when the row wears a list mark and a
    blank line parts it from the lead-in ("will occur on:" / "" / "• Thursday, February 6, between 10 am
    and 2 pm"): a list of one item, which the blank line makes a sentence of its own with no name. Right
    under its lead-in, one such row is read with it as one sentence."""
    marked = text[begin:min(line_end(text, begin), begin + MARK_REACH)].lstrip()[:1] in word_list("list_bullets")
    return 1 if marked and "\n\n" in text[line_end(text, lead_in):begin].replace(" ", "").replace("\t", "") else MIN_ROWS


def _rows_between(text: str, lead_in: int, begin: int) -> int:
    """How many lines with words stand from the lead-in's next line down to the row at ``begin``."""
    return sum(1 for line in text[line_end(text, lead_in) + 1:line_end(text, begin)].split("\n") if line.strip())


LEAD_IN_NOTE = "a bare row under a lead-in line, named by what the lead-in lists"


def name_lead_in_rows(chosen: list[Candidate], text: str, dates: list[Timex], opens_with_day: OpensWithDay,
                      listed: Container[int]) -> None:
    """Name each one-day entry of a bare row under a lead-in by what the lead-in lists: the line
    above or below a row of such a run is no name of it ("Until 12th June we are adding extra
    rehearsals:" over "Thu 13th May 19.30 to 21.00" / "Mon 17th May ..." / "Please bring ...").
    Deadlines and milestones keep their names, and so do days listed under a series rule. A row's
    name is read once for all its entries: a page on one line is one row holding every date."""
    on_lines = DatesByOffset(dates)
    names: dict[int, tuple[str | None, int]] = {}       # by the row's start: its name, where its remark opens
    for cand in chosen:
        if cand.timing.rrule is not None or cand.frame.kind in _UNATTENDED or cand.timex.start in listed:
            continue
        begin = start_of_line(text, cand.timex.start)
        if begin not in names:
            names[begin] = (lead_in_row_name(text, begin, on_lines, opens_with_day),
                            remark_start(text, begin, line_end(text, begin)))
        name, remark = names[begin]
        if cand.timex.start >= remark:
            continue        # "(entries open 4 April)": the remark's own item, named by its own words
        if name is not None and name != cand.frame.title:
            cand.frame = Frame(name, kind_of(name), (cand.timex.start, -1), [LEAD_IN_NOTE])
