"""Weekday lists told with their hours: "The shed is open Monday, Tuesday, Wednesday and Thursday
10:00 am to 1:00 pm", "daily mass will be at 12 noon Monday through Friday", "open Tuesdays,
Wednesdays & Fridays from 9.30 am to 3.30 pm", "Wednesday – Saturday: 10 a.m. to 5 p.m.".

The tagger reads each weekday of such a list as one day near the page's date (or a plural
weekday as a series of its own) and the clock as a time on one of them. Written together
(weekdays joined only by commas, "and", "&", "or" and range words such as "through", "to",
"-", with one clock right before or after the list or carried by one of its weekdays) they are
one weekly series: BYDAY the listed days (a range expanded), the clock its hours (and their end,
when a range is written), its first occurrence the first listed day on or after the day the
sentence says the schedule starts from ("Beginning on January 1, 2012", "start on 18th April";
in the sentence or in one of the two before it), else the page's date; a day after "through" or
"until" ends it ("running through Labor Day": UNTIL). A plural weekday with
a clock right after it ("Saturday evenings from 3:00 - 4:00 PM") takes that clock the same way.

Rows read here too: weekdays and clocks under a lead-in that says it gives a schedule
(_schedule_rows), and clock lines under a heading that is one weekday and a schedule word
("Saturday schedule" / "Confessions from 8:15am": _day_headings), each a weekly series.

Why a default and not a layout: opening hours, services, classes and training are written this
way on every kind of community page, and each piece failed on its own before (the list became
one-offs, the clock stayed with one weekday).

A list of singular weekdays is a standing schedule only when its clause holds a word of
weekday_hours_cues ("open", "hours", "weekly"), "every"/"each" right before a weekday
(weekday_hours_quantifier_cues: not "every 20 minutes"), a standing service ("Mass"), or a day the
schedule starts or ends on; a plural weekday is one. In news a bare list ("The strike will run
Monday, Tuesday and Wednesday from 6am") is one coming week, left to the day readers.
Vetoes, read in the list's own clause (cut at brackets, semicolons and sentence ends): a past
tense or habit, a negation, a condition, schedule_sentence_vetoes, an office's access hours
(weekday_hours_clause_vetoes: "Documents can be inspected ..., Monday to Friday 9am to 5pm"); a list led by
weekday_hours_vetoes ("instead of", "except"); and a day written with its number in the sentence
that no start lead governs (the sentence dates one occasion, "on Saturday, May 4").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from calfeed.events.lead_days import day_after_lead
from calfeed.events.quote_marks import ENGLISH, quote_marks
from calfeed.events.vocabulary import merged_lists, phrase_at, phrase_list, table, word_list
from calfeed.events.weekly_lines import Slot, SlotName
from calfeed.events.words import lower_tokens, plural_ending, plural_stems
from calfeed.model import Interval, Timex
from calfeed.rrules import BYDAY_ENTRY, WEEKDAY_CODES, byday, rule_parts
from calfeed.timex.rawvalue import BARE_CLOCK

if TYPE_CHECKING:     # calfeed.text loads its words through calfeed.timex: imported where used
    from calfeed.text import Sentences

END_LEAD_REACH = 20     # characters before a day an end lead ("until") may stand in
_DAY_VALUE = re.compile(r"XXXX-WXX-([1-7])(?:T(\d\d:\d\d|[A-Z]{2}))?(?:;to=XXXX-WXX-([1-7])(?:T(\d\d:\d\d|[A-Z]{2}))?)?")
_CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)")
_CLAUSE_BREAK = re.compile(r"[;()\[\]\n]|[.!?](?:\s|\Z)")
WEEKDAY_HOURS_RULE = "+weekday_hours"    # the mark of a series this module made (settling keeps each)
MAX_CLOCK_GAP = 3          # tokens between a list and its clock ("from", "between", ":", "open")
MAX_LEAD_GAP = 4           # words between a clock and the list after it ("the 8 AM Mass will be on Monday, ...")
MAX_START_SENTENCES = 2    # sentences before a list that may say from when it holds
MAX_SPAN_HOURS = 16        # a clock range longer than this is no day's hours
MAX_SUBJECT_WORDS = 6      # words of a clause's subject that may name its series
MAX_AGENT_WORDS = 2        # words of a plural subject that may name who acts ("Crews", "Bin crews")
MAX_ROWS = 8               # rows read under one schedule lead-in
_VETO_LISTS = ("past_clause_verbs", "past_habit_marks", "negations", "condition_marks", "weekday_hours_clause_vetoes",
               "schedule_sentence_vetoes")


@dataclass(frozen=True)
class _Item:
    """One weekday expression of a list: its days (0 = Monday), its clock and end, if any."""

    timex: Timex
    days: tuple[int, ...]
    clock: tuple[int, int] | None
    until: tuple[int, int] | None
    plural: bool


def weekday_hours(text: str, ordered: list[Timex], reference: date | None, lang: str = "en"
                  ) -> tuple[list[Timex], dict[int, SlotName]]:
    """``ordered`` with each listed-weekdays-with-hours phrase made one weekly series (its other
    weekdays and its clock dropped); ``lang`` names the word lists read."""
    if reference is None or (":\n" not in text and not any(_item(t) is not None for t in ordered)):
        return ordered, {}
    # Imported here, as framing does: calfeed.text loads its words through calfeed.timex.
    from calfeed.text import split_sentences

    sentences = split_sentences(text)
    groups: dict[int, list[Timex]] = {}
    for timex in ordered:
        groups.setdefault(sentences.index_at(timex.start), []).append(timex)
    changed: dict[int, Timex] = {}
    dropped: set[int] = set()
    for index, members in groups.items():
        if not any(_item(t) is not None for t in members):
            continue
        _read(text, sentences, index, members, groups, reference, changed, dropped, lang)
    names: dict[int, SlotName] = {}
    _schedule_rows(text, ordered, reference, changed, names, lang)
    if "\n" in text:
        _day_headings(text, ordered, reference, changed, dropped, names, lang)
    if not changed:
        return ordered, {}
    dated = frozenset(text.rfind("\n", 0, t.start) + 1 for t in ordered)    # "Tuesday: CLOSED" is no title line
    names |= {series.start: SlotName(title, None) for series in changed.values()
              if series.start not in names and (title := _title(text, sentences.at(series.start), series, dated, lang)) is not None}
    return [changed.get(id(t), t) for t in ordered if id(t) not in dropped], names


def _item(timex: Timex) -> _Item | None:
    """The weekday expression a timex is, or None ("Monday", "Monday - Friday", "Tuesdays",
    "Friday from 8.30am to 1pm", "Tuesdays and Wednesdays, 7am-12noon")."""
    if "+weekly_line" in timex.rule or "+schedule_sentence" in timex.rule or WEEKDAY_HOURS_RULE in timex.rule:
        return None
    if timex.type == "SET":
        parts = rule_parts(timex.rrule or "")
        if set(parts) != {"FREQ", "BYDAY"} or parts["FREQ"] != "WEEKLY":
            return None
        found = [BYDAY_ENTRY.fullmatch(d) for d in byday(parts)]
        codes = [d.group(0) for d in found if d is not None]
        if len(codes) != len(found) or not all(c in WEEKDAY_CODES for c in codes):
            return None
        if _DAY_VALUE.fullmatch(timex.raw_value or timex.value) is None:
            return None
        days = tuple(WEEKDAY_CODES.index(c) for c in codes)
        clock, until = _hours(timex, (timex.raw_value or timex.value))
        return _Item(timex, days, clock, until, True)
    if timex.type not in ("DATE", "TIME"):
        return None
    found = _DAY_VALUE.fullmatch(timex.raw_value or timex.value)
    if found is None:
        return None
    first, last = int(found.group(1)) - 1, int(found.group(3) or found.group(1)) - 1
    days = tuple(_span(first, last))
    clock, until = _hours(timex, timex.raw_value or timex.value)
    return _Item(timex, days, clock, until, False)


def _span(first: int, last: int) -> list[int]:
    """"Monday to Friday" -> 0..4; "Friday to Monday" wraps over the weekend."""
    return list(range(first, last + 1)) if last >= first else [*range(first, 7), *range(0, last + 1)]


_DOUBLE_QUOTES = quote_marks(ENGLISH, double=True)


def _title(text: str, bounds: tuple[int, int], series: Timex, dated: frozenset[int], lang: str) -> str | None:
    """What the series is: the subject of its clause ("The Men's Shed is open ..." -> "Men's Shed
    open", "Daily mass will be at ..." -> "Daily mass"), else a standing service named in the
    clause ("We will have the 8 AM Mass on ..." -> "Mass"), else the title line above it."""
    # Imported here: schedule_sentences and weekly_lines import this package's framing helpers.
    from calfeed.events.schedule_sentences import service_word
    from calfeed.events.weekly_lines import programme_title
    from calfeed.events.words import words_in

    clause = _clause(text, bounds, series.start, series.end)
    words = [w for w in words_in(text, clause[0], series.start) if w.is_word]
    stops = word_list("subject_ends", lang) | word_list("clause_verbs", lang)
    skip = word_list("articles", lang) | word_list("possessives", lang)
    fronted = word_list("fronted_date_leads", lang)
    subject: list[str] = []
    for word in words:
        if word.lower in stops:
            break
        if not subject and word.lower in skip:
            continue
        subject.append(word.text)
        if subject[0].lower() in fronted and text.startswith(",", word.end):
            subject = []     # "In the month of July, it is ...": a fronted phrase, not the subject
    else:
        if not (words and ":" in text[words[-1].end:series.start]):
            subject = []     # no verb and no label's colon: no subject ("at 12 noon ...")
    if subject and len(subject) <= MAX_SUBJECT_WORDS and subject[0].lower() not in word_list("pronouns", lang) \
            and not _agents(subject, lang):
        name = " ".join(subject)
        rest = {w.lower for w in words_in(text, clause[0], series.start)}
        tail = next((w for w in sorted(word_list("weekday_hours_title_tails", lang)) if w in rest), None)
        if tail is not None and tail not in name.lower().split():
            name += " " + tail     # "The Men's Shed is open ..." -> "Men's Shed open"
        return name[:1].upper() + name[1:]
    for word in words_in(text, *clause):
        if (service := service_word(word)) is not None:
            return service[:1].upper() + service[1:]
    above = text[:clause[0]].rstrip()
    lead = above[above.rfind("\n") + 1:].strip()
    if lead.endswith(":"):       # "The new opening hours are as follows:" over "Monday to Thursday – 5pm to 10pm"
        words = lead[:-1].split()
        for tail in sorted(word_list("lead_in_tails", lang), key=len, reverse=True):
            if " ".join(words).lower().endswith(" " + tail):
                words = words[:len(words) - len(tail.split())]
                break
        while words and words[0].lower() in skip:
            words = words[1:]
        if words and len(words) <= MAX_SUBJECT_WORDS:
            name = " ".join(words)
            return name[:1].upper() + name[1:]
    found = programme_title(text, clause[0], dated)
    return None if found is None or any(q in found for q in _DOUBLE_QUOTES) else found     # a quoted line is no title


def _agents(subject: list[str], lang: str) -> bool:
    """Whether a subject names who or what acts rather than what is held: a plural common noun
    that is no event, service or venue noun ("Crews will close the bridge ...", "Bins are
    collected ...", "Trains run ..."), so the series is named by the clause's service or the
    title line instead."""
    from calfeed.events.vocabulary import event_nouns

    head = subject[-1].lower()
    if len(subject) > MAX_AGENT_WORDS or not plural_ending(head, lang) \
            or any(w[:1].isupper() for w in subject[1:]) or any(w.lower() in word_list("weekday_hours_cues", lang) for w in subject):
        return False     # one thing ("forgiveness"), a name ("Friends of the Library"), the hours themselves
    nouns = event_nouns(lang)
    venues = word_list("venue_heads", lang) | word_list("building_heads", lang) | word_list("standing_services", lang)
    for one in (head, head[:-1], head[:-2]):
        if (one,) in nouns or one in venues or tuple(w.lower() for w in subject) in nouns:
            return False
    return True


def _hours(timex: Timex, raw: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The clock a timex carries and, for a range, its end ("10:00 am to 1:00 pm" -> 10:00, 13:00)."""
    if not _CLOCK_VALUE.search(raw) or timex.interval is None or timex.interval.granularity != "minute":
        return None, None
    start, end = timex.interval.start, timex.interval.end
    clock = (start.hour, start.minute)
    if timex.end_interval is not None and timex.end_interval.granularity == "minute":
        last = timex.end_interval.start
        overnight = last.date() == start.date() + timedelta(days=1) and last.time() <= start.time()
        return clock, ((last.hour, last.minute) if last.date() == start.date() or overnight else None)
    span = end - start
    if timedelta(minutes=1) < span <= timedelta(hours=MAX_SPAN_HOURS):
        last = end - timedelta(minutes=1)
        return clock, (last.hour, last.minute)
    return clock, None


def _clock(timex: Timex) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """A bare clock or clock range with no day of its own ("12 noon", "9am - 5pm")."""
    if timex.type != "TIME" or not timex.rule.startswith("clock") or "weekday" in timex.rule:
        return None
    clock, until = _hours(timex, timex.raw_value or timex.value)
    return (clock, until) if clock is not None else None


def _runs(text: str, items: list[_Item], lang: str) -> list[tuple[list[_Item], list[int]]]:
    """Weekday items joined only by list and range words, each run with its days in order."""
    joiners = word_list("row_joiners", lang) | {",", "&", "/"}
    ranges = word_list("weekday_range_words", lang)
    runs: list[tuple[list[_Item], list[int]]] = []
    for item in items:
        if runs:
            last = runs[-1][0][-1]
            gap = text[last.timex.end:item.timex.start]
            tokens = lower_tokens(text, last.timex.end, item.timex.start)
            if "\n" not in gap and tokens and all(t in joiners or t in ranges for t in tokens):
                days = runs[-1][1]
                if any(t in ranges for t in tokens):
                    days.extend(d for d in _span(days[-1], item.days[0])[1:-1] if d not in days)
                days.extend(d for d in item.days if d not in days)
                runs[-1][0].append(item)
                continue
        runs.append(([item], list(item.days)))
    return runs


def _clause(text: str, bounds: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence around [start, end) up to brackets, semicolons and stops."""
    begin = bounds[0]
    for found in _CLAUSE_BREAK.finditer(text, bounds[0], start):
        begin = found.end()
    stop = _CLAUSE_BREAK.search(text, end, bounds[1])
    return begin, stop.start() if stop else bounds[1]


def _start_day(text: str, bounds: tuple[int, int], members: list[Timex], lang: str) -> Timex | None:
    """The written day a sentence says a schedule holds from ("Beginning on January 1, 2012",
    "start on 18th April", "As of this Monday, May 2nd")."""
    leads = word_list("effective_leads", lang) | word_list("weekday_hours_start_leads", lang)
    return day_after_lead(text, bounds, members, leads, _DAY_VALUE, word_list("weekday_hours_date_links", lang))


def _end_day(text: str, bounds: tuple[int, int], members: list[Timex], lang: str) -> Timex | None:
    """The written day a sentence says a schedule runs until ("running through Labor Day",
    "until 30 August")."""
    return day_after_lead(text, bounds, members, word_list("weekday_hours_end_leads", lang), _DAY_VALUE,
                          reach=END_LEAD_REACH)


def _hours_of_run(text: str, bounds: tuple[int, int], lang: str) -> bool:
    """Whether the sentence opens with words that give the hours of what the sentence before tells
    (run_hours_subjects: "Working hours will be ...", "Work will take place ..."), an article aside."""
    words = lower_tokens(text, bounds[0], min(bounds[1], bounds[0] + 40))
    if words and words[0] in word_list("articles", lang):
        words = words[1:]
    return phrase_at(words, 0, phrase_list("run_hours_subjects", lang)) is not None


def _day_run(timex: Timex) -> bool:
    """A written run of days ("Wednesday, 7 May through Friday, 30 May"), not a single day."""
    return (timex.type == "DATE" and timex.interval is not None and timex.interval.granularity == "day"
            and timex.end_interval is not None and timex.end_interval.granularity == "day"
            and timex.end_interval.start > timex.interval.start and _DAY_VALUE.fullmatch(timex.raw_value or timex.value) is None)


def _last_day(start_day: Timex | None, end_day: Timex | None) -> datetime | None:
    """The last day of the schedule: the day an end lead names, else the end of a start that is
    itself a run of days ("Starting 2 June and running through 29 August", one timex)."""
    if end_day is not None and end_day.interval is not None:
        return end_day.interval.start
    if start_day is not None and start_day.end_interval is not None and start_day.end_interval.granularity == "day":
        return start_day.end_interval.start
    return None


def _read(text: str, sentences: Sentences, index: int, members: list[Timex], groups: dict[int, list[Timex]],
          reference: date, changed: dict[int, Timex], dropped: set[int], lang: str) -> None:
    """Make each weekday list of sentence ``index`` that passes the vetoes one weekly series: the
    series goes into ``changed`` (by the id of the list's first timex) and the list's other pieces
    into ``dropped``, so that one pass over all sentences can share them with the row reader."""
    # Imported here: schedule_sentences imports this package's framing helpers.
    from calfeed.events.schedule_sentences import service_word
    from calfeed.events.words import words_in

    bounds = sentences.bounds[index]
    items = [i for t in members if id(t) not in changed and (i := _item(t)) is not None]
    start_day = _start_day(text, bounds, members, lang)
    end_day = _end_day(text, bounds, members, lang)
    if any(t.type == "DATE" and t is not start_day and t is not end_day and _item(t) is None and t.interval is not None
           and t.interval.granularity == "day" for t in members):
        return     # "on Saturday, May 4, 9am-1pm": the sentence dates one occasion
    run_day: Timex | None = None      # a run of days told before, whose hours this sentence gives
    if start_day is None:
        hours_of_run = _hours_of_run(text, bounds, lang)
        for back in range(index - 1, max(-1, index - 1 - MAX_START_SENTENCES), -1):
            earlier = groups.get(back, [])
            if any(_item(t) is not None for t in earlier):
                break
            start_day = _start_day(text, sentences.bounds[back], earlier, lang)
            if hours_of_run and (start_day is None or _day_run(start_day)):
                run_day = start_day or next((t for t in earlier if _day_run(t)), None)
                start_day = run_day
            if start_day is not None:
                break
    from_day = start_day.interval.start.date() if start_day is not None and start_day.interval else reference
    last_day = _last_day(start_day, end_day)
    vetoes = merged_lists(_VETO_LISTS, lang)
    leads_off = word_list("weekday_hours_vetoes", lang)
    clocks = [t for t in members if id(t) not in changed and _clock(t) is not None]
    groups_of_days = {row["word"]: [WEEKDAY_CODES.index(c) for c in row["days"].split(",")]
                      for row in table("weekday_group_words", lang)}
    runs = _runs(text, items, lang)
    for run, days in runs:
        before = lower_tokens(text, max(bounds[0], run[0].timex.start - 20), run[0].timex.start)[-2:]
        grouped = len(before) == 2 and before[0] in groups_of_days and before[1] in word_list("row_joiners", lang) | {"&", ","}
        if grouped:
            days = sorted(set(days) | set(groups_of_days[before[0]]))    # "weekday and Saturday mornings"
        carried = {(i.clock, i.until) for i in run if i.clock is not None}
        if len(carried) > 1:
            continue     # "Mondays 9-12, Tuesdays 2-4": each weekday its own hours
        first, last = run[0].timex, run[-1].timex
        hours = next(iter(carried), None)
        own_clock: Timex | None = None
        if hours is None:
            own_clock = _near_clock(text, first, last, clocks, lang)
            if own_clock is None:
                continue
            hours = _clock(own_clock)
        if hours is None or (len(run) == 1 and own_clock is None and not _listed_set(run[0])) \
                or (len(days) == 1 and not run[0].plural):
            continue     # one weekday alone, or a series already whole: other readers' or done
        if len(run) == 1 and run[0].plural and len(days) == len(run[0].days) and len(runs) == 1 \
                and not _listed_set(run[0]):
            continue     # "on Friday afternoons from 3:00 - 4:00 p.m." alone: the series readers time it
        span_start = min(first.start, own_clock.start if own_clock else first.start)
        span_end = max(last.end, own_clock.end if own_clock else last.end)
        clause = _clause(text, bounds, span_start, span_end)
        words = lower_tokens(text, *clause)
        joined = " " + " ".join(words) + " "
        comma = text.find(",", span_end, clause[1])      # "..., 7am-12noon, with tea provided": another phrase
        told = " " + " ".join(lower_tokens(text, clause[0], clause[1] if comma < 0 else comma)) + " "
        if any(f" {v} " in told for v in vetoes) or any(i.timex.tense == "past" for i in run):
            continue
        lead = " ".join(lower_tokens(text, max(clause[0], span_start - 30), span_start)[-3:])
        if any(f" {v} " in f" {lead} " for v in leads_off):
            continue     # "(instead of Monday, Tuesday, Wednesday and Saturday)"
        served = any(service_word(w) is not None for w in words_in(text, *clause))
        if not (grouped or any(i.plural for i in run) or start_day is not None or last_day is not None
                or _cued(words, joined, lang) or served or _cued_above(text, clause[0], lang)):
            continue     # "The strike will run Monday, Tuesday and Wednesday from 6am": one coming week
        series = _series(text, first, span_start, span_end, days, hours, from_day)
        if not (grouped or start_day is not None or end_day is not None or served or _quantified(words, lang)) \
                and _coming_days(text, bounds, run, days, groups, index, lang):
            series = replace(series, rrule=f"{series.rrule};COUNT={len(days)}")     # this week's days, not for ever
        if last_day is not None and series.interval is not None and last_day > series.interval.start:
            series = replace(series, rrule=f"{series.rrule};UNTIL={last_day:%Y%m%d}T235959")
            if end_day is not None:
                dropped.add(id(end_day))     # "running through Labor Day": the series' last day
        if run_day is not None and last_day is not None:
            # "The works will take place during 7 May through 30 May. Working hours will be ...": the run is
            # the series, told where the run is and named as it is, and the hours sentence gives no entry of its own
            changed[id(run_day)] = replace(series, start=run_day.start, end=run_day.end, text=run_day.text)
            dropped.add(id(first))
        else:
            changed[id(first)] = series
        dropped.update(id(t) for t in members if t.type == "SET" and t.value in ("P1D", "P1W")
                       and clause[0] <= t.start < clause[1])     # "daily mass ... Monday through Friday", "weekly Monday ..."
        dropped.update(id(i.timex) for i in run[1:])
        if own_clock is not None:
            dropped.add(id(own_clock))
        if start_day is not None and any(t is start_day for t in members) and series.interval is not None \
                and start_day.interval is not None and start_day.interval.start.date() <= series.interval.start.date():
            dropped.add(id(start_day))     # "and start on 18th April": the series' own first day


def _quantified(words: list[str], lang: str) -> bool:
    """Whether a word of weekday_hours_quantifier_cues stands before a weekday ("every Monday, ...")."""
    quantifiers = word_list("weekday_hours_quantifier_cues", lang)
    names = _weekday_names(lang)
    groups = {row["word"] for row in table("weekday_group_words", lang)}
    return any(word in quantifiers and (_weekday_word(after, names) or after in groups)
               for word, after in zip(words, [*words[1:], ""]))


def _coming_days(text: str, bounds: tuple[int, int], run: list[_Item], days: list[int],
                 groups: dict[int, list[Timex]], index: int, lang: str) -> bool:
    """Whether a cued list names the coming days of a story rather than a standing week: its
    weekdays written one by one (no range, no plural) after a word of weekday_hours_day_leads
    ("deck tours run 10:15-3:45 on Friday, Saturday and Sunday"), on a page that elsewhere reads a
    weekday alone as one particular day ("Saturday is the first day ...", "at noon on Tuesday"). Such a page
    tells the news of one week; a weekly rule with no end would repeat its days for ever."""
    if len(run) < 2 or len(days) != len(run) or any(i.plural or len(i.days) != 1 for i in run):
        return False
    first = run[0].timex     # its weekday may follow its clock inside it ("4 p.m. on Saturday")
    tokens = lower_tokens(text, max(bounds[0], first.start - 20), first.end)
    names = _weekday_names(lang)
    at = max((k for k, t in enumerate(tokens) if _weekday_word(t, names)), default=0)
    if at == 0 or tokens[at - 1] not in word_list("weekday_hours_day_leads", lang):
        return False
    listed = {id(i.timex) for i in run}
    for other, members in groups.items():
        for timex in members:
            if other == index and id(timex) in listed:
                continue
            item = _item(timex) if other != index else None
            if item is not None and not item.plural and len(item.days) == 1 and timex.interval is not None:
                return True     # another sentence's lone weekday read as a day of this week
    return False


LISTED_DAYS = 3     # weekdays of a comma list the tagger reads as one repetition ("every Monday, Tuesday and Thursday")


def _listed_set(item: _Item) -> bool:
    """A repetition of a comma list of weekdays with its own hours ("every Monday, Tuesday and
    Thursday from 1pm to 5pm"): the list read here as its weekdays one by one were before the
    tagger joined them, not a series left whole to the framer (which wants an event noun)."""
    return item.timex.type == "SET" and len(item.days) >= LISTED_DAYS


def _cued(words: list[str], joined: str, lang: str) -> bool:
    """Whether a list's clause says it is a standing schedule: a word of weekday_hours_cues ("open",
    "hours", "weekly"), or a word of weekday_hours_quantifier_cues right before a weekday or a group
    word ("every Monday", "each weekday"; not "every 20 minutes")."""
    cues = word_list("weekday_hours_cues", lang)
    quantifiers = word_list("weekday_hours_quantifier_cues", lang)
    names = _weekday_names(lang)
    groups = {row["word"] for row in table("weekday_group_words", lang)}
    for word, after in zip(words, [*words[1:], ""]):
        if word in quantifiers:
            if _weekday_word(after, names) or after in groups:
                return True
        elif word in cues:
            return True
    return any(" " in c and f" {c} " in joined for c in cues)


def _cued_above(text: str, start: int, lang: str) -> bool:
    """Whether a list that opens its line stands under a heading or lead-in that says it is a
    standing schedule ("Regular Operating Hours" / "Monday: 10 a.m. to 5 p.m." / "Wednesday –
    Saturday: 10 a.m. to 5 p.m.", "The new opening hours are as follows:"): the lines above are
    walked up past the table's other rows to the first line that is not a row."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t•*-–"):
        return False     # the list is inside prose: its own clause says it
    names = _weekday_names(lang)
    seen = 0
    while line_start > 0 and seen < MAX_ROWS:
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        tokens = lower_tokens(text, line_start, end)
        if not tokens:
            continue
        seen += 1
        if _weekday_word(tokens[0], names):
            continue     # another row of the same table ("Tuesday: CLOSED")
        return _cued(tokens, " " + " ".join(tokens) + " ", lang)
    return False


def _weekday_names(lang: str) -> dict[str, dict[str, str]]:
    """The weekday names of the language, full and short ("monday", "mon")."""
    from calfeed.timex.vocabulary import vocabulary

    return vocabulary(lang).weekdays


def _weekday_word(word: str, names: dict[str, dict[str, str]]) -> bool:
    """A lower-case weekday name, or its plural ("mondays"): a list's or a row's day word."""
    return word in names or any(stem in names for stem in plural_stems(word))


def _near_clock(text: str, first: Timex, last: Timex, clocks: list[Timex], lang: str) -> Timex | None:
    """The clock written right after a list ("Monday to Friday from 8.30am", "Wednesday –
    Saturday: 10 a.m. to 5 p.m.") or right before it ("at 12 noon Monday through Friday",
    "the 8 AM Mass on Monday, ...")."""
    after_words = word_list("weekday_hours_clock_links", lang)
    for clock in clocks:
        if clock.start >= last.end:
            gap = text[last.end:clock.start]
            tokens = lower_tokens(text, last.end, clock.start)
            if "\n" not in gap and len(tokens) <= MAX_CLOCK_GAP and all(t in after_words for t in tokens):
                return clock
            break
    for clock in reversed(clocks):
        if clock.end <= first.start:
            gap = text[clock.end:first.start]
            tokens = lower_tokens(text, clock.end, first.start)
            if "\n" in gap or len(tokens) > MAX_LEAD_GAP:
                return None
            if not tokens or ((tokens[-1] in word_list("weekday_hours_lead_links", lang) or tokens[-1] == ",")
                              and all(t.isalpha() or t == "," for t in tokens)):
                return clock
            return None
    return None


def _series(text: str, carrier: Timex, start: int, end: int, days: list[int],
            hours: tuple[tuple[int, int], tuple[int, int] | None], from_day: date) -> Timex:
    """One weekly series over the listed days, its first occurrence on or after ``from_day``."""
    ordered_days = sorted(days)
    first = min((from_day + timedelta(days=(d - from_day.weekday()) % 7) for d in ordered_days))
    (hour, minute), until = hours
    begin = datetime(first.year, first.month, first.day, hour, minute)
    end_interval = None
    if until is not None and until != (hour, minute):
        last = datetime(first.year, first.month, first.day, *until)
        if until < (hour, minute):
            last += timedelta(days=1)     # "Thursday to Saturday 5PM to 2AM": each night ends the next morning
        end_interval = Interval(last, last + timedelta(minutes=1), "minute")
    rule = "FREQ=WEEKLY;BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in ordered_days)
    return replace(carrier, start=start, end=end, text=text[start:end], type="SET",
                   value=f"XXXX-WXX-{first.weekday() + 1}T{hour:02d}:{minute:02d}", rrule=rule,
                   interval=Interval(begin, begin + timedelta(minutes=1), "minute"), end_interval=end_interval,
                   rule=f"{carrier.rule}{WEEKDAY_HOURS_RULE}", problem=None)


def _schedule_rows(text: str, ordered: list[Timex], reference: date, changed: dict[int, Timex],
                   names: dict[int, SlotName], lang: str) -> None:
    """Rows of weekdays and clocks under a lead-in line that ends with a colon and says it gives a
    schedule ("Beginning Monday October 14 here is the regular daily Mass schedule:" over "Monday
    6pm at St Denis", "Tuesday 6pm at St Denis", ...): each row a weekly series from the lead-in's
    start day (else the page's date), named by the service the lead-in names. Two rows at least;
    a row is its weekday and clocks, then at most a place ("at St Denis") or capitalised words."""
    from calfeed.events.schedule_sentences import service_word
    from calfeed.events.weekly_lines import row_slots, weekly_series
    from calfeed.events.words import words_in

    from calfeed.text import by_line_start, line_end, split_sentences

    sentences = split_sentences(text)
    tails = word_list("schedule_label_tails", lang)
    vetoes = merged_lists(_VETO_LISTS, lang)
    by_start = sorted(ordered, key=lambda t: t.start)
    starts = [t.start for t in by_start]     # a lead-in's dates by bisection: no walk of the page per lead-in
    by_line = by_line_start(text, ordered)
    cursor = 0
    while (colon := text.find(":\n", cursor)) >= 0:
        cursor = colon + 2
        begin = max(text.rfind("\n", 0, colon) + 1, sentences.at(colon)[0])     # the lead-in's own sentence
        tokens = lower_tokens(text, begin, colon)
        if not any(t in tails for t in tokens) or any(f" {v} " in " " + " ".join(tokens) + " " for v in vetoes):
            continue
        slots: list[list[Slot] | None] = []
        made: list[date] = []
        line_start = cursor
        while line_start < len(text) and len(slots) < MAX_ROWS:
            stop = line_end(text, line_start)
            if not text[line_start:stop].strip():
                line_start = stop + 1
                continue
            row = [t for t in by_line.get(line_start, []) if id(t) not in changed]
            labelled = _labelled_row(text, line_start, stop, row, lang) if row else None
            if row and all(t.type == "SET" and "+weekly_line" in t.rule for t in row):
                slots.append([])          # a row another reader already made weekly (dated_timetables)
                made.extend(t.interval.start.date() for t in row if t.interval is not None)
            elif labelled is not None:      # "Mon: 7am, 6pm", "Mon-Thu: 7am (special schedule Dec 8 ...)"
                slots.append(labelled)
            elif row and _row_only(text, line_start, stop, row, lang):
                slots.append(row_slots(row))
            else:
                break
            line_start = stop + 1
        if len(slots) < 2 or any(s is None or any(x.clock is None for x in s) for s in slots):
            continue
        lead_in = by_start[bisect_left(starts, begin):bisect_left(starts, colon)]
        start_day = _start_day(text, (begin, colon), lead_in, lang)
        from_day = (start_day.interval.start.date() if start_day is not None and start_day.interval
                    else min(made) if made else reference)     # the day the other reader's rows start
        service = next((w for w in words_in(text, begin, colon) if service_word(w) is not None), None)
        title = service_word(service) if service is not None else None
        for found_slots in slots:
            for slot in found_slots or []:
                series = weekly_series(slot, 1, from_day)
                changed[id(slot.timex)] = replace(series, rule=series.rule.replace("+weekly_line", WEEKDAY_HOURS_RULE))
                if title:
                    names[slot.timex.start] = SlotName(title[:1].upper() + title[1:], None)


_ROW_LABEL = re.compile(r"[ \t•*-]*([A-Za-z]+)\.?(?:[ \t]*[-–][ \t]*([A-Za-z]+)\.?)?[ \t]*[:–-][ \t]*")


def _labelled_row(text: str, begin: int, end: int, row: list[Timex], lang: str) -> list[Slot] | None:
    """A row labelled by a weekday or a range of them, then its clocks ("Mon: 7am, 6pm", "Mon-Thu:
    7:45am", "Sat: 9am (special schedule Dec 11, ...)"): one slot a clock, on the label's days. A
    bracket after the clocks is left to the other readers."""
    from calfeed.timex.vocabulary import vocabulary

    label = _ROW_LABEL.match(text, begin, end)
    if label is None:
        return None
    names = vocabulary(lang).weekdays
    rows = [names.get(w.lower()) if w is not None else None for w in label.groups()]
    if rows[0] is None or (label.group(2) is not None and rows[1] is None):
        return None
    first = int(rows[0]["iso"]) - 1
    days = ",".join(WEEKDAY_CODES[d] for d in _span(first, int(rows[1]["iso"]) - 1 if rows[1] else first))
    bracket = text.find("(", label.end(), end)
    stop = end if bracket < 0 else bracket
    clocks = [t for t in row if label.end() <= t.start < stop]
    if not clocks or any(t.start < label.end() for t in row):
        return None
    joiners = word_list("row_joiners", lang) | {",", "&"}
    cursor, found = label.end(), []
    for clock in clocks:
        bare = BARE_CLOCK.match(clock.raw_value or clock.value) if clock.type == "TIME" else None
        if bare is None or not all(t in joiners for t in lower_tokens(text, cursor, clock.start)):
            return None
        found.append(Slot(clock, days, bare.group(1)))
        cursor = clock.end
    rest = lower_tokens(text, cursor, stop)       # ", 830am, 1030am": clocks the tagger could not read
    return found if all(t in joiners or t in ".;" or any(c.isdigit() for c in t) for t in rest) else None


def _row_only(text: str, begin: int, end: int, row: list[Timex], lang: str) -> bool:
    """The line opens with its first weekday and holds past its dates only a place or capitalised
    words ("Monday 6pm at St Denis", "Thursday 6:30am (Chapel)")."""
    if text[begin:row[0].start].strip(" \t•*-–"):
        return False
    rest = text[row[-1].end:end].replace("(", " ").replace(")", " ").split()
    if rest and rest[0].lower() in word_list("weekday_row_place_leads", lang):
        rest = rest[1:]
    return all(w[0].isupper() for w in rest)


MAX_HEADING_ROW_WORDS = 12     # a longer line under a day heading is prose, not a timetable row
MAX_START_LOOKBACK = 600       # characters above a day heading that may say from when it holds


def _day_headings(text: str, ordered: list[Timex], reference: date, changed: dict[int, Timex], dropped: set[int],
                  names: dict[int, SlotName], lang: str) -> None:
    """Clock lines under a heading that is one weekday and a schedule word ("Saturday schedule" /
    "Exposition of the Blessed Sacrament at 8:00am" / "The Holy Sacrifice of the Mass at 9:00am"):
    each clock a weekly series on that weekday, named by its line's words, from the day the text
    above says the schedule holds from ("effective 20 June 2020"), else the page's date. The
    heading's own day is dropped: it names the weekday of a timetable, not an occasion."""
    from calfeed.events.weekly_lines import weekly_series
    from calfeed.text import by_line_start, line_end

    tails = word_list("schedule_label_tails", lang)
    links = word_list("weekday_hours_clock_links", lang)
    vetoes = merged_lists(_VETO_LISTS, lang)
    by_line = by_line_start(text, ordered)
    for line_start, on_line in by_line.items():
        heading = on_line[0]
        item = _item(heading) if len(on_line) == 1 and id(heading) not in changed else None
        if item is None or item.clock is not None or len(item.days) != 1:
            continue
        end = line_end(text, line_start)
        rest = lower_tokens(text, heading.end, end)
        if text[line_start:heading.start].strip(" \t•*#") or not rest or not all(t in tails for t in rest):
            continue
        rows: list[tuple[int, int, list[Timex]]] = []
        cursor = end + 1
        while cursor < len(text):
            stop = line_end(text, cursor)
            if not text[cursor:stop].strip():
                cursor = stop + 1
                continue
            row = by_line.get(cursor, [])
            words = lower_tokens(text, cursor, stop)
            if (not row or any(id(t) in changed or BARE_CLOCK.match(t.raw_value or t.value) is None for t in row)
                    or sum(t.isalpha() for t in words) > MAX_HEADING_ROW_WORDS or any(f" {v} " in " " + " ".join(words) + " " for v in vetoes)):
                break
            rows.append((cursor, stop, row))
            cursor = stop + 1
        if not rows:
            continue
        above = [t for t in ordered if line_start - MAX_START_LOOKBACK <= t.start < line_start]
        start_day = _start_day(text, (max(0, line_start - MAX_START_LOOKBACK), line_start), above, lang)
        from_day = start_day.interval.start.date() if start_day is not None and start_day.interval else reference
        code = WEEKDAY_CODES[item.days[0]]
        for begin, stop, row in rows:
            title = text[begin:row[0].start].strip(" \t•*-–:,")
            words = title.split()
            while words and words[-1].lower() in links:
                words = words[:-1]
            while words and words[0].lower() in word_list("articles", lang):
                words = words[1:]
            for clock in row:
                bare = BARE_CLOCK.match(clock.raw_value or clock.value)
                series = weekly_series(Slot(clock, code, bare.group(1)), 1, from_day)
                changed[id(clock)] = replace(series, rule=series.rule.replace("+weekly_line", WEEKDAY_HOURS_RULE))
                if words:
                    names[clock.start] = SlotName(" ".join(words), None)
        dropped.add(id(heading))
