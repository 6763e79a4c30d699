"""A slot of a programme: "13:15–14:45 Panel: Data ethics in practice". The line after the
clock is the slot's whole name, richer than the event word inside it ("Panel"), and its day
comes from the heading above ("Day 1 — Tuesday 14 September"), which resolution supplies.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Callable

from calfeed.events.candidates import DateSpans, date_not_written
from calfeed.events.dates_by_offset import DatesByOffset
from calfeed.events.deadline_clock import clock_of
from calfeed.events.label_block import label_of
from calfeed.events.places import places_in
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in, wraps_into
from calfeed.model import Interval, Timex
from calfeed.text import forward_over, line_end, only_marks, short_lead, start_of_line

_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]")
MAX_SLOT_TITLE = 120      # characters: longer lines are prose, not a slot's name
SEPARATORS = " \t:|–—-"
WITHOUT_EMPHASIS = str.maketrans({c: None for c in "*_`"})   # Markdown emphasis marks removed
TABLE_EDGES = "| \t"        # a table cell's pipes and the blanks around them, at a title's ends


def slot_title(text: str, timex: Timex) -> str | None:
    """The rest of the line after a clock time that opens it, or None when the time does
    not open its line or nothing follows it; a clock alone on its row ("+/- 18.00") is
    named by the line below it ("Press conference (live streaming)")."""
    end = _slot_end(text, timex)
    if end is None:
        return None
    rest = " ".join(text[timex.end:end].lstrip(SEPARATORS).translate(WITHOUT_EMPHASIS).split()).rstrip(".;")
    if len(rest) > MAX_SLOT_TITLE and _bulleted(text, timex):
        rest = _named_part(rest) or rest
    if not rest or len(rest) > MAX_SLOT_TITLE or not rest[0].isalpha():
        return None
    if rest.rstrip(":").lower() in word_list("section_labels"):
        return None           # "4:00 - 6:00 p.m." / "Event Details": the page's section label, no slot's name
    if rest.endswith(")") and "(" in rest:          # "Annual lecture (Great Hall)": the room is its place
        bracket = rest.rindex("(")
        inside = rest[bracket:]
        if places_in(words_in(inside, 0, len(inside)), inside) and rest[:bracket].strip():
            rest = rest[:bracket].rstrip(" ,")
    return rest[:1].upper() + rest[1:]


def _bulleted(text: str, timex: Timex) -> bool:
    """The clock opens a line after a list bullet ("  • 11.30 a.m. ...")."""
    return _short_lead(text, start_of_line(text, timex.start), timex.start) in word_list("list_bullets")


def _named_part(rest: str) -> str | None:
    """A bulleted slot's line too long to be its name ("Opening on the green next to the mill with
    speeches by ... and ..."): the words before the first word of ``slot_title_cuts`` or the first
    comma, when they are short enough to name it; None when no such cut makes them so."""
    words = rest.split(" ")
    cuts = word_list("slot_title_cuts")
    for i in range(1, len(words)):
        if words[i].lower() in cuts or words[i - 1].endswith(","):
            head = " ".join(words[:i]).rstrip(",;:")
            return head if len(head) <= MAX_SLOT_TITLE else None
    return None


def joined_words(gap: str) -> str:
    """The words between two dates, lower-cased and spaced once, a comma its own word (", and")."""
    return " ".join(gap.replace(",", " , ").lower().split()).replace(" ,", ",")


def listed_slot_clock(text: str, clock: Timex, later: list[Timex]) -> Timex:
    """``clock`` spread over the clocks listed after it on its line ("5:00 PM and 11:00 PM at Holy
    Cross", "10am, 1pm and 3pm - Old Mill"; ``later``: the dates after it, in order), so that the
    words after the last clock name the slot; ``clock`` itself when none follows."""
    joiners = {joined_words(p) for p in word_list("clock_list_joiners")}
    last = clock
    for after in later:
        gap = text[last.end:after.start]
        if (after.start < last.end or not _a_clock(after) or "\n" in gap or joined_words(gap) not in joiners
                or (after.tz and last.tz and after.tz != last.tz)):
            break              # "at 10:00 CET and 09:00 BST": one moment told twice, no list
        last = after
    return clock if last is clock else replace(clock, end=last.end, text=text[clock.start:last.end])


def _a_clock(timex: Timex) -> bool:
    """A clock time, its day not written beside it (listed_clocks may have dated it since)."""
    return (timex.type == "TIME" and timex.interval is not None and timex.interval.granularity in ("hour", "minute")
            and timex.text[:1].isdigit())


def _slot_end(text: str, timex: Timex) -> int | None:
    """Where the words naming a slot end, when its clock opens its line (after a bullet or a
    lead of slot_clock_leads): the line's end, or the row below's when the clock is alone."""
    if timex.type != "TIME" or "|" in timex.text:
        return None           # "Monday 11th January | 6-8pm": a diary row's day and its time cell, no slot
    start = start_of_line(text, timex.start)
    lead = _short_lead(text, start, timex.start)
    if lead is None or (lead not in word_list("list_bullets") | word_list("slot_clock_leads") | {""}
                        and not _ITEM_NUMBER.fullmatch(lead) and not _bullet_and_lead(lead)):
        return None           # "3. 7.40pm — Minutes ...": a numbered item opens with its clock too
    if not lead and wraps_into(text, start):
        return None           # "... which will be held on" / "Wednesday 11 February 2026 from 6.30pm ...": a wrapped sentence
    end = line_end(text, timex.end)
    if text[timex.end:end].strip() or not date_not_written(timex) or "\n" in timex.text:
        return end            # "Sunday, 3/14/2027 at 6:30 PM ET" over "Doors open ...": a dated line, no row
    below = _row_below(text, end)
    if below - end > MAX_SLOT_TITLE + 2 or text[:below].rstrip().endswith("."):
        return end            # "The webinar will be in English.": a sentence below, no row's name
    return below


_LONGEST_ITEM_NUMBER = 3     # "12." / "3)"


def _bullet_and_lead(lead: str) -> bool:
    """"• from": a list bullet, then a lead of ``slot_clock_leads`` ("• From 02.00 p.m. Games and ...")."""
    mark, _, word = lead.partition(" ")
    return mark in word_list("list_bullets") and word.strip() in word_list("slot_clock_leads")


def _short_lead(text: str, start: int, end: int) -> str | None:
    """``text[start:end].strip().lower()`` when it is no longer than a bullet, a slot's lead or an
    item's number may be, else None: read back from ``end`` (text.short_lead), not copied whole
    for each clock of a long line."""
    longest = max(map(len, word_list("list_bullets")), default=0) + 1 + max(map(len, word_list("slot_clock_leads")), default=0)
    lead = short_lead(text, start, end, max(longest, _LONGEST_ITEM_NUMBER))
    return None if lead is None else lead.lower()


def named_below(text: str, timex: Timex) -> int | None:
    """Where the row below a clock alone on its line ends ("+/- 18.00" / "Press conference"):
    that row is the clock's clause; None for any other clock."""
    end = _slot_end(text, timex)
    line_end = text.find("\n", timex.end)
    return end if end is not None and line_end >= 0 and end > line_end else None


def day_clock(text: str, clock: Timex, ordered: list[Timex]) -> bool:
    """A clock alone on its line right under a line that holds only a written day ("April 16,
    2025" / "11:59PM EST"), in a list that sets each label over its date (pair_runs): the
    day's own time, and the row below is the next date's label ("Deadline for Final Editing of
    Abstracts" over "May 5, 2025"), not the name of a programme slot."""
    from calfeed.events.pair_runs import ABOVE, pair_direction     # pair_runs reads label_lines, which reads agenda's neighbours

    if clock.type != "TIME" or not date_not_written(clock) or "\n" in clock.text:
        return False
    start = start_of_line(text, clock.start)
    if start == 0 or text[start:clock.start].strip() or text[clock.end:line_end(text, clock.start)].strip():
        return False
    above = start_of_line(text, start - 1)
    if not any(_written_day(t) and above <= t.start and t.end <= start - 1
               and not (text[above:t.start] + text[t.end:start - 1]).strip(DAY_LINE_MARKS) for t in ordered):
        return False
    direction = pair_direction(text, above, ordered)
    return direction == ABOVE or direction is None and _lone_block(text, above, clock, ordered)


LONE_BLOCK_LINES = 3    # lines around a day and its clock free of other dates: one event's block, no programme


def _lone_block(text: str, day_start: int, clock: Timex, ordered: list[Timex]) -> bool:
    """An event page's block, "Songs of the Sea" / "14 June 2029" / "7.30pm" / "St Mary's Church":
    no other date or clock within a few lines above the day's line or below its clock, so the
    line under the clock is where (or what), not a programme slot's name ("09:00" /
    "Registration" / "10:00" / "Keynote", or the last day of a programme, is a programme)."""
    later = [t.start for t in ordered if t.start >= clock.end]
    earlier = [t.end for t in ordered if t.end <= day_start]
    return ((not later or text.count("\n", clock.end, min(later)) > LONE_BLOCK_LINES)
            and (not earlier or text.count("\n", max(earlier), day_start) > LONE_BLOCK_LINES))


DAY_LINE_MARKS = " \t*_,.:;()"     # what may stand around a day alone on its line


def _written_day(timex: Timex) -> bool:
    """A day written with its number ("May 5, 2025", "Tues 22nd April"), not a clock or a bare weekday."""
    return (timex.type in ("DATE", "TIME") and timex.interval is not None and not date_not_written(timex)
            and any(c.isdigit() for c in timex.text))


_ROW_BELOW = re.compile(r"\n(?:[^\S\n]*\n)?[^\S\n]{0,8}[^\W\d_][^\n]*")


def _row_below(text: str, end: int) -> int:
    """Where the line naming a clock that stands alone on its row ends: the next line, or the
    one after a blank line, when it opens with a letter; ``end`` itself when there is none."""
    below = _ROW_BELOW.match(text, end)
    return below.end() if below else end


def programme_days(text: str, ordered: list[Timex],
                   page_date: Callable[[Timex], bool] = lambda timex: False) -> list[Timex]:
    """``ordered`` with each slot dated by the day its programme is for: the last date standing
    on a line of its own, a "Date:" line or a heading ("## Day 2 — Wednesday 15 September"),
    not a date an earlier item mentions ("3. 7.40pm — Minutes of the meeting held on 8
    December 2026" does not move the next items to December). The page's own date line ("1
    April 2016" over a media advisory) is when it was issued, not a programme's day: slots
    under it keep the day the text last wrote ("will on Monday, 4 April 2016 launch ...")."""
    day: Timex | None = None
    result: list[Timex] = []
    by_offset = DatesByOffset(ordered)
    for timex in ordered:
        if page_date(timex):
            day = None
        elif _day_line(text, timex):
            day = timex
        elif _range_line(text, timex):
            day = None        # "From Monday to Thursday (5th till 8th of July)": the rows below are not the day above
        elif (day is not None and clock_of(timex) is not None and slot_title(text, timex) is not None
              and timex.interval is not None and timex.interval.start.date() != day.interval.start.date()):
            timex = _on_day(timex, day)
        elif (day is not None and clock_of(timex) is not None and timex.interval is not None
              and timex.interval.start.date() != day.interval.start.date() and _feast_row(text, timex, by_offset, day)):
            timex = _on_day(timex, day)   # "HOLY SATURDAY, April 8, 2023" / "Easter Vigil Mass: 8:00 pm": the heading's day
        result.append(timex)
    return result


def _feast_row(text: str, clock: Timex, dates: DatesByOffset, day: Timex) -> bool:
    """A row under the day heading ``day`` whose clock the tagger dated by a feast's name in the row
    ("Easter Vigil Mass: 8:00 pm"): the name says what the row is, the heading says which day."""
    start = start_of_line(text, clock.start)
    before = [t for t in dates.starting_in(start, clock.start) if t.end <= clock.start and t.type == "DATE"]
    return (bool(before) and all("holiday" in t.rule.split("+") for t in before)
            and heading_day_above(text, clock, dates) is day)


def dated_line(text: str, timex: Timex, dates: DateSpans) -> bool:
    """Whether the slot's line writes a day of its own after the clock ("8.50pm — Date of next
    meeting: Tuesday 9 February 2027"): the clock is the item's, the day another event's."""
    end = line_end(text, timex.end)
    return any(t.type == "DATE" and timex.end <= t.start and any(c.isdigit() for c in t.text)
               for t in dates.within((timex.end, end)))     # "... your Christmas Lego scene": a name's word


def _day_line(text: str, timex: Timex) -> bool:
    if timex.type != "DATE" or timex.interval is None or timex.interval.granularity != "day" \
            or timex.end_interval is not None:
        return False
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    if _HASH_OPENED.match(text, start, end):
        return True
    label = _line_label(text, start, end)
    if label is not None and label[0] in word_list("date_labels"):
        return True
    if _MARKS_ONLY.fullmatch(text, start, timex.start) and _MARKS_ONLY.fullmatch(text, timex.end, end):
        return True           # nothing on the line but the day and marks
    return (end - start <= MAX_ROW_CHARS and _written_day(timex)
            and day_heading_label(text[start:timex.start], text[timex.end:end]))


_HASH_OPENED = re.compile(r"\s*#")            # a heading's line ("## Tuesday 4 May")
_MARKS_ONLY = re.compile(r"[ \t,.:;\-–—*_]*")


@lru_cache(maxsize=64)
def _line_label(text: str, start: int, end: int) -> tuple[str, int] | None:
    """label_of the line from ``start`` to ``end``, read once for all the days of the line (a page
    on one line holds every day, and each read skipped all the line's clock colons)."""
    return label_of(text[start:end])


MAX_HEADING_LABEL_WORDS = 5     # "MASSES FOR PALM SUNDAY- April 2, 2023", "July 5, 2023 (Day 1)"
MAX_HEADING_SMALL_WORD = 3      # "for", "of", "the": lower-case words a title-cased heading keeps
_HEADING_LABEL_MARKS = " \t,.:;-–—*_#()/|"
_HEADING_WORD = re.compile(r"[^\W\d_]+|\d+")
_CLOCKISH = re.compile(r"\d[ \t]?(?:[:.]\d\d|[aApP]\.?[mM]\b)")


def day_heading_label(before: str, after: str) -> bool:
    """Whether the words beside a day on its line are a day heading's name ("HOLY THURSDAY- April 6,
    2023", "Day 2 - Tuesday 14 May", "July 5, 2023 (Day 1)"): a few title-cased words, no sentence (no
    full stop after a word, no lower-case word longer than a small one), no clock or second date (the
    caller sees only words), and no page stamp ("Posted on", "Last updated"): a stamp dates the page."""
    words = _HEADING_WORD.findall(before + " " + after)
    if not words or len(words) > MAX_HEADING_LABEL_WORDS or _CLOCKISH.search(before + " " + after):
        return False          # "Saturday (April 1): 5 pm": a row with its clock, no heading
    if "|" in before:
        return False          # "| Early | February 28 |": a table's row, read by its cells
    if before.rstrip(" \t*_").endswith(":"):
        return False          # "School Opens: Wednesday 30th August": a field's value, its own entry
    if re.search(r"[^\W\d_]\.\s", before + " " + after + " "):
        return False          # "Minutes of the meeting held on 3 May 2026. Apologies ...": a sentence
    if any(w.isalpha() and w[0].islower() and len(w) > MAX_HEADING_SMALL_WORD for w in words):
        return False          # "The club will meet on ...": prose, no heading
    stamps = word_list("heading_labels") | word_list("update_stamps") | word_list("page_stamp_participles")
    label = " ".join(w.lower() for w in words if not w.isdigit())
    return not any(w.lower() in stamps for w in words) and label not in stamps


MAX_PLAIN_ROWS = 40       # lines between a plain day line and a slot under it


MAX_HEADED_ROWS = 8       # row lines between a day heading and a row it heads
MAX_ROW_CHARS = 100       # a longer line is prose, no row


def heading_day_above(text: str, timex: Timex, dates: DatesByOffset) -> Timex | None:
    """The day heading ("MONDAY, April 3, 2023", "HOLY SATURDAY/ EASTER VIGIL, April 8, 2023") a row
    stands under: the nearest line above that is a written day's heading, with only short rows
    between ("Reconciliation Monday" / "Mass: 9 am"), and the row short itself; None otherwise."""
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    if end - start > MAX_ROW_CHARS:
        return None
    above_end = start - 1
    for _ in range(MAX_HEADED_ROWS):
        if above_end < 0:
            return None
        above = start_of_line(text, above_end)
        line = text[above:above_end]
        heading = next((t for t in dates.starting_in(above, above_end + 1) if t.end <= above_end and _written_day(t)
                        and _day_line(text, t)), None)
        if heading is not None:
            return heading
        if len(line) > MAX_ROW_CHARS or line.rstrip().endswith(".") or line.lstrip().startswith("#"):
            return None       # a sentence of prose, or a new section: the day above it is no heading of this row
        above_end = above - 1
    return None




def _range_line(text: str, timex: Timex) -> bool:
    """A line that writes a stretch of several days and no clock ("From Monday to Thursday (5th
    till 8th of July)"): it ends the day line above as the programme's day."""
    if timex.type != "DATE" or timex.interval is None or timex.interval.granularity != "day":
        return False
    several = timex.end_interval is not None or (timex.interval.end - timex.interval.start).days > 1
    if not several:
        return False
    first = forward_over(text, start_of_line(text, timex.start), timex.start)    # in place: no copy of the line
    return first == timex.start or not text[first].isdigit()


def _clock_row(line: str) -> bool:
    return line.lstrip(" \t•*-")[:1].isdigit()


class DayLines:
    """The lines of one page that hold a whole written day, found once per page, when first asked
    (each slot of a programme asks which line is its day: reading every date of the page for each
    slot was quadratic in the page's rows). Lines are known by the offset they begin at."""

    def __init__(self, text: str, ordered: list[Timex]) -> None:
        self.text, self.ordered = text, ordered
        self._plain: set[int] | None = None
        self._headings: set[int] | None = None
        self._by_offset: DatesByOffset | None = None

    @property
    def by_offset(self) -> DatesByOffset:
        """The page's dates by where they start (built when first asked)."""
        if self._by_offset is None:
            self._by_offset = DatesByOffset(self.ordered)
        return self._by_offset

    def _dates_by_line(self, closed: bool) -> list[tuple[int, int, Timex]]:
        """(line begin, line end, date) for each DATE wholly on one line; ``closed``: only lines
        that a line break ends (the last line of the page is then none)."""
        text, out = self.text, []
        for t in self.ordered:
            if t.type != "DATE":
                continue
            begin = start_of_line(text, t.start)
            end = text.find("\n", begin)
            if end < 0:
                if closed:
                    continue
                end = len(text)
            if t.end <= end:
                out.append((begin, end, t))
        return out

    def plain(self, begin: int) -> bool:
        """The line at ``begin`` (one a line break ends) holds a date that makes it a day line."""
        if self._plain is None:
            self._plain = {at for at, _, t in self._dates_by_line(True) if _day_line(self.text, t)}
        return begin in self._plain

    def heading(self, begin: int) -> bool:
        """The line at ``begin`` holds a date and nothing else but heading marks ("## Sunday 6 June")."""
        if self._headings is None:
            text = self.text
            self._headings = {at for at, end, t in self._dates_by_line(False)
                              if not (text[at:t.start] + text[t.end:end]).strip(" #*_.,")}
        return begin in self._headings


def plain_day_line(text: str, timex: Timex, lines: DayLines) -> bool:
    """Whether the slot's clock stands under a line that is only a day ("Sunday 4 July"), with
    nothing but other clock rows between: a plain-text timetable's day."""
    end = text.rfind("\n", 0, timex.start)
    for _ in range(MAX_PLAIN_ROWS):
        if end < 0:
            return False
        begin = start_of_line(text, end)
        line = text[begin:end]
        if line.strip() and not _clock_row(line):
            return lines.plain(begin)
        end = begin - 1
    return False


def _on_day(timex: Timex, day: Timex) -> Timex:
    on = day.interval.start.date()
    start = datetime.combine(on, timex.interval.start.time())
    end_part = None
    if timex.end_interval is not None:
        until = datetime.combine(on, timex.end_interval.start.time())
        end_part = Interval(until, until + (timex.end_interval.end - timex.end_interval.start),
                            timex.end_interval.granularity)
    length = timex.interval.end - timex.interval.start
    return replace(timex, value=start.isoformat(timespec="minutes"),
                   interval=Interval(start, start + length, timex.interval.granularity), end_interval=end_part)


PLACE_DASHES = (" — ", " – ", " - ")


def slot_place(text: str, timex: Timex) -> tuple[str, tuple[int, int] | None]:
    """A slot's name and, after a spaced dash, its place: "- 11:00 Poetry brunch — Rothe House
    garden" is "Poetry brunch" at Rothe House garden. Without a dash the whole line names it."""
    title = slot_title(text, timex) or ""
    end = line_end(text, timex.end)
    line = text[timex.end:end]
    cut = max((line.rfind(d) for d in PLACE_DASHES), default=-1)
    if cut < 0:
        return title, None
    dash = next(d for d in PLACE_DASHES if line.startswith(d, cut))
    place = line[cut + len(dash):].strip(" .;*_")
    named = " ".join(line[:cut].lstrip(SEPARATORS).translate(WITHOUT_EMPHASIS).split())
    if not place or not place[0].isupper() or not named or not named[0].isalpha() or ":" in place:
        # "10.30am – The Larder – Jo Bloggs: The Sleepover": a performer and a show's title, no place
        return title, None
    at = timex.end + line.index(place, cut)
    return named[:1].upper() + named[1:], (at, at + len(place))


def heading_of_slots(text: str, timex: Timex, lines: DayLines) -> bool:
    """A heading that is only a day ("## Friday 4 June") over slots that take its day: the
    slots are the events, the heading is no event of its own. ``lines``: the page's (``DayLines``)."""
    ordered = lines.ordered
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    if ((not only_marks(text, start, timex.start, " #*_") or not only_marks(text, timex.end, end, " *_.,"))
            and not (end - start <= MAX_ROW_CHARS and _written_day(timex) and clock_of(timex) is None
                     and day_heading_label(text[start:timex.start], text[timex.end:end]))):
        return False          # "GOOD FRIDAY, April 7th, 2023" over "3:00 pm Liturgy ...": a named day heads its slots too
    if not text[start:end].lstrip().startswith("#"):
        return (_over_plain_slots(text, end, lines.by_offset)    # "Sunday 4 July" / "19:30 Welcoming drinks"
                or _over_timed_rows(text, timex, end, ordered, lines.by_offset))
    following = text.find("\n#", end)
    following = len(text) if following < 0 else following
    return any(clock_of(t) is not None
               and (slot_title(text, t) is not None or text[start_of_line(text, t.start):t.start].strip() == "|")
               for t in lines.by_offset.starting_in(end + 1, following))


def _over_timed_rows(text: str, heading: Timex, end: int, ordered: list[Timex], dates: DatesByOffset) -> bool:
    """A written day's heading over rows that give its day's clocks ("MASSES FOR PALM SUNDAY- April 2,
    2023" / "Masses with blessing of palms" / "Sunday: 9:00 am, 10:30 am"): the rows are the events."""
    start = start_of_line(text, heading.start)
    if (not _written_day(heading) or heading.interval is None or not text[start:heading.start].strip(_HEADING_LABEL_MARKS)
            or _LETTER.search(_BRACKETED.sub("", text[heading.end:end]))):
        return False          # a plain day line, or "21 Swimming Program" (a day-led item): not this heading's kind
    on = heading.interval.start.date()
    reach = end + MAX_HEADED_ROWS * MAX_ROW_CHARS
    if dates.by_start:      # the dates up to ``reach`` are a stretch of starts: read only those after the heading
        below = dates.starting_in(end + 1, reach + 1)
        return any(t.type == "TIME" and clock_of(t) is not None and t.interval is not None
                   and t.interval.start.date() == on
                   and _own_words(text, t, [o for o in dates.overlapping(*_line_of(text, t)) if o.start <= reach])
                   and not _rule_clock(text, t)
                   and heading_day_above(text, t, dates) is heading for t in below)
    nearby = ordered[:bisect_right_start(ordered, reach)]
    return any(end < t.start and t.type == "TIME" and clock_of(t) is not None and t.interval is not None
               and t.interval.start.date() == on and _own_words(text, t, nearby) and not _rule_clock(text, t)
               and heading_day_above(text, t, dates) is heading for t in nearby)


def _line_of(text: str, timex: Timex) -> tuple[int, int]:
    """The line a timex stands on, as _own_words reads it (its start's line to its end's line end)."""
    end = text.find("\n", timex.end)
    return start_of_line(text, timex.start), len(text) if end < 0 else end


_LETTER = re.compile(r"[^\W\d_]")
_BRACKETED = re.compile(r"\([^()\n]*\)")
_ROW_WORD = re.compile(r"[^\W\d_]{3,}")


def _rule_clock(text: str, clock: Timex) -> bool:
    """Whether the clock's line states the hour of every deadline before it ("Deadlines refer to 23:59
    (11:59pm) in the AoE time zone."): a rule for the rows below it (deadline_rules), no slot of the
    day above, whichever day the tagger anchored its clock to."""
    cues = word_list("deadline_rule_cues")
    return any(w.lower in cues for w in words_in(text, start_of_line(text, clock.start), clock.start))


def _own_words(text: str, clock: Timex, nearby: list[Timex]) -> bool:
    """Whether a clock's row says what happens ("Blessing of the Food: 10 am"), not only when ("10
    a.m. - noon" under its name: the heading's own clock)."""
    start = start_of_line(text, clock.start)
    end = line_end(text, clock.end)
    spans = sorted((max(t.start, start), min(t.end, end)) for t in nearby if t.start < end and t.end > start)
    rest, at = [], start
    for first, last in spans:
        rest.append(text[at:first])
        at = max(at, last)
    rest.append(text[at:end])
    return _ROW_WORD.search(" ".join(rest)) is not None


def bisect_right_start(ordered: list[Timex], offset: int) -> int:
    """How many of ``ordered`` (sorted by start) start at or before ``offset``."""
    low, high = 0, len(ordered)
    while low < high:
        middle = (low + high) // 2
        if ordered[middle].start <= offset:
            low = middle + 1
        else:
            high = middle
    return low


def _over_plain_slots(text: str, end: int, dates: DatesByOffset) -> bool:
    """A plain day line whose next written line is a clock row naming a slot."""
    rest = text[end:].lstrip("\n \t")
    at = len(text) - len(rest)
    return _clock_row(rest.split("\n", 1)[0]) and any(
        clock_of(t) is not None and slot_title(text, listed_slot_clock(text, t, dates.starting_in(t.end, line_end(text, t.end))))
        is not None for t in dates.starting_in(at, at + 12))


def under_day_heading(text: str, timex: Timex, lines: DayLines) -> bool:
    """Whether the nearest heading above is only a day ("## Sunday 6 June"): its lines are a
    festival's or conference's slots, each an event; an agenda's items under a meeting's
    heading are parts of that one meeting. ``lines``: the page's day lines (``DayLines``)."""
    if plain_day_line(text, timex, lines):
        return True
    heading = text.rfind("\n#", 0, timex.start)
    if heading < 0 and not text.startswith("#"):
        return False
    return lines.heading(heading + 1)


def series_over_rows(text: str, ordered: list[Timex]) -> dict[tuple[int, int], Timex]:
    """Clock rows under a line that names a weekly series and ends with a colon ("we split Wednesday
    evenings in two, so have an early and late session:" / "Early session 6-7pm"): each row's clock,
    by its span, to that series; rows are lines holding a clock, blank lines between them allowed."""
    out: dict[tuple[int, int], Timex] = {}
    for series in (t for t in ordered if t.type == "SET" and t.rrule and "-WXX-" in t.value):
        end = text.find("\n", series.end)
        if end < 0 or not text[series.end:end].rstrip().endswith(":"):
            continue
        rows = [t for t in ordered if t.start > end and t.type == "TIME" and date_not_written(t)
                and clock_of(t) is not None][:MAX_PLAIN_ROWS]
        at = end
        for row in rows:
            if text[at:row.start].count("\n") > 2 or not _clock_line(text, row):
                break
            out[(row.start, row.end)] = series
            at = line_end(text, row.end)
    return out


def _clock_line(text: str, clock: Timex) -> bool:
    """A short row holding the clock ("Early session 6-7pm – U7, U8"), not a sentence of prose."""
    start = start_of_line(text, clock.start)
    before = text[start:clock.start].strip()
    return len(before.split()) <= 4 and not before.endswith((".", ":"))

