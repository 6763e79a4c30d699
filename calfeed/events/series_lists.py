"""A series rule with its days listed under it: "Meetings take place on the 3rd Thursday of
each month at 4:00pm." over "November 20, 2025" / "December 18, 2025 (Festive Dress)" / ...
The listed days are the meetings: each is an entry at the rule's time (a day's own clock
wins), named as the series unless its line names an event of its own; when the list holds
the series' days (one listed near each day the rule gives between its first and last), the
open-ended series goes, since the list already is its schedule."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from dateutil.rrule import rrulestr

from calfeed.events.candidates import Candidate, Frame, one_day
from calfeed.events.phrases import noun_phrases
from calfeed.events.programme import on_series_day
from calfeed.events.settling import one_occasion
from calfeed.events.shared_place import day_of
from calfeed.events.superseded import after_new_day, replaces_in_place
from calfeed.events.timing import Timing
from calfeed.events.vocabulary import word_list
from calfeed.events.words import words_in
from calfeed.model import Timex
from calfeed.rrules import BYDAY_ENTRY, WEEKDAY_CODES, byday, rule_parts
from calfeed.text import line_end

MAX_LEAD_IN_LINES = 2        # "2026 meeting dates:" / "Schedule for 2026" between the rule and its list
MAX_LEAD_IN_WORDS = 8
MAX_GAP_LINES = 2            # "Summer Recess" between two listed days
MAX_GAP_WORDS = 6
MAX_NOTE_WORDS = 12          # "June 18, 2026 (4:15pm start time)": a listed day's line is short
MIN_LISTED = 2
_BRACKETED = re.compile(r"\([^()\n]*\)")    # "(Festive Dress)": a note on the day, not its name
NEAR_DAYS = 3                # "October 16, 2026, Annual Meeting" near the rule's 15 October
MOVED_DAYS = 7               # "4/28/26" for a monthly rule's 21 April: a session moved within its week
HELD_SHARE = 0.75            # listed days near this share of the rule's days: the list is the schedule
MIN_SCHEDULE = 3             # fewer listed days may be a few talks of a weekly series, not its schedule


@dataclass
class SeriesLists:
    """The days listed under each series rule, by where the rule and the days start."""

    rule_of: dict[int, int]                  # listed day's start -> its rule's start
    days_of: dict[int, list[int]]            # rule's start -> its listed days' starts
    headings: set[int]                       # dates of the lead-in lines ("2026 meeting dates:"): no entries

    def __contains__(self, start: int) -> bool:
        return start in self.rule_of


def series_lists(text: str, ordered: list[Timex]) -> SeriesLists:
    """Each series rule (a SET) whose line is followed, past at most a short lead-in line or
    two, by lines that each open with one day: those days, for the rule."""
    found = SeriesLists({}, {}, set())
    days = {t.start: t for t in ordered if one_day(t)}
    starts = sorted(t.start for t in ordered)
    for rule in ordered:
        if rule.type != "SET" or rule.start in found.rule_of:
            continue
        listed, headings = _listed_below(text, rule, days, starts)
        if len(listed) >= MIN_LISTED:
            found.days_of[rule.start] = listed
            found.headings |= headings
            for start in listed:
                found.rule_of[start] = rule.start
    return found


def _listed_below(text: str, rule: Timex, days: dict[int, Timex], starts: list[int]) -> tuple[list[int], set[int]]:
    """The starts of the days listed under the rule's line, and of the dates in its lead-in lines."""
    bullets = word_list("list_bullets")
    at = text.find("\n", rule.end)
    listed: list[int] = []
    headings: set[int] = set()
    lead_in = gap = 0
    lead_words: set[tuple[str, ...]] = set()
    while at >= 0:
        end = line_end(text, at + 1)
        line = text[at + 1:end]
        at = end if end < len(text) else -1
        body = line.strip()
        if not body:
            continue
        opening = len(line) - len(line.lstrip())
        marked = body.split(maxsplit=1)
        if marked and marked[0] in bullets and len(marked) > 1:
            opening = line.index(marked[1], opening)
        line_start = end - len(line)
        first = days.get(line_start + opening)
        inside = starts[bisect_left(starts, line_start):bisect_left(starts, end)]
        if first is not None:
            rest = text[first.end:end]
            others = [days[s] for s in inside if s in days and s != first.start]
            if len(others) == 1 and replaces_in_place(text, first, others[0]) and not after_new_day(text, others[0], end).strip(" \t."):
                listed.append(others[0].start)     # "August 16th Changed to 23rd": the row's new day
                gap = 0
                continue
            if others:
                break             # two days on a line: no list row
            if len(rest.split()) > MAX_NOTE_WORDS:
                if not (listed and marked and marked[0] in bullets):
                    break         # a sentence that opens with a day: no list row
                continue          # "- July 22 ~ Special Meeting, 5:30 p.m. in ...": an item of the list read alone
            listed.append(first.start)
            gap = 0
            continue
        if any(s in days for s in inside):
            break
        if not listed:
            lead_in += 1
            if lead_in > MAX_LEAD_IN_LINES or len(body.split()) > MAX_LEAD_IN_WORDS:
                break
            if _words_but_numbers(body):      # "2025:" says no words a later line could repeat
                lead_words.add(_words_but_numbers(body))
            headings.update(inside)
        elif _words_but_numbers(body) and _words_but_numbers(body) in lead_words:
            headings.update(inside)   # "2023 COURT DATES" after a note: the lead-in again, over the next year's days
            gap = 0
        else:
            gap += 1
            if gap > MAX_GAP_LINES or (len(body.split()) > MAX_GAP_WORDS and not _lead_in_again(text, at, lead_words)):
                break
    return listed, headings


def _words_but_numbers(line: str) -> tuple[str, ...]:
    """A lead-in line's words without its numbers: "2022 COURT DATES" and "2023 Court Dates" say the same."""
    return tuple(w.lower() for w in re.findall(r"[^\W\d_]+", line))


def _lead_in_again(text: str, at: int, lead_words: set[tuple[str, ...]]) -> bool:
    """A note under the list ("Dates are subject to change ...") right over the first lead-in
    line once more, its year changed: the list goes on with the next year's days."""
    if at < 0 or not lead_words:
        return False
    for line in text[at + 1:].split("\n", MAX_GAP_LINES + 1)[:MAX_GAP_LINES + 1]:
        if line.strip():
            return bool(_words_but_numbers(line)) and _words_but_numbers(line) in lead_words
    return False


def listed_day_frame(text: str, timex: Timex, own: Frame | None, series: Frame) -> Frame:
    """The frame of a listed day: its own when the rest of its line names an event ("October 16,
    2026, Annual Meeting"), else one meeting of the series ("Trustees Meetings" -> "Trustees
    Meeting"), not the page's heading or the line's note ("(Festive Dress)")."""
    line_end = text.find("\n", timex.start)
    rest = text[timex.start:len(text) if line_end < 0 else line_end]   # a clock may have joined the day
    occasion = day_occasion(text[timex.end:len(text) if line_end < 0 else line_end])
    if occasion is not None:     # "Tuesday, July 4th for Independence Day": the day's own occasion
        return Frame(occasion, "event", (timex.start, -1), ["a listed day named by the occasion it is kept for"])
    title = (own.title if own is not None else "").lower()
    named = title.split(": ", 1)[-1]     # "Applied Statistics Seminar: Anna Novak, ...": the programme's item
    if named and named in rest.lower() and (named in _BRACKETED.sub(" ", rest).lower() or _names_event(own.title)):
        return own       # "- 13 January 2026: Dr Anna Novak, Exoplanets"; "(joint session with Council)"
    return Frame(one_occasion(series.title), series.kind, (timex.start, -1),
                 [f"a day listed under the series \"{series.title}\": one of its meetings"])


MAX_OCCASION_WORDS = 5
_OCCASION_EDGES = " \t.;,:!*_"


def day_occasion(after: str) -> str | None:
    """The occasion named after a listed day's date ("for Memorial Day" -> "Memorial Day"): a
    lead of day_occasion_leads, then a short name in capitals, and nothing else on the line."""
    words = after.strip(_OCCASION_EDGES).split()
    for lead in sorted(word_list("day_occasion_leads"), key=lambda x: -len(x.split())):
        size = len(lead.split())
        if [w.lower() for w in words[:size]] != lead.split():
            continue
        name = words[size:]
        if name and name[0].lower() in word_list("series_name_articles"):
            name = name[1:]
        if 0 < len(name) <= MAX_OCCASION_WORDS and all(w[0].isupper() or w[0] in "'’&" for w in name):
            return " ".join(name)
        return None
    return None


def _names_event(title: str) -> bool:
    words = words_in(title, 0, len(title))
    return bool(noun_phrases(words, [], title))


def settle_listed_days(candidates: list[Candidate], lists: SeriesLists) -> list[Candidate]:
    """Give each listed day its series' time and place; drop a series whose days the list holds
    (else the listed days that are series days leave it, as EXDATEs)."""
    dropped: set[int] = set()
    for index, series in enumerate(candidates):
        listed_at = lists.days_of.get(series.timex.start)
        if series.timing.rrule is None or listed_at is None:
            continue
        listed = [c for c in candidates if c.timex.start in listed_at and c.timing.rrule is None]
        if not listed or not _mostly_series_days(listed, series.timing):
            continue          # "Coming closures" / "Monday, Oct. 13: for the holiday" under a club's rule: not its days
        for cand in listed:
            _at_series_time(cand, series)
        days = sorted(day_of(c.timing.start) for c in listed)
        if _holds_series(series.timing, days) or _overrides_series(series.timing, days, listed=True):
            dropped.add(index)
            continue
        for cand in listed:
            held = on_series_day(datetime.combine(day_of(cand.timing.start), datetime.min.time()), series.timing)
            if held is not None:
                series.exdates.append(held.start)
    return [c for i, c in enumerate(candidates) if i not in dropped]


def _mostly_series_days(listed: list[Candidate], series: Timing) -> bool:
    """More than half the listed days fall on the series' weekdays: a list under a rule is its
    schedule, moved days and all ("the second Monday, unless posted otherwise" over Mondays),
    only when its days keep to the rule's weekdays; "Upcoming holiday closings" on a Tuesday and
    a Saturday under a Tuesday club's rule are no days of it. A rule with no weekday keeps any."""
    weekdays = _rule_weekdays(series.rrule or "")
    if not weekdays:
        return True
    kept = sum(day_of(c.timing.start).weekday() in weekdays for c in listed)
    return 2 * kept > len(listed)


def _rule_weekdays(rrule: str) -> set[int]:
    """The weekdays (0 = Monday) a rule's BYDAY names ("1TU,3TU" -> {1}); empty without one."""
    found = (BYDAY_ENTRY.fullmatch(entry) for entry in byday(rule_parts(rrule)))
    return {WEEKDAY_CODES.index(m.group(2)) for m in found if m is not None}


def scheduled_series(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a series that is only the usual pattern ("Regular board of education meetings, in
    general, are held on the third Tuesday of each month") when the page goes on to date its
    meetings one by one (a table of sessions below it): at least a few one-day entries of the
    series' kind after the rule that are its own meetings (their title names its subject or no
    subject at all: "Regular Session"), either one near each day the rule gives from the first to
    the last (a meeting moved within its week still stands for its month's) or some on its days
    and one of them on a day the rule does not give ("Wednesday evenings" over "Tuesday, November
    6, 2018"). The dated list is the schedule; the rule adds days nobody named. Other bodies'
    meetings on the page (a Planning Commission's, a Library Board's) leave the series alone."""
    dropped: set[int] = set()
    for index, series in enumerate(candidates):
        timing = series.timing
        if timing.rrule is None or timing.precision != "approximate" or series.exdates:
            continue
        subject = _subject(series.frame.title)
        dated = sorted(day_of(c.timing.start) for c in candidates
                       if c.timex.start > series.timex.start and c.frame.kind == series.frame.kind and _one_day(c)
                       and _same_body(subject, _subject(c.frame.title)))
        if _holds_series(timing, dated, _nearness(timing.rrule)) or _overrides_series(timing, dated):
            dropped.add(index)
    return [c for i, c in enumerate(candidates) if i not in dropped]


def _subject(title: str) -> frozenset[str]:
    """The words of a meeting's title that name its body or subject ("Orchard Society meeting"
    -> orchard, society), without articles and words that name none ("Regular Session")."""
    skipped = word_list("unnamed_session_words") | word_list("articles")
    return frozenset(w for w in re.findall(r"[^\W\d_]+", title.lower()) if w not in skipped)


def _same_body(series: frozenset[str], entry: frozenset[str]) -> bool:
    """Whether an entry is one of the series' meetings by its title: it names no subject of its
    own ("Special Meeting"), or one that holds or lies in the series' ("Education meeting" for
    "Board of Education meetings"); "Harbour Commission meeting" is not the Orchard Society's."""
    return entry <= series or series <= entry


def _one_day(cand: Candidate) -> bool:
    """An entry of one exact day, no series."""
    timing = cand.timing
    return (timing.rrule is None and timing.precision == "exact"
            and (timing.end is None or day_of(timing.end) == day_of(timing.start)))


def _nearness(rrule: str) -> int:
    """How far a listed day may lie from a day the rule gives and still stand for it: a few
    days for a weekly rule, a week for a monthly or rarer one."""
    return NEAR_DAYS if "FREQ=WEEKLY" in rrule or "FREQ=DAILY" in rrule else MOVED_DAYS


def _at_series_time(cand: Candidate, series: Candidate) -> None:
    timing = series.timing
    if cand.place is None or cand.place.start < 0:
        if series.place is not None:
            cand.place = series.place
            cand.place_note = f"place of the series \"{series.frame.title}\" it is listed under"
    if not cand.timing.all_day or cand.timing.precision != "exact" or timing.all_day \
            or cand.timing.end not in (None, cand.timing.start) or not isinstance(timing.start, datetime):
        return
    day = day_of(cand.timing.start)
    start = datetime.combine(day, timing.start.time())
    end = datetime.combine(day, timing.end.time()) if isinstance(timing.end, datetime) else None
    cand.timing = replace(cand.timing, start=start, end=end, all_day=False, notes=cand.timing.notes + [
        f"at the time of the series \"{series.frame.title}\" it is listed under"])


def _overrides_series(timing: Timing, days: list[date], listed: bool = False) -> bool:
    """Whether the dated days are the schedule the rule only sums up: a few days at least, some
    on the rule's days, and either one of them off the rule ("Meetings are on Tuesdays" over
    "Monday, November 3, 2025"; "the third Tuesday" over "4/28/26") or, for days listed right
    under it, a rule that says it is only the usual pattern ("in general", "usually"). The rule
    then gives the days their time and place, no series. Days all off the rule ("Extra sessions
    this autumn:" under "every Wednesday") are added meetings: the series stands."""
    if len(days) < MIN_SCHEDULE:
        return False
    on_rule = sum(1 for day in days if on_series_day(datetime.combine(day, datetime.min.time()), timing) is not None)
    if not on_rule:
        return False
    return (listed and timing.precision == "approximate") or on_rule < len(days)


def _holds_series(timing: Timing, days: list[date], near_days: int = NEAR_DAYS) -> bool:
    """Whether a listed day lies near most days the rule gives from the first listed to the last."""
    if not isinstance(timing.start, (datetime, date)) or len(days) < MIN_SCHEDULE:
        return False
    start = datetime.combine(days[0], timing.start.time() if isinstance(timing.start, datetime) else datetime.min.time())
    try:
        rule = rrulestr(timing.rrule, dtstart=start - timedelta(days=near_days))
    except ValueError:
        return False
    until = datetime.combine(days[-1], datetime.max.time())
    held = [d.date() for d in rule.between(start - timedelta(days=near_days), until, inc=True)]
    if not held:
        return False
    near = sum(1 for d in held if any(abs((d - day).days) <= near_days for day in days))
    return near >= HELD_SHARE * len(held)
