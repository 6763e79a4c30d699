"""Slots listed under a statement that they run weekly: "This program is run weekly during
school term only" over "• Woollahra Library at Double Bay - Monday 10:30am and 11:00am,
Tuesday 3:30pm". The tagger reads each weekday as one day near the document date; here each
weekday, and each clock after it till the next weekday, is a weekly series from its next
occurrence. The programme is the title line above the statement ("Rhyme Time for babies and
toddlers (0-2 years)" -> "Rhyme Time"); the row's label is where it runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from calfeed.events.vocabulary import word_list
from calfeed.model import Interval, Timex
from calfeed.rrules import WEEKDAY_CODES
from calfeed.text import CLAUSE_STOP, by_line_start, line_bounds, lines_above
from calfeed.timex.rawvalue import BARE_CLOCK

WEEKDAY = re.compile(r"XXXX-WXX-([1-7])(?:T(\d\d:\d\d))?(?:;to=XXXX-WXX-([1-7])(?:T(\d\d:\d\d))?)?")
EVERY_WEEKS = re.compile(r"P([1-9])W\Z")
MAX_SLOT_LINES = 8        # lines of slots read under one statement
MAX_HEADING_LINES = 30    # lines looked back over for the programme's title line
MAX_TITLE_WORDS = 10
LABEL_TRIM = " \t•*-–—:,;"
RANGED_RULE = "+ranged_row"    # the mark of a row ranged_rows.py bounded by the stretch above it


@dataclass(frozen=True)
class SlotName:
    title: str | None                  # the programme's title line, None when there is none
    label: tuple[int, int] | None      # the row's words before its first day ("Woollahra Library at Double Bay")


def weekly_slots(text: str, ordered: list[Timex], reference: date | None
                 ) -> tuple[list[Timex], dict[int, SlotName]]:
    """``ordered`` with each slot under a weekly statement made a weekly series (weekdays a
    slot's clocks were joined to dropped), and the names of the slots by their start."""
    if reference is None:
        return ordered, {}
    changed: dict[int, Timex] = {}
    dropped: set[int] = set()
    names: dict[int, SlotName] = {}
    # A line's dates by the line's start, gathered once when the first statement is met: each
    # statement once went through every date of the page for its own line and each line below it.
    rows: dict[int, list[Timex]] | None = None
    for often in ordered:
        weeks = EVERY_WEEKS.match(often.value) if often.type == "SET" else None
        if weeks is None or (often.rrule or "FREQ=WEEKLY") != "FREQ=WEEKLY":
            continue
        if _before_a_noun(text, often):
            continue                 # "you can receive weekly email reminders": how often they come
        begin, end = line_bounds(text, often.start)
        if rows is None:
            rows = by_line_start(text, ordered)
        if any(t is not often for t in rows.get(begin, ())):
            continue                 # "every week on Monday": the statement dates itself
        title = programme_title(text, begin)
        for line in _lines_below(text, end):
            row = rows.get(line[0], [])
            slots = row_slots(row)
            if slots is None:
                break
            label = _label(text, line[0], row[0].start)
            for slot in slots:
                changed[id(slot.timex)] = weekly_series(slot, int(weeks.group(1)), reference)
                if slot.gone is not None:
                    dropped.add(id(slot.gone))
                names[slot.timex.start] = SlotName(title, label)
    # Imported here: dated_timetables reads this module's slots.
    from calfeed.events.dated_timetables import dated_timetables

    dated_timetables(text, ordered, changed, dropped, names)     # "Jumuah Salah Times from 4th Dec 2020" / "English Bayan: 12.30pm"
    _service_rows(text, ordered, changed, dropped, names, reference)
    _service_sentences(text, ordered, changed, dropped, names, reference)
    return [changed.get(id(t), t) for t in ordered if id(t) not in dropped], names


def _before_a_noun(text: str, often: Timex) -> bool:
    """Whether the frequency word stands before a noun it qualifies ("weekly email reminders"),
    not after the verb it times ("is run weekly during term", "meets weekly.")."""
    after = _NEXT_WORD.match(text, often.end)
    if after is None:
        return False
    word = after.group(1).lower()
    links = word_list("phrase_breaks") | word_list("place_prepositions") | word_list("series_period_leads") \
        | word_list("fronted_date_leads") | word_list("clock_joiners")
    return word.isalpha() and word not in links


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _service_sentences(text: str, ordered: list[Timex], changed: dict[int, Timex], dropped: set[int],
                       names: dict[int, SlotName], reference: date) -> None:
    """A weekday naming a parish's services in the plural and the clocks of its sentence ("Our
    Sunday services are at 9.30am and 6.30pm"): the standing services of that weekday, each
    clock a weekly series, where the weekday alone would be one coming Sunday."""
    services = word_list("standing_service_plurals")
    for k, timex in enumerate(ordered):
        weekday = WEEKDAY.fullmatch(timex.raw_value or timex.value)
        if id(timex) in changed or timex.type != "DATE" or weekday is None or weekday.group(2) or weekday.group(3):
            continue
        noun = _NEXT_WORD.match(text, timex.end)
        if noun is None or noun.group(1).lower() not in services:
            continue
        clocks: list[tuple[Timex, str]] = []
        read = noun.end()      # the clause is read up to each later date in turn, only as far as its end
        for n in range(k + 1, len(ordered)):    # (no copy of the rest of the page's dates for each weekday)
            later = ordered[n]
            if CLAUSE_STOP.search(text, read, later.start + 1) is not None:
                break          # the clause ends before this date, or on its first character
            read = max(read, later.start + 1)
            bare = BARE_CLOCK.match(later.raw_value or later.value) if later.type == "TIME" else None
            if bare is not None and id(later) not in changed:
                clocks.append((later, bare.group(1)))
        day = WEEKDAY_CODES[int(weekday.group(1)) - 1]
        for n, (clock, at) in enumerate(clocks):
            slot = Slot(clock, day, at, timex if n == 0 else None)
            changed[id(clock)] = weekly_series(slot, 1, reference)
            names[clock.start] = SlotName(f"{timex.text} {noun.group(1)}", None)
        if clocks:
            dropped.add(id(timex))


def _service_rows(text: str, ordered: list[Timex], changed: dict[int, Timex], dropped: set[int],
                  names: dict[int, SlotName], reference: date) -> None:
    """Bare rows of a parish's standing schedule ("Vigil Mass Saturday 6:30pm", "Sunday Mass
    9am and 11am"), or any bare row under a schedule heading ("Mass Times"): weekly series
    named by the row's label."""
    rows = by_line_start(text, (t for t in ordered if id(t) not in changed))
    for begin, row in rows.items():
        _, end = line_bounds(text, begin)
        if any(t.start < end < t.end for t in row):
            continue                 # a timex running on past the line
        if any(t.rule.endswith(RANGED_RULE) for t in row):
            continue                 # a row already bounded by the stretch above it (ranged_rows.py)
        slots = row_slots(row)
        if slots is None or not _bare_row(text, begin, end, row):
            continue
        title = _row_title(text, begin, row)
        if title is None or not (_names_service(title) or _under_schedule_heading(text, begin)):
            continue
        title = without_schedule_word(title)
        for slot in slots:
            changed[id(slot.timex)] = weekly_series(slot, 1, reference)
            if slot.gone is not None:
                dropped.add(id(slot.gone))
            names[slot.timex.start] = SlotName(slot_name(text, slot, row, end) or title, None)


def _bare_row(text: str, begin: int, end: int, row: list[Timex]) -> bool:
    """The line outside its dates holds only capitalised words, brackets and joiners, past a
    label that opens it ("Mass times: Saturday 6pm (Vigil), Sunday 8am and 10am")."""
    label = text[begin:row[0].start]
    cursor, rest = (begin + len(label), []) if label.rstrip().endswith(":") else (begin, [])
    for timex in row:
        rest.append(text[cursor:timex.start])
        cursor = timex.end
    rest.append(text[cursor:end])
    joiners = word_list("row_joiners")
    words = " ".join(rest).replace("(", " ").replace(")", " ").split()
    return all(w[0].isupper() or w.strip(LABEL_TRIM + ".") == "" or w.lower() in joiners for w in words)


def _row_title(text: str, begin: int, row: list[Timex]) -> str | None:
    """"Vigil Mass Saturday 6:30pm" -> "Vigil Mass"; "Sunday Mass 9am and 11am" -> "Sunday Mass"."""
    before = text[begin:row[0].start].strip(LABEL_TRIM)
    if before:
        return before
    if len(row) > 1 and row[0].type == "DATE":
        between = text[row[0].end:row[1].start].strip(LABEL_TRIM)
        if between and between.lower() not in word_list("row_joiners"):
            return f"{row[0].text} {between}"
    return None


def without_schedule_word(title: str) -> str:
    """"Mass times" -> "Mass": a label names the schedule; its entries are the services."""
    words = title.split()
    if len(words) > 1 and words[-1].lower() in word_list("schedule_label_tails"):
        return " ".join(words[:-1])
    return title


def slot_name(text: str, slot: "Slot", row: list[Timex], end: int) -> str | None:
    """The capitalised words written right after a slot's clock, up to the row's next date or a
    list mark ("Sunday 10.30am Morning Worship; Wednesday 10am Holy Communion", "6pm (Vigil)")."""
    after = next((t.start for t in row if t.start >= slot.timex.end), end)
    words = re.split(r"[;,]", text[slot.timex.end:after], maxsplit=1)[0].replace("(", " ").replace(")", " ").split()
    joiners = word_list("row_joiners")
    while words and words[-1].lower() in joiners:
        words.pop()
    if words and all(w[0].isupper() for w in words) and len(words) <= MAX_TITLE_WORDS:
        return " ".join(words).strip(LABEL_TRIM + ".")
    return None


def _names_service(title: str) -> bool:
    services = word_list("standing_services")
    return any(w.strip("()").lower() in services for w in title.split())


def _under_schedule_heading(text: str, begin: int) -> bool:
    headings = word_list("schedule_headings")
    for a, b in lines_above(text, begin, MAX_SLOT_LINES):
        line = " ".join(text[a:b].split()).strip(LABEL_TRIM).lower()
        if line in headings:
            return True
    return False


def programme_title(text: str, start: int, dated: frozenset[int] = frozenset()) -> str | None:
    """The nearest title line above ``start``: alone between blank lines, short, no sentence
    punctuation at its end; cut before a bracket and before "for <audience>". Lines starting at
    one of ``dated`` are passed over (a date range's heading names only its own rows)."""
    lines = list(lines_above(text, start, MAX_HEADING_LINES))
    for k, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        if not line or line[-1] in ".!?:;," or a in dated:
            continue
        below_blank = k == 0 or not text[lines[k - 1][0]:lines[k - 1][1]].strip()
        above_blank = k + 1 == len(lines) or not text[lines[k + 1][0]:lines[k + 1][1]].strip()
        if not (below_blank and above_blank):
            continue
        name = _cut(line)
        if name and len(name.split()) <= MAX_TITLE_WORDS and not any(c.isdigit() for c in name):
            return name
    return None


def _cut(line: str) -> str:
    name = line.split("(", 1)[0]
    words = name.split()
    audience = word_list("audience_words")
    for k in range(1, len(words) - 1):
        if words[k].lower() in word_list("audience_links") and words[k + 1].lower() in audience:
            words = words[:k]
            break
    return " ".join(words).strip(LABEL_TRIM)


def _lines_below(text: str, end: int):
    """The non-blank lines after the one ending at ``end``, at most MAX_SLOT_LINES."""
    cursor, seen = end + 1, 0
    while cursor < len(text) and seen < MAX_SLOT_LINES:
        line = line_bounds(text, cursor)
        if text[line[0]:line[1]].strip():
            yield line
            seen += 1
        cursor = line[1] + 1


@dataclass(frozen=True)
class Slot:
    timex: Timex
    days: str                  # BYDAY: "MO", "MO,TU,WE,TH,FR"
    clock: str | None          # "10:30"; None for a whole day
    gone: Timex | None = None  # the weekday a bare clock takes its day from


def row_slots(row: list[Timex]) -> list[Slot] | None:
    """Each slot of a row; None for a row that is not all weekdays and clocks ("Cost: Free",
    a dated line)."""
    slots: list[Slot] = []
    day: tuple[Timex, str] | None = None      # the weekday the next bare clocks are on
    used = False
    for timex in row:
        raw = timex.raw_value or timex.value
        weekday = WEEKDAY.fullmatch(raw)
        clock = BARE_CLOCK.match(raw)
        if weekday is not None and timex.type in ("DATE", "TIME"):
            if day is not None and not used:
                slots.append(Slot(day[0], day[1], None))
            first, start_clock, last, end_clock = weekday.groups()
            ranged = last is not None and start_clock is None      # "Monday to Friday 9:15am"
            days = _days(int(first), int(last)) if ranged else WEEKDAY_CODES[int(first) - 1]
            day, used = (timex, days), (start_clock or end_clock) is not None
            if used:
                slots.append(Slot(timex, days, start_clock or end_clock))
        elif clock is not None and day is not None and timex.type == "TIME":
            slots.append(Slot(timex, day[1], clock.group(1), None if used else day[0]))
            used = True
        else:
            return None
    if day is not None and not used:
        slots.append(Slot(day[0], day[1], None))
    return slots or None


def _days(first: int, last: int) -> str:
    """"Monday to Friday" -> MO,TU,WE,TH,FR."""
    span = range(first, last + 1) if last >= first else [*range(first, 8), *range(1, last + 1)]
    return ",".join(WEEKDAY_CODES[n - 1] for n in span)


def _label(text: str, begin: int, first: int) -> tuple[int, int] | None:
    a, b = begin, first
    while a < b and text[a] in LABEL_TRIM:
        a += 1
    while b > a and text[b - 1] in LABEL_TRIM:
        b -= 1
    return (a, b) if b > a else None


def weekly_series(slot: Slot, weeks: int, reference: date) -> Timex:
    """The slot as a weekly series whose first occurrence is on or after ``reference``."""
    timex = slot.timex
    first = WEEKDAY_CODES.index(slot.days.split(",")[0])
    rule = f"FREQ=WEEKLY;BYDAY={slot.days}" + (f";INTERVAL={weeks}" if weeks > 1 else "")
    day = reference + timedelta(days=(first - reference.weekday()) % 7)
    if slot.clock is None:
        start = datetime.combine(day, datetime.min.time())
        return replace(timex, type="SET", value=f"XXXX-WXX-{first + 1}", rrule=rule, end_interval=None,
                       interval=Interval(start, start + timedelta(days=1), "day"), rule=f"{timex.rule}+weekly_line")
    hour, minute = map(int, slot.clock.split(":"))
    start = datetime(day.year, day.month, day.day, hour, minute)
    end_interval = None
    own = timex.end_interval
    if own is not None and own.granularity == "minute" and "," not in slot.days and timex.interval is not None \
            and own.start.date() == timex.interval.start.date():     # "Friday 10:00 to 11:30 am"
        until = datetime.combine(day, own.start.time())
        end_interval = Interval(until, until + timedelta(minutes=1), "minute")
    return replace(timex, type="SET", value=f"XXXX-WXX-{first + 1}T{slot.clock}", rrule=rule,
                   interval=Interval(start, start + timedelta(minutes=1), "minute"), end_interval=end_interval,
                   rule=f"{timex.rule}+weekly_line")
