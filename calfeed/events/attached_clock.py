"""A clock time written right after a day: "until 12 January 2027 (midnight Brussels time)",
"on Saturday, starting at noon".

The tagger reads the day and the clock as two expressions; a calendar wants one timed entry.
The clock's day was not written, so it belongs to the day just before it. On a deadline,
"midnight" means the end of that day (23:59), not its first minute.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from calfeed.events.agenda import day_clock, slot_title
from calfeed.events.candidates import Frame, date_not_written
from calfeed.events.date_cell_rows import date_cell_row, row_days
from calfeed.events.deadline_clock import clock_of
from calfeed.events.holiday_names import HOLIDAY_RULES
from calfeed.events.venue_clock_lines import VenueClockLines, on_place_line_below
from calfeed.events.vocabulary import word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import Word, words_in
from calfeed.model import Interval, Timex
from calfeed.text import forward_over, line_end, start_of_line

END_OF_DAY = time(23, 59)


def bracketed_weekdays(text: str, ordered: list[Timex]) -> set[int]:
    """Weekdays in brackets right after a day ("15th March, 2027 (Monday)"), by id: they
    restate the day, they are no day of their own."""
    found: set[int] = set()
    for day, weekday in zip(ordered, ordered[1:]):
        if (day.type == "DATE" and weekday.bare_weekday and weekday.type == "DATE"
                and text[day.end:weekday.start].strip() == "(" and text.startswith(")", weekday.end)):
            found.add(id(weekday))
    return found


def attached_clocks(text: str, ordered: list[Timex]) -> dict[int, Timex]:
    """For each one-day DATE (by id) the day-less TIME written right after it (past a bracketed
    weekday restating the day, and "up to": "15th March, 2027 (Monday) up to 5:00 P.M.")."""
    found: dict[int, Timex] = {}
    restated = bracketed_weekdays(text, ordered)
    ordered = [t for t in ordered if id(t) not in restated]
    place_lines = VenueClockLines(text, ordered)
    for day, clock in zip(ordered, ordered[1:]):
        if (day.type != "DATE" or day.end_interval is not None or day.interval is None
                or clock_of(clock) is None or clock.start < day.end or not _holds_clock(day, clock)):
            continue
        between = text[day.end:clock.start]
        if "\n" in between and (not between.strip(" \t\n") and between.count("\n") > 1
                                 and not _zoned_clock_paragraph(text, clock, between)
                                 or slot_title(text, clock) is not None and not day_clock(text, clock, ordered)):
            continue      # a slot line under "## Day 1 — Tuesday 14 September" is not that day's clock
        gap = [w for w in words_in(text, day.end, clock.start) if w.text not in "*_`"]   # "**Time:**"
        if gap and gap[0].text == "(" and len(gap) >= 3 and gap[2].text == ")":
            gap = gap[3:]                                                          # "(Monday)"
        gap = gap[_restated_day_of_month(gap, day.interval.start.day):]        # "Next Friday, the 9th, from 8pm"
        gap = without_start_lead(gap)     # "... in Ndola, Copperbelt by 9 am": the hour the meeting begins
        if joined_by_clock_words(gap) or ("\n" not in between and placed_between(gap)):
            found[id(day)] = clock      # "Tuesday 3 October at the Village Centre 2.15pm": the venue between
    for day, clock in place_lines.days_over_place_lines():
        found.setdefault(id(day), clock)     # "4 March 2030 (Monday) Lantern Walk" / "Riverside Green, 5:00AM"
    rows = row_clocks(text, ordered)
    taken = {id(c) for c in rows.values()}
    return {k: c for k, c in found.items() if id(c) not in taken} | rows


def _holds_clock(day: Timex, clock: Timex) -> bool:
    """Whether ``day`` is one day, or a part of one that holds the clock ("Saturday afternoon
    (kick-off at 2pm)": the afternoon's clock; "Saturday morning ... 8pm" is no clock of the morning)."""
    if day.interval.granularity == "day":
        return True
    if day.interval.granularity != "partofday":
        return False
    at = datetime.combine(day.interval.start.date(), clock_of(clock))
    return day.interval.start <= at < day.interval.end


def row_clocks(text: str, ordered: list[Timex]) -> dict[int, Timex]:
    """For the one written day of a pipe-table row (by id) the day-less clock in another of its
    cells: "| Fall break begins, 4:00 p.m. | Fri | Oct 11 |" is Oct 11 at 16:00, whatever day
    the tagger gave the clock from the rows above. A holiday's name in the row ("Thanksgiving
    break begins") names the row, it is not its day."""
    by_row: dict[int, list[Timex]] = {}
    diary = _diary_rows(text, ordered)
    starts = [a for a, _ in diary]
    for timex in ordered:
        start = start_of_line(text, timex.start)
        at = bisect_right(starts, timex.start) - 1
        if at >= 0 and timex.start < diary[at][1]:
            by_row.setdefault(diary[at][0], []).append(timex)    # "Thursday 19th January | 3pm | Choir |"
        elif _pipe_opens(text, start, timex.start):
            by_row.setdefault(start, []).append(timex)
    found: dict[int, Timex] = {}
    opened = {a for a, _ in diary}
    for begin, row in by_row.items():
        days = [t for t in row if t.type == "DATE" and t.rule not in HOLIDAY_RULES and t.interval is not None]
        if begin in opened:        # a diary row's dates outside its date cell are its note's
            days = [t for t in days if "|" not in text[begin:t.start].lstrip(" \t|")]
        clocks = [t for t in row if clock_of(t) is not None and date_not_written(t)]
        if (len(days) == 1 and len(clocks) == 1 and days[0].interval.granularity == "day"
                and days[0].end_interval is None and "|" in text[min(days[0].end, clocks[0].end):
                                                                 max(days[0].start, clocks[0].start)]):
            found[id(days[0])] = clocks[0]
    return found


def _pipe_opens(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end].lstrip(" \t")`` opens with a pipe, read in place (a copy of the line up
    to each date made a long line square)."""
    first = forward_over(text, start, end, " \t")
    return first < end and text[first] == "|"


def _diary_rows(text: str, ordered: list[Timex]) -> list[tuple[int, int]]:
    """The (start, end) of each row of a headerless diary opened by a date cell, in order."""
    days = row_days(ordered)
    rows: dict[int, tuple[int, int]] = {}
    for timex in ordered:
        start = start_of_line(text, timex.start)
        if timex.type == "DATE" and start not in rows:
            row = date_cell_row(text, start, days)
            if row is not None:
                rows[start] = row
    return sorted(rows.values())


MAX_JOINER_WORDS = 3      # "Saturday, starting at noon"


_DAY_NUMBER = re.compile(r"\d{1,2}(?=\D*\Z)")


def _restated_day_of_month(gap: list[Word], day_of_month: int) -> int:
    """How many words open ``gap`` as a comma and the day's own number ("Next Friday, the 9th,
    from 8pm"): an apposition restating the day, no word between it and its clock (0 when
    the words are none such)."""
    k = 1 if gap and gap[0].text == "," else 0
    if k == 0:
        return 0
    if k < len(gap) and gap[k].lower in word_list("articles"):
        k += 1
    number = _DAY_NUMBER.match(gap[k].text) if k < len(gap) and gap[k].is_number else None
    return k + 1 if number is not None and int(number.group()) == day_of_month else 0


def joined_by_clock_words(gap: list[Word]) -> bool:
    """Only the words that join a day to its own clock stand between them ("15 March, 2027 up
    to 5:00 P.M.", "on 5 May at 10:00"; clock_joiners)."""
    return len(gap) <= MAX_JOINER_WORDS and all(w.lower in word_list("clock_joiners") for w in gap)


MAX_VENUE_WORDS = 6       # words of a venue's name between a day and its clock ("the Old School Rooms")
MAX_TOWN_WORDS = 6        # words of the towns after a venue's name ("in Ikeja, Lagos State")


def without_start_lead(gap: list[Word]) -> list[Word]:
    """The words between a day and its clock without the lead of start_clock_leads that may stand
    last, right before the clock ("October 18, 2018, at the Grand Palm Hotel by 10 am")."""
    return gap[:-1] if gap and gap[-1].lower in word_list("start_clock_leads") else gap


def placed_between(gap: list[Word]) -> bool:
    """The words between a day and a clock are only a venue's name, with the words that join a
    day to its clock around it: "at the Village Centre", ", Library Annexe,", "in the Scout Hut,
    at" (a preposition or comma, then capitalised words; articles and name particles inside), or
    a listing's cell between bars ("| Laico Regency, Nairobi |": capitalised words and commas)."""
    joiners = word_list("clock_joiners")
    k = 0
    cell = bool(gap) and gap[0].text == "|"     # "Friday 14 July 2017 | Laico Regency, Nairobi | 3-6pm": a cell
    while k < len(gap) and gap[k].text in (",", "|"):
        k += 1
    if cell:
        end = len(gap)
        while end > k and gap[end - 1].text in (",", "|"):
            end -= 1
        name = gap[k:end]
        return (0 < len(name) <= MAX_VENUE_WORDS and name[0].is_capitalised and name[-1].is_capitalised
                and all((w.is_word and w.is_capitalised) or w.text in ",'’" for w in name))
    if k < len(gap) and gap[k].lower in word_list("place_prepositions"):
        k += 1
    elif k == 0:
        return False          # "Tuesday 3 October Village Centre 2.15pm": no mark opens a venue
    while k < len(gap) and gap[k].lower in word_list("articles"):
        k += 1
    end = len(gap)
    while end > k and gap[end - 1].lower in joiners:
        end -= 1
    name, towns = _venue_and_towns(gap[k:end])
    particles = word_list("name_particles")
    return (0 < len(name) <= MAX_VENUE_WORDS and name[0].is_capitalised and name[-1].is_capitalised
            and all((w.is_word and (w.is_capitalised or w.lower in particles)) or w.text in "'’" for w in name)
            and len(towns) <= MAX_TOWN_WORDS and _towns(towns))


def _venue_and_towns(words: list[Word]) -> tuple[list[Word], list[Word]]:
    """A venue's name and the towns written after it ("Lakeside Inn and Suites" / "in Ndola,
    Copperbelt"): the name's words split at its first place preposition; "and" or "&" between two
    capitalised words is part of the name ("Hotel and Towers")."""
    name: list[Word] = []
    for k, w in enumerate(words):
        if w.lower in word_list("place_prepositions") and name:
            return name, words[k:]
        if (w.lower in word_list("venue_name_joiners") and name and name[-1].is_word and name[-1].is_capitalised
                and k + 1 < len(words) and words[k + 1].is_word and words[k + 1].is_capitalised):
            continue          # the joiner stays out of the name's words: it is no capitalised word
        name.append(w)
    return name, []


def _towns(words: list[Word]) -> bool:
    """``words`` are no towns at all, or a place preposition then capitalised names, commas between
    them ("in Ikeja, Lagos")."""
    if not words:
        return True
    rest = words[1:]
    return (bool(rest) and words[0].lower in word_list("place_prepositions") and rest[0].is_capitalised
            and rest[-1].is_capitalised and all((w.is_word and w.is_capitalised) or w.text == "," for w in rest))


# Blank lines a clock paragraph may stand below its day ("Date: 9th April 2020", two blank lines, the clock lines).
MAX_BLANK_LINES = 2
MAX_FEAST_WORDS = 3       # "on Divine Mercy Sunday": a feast's name before its weekday


def _zoned_clock_paragraph(text: str, clock: Timex, between: str) -> bool:
    """A clock in a zone that fills its own lines ("16:30 GST (Mauritius, ...)" / "12:30 UTC
    (Ghana)", one time in several zones) a blank line or two below a day is that day's time: a
    programme's slot under a day heading has its title on its line and no zone of its own."""
    if clock.tz is None or between.count("\n") > MAX_BLANK_LINES + 1:
        return False
    start = start_of_line(text, clock.start)
    end = line_end(text, clock.end)
    below = text[end + 1:line_end(text, end + 1)].strip()
    return (not text[start:clock.start].strip() and not text[clock.end:end].strip(" \t.")
            and not below[:1].isdigit())        # "09:00 CET" over "10:00 CET": a list of times, not one


def shared_clocks(text: str, ordered: list[Timex], attached: dict[int, Timex] | None = None) -> dict[int, Timex]:
    """For each one-day DATE (by id) the timed date it is conjoined with, whose clock it shares:
    "on 10 February and 3 March 2027 at 12:30 GMT" holds two webinars at 12:30; a date written
    clock first keeps its clock to itself (fronted_clocks reads the days after such a one). ``attached``:
    the clocks written apart from their days (attached_clocks), so that "Thursday 6, Friday 7,
    Saturday 8 November all at 7.45pm" times all three days."""
    joiners = {tuple(p.split()) for p in word_list("date_joiners")}
    attached = attached or {}
    found: dict[int, Timex] = {}
    for day, after in reversed(list(zip(ordered, ordered[1:]))):   # "on 3, 17 and 24 April at 1pm": down the list
        if id(after) not in found and _clock_led(after):
            continue         # "10:30 a.m. to 7:15 p.m. on Monday and Tuesday, and 2 – 6 p.m. on Wednesday": Wednesday's own
        timed = found.get(id(after)) or (_on_its_day(after, attached[id(after)]) if id(after) in attached else after)
        if (day.type != "DATE" or day.end_interval is not None or day.interval is None
                or day.interval.granularity != "day" or timed.type != "TIME" or timed.interval is None
                or timed.interval.granularity not in ("hour", "minute") or clock_of(timed) is not None):
            continue
        if tuple(w.lower for w in words_in(text, day.end, after.start)) in joiners:
            found[id(day)] = timed
    return found


def _clock_led(timed: Timex) -> bool:
    """A timed date written clock first ("2 – 6 p.m. on Wednesday"): the clock is that day's, told before
    it, and no day listed before it shares it."""
    head, plus, _ = timed.rule.partition("+")
    return bool(plus) and head.startswith("clock")


def _on_its_day(day: Timex, clock: Timex) -> Timex:
    """The day at the clock written apart from it, as one timed date."""
    if day.interval is None or clock.interval is None or day.type != "DATE":
        return day
    return with_shared_clock(day, clock)


def with_shared_clock(day: Timex, timed: Timex) -> Timex:
    """The day at the clock (and zone) of the timed date it is conjoined with; an overnight range
    ("on Monday 9 and Tuesday 10 April from 9:30 pm to 4:30 am") ends the next morning of each day."""
    start = datetime.combine(day.interval.start.date(), timed.interval.start.time())
    until = clock_end(day.interval.start.date(), start, timed)
    end_part = Interval(until, until + timedelta(minutes=1), "minute") if until is not None else None
    return replace(day, type="TIME", value=start.isoformat(timespec="minutes"),
                   interval=Interval(start, start + timedelta(minutes=1), "minute"), end_interval=end_part,
                   tz=timed.tz, tz_text=timed.tz_text)


# The rest of a label's bracket after its clock, then the label's colon: "Full Proposal
# Deadline (due by 5 p.m. submitter's local time):" before the date it times.
_LABEL_CLOSE = re.compile(r"[^()\n]{0,40}\)[ \t]{0,3}:\s{0,4}")


def leading_clocks(text: str, ordered: list[Timex]) -> dict[int, Timex]:
    """For each one-day DATE (by id) the day-less TIME written just before it: "at 11:00 EST
    (17:00 CET) on 2 December 2026" (a bracketed restatement between is skipped)."""
    found: dict[int, Timex] = {}
    for index, clock in enumerate(ordered):
        if clock_of(clock) is None or clock.interval is None:
            continue
        cursor, following = clock.end, ordered[index + 1:index + 3]
        if following and following[0].type == "TIME" and text[cursor:following[0].start].strip() == "(":
            close = text.find(")", following[0].end, following[0].end + 3)
            cursor, following = (close + 1, following[1:]) if close >= 0 else (cursor, following)
        if not following:
            continue
        day = following[0]
        gap = text[cursor:day.start]
        if (day.type == "DATE" and day.end_interval is None and day.interval is not None
                and day.interval.granularity == "day"
                and (gap.strip().lower() in word_list("clock_day_links") or _LABEL_CLOSE.fullmatch(gap)
                     or _feast_before_weekday(text, gap, day))):
            found[id(day)] = clock
    return found


def _feast_before_weekday(text: str, gap: str, day: Timex) -> bool:
    """"at 2pm on Divine Mercy Sunday, April 27th", "at 10am on Palm Sunday, 13 April": between
    the clock's link and the day's weekday stands a short name in title case that names that
    weekday (a feast), so the clock is the day's."""
    words = gap.split()
    if not words or words[0].lower() not in word_list("clock_day_links") or not 1 < len(words) <= MAX_FEAST_WORDS + 1:
        return False
    first = day.text.split()[0].strip(",.").lower() if day.text.split() else ""
    return first in weekday_words() and all(w[:1].isupper() and w.isalpha() for w in words[1:])


def later_sessions(text: str, ordered: list[Timex]) -> dict[int, int]:
    """Clock ranges (by id) that follow another clock range of the same day on the same line,
    past a bracketed aside and perhaps "and": "10:00-13:00 (probably webstreamed)(*) 14:30-17:30
    (webstreamed)". Each range is a session with its own start and end (a lunch break between is
    no part of either), so the later one is an occasion of its own, not a rival date of the
    clause's event. Each maps to where the earlier range ends. Ranges joined by "and" alone are
    the joined dates' business (settling)."""
    joiners = {tuple(p.replace(",", " , ").split()) for p in word_list("date_joiners")} | {()}
    found: dict[int, int] = {}
    for before, after in zip(ordered, ordered[1:]):
        if not (_clock_range(before) and _clock_range(after)) or after.start < before.end:
            continue
        if (before.interval.start.date() != after.interval.start.date()
                or after.interval.start < before.end_interval.start):
            continue
        gap = text[before.end:after.start]
        outside, asides = _outside_brackets(gap)
        if "\n" in gap or not asides:
            continue
        if tuple(outside.replace(",", " , ").lower().split()) in joiners:
            found[id(after)] = before.end
    return found


def session_frame(own: Frame, earlier: Frame | None, start: int) -> Frame:
    """The later session's frame: the earlier session's event, one occasion each ("two stakeholder
    workshops ..., from 10:00 to 13:00 (morning session) and from 14:30 to 17:30" are two
    "Stakeholder workshop" entries; the aside "(morning session)" names neither), anchored on its
    own clock so that it is no rival of the earlier one."""
    from calfeed.events.settling import one_counted_occasion       # the one singular reading of a counted title

    note = "a later clock range of the same day: a session of its own"
    if earlier is None:
        return Frame(own.title, own.kind, (start, -1), own.notes + [note])
    earlier.title = one_counted_occasion(earlier.title)
    return Frame(earlier.title, earlier.kind, (start, -1), own.notes + [note])


def _clock_range(timex: Timex) -> bool:
    return (timex.type == "TIME" and timex.interval is not None and timex.end_interval is not None
            and timex.end_interval.granularity in ("hour", "minute", "second"))


def _outside_brackets(gap: str) -> tuple[str, int]:
    """The gap's text outside round brackets, and how many bracketed asides it holds; an
    unbalanced bracket ("(17:00 CET" around the next clock) leaves no aside."""
    kept: list[str] = []
    depth = asides = 0
    for char in gap:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            asides += depth == 0
        elif not depth:
            kept.append(char)
    return "".join(kept), (asides if depth == 0 else 0)


def clock_end(last: date, start: datetime, clock: Timex) -> datetime | None:
    """When a clock range ends on ``last`` (its last day), for an occurrence starting at
    ``start``: a range that ends past midnight ("18:00 - 00:00", "9pm to 1am") ends the next day.
    None when the clock gives no end."""
    if clock.end_interval is None or clock.end_interval.granularity not in ("hour", "minute", "second"):
        return None
    until = datetime.combine(last, clock.end_interval.start.time())
    return until + timedelta(days=1) if until <= start else until


def timed_day(day: Timex, clock: Timex) -> Timex:
    """The day at the clock's time, still spanning the day's words; a clock range that ends
    past midnight ("18:00 – 00:00") ends on the next day."""
    at = clock_of(clock)
    start = datetime.combine(day.interval.start.date(), at)
    last = day.interval.start.date()
    if day.end_interval is not None and day.end_interval.granularity == "day":
        last = day.end_interval.start.date()     # "8-9 December ... 8:00 a.m.-5:00 p.m.": up to the last day
    until = clock_end(last, start, clock)
    end_part = Interval(until, until + timedelta(minutes=1), "minute") if until is not None else None
    return replace(day, type="TIME", value=start.isoformat(timespec="minutes"),
                   interval=Interval(start, start + timedelta(minutes=1), "minute"), end_interval=end_part,
                   tz=clock.tz, tz_text=clock.tz_text)


def with_clock(text: str, day: Timex, clock: Timex) -> Timex:
    """The day and its clock as one timed expression spanning both."""
    if clock.start < day.start:
        return timed_day(day, clock)     # "| Fall break begins, 4:00 p.m. | Fri | Oct 11 |": the day's words
    if on_place_line_below(text, day, clock):
        return timed_day(day, clock)     # "... Lantern Walk" / "Riverside Green, 5:00AM": the day's line names it
    stop = clock.end
    if text[day.start:stop].count("(") > text[day.start:stop].count(")") and text[stop:stop + 1] == ")":
        stop += 1
    return replace(timed_day(day, clock), end=stop, text=text[day.start:stop])


def ends_the_day(clock_text: str) -> bool:
    """"midnight": on a deadline, the last minute of its day."""
    return any(word.lower in word_list("end_of_day_clocks") for word in words_in(clock_text, 0, len(clock_text)))
