"""Joining neighbouring atoms into the expressions people mean.

"3 March 2011" and "17:00 CET" are one deadline; "21 June" and "3 July 2011" one range;
"early" and "2012" one vague date. Each join looks only at the few characters between
two atoms (or just before one), so the whole pass stays linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date as calendar_day
from functools import lru_cache
from pathlib import Path

from calfeed.rrules import WEEKDAY_CODES, byday, rule_parts
from calfeed.tables import read_list
from calfeed.timex.afternoon_clocks import afternoon_clocks
from calfeed.timex.evening_runs import evening_runs
from calfeed.timex.builders import Atom, names_one_day
from calfeed.timex.bracketed_weekdays import days_with_bracketed_weekdays
from calfeed.timex.weekday_glossed_days import weekdays_with_bracketed_days
from calfeed.timex.weekday_lists import weekdays_with_their_days
from calfeed.timex.connectors import EDGE_BLANKS, connectors
from calfeed.timex.converted_ends import CONVERTED_GAP, converted_end
from calfeed.timex.corrected_midnights import corrected_midnights
from calfeed.timex.lexicon import load_list, load_table, ordinal_ending
from calfeed.timex.list_lines import alone_on_line
from calfeed.timex.dotted_clocks import Links, keep_dotted
from calfeed.timex.ending_words import EndingWords
from calfeed.timex.glossed_ranges import GLOSS_MAX, gloss_end
from calfeed.timex.holiday_apposed_days import holidays_with_apposed_days
from calfeed.timex.part_of_day_clocks import clock_in_part_of_day
from calfeed.timex.labelled_clocks import clocks_before_named_titles
from calfeed.timex.loose_days import Context as LooseContext, keep_loose, the_day_after
from calfeed.timex.listed_days import days_after_month, listed_days
from calfeed.timex.restated_clocks import restated_clocks
from calfeed.timex.zone_led_clocks import zone_led_clocks
from calfeed.timex.relative_month_runs import RUN_REACH, ordinal_run_before
from calfeed.timex.rawvalue import ANCHORED, BARE_WEEKDAY, CALENDAR, Raw, time_of, with_time
from calfeed.timex.tense import POSSESSIVE_END, reporting_verbs
from calfeed.timex.trailing_words import EndsWithWord, last_words
from calfeed.timex.vocabulary import WIDEST_BLANK, Vocabulary, norm, pattern_width, vocabulary, widest_match, word_alternation
from calfeed.timex.year_ranges import split_year_ranges
from calfeed.timex.zones import offset_minutes

_LOOKBACK = 48


@lru_cache(maxsize=None)
def _prefix_words(lang: str, table: str) -> EndingWords:
    """The words of a modifier table right before an atom, then "of"/"in" and "the" (see ending_words)."""
    from calfeed.timex.vocabulary import vocabulary

    vocab = vocabulary(lang)
    # the words as the table spells them: an abbreviation's dot ("app. 16:00") is part of it
    words = tuple(sorted({row["word"] for row in getattr(vocab, table).values()}))
    return EndingWords(words, r"(?:(?<=-)|[\s-]{1,3}(?:(?P<link>of|in)\s{1,3})?(?:the\s{1,3})?)$")


def _prefix(lang: str, table: str) -> re.Pattern[str]:
    return _prefix_words(lang, table).any_text


def _prefix_reach(lang: str, table: str) -> int:
    """The most characters a ``_prefix`` match takes, and one for a ``$`` before a last newline:
    no match starts further back from the atom, so the search for one starts there."""
    return _prefix_words(lang, table).reach


_BLANK_LINE = re.compile(r"\n[^\S\n]{0,8}\n")
# The bullets the sentence splitter and the framer read a list item by.
_LIST_BULLETS = Path(__file__).parent.parent / "events" / "resources" / "list_bullets.en.txt"


def _breaks(text: str, left: Atom, right: Atom) -> bool:
    """A paragraph break, or a line break with nothing else, parts two atoms.

    "Wednesday 17 February 2027" over a blank line (or alone on its line) is a heading; the
    clock under it starts a programme item, not the heading's time. A line break inside a
    written join ("on 17 February 2027 at\n09:00", wrapped text) still joins.
    """
    gap = text[left.end:right.start]
    return "\n" in gap and (not gap.strip() or _BLANK_LINE.search(gap) is not None
                            or _bulleted_line().search(gap) is not None)


@lru_cache(maxsize=None)
def _bulleted_line() -> re.Pattern[str]:
    """A line break and a list bullet ("January 6, 2026\n- February 3, 2026"): the next item of
    a list, not the end of a range written with a dash."""
    bullets = "".join(re.escape(b) for b in read_list(_LIST_BULLETS) if len(b) == 1)
    return re.compile(rf"\n[^\S\n]{{0,8}}[{bullets}][^\S\n]")


_YEAR_END = re.compile(r"(?<!\d)\d{4}$")
@lru_cache(maxsize=None)
def _day_end() -> re.Pattern[str]:
    """A day number, its ordinal ending or none, at the end of what is read ("the 4th")."""
    return re.compile(rf"(?<![\d:.,])\d{{1,2}}{ordinal_ending()}?$", re.IGNORECASE)
_GAP_MAX = 24   # characters of the longest gap a connector may fill


def _gap(text: str, left: Atom, right: Atom, role: str, lang: str) -> bool:
    pattern = connectors(lang).get(role)
    if pattern is None or right.start - left.end > _GAP_MAX or _breaks(text, left, right):
        return False
    return pattern.fullmatch(text, left.end, right.start) is not None


@lru_cache(maxsize=None)
def _role_reach(lang: str, role: str) -> int:
    """The widest gap a row of ``role`` fills with the blanks the connector pattern allows each side, and one
    range_end_filler inside it: a clause that ends a range may be longer than _GAP_MAX."""
    blank_runs = 3      # before the clause, between the clause and its filler, after the filler
    return (widest_match(_role_words(lang, role)) + widest_match(_role_words(lang, "range_end_filler"))
            + blank_runs * EDGE_BLANKS)


@lru_cache(maxsize=None)
def _fillers(lang: str) -> re.Pattern[str] | None:
    """The words of extent a range's closing clause may hold (connectors.tsv role range_end_filler), as whole words."""
    words = _role_words(lang, "range_end_filler")
    return re.compile(rf"(?<![\w])(?:{word_alternation(words)})(?![\w])", re.IGNORECASE) if words else None


def _clause_gap(text: str, left: Atom, right: Atom, role: str, lang: str) -> bool:
    """``_gap`` for a role whose rows are whole clauses, allowed as wide as its widest row and one word of extent
    ("and run right through until"): the filler is taken out before the clause is matched."""
    pattern = connectors(lang).get(role)
    if pattern is None or right.start - left.end > max(_GAP_MAX, _role_reach(lang, role)) or _breaks(text, left, right):
        return False
    begin = _after_year_mark(text, left, right, role, lang)
    if pattern.fullmatch(text, begin, right.start) is not None:
        return True
    fillers = _fillers(lang)
    found = fillers.search(text, begin, right.start) if fillers is not None else None
    if found is None:
        return False
    gap = text[begin:found.start()].rstrip() + " " + text[found.end():right.start].lstrip()
    return pattern.fullmatch(gap) is not None


def _after_year_mark(text: str, left: Atom, right: Atom, role: str, lang: str) -> int:
    """Where a clause of ``role`` may begin: after the mark US style writes after a date's year, when
    connectors.tsv role ``ROLE_after_year`` lists it ("starts on Friday, June 6, 2031, and runs until
    July 2, 2031"), or after a day of the month when both days name their weekday and role
    ``ROLE_after_weekday_day`` lists the mark ("Friday, June 14, and extending through Monday, June
    17": two weekday-named days are a span's ends, not a list's items), or after a day of the month
    that "from" leads when role ``ROLE_after_from_day`` lists the mark ("from Friday, June 14, and
    runs until June 23": the "from" opens a span, not a list); else right after the atom."""
    mark = connectors(lang).get(f"{role}_after_year")
    weekday_mark = connectors(lang).get(f"{role}_after_weekday_day")
    from_mark = connectors(lang).get(f"{role}_after_from_day")
    if weekday_mark is not None and left.raw.get("wd") and right.raw.get("wd") \
            and _day_end().search(text, max(left.start, left.end - 5), left.end):
        mark = weekday_mark     # "starting on Friday, June 14, and extending through Monday, June 17"
    elif from_mark is not None and _day_end().search(text, max(left.start, left.end - 5), left.end) \
            and _from_led(text, left, lang):
        mark = from_mark        # "open from Friday, June 14, and runs until June 23"
    elif mark is None or not _YEAR_END.search(text, max(left.start, left.end - 5), left.end):
        return left.end
    found = mark.match(text, left.end)
    return found.end() if found is not None and found.group(0).strip() else left.end


def _range_gap(text: str, left: Atom, right: Atom, lang: str) -> str | None:
    """The link of a range: "" for a plain one ("until"), "APPROX" when an approximator stands
    before its end ("until approximately", "to around"), None for no range link."""
    if _gap(text, left, right, "range", lang):
        return ""
    if _YEAR_END.search(text, max(left.start, left.end - 5), left.end) and _gap(text, left, right, "range_after_year", lang):
        return ""           # "December 22, 2025, through Friday, January 2, 2026"
    if _after_day_link(text, left, right, lang):
        return ""
    glue = connectors(lang)
    approx = glue.get("range_approx")
    if approx is None or right.start - left.end > _GAP_MAX or _breaks(text, left, right):
        return None
    link = glue["range"].match(text, left.end, right.start)
    if link is None or link.end() == left.end or not link.group(0).strip():
        return None
    return "APPROX" if approx.fullmatch(text, link.end(), right.start) else None


def _after_day_link(text: str, left: Atom, right: Atom, lang: str) -> bool:
    """A range link after the comma that follows a day of the month, between two single days: "starting
    Monday, May 23, through Friday, May 27" (range_after_day), a link that needs an opening "from" before
    the start, "from Monday, June 5, to Friday, June 9" (range_after_from_day), or one that needs both days to
    name their weekday, "Saturday, Apr. 9, to Monday, Apr. 11" (range_after_weekday_day); or the same between
    two clocks on written days ("from 7am Tuesday, March 3, until 6pm on Friday, March 6"), or after the comma
    that follows a clock written after its day or weekday ("from Thursday, 9:30 p.m., till Sunday, 06:00 a.m.")."""
    day_comma = (_day_end().search(text, max(left.start, left.end - 5), left.end) is not None
                 and (names_one_day(left) and names_one_day(right) or _timed_day(left) and _timed_day(right)))
    if not (day_comma or _clock_ended(text, left) and _clock_on_day(left) and _clock_on_day(right)):
        return False
    return (_gap(text, left, right, "range_after_day", lang)
            or _gap(text, left, right, "range_after_from_day", lang) and _from_led(text, left, lang)
            or bool(left.raw.get("wd") and right.raw.get("wd"))
            and _gap(text, left, right, "range_after_weekday_day", lang))


_CLOCK_END = re.compile(r"(?:\d|[ap]\.?m\.?)$", re.IGNORECASE)


def _clock_ended(text: str, atom: Atom) -> bool:
    """The atom's words end with its clock ("Thursday, 9:30 p.m.", "Sunday, 07:15"), so a comma after it
    follows the clock as one after "Friday, May 23" follows the day."""
    return _CLOCK_END.search(text, max(atom.start, atom.end - 5), atom.end) is not None


def _clock_on_day(atom: Atom) -> bool:
    """A clock on a written day of the month or a weekday ("Thursday, 9:30 p.m."): two such about a
    range word after the first one's comma are one window's ends ("from Thursday, 9:30 p.m., till
    Sunday, 06:00 a.m.")."""
    time = time_of(atom.core)
    if atom.type != "TIME" or not time or not time[0].isdigit():
        return False
    match = CALENDAR.match(atom.core)
    return match is not None and (match.group("day") not in (None, "XX") or bool(match.group("weekday")))


def _timed_day(atom: Atom) -> bool:
    """A clock on a written day of the month ("8:30am Monday, October 10", "5pm on Thursday, October
    13"): two of them about a range word after the first day's comma are one span's ends, as two days are."""
    time = time_of(atom.core)
    match = CALENDAR.match(atom.core)
    return (atom.type == "TIME" and bool(time) and time[0].isdigit() and match is not None
            and bool(match.group("day")) and match.group("day") != "XX")


def _approximate_end(atom: Atom, link: str) -> Atom:
    if link and not atom.mod:
        atom.mod = link
    return atom


def _is_clock(atom: Atom) -> bool:
    time = time_of(atom.core)
    return atom.type == "TIME" and atom.core.startswith("XXXX-XX-XX") and bool(time) and time[0].isdigit()


def _any_clock(atoms: list[Atom]) -> bool:
    """Whether some atom is a clock (``_is_clock``; its type asked first, the cheaper test)."""
    return any(atom.type == "TIME" and _is_clock(atom) for atom in atoms)


def _join(left: Atom, right: Atom, text: str, **changes) -> Atom:
    merged = replace(left, end=right.end, **changes)
    merged.parts = (left.parts or [left]) + (right.parts or [right])
    merged.rule = f"{left.rule}+{right.rule}"
    return merged


# A day one on from the story's day or from the document's ("the next day", "tomorrow"); its step back is the day before
_NEXT_DAY = re.compile(r"(?P<anchor>LAST|REF)\+P1D")


def _day_of_overnight_start(date: Atom, clock: Atom) -> Atom:
    """"from 10am until 3am the next day": hours that cross midnight, then the day after: that day is the end's,
    and the hours start on the day before it (the end then falls on the next day as any overnight range's does)."""
    end, start = time_of(clock.raw.get("to") or ""), time_of(clock.core)
    step = _NEXT_DAY.fullmatch(date.core)
    if step is None or not (end and start and end[:1].isdigit() and start[:1].isdigit() and end <= start):
        return date
    return replace(date, raw=Raw(f"{step.group('anchor')}+P0D", dict(date.raw.annotations)))


def _date_time(date: Atom, clock: Atom, first: Atom, second: Atom, text: str) -> Atom:
    date = _day_of_overnight_start(date, clock)
    time = time_of(clock.core)
    part = time_of(date.core)
    placed = None
    if part and part.isalpha():     # "eleven o'clock last night": the clock in that part of the day
        placed = clock_in_part_of_day(time, part, text[clock.start:clock.end])
        time = placed.time
    raw = Raw(with_time(date.core, time), dict(date.raw.annotations))
    if clock.raw.get("eod"):
        raw.annotations["eod"] = clock.raw.get("eod")
    elif placed is not None and placed.ends_day:
        raw.annotations["eod"] = "1"
    elif placed is not None and placed.next_day and not raw.get("plus"):
        raw.annotations["plus"] = "+P1D"        # "12:30 last night": the small hours after its midnight
    end = clock.raw.get("to")
    if end:
        # "3-5 May from 10am to 4pm": the hours of each day, up to the last day of the range
        last = date.raw.get("to")
        day = last if last and _day_part(last) and _day_part(last) != _day_part(date.core) else date.core
        raw.annotations["to"] = with_time(day, time_of(end))
    merged = _join(first, second, text, type="TIME", raw=raw, tz=clock.tz, tz_text=clock.tz_text,
                   problem=date.problem or clock.problem)
    if text[first.end:second.start].rstrip().endswith("(") and text.startswith(")", second.end):
        merged.end = second.end + 1     # "11 January 2018 (10am)": the bracket the clock opened closes with it
    return merged


def _day_part(core: str) -> str | None:
    """The year, month and day of a value that names a day ("XXXX-05-05"), else None."""
    match = CALENDAR.match(core)
    return core[:10] if match is not None and match.group("day") not in (None, "XX") else None


def _month_of_bare_day(left: Atom, end: str) -> Atom:
    """A bare day of the month starting a range whose end writes its month ("opening on the 12th and ending
    on 16th October 2031"): the start is in the end's month when its day comes first. Left month-less,
    its "XX" compared as a later month than the end's, and the year went back one. A start whose day is
    the later ("from the 28th to 3 March") is left as it was: which month before, the days do not say
    for sure."""
    left_match, end_match = CALENDAR.match(left.core), CALENDAR.match(end)
    if (left_match is None or end_match is None or left_match.group("month") != "XX"
            or not (left_match.group("day") or "").isdigit() or not (end_match.group("month") or "").isdigit()
            or not (end_match.group("day") or "").isdigit() or len(left.core) != 10
            or int(left_match.group("day")) > int(end_match.group("day"))):
        return left
    return replace(left, raw=Raw(f"{left.core[:5]}{end_match.group('month')}{left.core[7:]}", dict(left.raw.annotations)))


def _range(left: Atom, right: Atom, text: str) -> Atom:
    left = _month_of_bare_day(left, right.raw.get("to") or right.core)
    raw = Raw(left.core, dict(left.raw.annotations))
    raw.annotations["to"] = right.raw.get("to") or right.core
    _midnight_ends(raw, right)
    left_year, right_year = left.core[:4], raw.annotations["to"][:4]
    left_match, right_match = CALENDAR.match(left.core), CALENDAR.match(raw.annotations["to"])
    shift = right.raw.get("yr")
    if shift and left_year == "XXXX" and right_year == "XXXX" and not left.raw.get("yr") and left_match and right_match:
        # "between January and May this year": the end's year is the start's, or the one before
        # when the start's month comes later ("from December to March next year")
        later = (left_match.group("month") not in (None, "XX") and right_match.group("month") not in (None, "XX")
                 and left_match.group("month") > right_match.group("month"))
        raw.annotations["yr"] = str(int(shift) - 1) if later else shift
    if left_year == "XXXX" and right_year.isdigit() and left_match:
        year = int(right_year)
        if (right_match and left_match.group("month") and right_match.group("month")
                and left_match.group("month") > right_match.group("month")):
            year -= 1                      # "28 December - 3 January 2012"
        raw.core = f"{year:04d}" + left.core[4:]
    return _join(left, right, text, raw=raw, tz=left.tz or right.tz, tz_text=left.tz_text or right.tz_text,
                 problem=left.problem or right.problem)


_MIDNIGHT = "00:00"     # the clock of the word "midnight" (with ``eod``, the end of its day)


def _midnight_ends(raw: Raw, right: Atom) -> None:
    """A midnight on a day at either end of a range of days (``eod``: the word, TimeML's end of its day):
    the end's closes its day ("until midnight on Sunday, March 9": ``toeod``, 00:00 of the 10th), and the
    start's, before such an end or a day with no clock, opens its day ("from midnight on Friday, March 7,
    until midnight on Sunday ...", "from midnight on 7 March until 9 March": 00:00 of the 7th, the whole
    days). A start's midnight before a clock on a later day is left the end of its day: "from midnight on
    Friday until 6am Saturday" is the night between."""
    end_midnight = bool(right.raw.get("eod")) and not right.raw.get("to") and time_of(right.core) == _MIDNIGHT
    if end_midnight:
        raw.annotations["toeod"] = "1"
    if raw.get("eod") and time_of(raw.core) == _MIDNIGHT and (end_midnight or not time_of(raw.annotations["to"])):
        del raw.annotations["eod"]


def _pairs(atoms: list[Atom], text: str, lang: str, join, reach: int | None = None,
           held=None) -> list[Atom]:
    """Each atom joined to the one before when ``join`` says so; atoms more than ``reach``
    characters apart are not asked (most are: the passes stay cheap), nor any while ``held``
    says the atoms joined so far keep their last one."""
    out: list[Atom] = []
    for atom in atoms:
        if out and (reach is None or atom.start - out[-1].end <= reach) and not (held and held(out)):
            merged = join(out[-1], atom, text, lang)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(atom)
    return out


def _day_clock_windows(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """"from 21 May from 23:00 to 04:00 on 22 May": a day, a clock on it, then a clock on a later day
    the hours run to across midnight: one window from the first day's clock to the second day's
    (read as two, the hours ran from 20:00 on the second day into the third). Only when the end
    clock is not after the start clock: "from 3 May from 9:00 to 17:00 on 5 May" may mean hours."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        window = atoms[i:i + 4]
        merged = _day_clock_window(*window, text, lang) if len(window) == 4 else None
        if merged is not None:
            out.append(merged)
            i += 4
            continue
        out.append(atoms[i])
        i += 1
    return out


def _day_clock_window(day: Atom, start: Atom, end: Atom, last: Atom, text: str, lang: str) -> Atom | None:
    if day.type != "DATE" or last.type != "DATE" or not (_is_clock(start) and _is_clock(end)):
        return None
    if any(a.raw.get("to") for a in (day, start, end, last)) or not (names_one_day(day) and names_one_day(last)):
        return None
    if day.core == last.core or (time_of(end.core) or "") > (time_of(start.core) or ""):
        return None
    if not (_written_day(day) and _written_day(last)):
        return None         # "from 22:30 to 06:00 the day after": the overnight readers' (_day_of_overnight_start)
    if not (_gap(text, day, start, "date_time", lang) and _range_gap(text, start, end, lang) == ""
            and _gap(text, end, last, "time_date", lang)):
        return None
    return _range(_date_time(day, start, day, start, text), _date_time(last, end, end, last, text), text)


def _written_day(atom: Atom) -> bool:
    """A day of the month as written ("6 March", "Thursday, March 8"), not one counted from another day."""
    match = CALENDAR.match(atom.core)
    return match is not None and bool(match.group("day")) and match.group("day") != "XX"


def _time_range(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    if not (_is_clock(left) and _is_clock(right) and not left.raw.get("to")):
        return None
    link = _range_gap(text, left, right, lang)
    if link is None and not (_between(text, left, right, lang) or _from_and(text, left, right, lang)):
        return None                 # "open on 5 May between 10:00 and 14:00": one range
    return _approximate_end(_clock_range(left, right, text), link)


def _from_and(text: str, left: Atom, right: Atom, lang: str) -> bool:
    """"shut from 9.20 am and 1.50 pm": "from" before the first clock and the range's "and" before a
    later second one read as "between" (a list of clocks would lead each with its own word)."""
    first, second = time_of(left.core), time_of(right.core)
    return (first is not None and second is not None and first < second
            and _between_linked(text, left, right, lang) and _from_led(text, left, lang))


def _clock_range(left: Atom, right: Atom, text: str) -> Atom:
    """Two clocks joined into the hours from the first to the second."""
    raw = Raw(left.core, dict(left.raw.annotations))
    raw.annotations["to"] = right.core
    if raw.get("eod") and not right.raw.get("eod") and (time_of(right.core) or "") > "00:00":
        del raw.annotations["eod"]     # "from midnight to 5am": the 00:00 the hours run from, not the day's end
    return _join(left, right, text, raw=raw, tz=left.tz or right.tz, tz_text=left.tz_text or right.tz_text)


# Rules whose match only leads into a join: alone ("the evening" of "the evening of March 2025") they
# are no expression, and TimeML marks the date alone ("the night of [Oct. 23]").
_JOIN_ONLY = frozenset({"the_part_of_day_of"})
_STORY_PART_OF_DAY = re.compile(r"LAST\+P0DT(?P<pod>[A-Z]{2})")


def _part_of_day_on(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"the evening on August 31", "the morning of 3 March": a part of the day written just
    before a date is that date's, not the day the story was last on."""
    match = _STORY_PART_OF_DAY.fullmatch(left.core)
    if match is None or not names_one_day(right) or time_of(right.core) or right.raw.get("to") \
            or not _gap(text, left, right, "pod_day", lang):
        return None
    raw = Raw(with_time(right.core, match.group("pod")), dict(right.raw.annotations))
    if left.raw.get("mod"):
        raw.annotations["mod"] = left.raw.get("mod")
    return _join(left, right, text, type="TIME", raw=raw, problem=left.problem or right.problem)


def _is_weekly(atom: Atom) -> bool:
    return atom.type == "SET" and "-WXX-" in atom.core and time_of(atom.core) is None


def _bracket_closed(text: str, date: Atom, clock: Atom) -> bool:
    """A clock a bracket opens before joins its date only when the bracket closes right after it
    ("11 January 2018 (10am)"); "March 10, 2031 (11:59 PM AoE, UTC-12)" is left to the events layer."""
    return not text[date.end:clock.start].rstrip().endswith("(") or text.startswith(")", clock.end)


_LABEL_COLON = re.compile(r"[^\S\n]{0,2}:(?!\d)")


def _labels_next(text: str, day: Atom) -> bool:
    """A day a colon follows opens the next item ("... closes at 4 p.m. Monday, May 6: no service."):
    the clock before it is the item before's, not this day's."""
    return _LABEL_COLON.match(text, day.end) is not None


def _year_then_clock(text: str, date: Atom, clock: Atom, lang: str) -> bool:
    """A clock after a date that writes its year, over a link only a year makes safe (date_time_after_year:
    a web dateline's "March 6, 2006; 9:15 AM"); after a bare day the same ";" may close a list's item."""
    return (_YEAR_END.search(text, max(date.start, date.end - 5), date.end) is not None
            and _gap(text, date, clock, "date_time_after_year", lang))


def _date_with_time(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    if _is_weekly(left) and _is_clock(right) and (_gap(text, left, right, "date_time", lang)
                                                  or _gap(text, left, right, "set_time", lang)):
        merged = _date_time(left, right, left, right, text)
        merged.type = "SET"
        return merged
    if names_one_day(left) and _is_clock(right) and (_gap(text, left, right, "date_time", lang)
                                                     or _year_then_clock(text, left, right, lang)) \
            and _bracket_closed(text, left, right):
        return _date_time(left, right, left, right, text)
    if _is_clock(left) and names_one_day(right) and _gap(text, left, right, "time_date", lang) \
            and not _labels_next(text, right):
        return _date_time(right, left, left, right, text)
    if _is_clock(left) and _is_weekly(right) and (_gap(text, left, right, "time_date", lang)
                                                  or _gap(text, left, right, "time_set", lang) and text.startswith(")", right.end)) \
            and not _ends_range(text, left, lang):
        merged = _date_time(right, left, left, right, text)    # "5:30 p.m. second Wednesday of the month"
        merged.type, merged.rrule = "SET", right.rrule
        return merged
    return None



def _weekday_of_dated_clock(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"Saturday @ 10 AM on February 17th", "Tuesday at 6:30 PM on February 13th": a weekday
    alone, then a clock its day follows: one timed day, the weekday choosing the day's year as
    in "Saturday, February 17th"."""
    weekday = BARE_WEEKDAY.fullmatch(left.core)
    if (weekday is None or left.type != "DATE" or left.raw.get("to") or right.type != "TIME"
            or not right.parts or not _is_clock(right.parts[0]) or not names_one_day(right.parts[-1])
            or not _gap(text, left, right, "date_time", lang)):
        return None
    day = CALENDAR.match(right.parts[-1].core)
    if day is None or day.group("day") in (None, "XX") or day.group("month") in (None, "XX"):
        return None
    raw = Raw(right.core, {**right.raw.annotations, "wd": weekday.group(1)})
    return _join(left, right, text, type="TIME", raw=raw, tz=right.tz, tz_text=right.tz_text, problem=right.problem)


_LAST_WORD = re.compile(r"(\w+)[^\S\n]{1,3}\Z")


def _ends_range(text: str, clock: Atom, lang: str) -> bool:
    """"open until 10pm on Fridays": the clock a range word leads is when something stops, not the
    series' time."""
    word = _LAST_WORD.search(text, max(0, clock.start - 16), clock.start)
    return word is not None and connectors(lang)["range"].fullmatch(word.group(1)) is not None


def _clocks_claimed(atoms: list[Atom], text: str, lang: str) -> set[int]:
    """Clocks a day after them claims by a written link ("from 9pm on Friday 26 March"): the
    day before ("over the weekend, from 9pm on Friday 26 March") must not take them."""
    claimed = set()
    for left, right in zip(atoms, atoms[1:]):
        if (_is_clock(left) and names_one_day(right) and text[left.end:right.start].strip(" ,\t")
                and _gap(text, left, right, "time_date", lang)):
            claimed.add(id(left))
    return claimed


def _timed_days(atoms: list[Atom], text: str, lang: str) -> set[int]:
    """Days with a clock of their own just after them ("Monday 10:30am and 11:00am, Tuesday
    3:30pm"): the clock before such a day ends the previous day's list, it is not its time."""
    return {id(day) for day, after in zip(atoms, atoms[1:])
            if names_one_day(day) and _is_clock(after) and _gap(text, day, after, "date_time", lang)}


def _range_ends(atoms: list[Atom], text: str, lang: str) -> set[int]:
    """Days that end a range of days ("from 12 January to 23 March"): a clock after a comma
    ("..., from 14:00 to 16:00"), or a range of clocks ("to 23 March from 14:00 to 16:00"), is the
    hours of every day of it, not the last day's time (``_range_hours``)."""
    return {id(right) for left, right in zip(atoms, atoms[1:])
            if names_one_day(left) and names_one_day(right) and _range_gap(text, left, right, lang) is not None}


_BLANKS = re.compile(r"[^\S\n]{1,3}")


# A bracketed aside between a clock and the day its row gives it: "closes at noon (note: deadline
# moved) 12th March 2027", "at 5pm (extended) 20 March", "11:59pm (AoE) on 25 March". An aside
# with a digit restates the clock ("10:35 a.m. (0735 GMT) Friday") and is left to the zone readers.
_ASIDE = re.compile(r"[^\S\n]{0,3}\([^()\n\d]{1,40}\)[^\S\n]{0,3}")
_ASIDE_REACH = 52
MAX_ASIDES = 2       # bracketed asides in a row between a clock and its day


# "8:30 a.m., KST(UTC+9:00), Jun. 4, 2027": a bracketed UTC offset glosses the clock's zone;
# its digits are an offset, not a restated clock, so it parts the clock from its day no more.
_BRACKETED = re.compile(r"[^\S\n]{0,3}\(([^()\n]{1,16})\)[^\S\n]{0,3}")


def _offset_aside(text: str, start: int, end: int, lang: str) -> re.Match[str] | None:
    """A bracketed written UTC offset at ``start`` ("(UTC+9:00)", "(GMT-5)"), else None."""
    match = _BRACKETED.match(text, start, end)
    return match if match is not None and offset_minutes(match.group(1), lang) is not None else None


def _clock_aside_day(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """A clock, an aside in brackets, then its day, linked as a clock and its day are ("noon
    (note: deadline moved) 12th March 2027"): one timed day. The aside parts them no more than
    a space would; without the join the clock took the day a row above wrote."""
    if not (_is_clock(left) and names_one_day(right) and not time_of(right.core)):
        return None
    cursor = left.end
    for _ in range(MAX_ASIDES):     # "10 a.m., Pacific Time (PT) (UTC-7), Monday, ...": a zone's two glosses
        aside = _ASIDE.match(text, cursor, right.start) or _offset_aside(text, cursor, right.start, lang)
        if aside is None:
            break
        cursor = aside.end()
    link = connectors(lang)["time_date"]
    if cursor == left.end or link.fullmatch(text, cursor, right.start) is None:
        return None
    return _date_time(right, left, left, right, text)


def _clock_first_days(atoms: list[Atom], text: str, lang: str) -> list[tuple[Atom, Atom]]:
    """"from 6 to 8:30 p.m. Friday, 9 a.m. to 4 p.m. Saturday, 1 to 4 p.m. Sunday" (AP style): a run
    written clock first. A clock only blanks part from the day after it is that day's when no day
    stands before the clock to take it, or when the day before is itself such a clock-first day
    and a comma parts it from this clock: the run keeps the order its first item set. The
    (clock, day) pairs found."""
    pairs: list[tuple[Atom, Atom]] = []
    first: set[int] = set()
    for k in range(len(atoms) - 1):
        clock, day = atoms[k], atoms[k + 1]
        if not (_is_clock(clock) and names_one_day(day) and not time_of(day.core)
                and _BLANKS.fullmatch(text, clock.end, day.start)):
            continue
        before = atoms[k - 1] if k else None
        takes = (before is not None and names_one_day(before) and clock.start - before.end <= _GAP_MAX
                 and not _breaks(text, before, clock))
        if takes and not (id(before) in first and "," in text[before.end:clock.start]):
            continue
        first.add(id(day))
        pairs.append((clock, day))
    return pairs


def _dated_times(atoms: list[Atom], text: str, lang: str, reach: int) -> list[Atom]:
    """Each day joined to its clock (``_date_with_time``). Every such join has a clock on one side,
    so a list with no clock (most pages of prose: 244 of TBAQ's 256 documents) is kept as it is,
    without reading the claims, range ends and rows the joins are checked against."""
    if not any(map(_is_clock, atoms)):
        return list(atoms)
    claimed = _clocks_claimed(atoms, text, lang)
    ends = _range_ends(atoms, text, lang)
    timed = _timed_days(atoms, text, lang)
    for clock, day in _clock_first_days(atoms, text, lang):
        claimed.add(id(clock))
        timed.discard(id(day))
    row_clocks = clocks_before_named_titles(atoms, text, _is_clock)   # "11:00pm Christmas Mass at Night"

    def join(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
        if id(left) in row_clocks:
            return None
        if id(right) in claimed and names_one_day(left):
            return None
        if id(right) in timed and _is_clock(left):
            return None
        if id(left) in ends and ("," in text[left.end:right.start] or right.raw.get("to")):
            return None         # "to Friday 16 May from 08:30 to 15:30": a range of clocks is every day's
        return _date_with_time(left, right, text, lang)
    return _pairs(atoms, text, lang, join, reach)


_WEEKS = re.compile(r"P(?P<n>[1-9]\d?)W")


def _is_weekly_set(atom: Atom) -> bool:
    """A weekday series with no interval of its own ("Wednesdays", "Monday and Friday evenings")."""
    return (atom.type == "SET" and "-WXX-" in atom.core and bool(atom.rrule)
            and atom.rrule.startswith("FREQ=WEEKLY;BYDAY="))


def _every_n_weeks(rep: Atom, days: Atom, text: str) -> Atom | None:
    """A weekly or n-weekly repetition and the weekdays it falls on are one series: "weekly on
    Wednesdays" every week, "fortnightly on Wednesdays" every other week (its days, its hours).
    The interval is written last, as the events layer's own join (timing.every_few_weeks) has it."""
    weeks = _WEEKS.fullmatch(rep.core)
    if weeks is None or not rep.rrule:
        return None
    n = int(weeks.group("n"))
    rrule = days.rrule + (f";INTERVAL={n}" if n > 1 else "")     # as events' every_few_weeks writes it
    return _join(rep, days, text, type="SET", raw=Raw(days.core, dict(days.raw.annotations)), rrule=rrule,
                 tz=days.tz, tz_text=days.tz_text)


def _repeated_day(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """A yearly or weekly repetition and the day it falls on are one SET: "annually on 5 June",
    "1 May every year", "every week on Monday"."""
    if left.type == "SET" and (right.type == "DATE" or _weekday_clock(right)) and _gap(text, left, right, "set_day", lang):
        rep, day = left, right      # "fortnightly on a Monday at 2pm": the weekday may carry its clock
    elif left.type == "DATE" and right.type == "SET" and _gap(text, left, right, "day_set", lang):
        rep, day = right, left
    elif left.type == "SET" and _is_weekly_set(right) and _gap(text, left, right, "set_day", lang):
        return _every_n_weeks(left, right, text)     # "fortnightly on Wednesdays"
    else:
        return None
    match = CALENDAR.match(day.core)
    if match is None or day.raw.get("to") or match.group("year") != "XXXX":
        return None
    if match.group("time") and not match.group("weekday"):
        return None      # "annually on 5 June at noon": one day's hour, no weekly series
    weeks = _WEEKS.fullmatch(rep.core)
    if weeks and int(weeks.group("n")) > 1 and match.group("weekday") and match.group("weekday") != "WE":
        from calfeed.timex.vocabulary import vocabulary

        row = next(r for r in vocabulary(lang).weekdays.values() if r["iso"] == match.group("weekday"))
        rrule = f"FREQ=WEEKLY;BYDAY={row['byday']};INTERVAL={weeks.group('n')}"
        return _join(left, right, text, type="SET", raw=Raw(day.core), rrule=rrule)
    if rep.core == "P1Y" and match.group("month") and match.group("day") and match.group("day") != "XX":
        month, day_of_month = int(match.group("month")), int(match.group("day"))
        rrule = f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day_of_month}"
    elif rep.core == "P1W" and match.group("weekday") and match.group("weekday") != "WE":
        from calfeed.timex.vocabulary import vocabulary

        row = next(r for r in vocabulary(lang).weekdays.values() if r["iso"] == match.group("weekday"))
        rrule = f"FREQ=WEEKLY;BYDAY={row['byday']}"
    else:
        return None
    return _join(left, right, text, type="SET", raw=Raw(day.core), rrule=rrule)


def _weekday_clock(atom: Atom) -> bool:
    """"Monday at 2pm" with no date: a weekday and its hour, which a repetition before it makes a series."""
    match = CALENDAR.match(atom.core)
    return (atom.type == "TIME" and match is not None and match.group("year") == "XXXX"
            and bool(match.group("weekday")) and match.group("week") == "XX" and not atom.raw.get("to"))


_SPAN = re.compile(r"P(?P<n>[1-9]\d{0,2})(?P<unit>[DWM])")
# The frequency whose occurrences a span of each unit counts.
_COUNTED_BY = {"D": "DAILY", "W": "WEEKLY", "M": "MONTHLY"}


def _counted_series(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"every Friday at 3pm for four weeks": a series and how long it runs, counted in its own
    steps, is that many occurrences (COUNT=4); "every day for ten days" ten. A span in other
    units ("every Friday for six months") gives no count."""
    if left.type != "SET" or right.type != "DURATION" or not left.rrule or not _gap(text, left, right, "set_count", lang):
        return None
    span = _SPAN.fullmatch(right.core)
    parts = rule_parts(left.rrule)
    if span is None or "COUNT" in parts or "UNTIL" in parts or parts.get("FREQ") != _COUNTED_BY[span.group("unit")]:
        return None
    steps = int(parts.get("INTERVAL", "1"))
    length = int(span.group("n"))
    if length % steps:
        return None
    per_step = len(byday(parts)) if parts.get("FREQ") == "WEEKLY" and "BYDAY" in parts else 1
    return _join(left, right, text, type="SET", raw=Raw(left.core, dict(left.raw.annotations)),
                 rrule=f"{left.rrule};COUNT={length // steps * per_step}", tz=left.tz, tz_text=left.tz_text)


def _weekday_and_series(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"Tuesday and Thursday evenings": a bare weekday joined to a weekly series of one weekday
    shares its rule and its part of the day (both evenings). TimeML keeps the two apart."""
    parts = rule_parts(right.rrule)
    if (left.rule != "weekday_alone" or left.type != "DATE" or right.type != "SET"
            or set(parts) != {"FREQ", "BYDAY"} or parts["FREQ"] != "WEEKLY"
            or not _gap(text, left, right, "day_series", lang)):
        return None
    days, iso = byday(parts), left.core.removeprefix("XXXX-WXX-")
    if iso == left.core or not iso.isdigit() or len(days) != 1 or days[0] not in WEEKDAY_CODES:
        return None
    code = WEEKDAY_CODES[int(iso) - 1]
    if code == days[0]:
        return None
    core = f"XXXX-WXX-{iso}" + right.core[len("XXXX-WXX-") + 1:]     # the first day written, the series' part of day
    return _join(left, right, text, type="SET", raw=Raw(core, dict(right.raw.annotations)),
                 rrule=f"FREQ=WEEKLY;BYDAY={code},{days[0]}", tz=right.tz, tz_text=right.tz_text)


def _weekdays_of_series(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """TimeML keeps "Monday and Tuesday nights" two TIMEX3s, but the bare weekday belongs to the
    series the calendar joins it to: a SET of its own day at the series' part of the day."""
    out = list(atoms)
    for i in range(len(out) - 1):
        joined = _weekday_and_series(out[i], out[i + 1], text, lang)
        if joined is not None and joined.rrule:
            code = byday(rule_parts(joined.rrule))[0]
            out[i] = replace(out[i], type="SET", raw=Raw(joined.core, dict(out[i].raw.annotations)),
                             rrule=f"FREQ=WEEKLY;BYDAY={code}")
    return out


def _day_to_dated_clock(left: Atom, right: Atom) -> bool:
    """"from March 2 to 4:00 p.m. Central Time on March 30": a day, then a clock on a later day."""
    return (left.type == "DATE" and right.type == "TIME" and names_one_day(left) and not right.raw.get("to")
            and bool(right.parts) and CALENDAR.match(right.core) is not None and bool(time_of(right.core)))


def _dated_clock_to_day(left: Atom, right: Atom) -> bool:
    """"from 22:00 on 31 March to 20 April": a clock on a written day, then a later day: a window that
    opens at the clock and closes with the day."""
    return (left.type == "TIME" and right.type == "DATE" and _timed_day(left) and names_one_day(right)
            and not right.raw.get("to"))


def _bracketed_end(text: str, left: Atom, right: Atom, lang: str) -> bool:
    """"02/03/2030 (until 09/03/2030)": a range's end in a bracket of its own, right after its start, that
    closes right after the end (a schedule's row, whose label may be glued to the bracket)."""
    return (names_one_day(left) and names_one_day(right) and text.startswith(")", right.end)
            and _gap(text, left, right, "range_bracketed", lang))


_YEAR_CORE = re.compile(r"\d{4}")                # "2026": a year alone
_YEARLESS_MONTH_CORE = re.compile(r"XXXX-\d\d")   # "December": a month with no year written


def _date_range(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    if left.raw.get("to") or left.type not in ("DATE", "TIME"):
        return None
    if left.type != right.type and not (_day_to_dated_clock(left, right) or _dated_clock_to_day(left, right)):
        return None
    if left.core.startswith(("REF", "LAST", "P")) or right.core.startswith(("REF", "LAST", "P")):
        return None
    if _is_clock(left) or _is_clock(right):
        return None
    if _YEAR_CORE.fullmatch(left.core) and _YEARLESS_MONTH_CORE.fullmatch(right.core):
        return None         # "moved from 2026 to December": a year, then a month that year's words do not date
    bracketed = _bracketed_end(text, left, right, lang)
    link = "" if bracketed else _range_gap(text, left, right, lang)
    if link is None and names_one_day(left) and names_one_day(right) and _clause_gap(text, left, right, "range_end_clause", lang):
        link = ""           # "begin on Monday, March 2 and end on Friday, March 20"
    if link is None and names_one_day(left) and names_one_day(right) and _gap(text, left, right, "range_to_day_end", lang):
        link = ""           # "from Friday, January 20 to the end of Sunday, January 26"
    if link is None and names_one_day(left) and names_one_day(right) and converted_end(text, left.end, right.start, lang):
        link = ""           # "begin on 10 March and end on the 14th of Rajab 1452 H, corresponding to 15 March"
    if link is None and not _between(text, left, right, lang):
        return None
    if _labelled_by_name(left, right, text) or _holiday_row(left, right, text):
        return None
    if bracketed:       # "02/03/2030 (until 09/03/2030)": the range takes the bracket its end closes
        merged = _range(left, right, text)
        merged.end = right.end + 1
        return merged
    if _restated_weekday(left, right):
        return _join(left, right, text, raw=Raw(right.core, dict(right.raw.annotations)), tz=right.tz,
                     tz_text=right.tz_text, problem=right.problem)    # "SUNDAY- April 2, 2023": one day
    return _approximate_end(_range(left, right, text), link or "")


def _directed_weekday_pair(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"will strike next Thursday and Friday": a weekday that a direction word leads, then the
    weekday after it joined by "and" (connectors.tsv role weekday_pair), are two days in a row, one range as
    "17 and 18 June" is. Read alone, the bare second weekday was counted from the page's day and its verb's
    tense, a week before the first."""
    if left.type != "DATE" or right.type != "DATE" or not left.raw.get("dir") or left.raw.get("to"):
        return None
    if right.raw.annotations or not _gap(text, left, right, "weekday_pair", lang):
        return None
    first, second = BARE_WEEKDAY.fullmatch(left.core), BARE_WEEKDAY.fullmatch(right.core)
    if first is None or second is None or int(second.group(1)) != int(first.group(1)) % 7 + 1:
        return None
    return _range(left, right, text)


# How far apart a range's start and end may stand when a bracketed aside parts them (_glossed_range).
_GLOSSED_REACH = GLOSS_MAX + 4 + _GAP_MAX


def _glossed_range(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"from Monday, 9 February 2026 (a lunar date) to Sunday, 15 February 2026": two single days, the
    first led by "from" and followed by a bracketed aside, then a range link (role range_after_gloss)."""
    if left.raw.get("to") or right.raw.get("to") or left.type != "DATE" or right.type != "DATE":
        return None
    if not (names_one_day(left) and names_one_day(right)):
        return None
    after = gloss_end(text, left.end)
    link = connectors(lang).get("range_after_gloss")
    if after is None or link is None or right.start - after > _GAP_MAX or right.start < after:
        return None
    if link.fullmatch(text, after, right.start) is None or not _from_led(text, left, lang):
        return None
    return _range(left, right, text)


def _asides_in_glosses(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """The atoms inside the bracket of a glossed range's start left out ("from Friday, 20 January 2023 (day 29 of
    the last month by the moon) to Thursday, 26 January 2023"): the bracket's own "the last month" restates the
    start in another calendar, no day of the story, and would part the start from its end. Only when the first atom
    after the bracket ends the range (_glossed_range); each start's bracket is read once and is bounded."""
    dropped: set[int] = set()
    for at, left in enumerate(atoms):
        after = gloss_end(text, left.end) if left.type == "DATE" else None
        if after is None:
            continue
        nxt = at + 1
        while nxt < len(atoms) and atoms[nxt].end <= after:
            nxt += 1
        if nxt > at + 1 and nxt < len(atoms) and _glossed_range(left, atoms[nxt], text, lang) is not None:
            dropped.update(range(at + 1, nxt))
    return [atom for at, atom in enumerate(atoms) if at not in dropped] if dropped else atoms


_LINE_BLANK = r"[^\S\n]"     # the blanks after a lead word that keep it on its atom's line
_ANY_BLANK = r"\s"           # any blank, a line break too (the class role range_opener has always read)


def _role_words(lang: str, role: str) -> list[str]:
    return [row["word"] for row in load_table(lang, "connectors") if row["role"] == role]


@lru_cache(maxsize=None)
def _lead_words(lang: str, role: str, blank: str = _LINE_BLANK) -> re.Pattern[str] | None:
    """The words of ``connectors.tsv`` role ``role``, as the last words before an atom, each
    followed by one to WIDEST_BLANK characters of the class ``blank``."""
    words = _role_words(lang, role)
    if not words:
        return None
    return re.compile(rf"(?<![\w])(?:{word_alternation(words)}){blank}{{1,{WIDEST_BLANK}}}$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _lead_reach(lang: str, role: str) -> int:
    """How far back ``_lead_words`` of ``role`` may start: its widest word (each inner blank at its widest run) and
    the blanks after it, so a longer word added to the table is still found."""
    return widest_match(_role_words(lang, role)) + WIDEST_BLANK


def _led_by(text: str, at: int, lang: str, role: str, floor: int = 0, blank: str = _LINE_BLANK) -> bool:
    """Whether a word of ``role`` ends right before ``at`` (after ``floor``), its blanks of class ``blank``."""
    lead = _lead_words(lang, role, blank)
    return lead is not None and lead.search(text, max(floor, at - _lead_reach(lang, role)), at) is not None


_OPENED_REACH = 120                     # characters of a clause between an opened start and its end
_CLAUSE_BREAK = re.compile(r"[.;!?\n]")


def _opened_range(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"lanes shut beginning at 7 a.m., and will stay that way until 2 p.m.": a clock that a starting word leads
    and a clock that "until" leads, with only words of one clause between them, are one range of hours. Days are
    left apart: the words between two days name what runs ("Starting May 3, the fair runs until May 10"), and a
    span over them would hide those words from the title."""
    if left.raw.get("to") or right.raw.get("to") or right.start - left.end > _OPENED_REACH:
        return None
    if not (_is_clock(left) and _is_clock(right)):
        return None
    if _CLAUSE_BREAK.search(text, left.end, right.start):
        return None
    if not (_led_by(text, left.start, lang, "range_start_lead")
            and _led_by(text, right.start, lang, "range_end_lead", floor=left.end)):
        return None
    return _clock_range(left, right, text)


def _range_hours(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"from Monday 5 May to Friday 16 May from 08:30 to 15:30": a range of days joined from its
    two ends, then one range of clocks, is those hours on each day of it, as "5-16 May from 08:30
    to 15:30" is (events.timing.daily_hours makes the series); a single clock after the range
    ("..., at 10:00") says no more than the first day's time and stays apart."""
    if not (left.type == "DATE" and len(left.parts) == 2 and _day_part(left.core) and _day_part(left.raw.get("to") or "")
            and _is_clock(right) and right.raw.get("to") and _gap(text, left, right, "date_time", lang)):
        return None
    return _date_time(left, right, left, right, text)


def _ranges_with_hours(atoms: list[Atom], text: str, lang: str, reach: int) -> list[Atom]:
    """Ranges of days that take the hours after them (``_range_hours``), except the bounds of a
    weekly series just before ("every Tuesday from 12 January to 23 March, from 14:00 to 16:00":
    the hours are each Tuesday's, which the series readers give it)."""
    def series_bounds(out: list[Atom]) -> bool:
        return len(out) > 1 and out[-2].type == "SET" and out[-1].start - out[-2].end <= reach

    return _pairs(atoms, text, lang, _range_hours, reach, held=series_bounds)


def _restated_weekday(left: Atom, right: Atom) -> bool:
    """A bare weekday before a dash and a full date that falls on that weekday ("PALM SUNDAY- April 2,
    2023", a programme's day heading): the weekday restates the date, it opens no range to it."""
    weekday = BARE_WEEKDAY.fullmatch(left.core)
    if weekday is None or right.raw.get("to"):
        return False
    try:
        day = calendar_day.fromisoformat(right.core)
    except ValueError:
        return False
    return day.isoweekday() == int(weekday.group(1))


_NAMED_ENDS = ("season", "holiday")      # rules of a named period: "Spring", "Easter"
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d]")


def _labelled_by_name(left: Atom, right: Atom, text: str) -> bool:
    """"Monday 8 January - Spring term starts", "Wednesday 27 March - Easter service": a diary
    row's day, a dash, then its label, which opens with a season's or a holiday's name. A day
    does not run to a named period that goes on into more words of a label. A list line that is
    only a day, a dash and a holiday's name ("c) 2nd of April - Good Friday (movable holiday)")
    is a holiday list's row too: the day is the name's that year, no run up to the name."""
    if right.rule.split("+")[0] not in _NAMED_ENDS:
        return False
    day = CALENDAR.match(left.core)
    if (day is None or day.group("day") in (None, "XX")
            or _SPACED_DASH.fullmatch(text, left.end, right.start) is None):
        return False
    if _WORD_AFTER.match(text, right.end) is not None:
        return True
    return alone_on_line(text, left.start, right.end)


_MONTH_RULE = "month_alone"
_ROW_OPENING = re.compile(r"[^\S\n]*(?:[-•*][^\S\n]+)?(?:[^\W\d_]+[^\S\n]+)?")     # a bullet, a modifier ("Early May")
_ROW_CLOSING = re.compile(r"[^\S\n]*[.*]?[^\S\n]*(?:\n|\Z)")


def _holiday_row(left: Atom, right: Atom, text: str) -> bool:
    """"Good Friday - Friday 3 April", "Labour Day - Monday 26 October", "Spring - Monday 25
    May", "Early May - Monday 4 May": a closures list's row, a holiday's, a season's or the
    day's own month's name opening its line, a dash, and the day closing the line. The day is
    the one the name stands for that year (a holiday's varies by country), no range's end."""
    if right.raw.get("to"):
        return False
    day = CALENDAR.match(right.core)
    if day is None or day.group("day") in (None, "XX") or "\n" in text[left.end:right.start]:
        return False
    month = CALENDAR.match(left.core) if left.rule == _MONTH_RULE else None
    if left.rule not in _NAMED_ENDS and (month is None or month.group("month") != day.group("month")):
        return False
    line_start = text.rfind("\n", 0, left.start) + 1
    return (_SPACED_DASH.fullmatch(text, left.end, right.start) is not None
            and _ROW_OPENING.fullmatch(text, line_start, left.start) is not None
            and _ROW_CLOSING.match(text, right.end) is not None)


def _from_led(text: str, left: Atom, lang: str) -> bool:
    """A range-opening "from" stands right before the start: "from Monday, June 5, to ..." is a range, where
    a bare "on May 3, to ..." may tell a change's amount."""
    return _led_by(text, left.start, lang, "range_from_opener")


def _between(text: str, left: Atom, right: Atom, lang: str) -> bool:
    """"between 1 and 5 March", "between 10:00 and 14:00": the two ends of one range, its opener
    (``connectors.tsv`` role range_opener, "between the hours of 8.00 am") before the first."""
    return (_between_linked(text, left, right, lang)
            and _led_by(text, left.start, lang, "range_opener", blank=_ANY_BLANK))


def _between_linked(text: str, left: Atom, right: Atom, lang: str) -> bool:
    """Only a range's "and" (role range_between) stands between the two atoms, near enough."""
    link = connectors(lang).get("range_between")
    return (link is not None and right.start - left.end <= _GAP_MAX
            and link.fullmatch(text, left.end, right.start) is not None)


def _leads(lang: str, name: str) -> re.Pattern[str]:
    """The words of list ``name`` (one or two words each) at the end of what is searched."""
    return re.compile(rf"(?<![\w'\u2019-])(?:{word_alternation(list(load_list(lang, name)), dispatched=True)})\s{{1,3}}\Z",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _bound_leads(lang: str) -> dict[str, re.Pattern[str]]:
    """``_leads`` of every list that ``duration_modifiers.tsv`` names in its column bound_after, built
    with the language's other tables (``one_time.prepare``), not by the first page with such a word."""
    names = {row["bound_after"] for row in load_table(lang, "duration_modifiers") if row.get("bound_after")}
    return {name: _leads(lang, name) for name in sorted(names)}


def _led(text: str, start: int, name: str, lang: str) -> bool:
    """A word of list ``name`` stands right before ``start`` ("lasted over a week", "just over an hour")."""
    return _bound_leads(lang)[name].search(text, max(0, start - 24), start) is not None


def _modifiers(atoms: list[Atom], text: str, vocab: Vocabulary, timeml: bool = False) -> list[Atom]:
    dates = _prefix_words(vocab.lang, "modifiers")
    durations = _prefix_words(vocab.lang, "duration_modifiers")
    out = []
    floor = 0
    for atom in atoms:
        window = text[max(floor, atom.start - _LOOKBACK):atom.start]
        if atom.type == "DURATION":
            match = durations.find(window)
            row = vocab.duration_modifiers[norm(match.word)] if match else None
            if row and row.get("before_the") == "no" and text[atom.start:atom.start + 4].lower() == "the ":
                row = None
            start = atom.start - len(window) + match.start if match else atom.start
            bound = bool(row and row.get("bound_after")) and _led(text, start, row["bound_after"], vocab.lang)
            if row and row.get("bound_after") and not bound:
                row = None                   # "can be used over three years": the preposition of extent
            if row and not (timeml and row.get("timeml") == "no"):
                atom = replace(atom, start=start, mod=row["mod"])
        elif atom.type in ("DATE", "TIME") and not atom.core.endswith("_REF"):
            if atom.raw.get("mod"):
                out.append(_approximated(atom, text, vocab, floor, timeml))
                floor = atom.end
                continue
            match = dates.find(window)
            key = norm(match.word) if match else ""
            row = vocab.modifiers.get(key)
            if row and row.get("ends") and not _ends_with(text[atom.start:atom.end], row["ends"]):
                row = None                   # "more than" dates only a span back ("more than a decade ago")
            if row and text.startswith(_POSSESSIVE, atom.end):
                row = None                   # "around Wednesday's ruling": the word governs the noun
            if row and row.get("direct") == "yes" and match.link:
                row = None                   # "will be around in 1995": "be around", no approximation
            if row and not timeml and row.get("calfeed") == "no":
                row = None                   # "the post-Christmas dinner": the events read the prefix
            if row and timeml and atom.rule in row.get("timeml_outside", "").split("|"):
                row = None                   # "Earlier Friday": TimeML tags the weekday alone
            if row and not (timeml and row.get("timeml") == "no" and not _timeml_inside(row, text[atom.start:atom.end])):
                raw = Raw(atom.core, dict(atom.raw.annotations))
                raw.annotations["mod"] = key
                atom = replace(atom, start=atom.start - len(window) + match.start, raw=raw,
                               mod=row["mod"], approximate=row["approx"] == "yes")
                atom = _approximated(atom, text, vocab, floor, timeml)
        out.append(atom)
        floor = atom.end
    return out


def _approximated(atom: Atom, text: str, vocab: Vocabulary, floor: int, timeml: bool) -> Atom:
    """A date a position word already places ("year end", "the middle of March") with an approximator
    before it ("around year end"): the word joins the span, and the position keeps its window and mod."""
    if not atom.approximate:
        return atom
    window = text[max(floor, atom.start - _LOOKBACK):atom.start]
    match = _prefix_words(vocab.lang, "modifiers").find(window)
    row = vocab.modifiers.get(norm(match.word)) if match else None
    if row is None or not _approximates(row, timeml):
        return atom
    return replace(atom, start=atom.start - len(window) + match.start)


_POSSESSIVE = ("'s", "’s")


def _approximates(row: dict[str, str], timeml: bool) -> bool:
    """A row that only makes a date approximate ("around"), which a date placed by a position
    word ("year end", "the middle of March") can take on top, in the view that keeps the word."""
    return row["mod"] == "APPROX" and row["window"] == "0-1" and not (timeml and row.get("timeml") == "no")


def _timeml_inside(row: dict[str, str], span: str) -> bool:
    """A word TimeML leaves outside a date is inside it before the date's ``timeml_ends``
    word: "about two years ago" is one TIMEX3, "about 10:35 a.m." is not."""
    return bool(row.get("timeml_ends")) and _ends_with(span, row["timeml_ends"])


def _ends_with(span: str, word: str) -> bool:
    return span.lower().rstrip().endswith(" " + word)


@lru_cache(maxsize=None)
def _suffix(lang: str) -> re.Pattern[str]:
    from calfeed.timex.vocabulary import vocabulary

    body = word_alternation(list(vocabulary(lang).suffix_modifiers), dispatched=True)
    return re.compile(rf"\s{{1,3}}(?P<w>{body})(?![\w-])", re.IGNORECASE)


_CLAUSE_GOES_ON = re.compile(r"\s{0,3}[\w(]")


def _suffixes(atoms: list[Atom], text: str, vocab: Vocabulary, timeml: bool = False) -> list[Atom]:
    """Words after an expression that qualify it: "1994 or later", "the next year or so"."""
    pattern = _suffix(vocab.lang)
    out = []
    for index, atom in enumerate(atoms):
        # (the pattern opens with a blank: most expressions end before a mark or a line's end)
        match = pattern.match(text, atom.end) if text[atom.end:atom.end + 1].isspace() else None
        row = vocab.suffix_modifiers[norm(match.group("w"))] if match else None
        following = atoms[index + 1].start if index + 1 < len(atoms) else len(text)
        if row and row.get("last") == "yes" and _CLAUSE_GOES_ON.match(text, match.end()):
            row = None
        if (row and atom.type in row["types"].split() and not atom.mod and match.end() <= following
                and not (timeml and row.get("timeml") == "no")):
            raw = atom.raw
            if row.get("story") == "REF" and raw.core.startswith("LAST"):    # "for the next day or so": from now
                raw = Raw("REF" + raw.core[4:], dict(raw.annotations))
            atom = replace(atom, end=match.end(), mod=row["mod"], raw=raw,
                           approximate=atom.approximate or row["approx"] == "yes")
        out.append(atom)
    return out


def _adjacent_date_time(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """TimeML's one join: a clock time and a day written side by side ("9 a.m. Tuesday", "5 p.m., Nov. 6")."""
    if _breaks(text, left, right):
        return None
    if text[left.end:right.start].strip() not in ("", ","):
        if names_one_day(left) and _is_clock(right) and _year_then_clock(text, left, right, lang):
            return _date_time(left, right, left, right, text)     # a web dateline: one TIMEX3 too
        return None
    if _is_clock(left) and names_one_day(right) and not _labels_next(text, right):
        return _date_time(right, left, left, right, text)
    if names_one_day(left) and _is_clock(right):
        return _date_time(left, right, left, right, text)
    return None


def _clocks_dated(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """TimeML keeps "10 a.m. on Feb. 14" as two TIMEX3s, but the clock still takes that day."""
    out = list(atoms)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        if _is_clock(left) and names_one_day(right) and _gap(text, left, right, "time_date", lang) \
                and not _labels_next(text, right):
            out[i] = replace(left, raw=Raw(with_time(right.core, time_of(left.core)), dict(left.raw.annotations)))
        elif names_one_day(left) and _is_clock(right) and _gap(text, left, right, "date_time", lang):
            out[i + 1] = replace(right, raw=Raw(with_time(left.core, time_of(right.core)),
                                                dict(right.raw.annotations)))
    return out


# Rules whose yearless day stands for the ISO week holding it ("the week of March 6"), and
# rules whose 00:00 is the word "midnight" (the end of its day in TimeML: T24:00).
_WEEK_OF_RULES = ("week_of_day", "week_of_numeric")
_MIDNIGHT_RULES = ("clock_noon",)


def _annotated(atom: Atom, **annotations: str) -> Atom:
    raw = Raw(atom.core, {**atom.raw.annotations, **annotations})
    return replace(atom, raw=raw)


def _marked(atoms: list[Atom]) -> list[Atom]:
    """What a rule's words mean beyond its day: the week holding it, midnight as a day's end.

    The builder can write "the week of March 6, 2000" as 2000-W10 at once; without a year the
    week is known only once the resolver has chosen the day's year, so the day carries
    ``of=W``. "midnight" keeps its clock 00:00 (what a reader of the raw value expects of a
    day-less clock) and carries ``eod``: the day it is attached to ends with it.
    """
    out = []
    for atom in atoms:
        match = CALENDAR.match(atom.core)
        if (atom.rule in _WEEK_OF_RULES and match and match.group("day") and match.group("year") == "XXXX"
                and not atom.raw.get("to")):
            atom = _annotated(atom, of="W")
        elif atom.rule.split("+")[0] in _MIDNIGHT_RULES and atom.core.endswith("T00:00"):
            atom = _annotated(atom, eod="1")
        out.append(atom)
    return out


@dataclass(frozen=True)
class _DayCounts:
    """What ``day_counts.tsv`` gives the counts from a day: its link words (whole gap), their
    signs, the veto words, and "the day before " (a unit of role one counted once by a link)."""
    link: re.Pattern[str]
    signs: dict[str, str]          # link word -> + or -
    veto: re.Pattern[str]
    once: EndsWithWord             # "the day before ", read only where a link word ends the window
    units: dict[str, str]          # unit of role one -> its length ("day" -> P1D)


@lru_cache(maxsize=None)
def _counts(lang: str) -> _DayCounts:
    rows = load_table(lang, "day_counts")
    links = {norm(r["word"]): r["sign"] for r in rows if r["role"] == "link"}
    vetoes = [r["word"] for r in rows if r["role"] == "veto"]
    units = {norm(r["word"]): r["sign"] for r in rows if r["role"] == "one"}
    linked = word_alternation(list(links), dispatched=True)
    return _DayCounts(
        link=re.compile(rf"\s{{1,3}}(?P<w>{linked})\s{{1,3}}", re.IGNORECASE),
        signs=links,
        veto=re.compile(rf"(?<![\w])(?:{word_alternation(vetoes, dispatched=True)})\s{{1,3}}$", re.IGNORECASE),
        once=EndsWithWord(re.compile(rf"(?<![\w'\u2019-])the\s{{1,3}}(?P<u>{word_alternation(list(units), dispatched=True)})"
                                     rf"\s{{1,3}}(?P<w>{linked})\s{{1,3}}\Z", re.IGNORECASE), last_words(links)),
        units=units)


def count_link_signs(lang: str) -> dict[str, str]:
    """``day_counts.tsv``'s link words with their sign (+ later, - earlier), for the other
    readers of a count from a day (event_clocks: "6 a.m. ten days before the shooting")."""
    return _counts(lang).signs


_AMOUNT = re.compile(r"^P(?P<n>\d+)(?P<unit>[DWMY])$")


def _counted_day(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """An amount counted from a day is a day: "two weeks from Monday", "three days after 5 May"."""
    amount = _AMOUNT.match(left.core)
    if left.type != "DURATION" or amount is None or not names_one_day(right) or right.raw.get("to"):
        return None
    counts = _counts(lang)
    match = counts.link.fullmatch(text, left.end, right.start)
    if match is None or _breaks(text, left, right) or counts.veto.search(text, max(0, left.start - 16), left.start):
        return None
    sign = counts.signs[norm(match.group("w"))]
    plus = f"{sign}P{amount.group('n')}{amount.group('unit')}"
    return _join(left, right, text, type=right.type, raw=Raw(right.core, {**right.raw.annotations, "plus": plus}),
                 tz=right.tz, tz_text=right.tz_text, problem=right.problem)


_LONE_WEEKDAY = re.compile(r"XXXX-WXX-(?P<iso>[1-7])")


@dataclass(frozen=True)
class _WeekdayCounts:
    """day_counts.tsv's weekday links ("before", "after") with their signs, and the article before the weekday."""

    link: re.Pattern[str]
    signs: dict[str, str]
    article: re.Pattern[str]


@lru_cache(maxsize=None)
def _weekday_counts(lang: str) -> _WeekdayCounts:
    rows = load_table(lang, "day_counts")
    signs = {norm(r["word"]): r["sign"] for r in rows if r["role"] == "weekday"}
    articles = [r["word"] for r in rows if r["role"] == "weekday_article"]
    return _WeekdayCounts(
        link=re.compile(rf"\s{{1,3}}(?P<w>{word_alternation(list(signs), dispatched=True)})\s{{1,3}}", re.IGNORECASE),
        signs=signs,
        article=re.compile(rf"(?<![\w'\u2019-])(?:{word_alternation(articles, dispatched=True)})\s{{1,3}}$", re.IGNORECASE))


def _weekday_counted_from_day(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"the Sunday before Ash Wednesday", "the Monday after Easter": a weekday counted from a day
    (a holiday, a date) is the nearest such weekday on that side of it, one day; read apart, the
    weekday fell in the page's week and the holiday took the next sentence's clock."""
    weekday = _LONE_WEEKDAY.fullmatch(left.core)
    if weekday is None or left.raw.annotations or right.raw.annotations or right.type != "DATE":
        return None
    day = CALENDAR.match(right.core)
    if day is None or not (day.group("day") not in (None, "XX") or _one_day_holiday(day.group("holiday"), lang)):
        return None             # a full day or a one-day holiday, not another weekday, a month or "tomorrow"
    counts = _weekday_counts(lang)
    match = counts.link.fullmatch(text, left.end, right.start)
    if match is None or counts.article.search(text, max(0, left.start - 8), left.start) is None:
        return None
    near = f"{weekday.group('iso')}{counts.signs[norm(match.group('w'))]}"
    return _join(left, right, text, type="DATE", raw=Raw(right.core, {"near": near}), tz=right.tz, tz_text=right.tz_text)


def _one_day_holiday(name: str | None, lang: str) -> bool:
    """A holiday of one day ("Ash Wednesday"), not a season that runs through another ("Lent")."""
    row = vocabulary(lang).holidays.get(norm(name)) if name else None
    return row is not None and not row.get("through")


_ONE_COUNT_REACH = 40   # characters before a day searched for "the day before "


def _days_counted_once(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """"The day before last Tuesday", "the day after Christmas": one unit counted from the day
    the atom names is a day of its own; the span takes the unit and the link, the article stays
    outside (TimeBank NYT20000224.0173)."""
    counts = _counts(lang)
    out: list[Atom] = []
    for atom in atoms:
        if not names_one_day(atom) or atom.raw.get("to") or atom.raw.get("plus") or "+" in atom.rule:
            out.append(atom)
            continue
        floor = max(out[-1].end if out else 0, atom.start - _ONE_COUNT_REACH)
        match = counts.once.search(text, floor, atom.start)
        if match is None:
            out.append(atom)
            continue
        plus = f"{counts.signs[norm(match.group('w'))]}{counts.units[norm(match.group('u'))]}"
        out.append(replace(atom, start=match.start("u"), raw=Raw(atom.core, {**atom.raw.annotations, "plus": plus}),
                           rule=f"one_unit_count+{atom.rule}"))
    return out


_OF = re.compile(r"\s{1,3}of\s{1,3}", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"(?<![\w'\u2019])(?P<w>\w+)\s{1,3}$")


def _reported_weekday(day: Atom, text: str, lang: str) -> bool:
    """A verb of saying stands right before the weekday ("said Friday this week it would ..."):
    news puts the reported clause next, so a week after the weekday may open that clause."""
    word = _WORD_BEFORE.search(text, max(0, day.start - 24), day.start)
    return word is not None and norm(word.group("w")) in reporting_verbs(lang)


def _week_picked(left: Atom, right: Atom, text: str, lang: str) -> Raw | None:
    """"Tuesday last week", "Thursday of next week", "next week on Friday": the weekday inside the
    week named beside it (``weekday_week``, ``week_weekday`` in connectors.tsv), not the nearest such
    weekday. The week's raw value with the weekday to pick in it (``pick`` W<iso weekday>), or None
    when the two are not so linked: a vague count of weeks ("a few weeks ago") or a bare "the week"
    that goes on ("the week before Christmas") names no week, and after a verb of saying only "of"
    links ("said Friday this week it would ...": the week may open the reported clause)."""
    if _GAP_MAX < right.start - left.end:
        return None
    weekday_first = CALENDAR.match(left.core) is not None
    day_atom, week_atom = (left, right) if weekday_first else (right, left)
    day, week = CALENDAR.match(day_atom.core), ANCHORED.match(week_atom.core)
    if (day_atom.type not in ("DATE", "TIME") or day is None or day.group("year") != "XXXX" or day.group("week") != "XX"
            or day.group("weekday") in (None, "WE") or day_atom.raw.annotations
            or week is None or week.group("unit") != "W" or week.group("n") == "X" or week.group("time")
            or week_atom.raw.get("pick") or week_atom.rule == "the_unit_modified"
            or not _gap(text, left, right, "weekday_week" if weekday_first else "week_weekday", lang)
            or POSSESSIVE_END.match(text, right.end)
            or (weekday_first and _reported_weekday(day_atom, text, lang) and not _OF.fullmatch(text, left.end, right.start))):
        return None
    time = time_of(day_atom.core)         # "Friday 5 pm next week": the picked day keeps its clock
    return Raw(week_atom.core, {**week_atom.raw.annotations,
                                "pick": "W" + day.group("weekday") + (f"T{time}" if time else "")})


def _weekday_in_week(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """One expression of the weekday and its week (see _week_picked)."""
    raw = _week_picked(left, right, text, lang)
    if raw is None:
        return None
    day = left if CALENDAR.match(left.core) else right      # "next week on Friday at 5pm" is a TIME as its day is
    return _join(left, right, text, raw=raw, type=day.type, problem=left.problem or right.problem)


def _weekdays_placed_in_weeks(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """TimeML keeps "Tuesday" and "last week" two TIMEX3s; the weekday still takes its day in that week."""
    out = list(atoms)
    for n in range(len(out) - 1):
        raw = _week_picked(out[n], out[n + 1], text, lang)
        if raw is not None:
            day = n if CALENDAR.match(out[n].core) else n + 1
            out[day] = replace(out[day], raw=raw)
    return out


def _month_anchored(atom: Atom) -> bool:
    """A month named from the reference or the story ("next month", "this month")."""
    match = ANCHORED.match(atom.core)
    return atom.type == "DATE" and match is not None and match.group("unit") == "M" and not match.group("time")


def _year_of(left: Atom, right: Atom, text: str) -> str | None:
    """The year shift ("-1") when ``left`` is a month, a day of a month or a season of no year and
    ``right`` the year named from the document's date it is "of" ("March of last year", "the spring
    of next year", "March 31 of next year")."""
    match, year = CALENDAR.match(left.core), ANCHORED.match(right.core)
    if (match is None or match.group("year") != "XXXX" or match.group("time")
            or not (match.group("month") not in (None, "XX") or match.group("season"))
            or left.raw.get("yr") or left.raw.get("dir") or left.raw.get("to")
            or year is None or right.type != "DATE" or year.group("anchor") != "REF" or year.group("unit") != "Y"
            or year.group("n") in (None, "X") or year.group("time") or not _OF.fullmatch(text, left.end, right.start)):
        return None
    return str(int(year.group("n")) * (-1 if year.group("sign") == "-" else 1))


def _of_named_year(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"March of last year", "the spring of next year": one date, the month or season in that year."""
    shift = _year_of(left, right, text)
    if shift is None:
        return None
    return _join(left, right, text, raw=Raw(left.core, {**left.raw.annotations, "yr": shift}))


def _months_of_named_years(atoms: list[Atom], text: str) -> list[Atom]:
    """TimeML keeps "May of this year" as two TIMEX3s (the guidelines' "December last year"), but the
    month still takes that year."""
    out = list(atoms)
    for i in range(len(out) - 1):
        shift = _year_of(out[i], out[i + 1], text)
        if shift is not None:
            out[i] = replace(out[i], raw=Raw(out[i].core, {**out[i].raw.annotations, "yr": shift}))
    return out


def _in_named_month(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"the first Friday of next month": a weekday counted within a month named relatively.

    The ordinal before the weekday ("the first", "the last") is read back from the text; the
    month keeps its own resolution and the resolver picks the day inside it (``pick``).
    """
    from calfeed.timex.vocabulary import vocabulary

    match = CALENDAR.match(left.core)
    if (not _month_anchored(right) or match is None or not match.group("weekday")
            or match.group("weekday") == "WE" or match.group("time") or not _OF.fullmatch(text, left.end, right.start)):
        return None
    inside = _ordinal_head(lang).match(text, left.start, left.end)   # "the last Monday" is one atom
    nth = (int(vocabulary(lang).number(inside.group("n")) or 0), left.start) if inside \
        else _ordinal_before(left.start, text, lang)
    if nth is None or nth[0] == 0:
        return None
    number, start = nth
    raw = Raw(right.core, {**right.raw.annotations, "pick": f"{match.group('weekday')}#{number}"})
    merged = _join(left, right, text, raw=raw)
    return replace(merged, start=start)


@lru_cache(maxsize=None)
def _ordinal_head(lang: str) -> re.Pattern[str]:
    from calfeed.timex.rules import expand

    return re.compile(expand(r"(?:%ordArticle\s{1,3})?(?P<n>%ordWord)\s{1,3}", lang), re.IGNORECASE)


@lru_cache(maxsize=None)
def _ordinal_tail(lang: str) -> re.Pattern[str]:
    from calfeed.timex.rules import expand

    return re.compile(expand(r"(?<![\w])(?:%ordArticle\s{1,3})?(?P<n>%ordWord|%dayNum)\s{0,3}$", lang), re.IGNORECASE)


def _ordinal_before(start: int, text: str, lang: str) -> tuple[int, int] | None:
    """The ordinal right before ``start`` ("the first ", "the 20th "), and where its words begin."""
    from calfeed.timex.vocabulary import vocabulary

    window = max(0, start - 32)
    match = _ordinal_tail(lang).search(text, window, start)
    if match is None:
        return None
    number = vocabulary(lang).number(match.group("n"))
    if number is None or number != int(number):
        return None
    return int(number), match.start()


def _days_of_months(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """"the 20th of next month": a day of a relatively named month, read from the words before it.
    Such a month's core counts months from an anchor ("REF+P1M"): a list with no "M" past a core's
    first three characters holds none (most pages), and is kept as it is."""
    if not any("M" in atom.raw.core[3:] for atom in atoms):
        return list(atoms)
    out: list[Atom] = []
    floor = 0
    for atom in atoms:
        if _month_anchored(atom) and not atom.raw.get("pick"):
            run = _ordinal_run(out, atom, text, lang)
            if run is not None:          # "from 11th to 14th next month": the days the run names, one span
                start, first, last = run
                while out and out[-1].start >= start:
                    out.pop()            # a day of the run read alone ("from 20th")
                atom = replace(_annotated(atom, pick=str(first), to=f"XXXX-XX-{last:02d}"), start=start)
                out.append(atom)
                floor = atom.end
                continue
            head = re.search(r"\s{1,3}of\s{1,3}$", text[max(floor, atom.start - 8):atom.start], re.IGNORECASE)
            nth = _ordinal_before(atom.start - len(head.group(0)), text, lang) if head else None
            if nth is not None and 1 <= nth[0] <= 31 and nth[1] >= floor:
                atom = replace(_annotated(atom, pick=str(nth[0])), start=nth[1])
        out.append(atom)
        floor = atom.end
    return out


def _ordinal_run(out: list[Atom], month: Atom, text: str, lang: str) -> tuple[int, int, int] | None:
    """The run of ordinal days before ``month`` ("the 4th to the 6th of"), where the atoms it would
    absorb are only its own days read alone: (start, first day, last day)."""
    keep = len(out)
    while keep and out[keep - 1].end > month.start - RUN_REACH:
        keep -= 1
    floor = out[keep - 1].end if keep else 0
    run = ordinal_run_before(text, month.start, floor, lang)
    if run is None:
        return None
    if any(a.start >= run.start and (a.type != "DATE" or not a.core.startswith("XXXX-XX-")) for a in out[keep:]):
        return None
    if any(a.start < run.start < a.end for a in out[keep:]):
        return None
    return run


def _weekday_the_day(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """"Friday the 13th": the day of a month that falls on that weekday (``wd``), month open; "Monday
    evening the 16th" keeps its part of the day. Only a weekday's core holds "-W" ("XXXX-WXX-5"): a
    list with none (most pages) is kept as it is."""
    from calfeed.timex.vocabulary import vocabulary

    if not any("-W" in atom.raw.core for atom in atoms):
        return list(atoms)
    out = []
    for index, atom in enumerate(atoms):
        match = CALENDAR.match(atom.core)
        following = atoms[index + 1].start if index + 1 < len(atoms) else len(text)
        part = match.group("time") if match else None
        if match and match.group("weekday") and match.group("weekday") != "WE" and (not part or part.isalpha()) \
                and not atom.raw.annotations and atom.type == "DATE":
            day = the_day_after(lang).match(text, atom.end)
            number = vocabulary(lang).number(day.group("d")) if day and day.end() <= following else None
            if number is not None and number == int(number) and 1 <= number <= 31:
                core = f"XXXX-XX-{int(number):02d}" + (f"T{part}" if part else "")
                atom = replace(atom, end=day.end(), raw=Raw(core, {"wd": match.group("weekday")}))
        out.append(atom)
    return out


def _weekend_of(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """"the weekend of 10-11 July" is those days; "the weekend of 10 July" the weekend holding it."""
    if left.core != "XXXX-WXX-WE" or left.raw.annotations or right.type != "DATE":
        return None
    match = CALENDAR.match(right.core)
    if match is None or not match.group("day") or match.group("day") == "XX" or match.group("time"):
        return None
    if not _OF.fullmatch(text, left.end, right.start):
        return None
    raw = Raw(right.core, dict(right.raw.annotations)) if right.raw.get("to") else _annotated(right, of="WE").raw
    return _join(left, right, text, raw=raw, problem=right.problem)


_PAIR_RULES = ("day_pair_month", "month_day_pair", "day_or_month", "month_day_or")


@lru_cache(maxsize=None)
def _pair_link(lang: str) -> re.Pattern[str]:
    from calfeed.timex.rules import expand

    return re.compile(expand(r"\s{1,3}(?:%pairLink|%altLink)\s{1,3}", lang), re.IGNORECASE)


def _split_pairs(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """TimeML tags "April 24 and 25" as two TIMEX3s ("April 24", "25"), each its own day; so
    too the alternatives "5 or 6 August" (TimeBank's two DATEs)."""
    out: list[Atom] = []
    for atom in atoms:
        link = _pair_link(lang).search(text, atom.start, atom.end) if atom.rule in _PAIR_RULES else None
        if link is None or not atom.raw.get("to"):
            out.append(atom)
            continue
        second = Raw(atom.raw.annotations["to"])
        first = Raw(atom.core, {k: v for k, v in atom.raw.annotations.items() if k != "to"})
        out.append(replace(atom, end=link.start(), raw=first))
        out.append(replace(atom, start=link.end(), raw=second))
    return out


@lru_cache(maxsize=None)
def _reach(lang: str) -> int:
    """The most characters calfeed's joins accept between two atoms: a connector's gap
    (``_gap``), or a link matched whole ("of", "from" in "two weeks from Monday", the
    "and" of "between ... and"), as long as its pattern can match."""
    glue = connectors(lang)
    links = [_OF, _counts(lang).link] + ([glue["range_between"]] if "range_between" in glue else [])
    return max([_GAP_MAX] + [pattern_width(link) for link in links])


DAY_END = "23:59"   # the last minute of a day, as deadlines write it


@lru_cache(maxsize=None)
def _day_end_zone(lang: str) -> re.Pattern[str]:
    from calfeed.timex.lexicon import load_list

    body = word_alternation(load_list(lang, "day_end_zones"), dispatched=True)
    # Markdown emphasis may close the date first ("**March 5, 2027** (AoE)").
    return re.compile(rf"[*_]{{0,3}}[^\S\n]{{0,2}},?[^\S\n]{{0,2}}(?:\((?P<a>{body})\)|(?P<b>{body})(?![\w]))",
                      re.IGNORECASE)


def _days_ending_in_zone(atoms: list[Atom], text: str, vocab: Vocabulary) -> list[Atom]:
    """"April 11, 2028 (AoE)": a day with no clock, then a zone of ``day_end_zones.txt``, is
    that day's last minute in the zone (a deadline), like "April 11, 2028, 23:59 AoE"."""
    out = []
    for atom in atoms:
        match = None
        if names_one_day(atom) and atom.type == "DATE" and not atom.raw.get("to") and not time_of(atom.core):
            match = _day_end_zone(vocab.lang).match(text, atom.end)
        if match is None:
            out.append(atom)
            continue
        written = match.group("a") or match.group("b")
        raw = Raw(with_time(atom.core, DAY_END), dict(atom.raw.annotations))
        out.append(replace(atom, end=match.end(), type="TIME", raw=raw, tz=vocab.zone(written), tz_text=written))
    return out


def compose(atoms: list[Atom], text: str, vocab: Vocabulary, timeml: bool = False) -> list[Atom]:
    """Join ranges and date+time pairs, then attach modifiers.

    ``timeml`` follows TempEval's span conventions instead of calfeed's: ranges stay two
    TIMEX3s, only side-by-side clock and day join, and "later"/"about" stay outside.
    """
    lang = vocab.lang
    glue = connectors(lang)
    atoms = keep_dotted(atoms, text, Links(glue["date_time"], glue["time_date"], lang, glue.get("range")))
    atoms = keep_loose(_marked(atoms), text, glue["list"], glue["range"],
                       LooseContext(glue["time_date"], glue["date_time"], lang))
    if timeml:
        atoms = [a for a in atoms if a.rule not in _JOIN_ONLY]
        atoms = listed_days(split_year_ranges(_split_pairs(atoms, text, lang), text), text, lang)
        atoms = _pairs(atoms, text, lang, _adjacent_date_time)
        atoms = _clocks_dated(atoms, text, lang)
        atoms = _weekdays_placed_in_weeks(atoms, text, lang)
        atoms = _weekdays_of_series(atoms, text, lang)
        atoms = _days_counted_once(atoms, text, lang)
        atoms = _months_of_named_years(atoms, text)
    else:
        atoms = days_with_bracketed_weekdays(atoms, text)      # "November 4 (Monday)"
        atoms = weekdays_with_bracketed_days(atoms, text)      # "Wednesday (February 10, 2027, ...)"
        atoms = days_after_month(listed_days(atoms, text, lang), text, lang)   # "May 14, 15 and 16, 2026"
        atoms = weekdays_with_their_days(atoms, text, lang)    # "Saturday and Sunday, March 9 and 10"
        atoms = holidays_with_apposed_days(atoms, text, lang)  # "until Independence Day, May 26"
        reach = _reach(lang)
        # The clocks' readers change nothing in a list without a clock (most prose), and the steps
        # between them make none: such a list passes them by.
        clocked = _any_clock(atoms)
        if clocked:
            atoms = _day_clock_windows(atoms, text, lang)     # "from 21 May from 23:00 to 04:00 on 22 May"
            atoms = zone_led_clocks(atoms, text, vocab)     # "Issued at HKT 5:10": the zone's clock, as written
            atoms = afternoon_clocks(_pairs(atoms, text, lang, _time_range, reach), text)   # "CIRCUS WORKSHOPS 2.30-3.30"
            atoms = evening_runs(atoms, text)           # "opens at 7 p.m. ... sings at 7:30"
            atoms = corrected_midnights(atoms, text)    # "from 6am to 12pm [midnight]"
        atoms = _weekday_the_day(atoms, text, lang)
        atoms = _pairs(atoms, text, lang, _part_of_day_on, reach)
        if clocked:
            atoms = restated_clocks(atoms, text, glue["time_date"])     # "19:00 hours (7pm) Friday 14th August"
            atoms = _dated_times(atoms, text, lang, reach)
            atoms = _pairs(atoms, text, lang, _clock_aside_day, _ASIDE_REACH)
            atoms = _pairs(atoms, text, lang, _weekday_of_dated_clock, reach)
        atoms = _pairs(atoms, text, lang, _counted_day, reach)
        atoms = _pairs(atoms, text, lang, _weekday_counted_from_day, reach)   # "the Sunday before Ash Wednesday"
        atoms = _days_counted_once(atoms, text, lang)
        atoms = _pairs(atoms, text, lang, _in_named_month, reach)
        atoms = _pairs(atoms, text, lang, _of_named_year, reach)
        atoms = _pairs(atoms, text, lang, _weekday_in_week, reach)
        atoms = _days_of_months(atoms, text, lang)
        atoms = _pairs(atoms, text, lang, _weekend_of, reach)
        atoms = _pairs(atoms, text, lang, _repeated_day, reach)
        atoms = _pairs(atoms, text, lang, _weekday_and_series, reach)
        atoms = _pairs(atoms, text, lang, _counted_series, reach)
        atoms = _pairs(atoms, text, lang, _date_range, max(reach, _role_reach(lang, "range_end_clause"), CONVERTED_GAP))
        atoms = _pairs(_asides_in_glosses(atoms, text, lang), text, lang, _glossed_range, _GLOSSED_REACH)
        atoms = _pairs(atoms, text, lang, _directed_weekday_pair, reach)
        atoms = _pairs(atoms, text, lang, _opened_range, _OPENED_REACH)
        if _any_clock(atoms):
            atoms = _ranges_with_hours(atoms, text, lang, reach)
        atoms = _days_ending_in_zone(atoms, text, vocab)
        atoms = [a for a in atoms if a.rule not in _JOIN_ONLY]
    return _suffixes(_modifiers(atoms, text, vocab, timeml), text, vocab, timeml)

