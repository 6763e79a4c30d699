"""A weekly schedule told in a sentence: "Beginning July 7, Sunday morning Masses will be 7:30
a.m. and 11 a.m.", "we will have Mass at 4 PM on Saturday evening starting January 5th", "The
Mass schedule (4pm Vigil Saturday and 8am, 10am and 5pm on Sunday) will remain the same".

The tagger reads a weekday with no day number as one day near the page's date, and a bare clock
as a time on that day or on the page's own day. But a sentence that says from when a schedule
holds (an effective lead before a written day: "starting", "beginning", "as from"), that it
stays as it is or is the usual one (standing_schedule_cues: "remain the same", "regular"), or
that names a weekday's services in the plural ("Sunday Masses", "Friday prayers") tells what
happens every week: each clock it gives a weekday is a weekly series on that weekday, from the
first such weekday on or after the effective day (or the page's date when none is written).

Which weekday a clock belongs to is read from the sentence's order: clocks joined in a run
("8am, 10am and 5pm on Sunday") take the weekday written right after the run, or else the
weekday written shortly before it ("Sunday morning Masses will be 7:30 a.m., 9:00 a.m.").
The series is named by the capitalised words between a clock and its weekday with the
sentence's event noun ("4pm Vigil Saturday" in a sentence on the "Mass schedule": "Vigil
Mass"), else by the weekday and the event noun written after it ("Sunday morning Masses":
"Sunday morning Mass"), else by the weekday and the sentence's first event noun.

A sentence that says from when the weekday's services change ("the times of Friday prayers will
change from Sunday 29th October") and gives no clock sets the weekday, the service's noun and
the start for the few sentences after it (MAX_CONTEXT_SENTENCES): one of them that names the
service with a clock and no other weekday ("The first Friday prayer will start just before
12pm", "The second prayer will begin at 12.35pm") states one more weekly series, named by its
ordinal and noun ("Second prayer").

A service whose name says its weekday (weekday_services: "Jumuah" is Friday's) stands for that
weekday in a sentence with none written ("starting January 2, Jumuah prayers will begin at
12:45 pm").

A weekday in the plural told with a monthly or yearly rate ("Court is held twice per month on
Thursdays") is no weekly series: which of the weeks is not said, so it goes to the review report.

Vetoes: a past tense or a past habit ("used to"), a negation, a condition, a hedge that makes the
times only possible (hedging_modals) anywhere in the sentence; a clock ranged from an old time to
a new one ("from 5:30 p.m. to 4:00 p.m."), or a bound ("after 1pm": schedule_clock_bounds); and a sentence whose weekdays are written with a day
number (those are days, not a week's pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from calfeed.events.lead_days import day_after_lead
from calfeed.events.phrases import NounPhrase, noun_phrases, phrase_text
from calfeed.events.vocabulary import list_alternation, merged_lists, singular_nouns, table, word_list
from calfeed.events.weekly_lines import Slot, SlotName, weekly_series, without_schedule_word
from calfeed.events.words import Word, coordinated_clause, lower_tokens, plural_stems, words_in
from calfeed.model import Timex
from calfeed.rrules import WEEKDAY_CODES
from calfeed.timex.rawvalue import BARE_CLOCK

WEEKDAY_PART = re.compile(r"XXXX-WXX-([1-7])(?:T(\d\d:\d\d|[A-Z]{2}))?")
MAX_AFTER_GAP = 2        # words between a run of clocks and the weekday after it ("4pm Vigil Saturday")
MAX_BEFORE_GAP = 4       # words between a weekday and the run of clocks after it ("Masses will be")
NAME_WORDS = 2           # capitalised words between a weekday and its plural noun ("Monday Baby Storytimes")
PLURAL_REACH = 60        # characters after a weekday read for its plural noun and verb
RATED_WHY = ("a weekday told with a rate coarser than a week (\"twice per month on Thursdays\"): which weeks "
             "is not said, so no weekly series")
RATES = ("P1M", "P1Y")       # the tagger's value of "twice per month", "once a year"
MAX_CONTEXT_SENTENCES = 6    # sentences after a change of a weekday's services that may time them
_VETO_LISTS = ("past_clause_verbs", "past_habit_marks", "negations", "condition_marks",
               "schedule_sentence_vetoes")


@dataclass(frozen=True)
class _Context:
    """A weekday's services a sentence says change from a day, for the sentences after it."""

    day: int            # 1-7
    start: date         # the series' first day is on or after it
    noun: str           # the service's noun, singular, lower case ("prayer")
    until: int          # the index of the last sentence it reaches


def schedule_sentences(text: str, ordered: list[Timex], reference: date | None
                       ) -> tuple[list[Timex], dict[int, SlotName]]:
    """``ordered`` with the clocks of each weekly schedule sentence made weekly series (and the
    weekdays they took, and an effective day that is the series' first occurrence, dropped)."""
    if reference is None:
        return ordered, {}
    # Imported here, as framing does: calfeed.text loads its words through calfeed.timex.
    from calfeed.text import split_sentences

    sentences = split_sentences(text)
    groups: dict[tuple[int, int], list[Timex]] = {}
    for timex in ordered:
        groups.setdefault(sentences.at(timex.start), []).append(timex)
    changed: dict[int, Timex] = {}
    dropped: set[int] = set()
    names: dict[int, SlotName] = {}
    for members in groups.values():
        _rated_weekdays(text, members, changed)
    context: _Context | None = None
    for index, bounds in enumerate(sentences.bounds):
        members = groups.get(bounds)
        if not members:
            continue
        if context is not None and index > context.until:
            context = None
        context = _read(text, bounds, members, reference, changed, dropped, names,
                        context, index) or context
    return [changed.get(id(t), t) for t in ordered if id(t) not in dropped], names


def _rated_weekdays(text: str, members: list[Timex], changed: dict[int, Timex]) -> None:
    """Mark a weekly weekday series written right beside a monthly or yearly rate ("twice per month
    on Thursdays", "on Tuesdays twice a month") as a problem for the review report."""
    for rate in (t for t in members if t.type == "SET" and t.value in RATES):
        for series in members:
            rule = series.rrule or ""
            if (series.type != "SET" or not rule.startswith("FREQ=WEEKLY") or "INTERVAL=" in rule
                    or WEEKDAY_PART.match(series.value) is None):
                continue
            first, second = (rate, series) if rate.end <= series.start else (series, rate)
            if text[first.end:second.start].strip(" ,").lower() in ("", "on"):
                changed[id(series)] = replace(series, problem=RATED_WHY)


def _weekday(timex: Timex) -> tuple[int, str | None] | None:
    """The weekday (1-7) and clock of a weekday written alone ("Saturday evening", "5pm on
    Sunday"); None for any other expression."""
    if timex.type not in ("DATE", "TIME"):
        return None
    found = WEEKDAY_PART.fullmatch(timex.raw_value or timex.value)
    if found is None:
        return None
    clock = found.group(2)
    return int(found.group(1)), clock if clock is not None and ":" in clock else None


def _backwards(timex: Timex) -> bool:
    """A clock range whose end is not after its start, or that runs past its day: a change of
    time ("from 5:30 p.m. to 4:00 p.m."), or a stretch of days, not a session's hours."""
    if timex.end_interval is None:
        return False
    if timex.interval is None or timex.end_interval.start.date() != timex.interval.start.date():
        return True
    return timex.end_interval.start <= timex.interval.start


def _bare_clock(timex: Timex) -> str | None:
    if timex.type != "TIME" or _backwards(timex):
        return None
    found = BARE_CLOCK.match(timex.raw_value or timex.value)
    return found.group(1) if found is not None else None


def _vetoed(tokens: list[str]) -> bool:
    vetoes = merged_lists(_VETO_LISTS)
    joined = " " + " ".join(tokens) + " "
    return any(f" {v} " in joined for v in vetoes)


def _effective_day(text: str, bounds: tuple[int, int], members: list[Timex]) -> Timex | None:
    """The written day the sentence says the schedule holds from ("starting January 5th",
    "Beginning July 7, 2019", "as from Wednesday 6th April")."""
    leads = word_list("effective_leads") | word_list("weekday_hours_start_leads")    # "and start on 18th April"
    return day_after_lead(text, bounds, members, leads, WEEKDAY_PART, word_list("weekday_hours_date_links"))


def _cued(text: str, bounds: tuple[int, int], tokens: list[str], weekdays: list[Timex]) -> bool:
    """Whether the sentence says its schedule stands (a standing cue), or names a weekday's
    services in the plural ("Sunday Masses", "Friday prayers")."""
    joined = " " + " ".join(tokens) + " "
    if any(f" {c} " in joined for c in word_list("standing_schedule_cues")):
        return True
    for day in weekdays:
        after = words_in(text, day.end, min(bounds[1], day.end + 30))
        if after and after[0].lower.endswith("s") and service_word(after[0]) is not None:
            return True
        if _named_plural_told_present(text, day.end, bounds[1]):
            return True
    return False


def _named_plural_told_present(text: str, end: int, limit: int) -> bool:
    """Whether a plural event noun follows the weekday ending at ``end``, after at most
    NAME_WORDS capitalised words of its name, and a verb in the present plural follows the noun:
    "Monday Baby Storytimes are held at 9:30 a.m.", "Friday Family Swims run at 2pm" tell what
    happens every such weekday; "Friday swims were held" or "will be" tell one."""
    after = words_in(text, end, min(limit, end + PLURAL_REACH))
    k = 0
    while k < len(after) and k < NAME_WORDS and after[k].is_capitalised and (after[k].lower,) not in singular_nouns():
        k += 1
    return (k + 1 < len(after) and (after[k].lower,) in singular_nouns()
            and after[k + 1].lower in word_list("present_plural_schedule_verbs"))


def _clauses(text: str, bounds: tuple[int, int], members: list[Timex]) -> list[tuple[int, int]]:
    """The sentence cut into its coordinated clauses (words.coordinated_clause: "The strike will
    begin at 6am on Monday and the regular choir will sing at 7pm on Tuesday" is two): a cue says
    only its own clause's schedule stands."""
    starts = [bounds[0]]
    earlier_end: int | None = None
    for timex in sorted(members, key=lambda t: t.start):
        if earlier_end is not None and timex.start >= starts[-1]:
            own = coordinated_clause(text, (starts[-1], bounds[1]), timex.start, max(earlier_end, starts[-1]))
            if starts[-1] < own[0] <= timex.start:
                starts.append(own[0])
        earlier_end = max(earlier_end or 0, timex.end)
    return list(zip(starts, starts[1:] + [bounds[1]]))


def _clause_cued(text: str, clause: tuple[int, int], weekdays: list[Timex]) -> bool:
    """Whether the clause holding a run of clocks says its schedule stands (see _cued)."""
    return _cued(text, clause, lower_tokens(text, *clause), [d for d in weekdays if clause[0] <= d.start < clause[1]])


def _runs(text: str, clocks: list[Timex]) -> list[list[Timex]]:
    """Clocks joined only by commas and "and"/"or" ("8am, 10am and 5pm") as runs."""
    joiners = word_list("row_joiners") | {",", "&"}
    runs: list[list[Timex]] = []
    for clock in clocks:
        if runs and all(t in joiners for t in lower_tokens(text, runs[-1][-1].end, clock.start)):
            runs[-1].append(clock)
        else:
            runs.append([clock])
    return runs


def _owner(text: str, run: list[Timex], weekdays: list[Timex]) -> Timex | None:
    """The weekday a run of clocks is told of: one written right after it ("4pm Vigil Saturday",
    "10am and 5pm on Sunday": the run's last clock carries it), else one shortly before it with no
    clock between ("Sunday morning Masses will be 7:30 a.m.")."""
    last = run[-1]
    if _weekday(last) is not None:
        return last
    after = next((d for d in weekdays if d.start >= last.end), None)
    if after is not None:
        gap = [t for t in lower_tokens(text, last.end, after.start) if t not in word_list("weekday_gap_links")]
        if len(gap) <= MAX_AFTER_GAP and all(t.isalpha() for t in gap):
            return after
    before = [d for d in weekdays if d.end <= run[0].start]
    if before:
        gap = lower_tokens(text, before[-1].end, run[0].start)
        reach = MAX_BEFORE_GAP + (NAME_WORDS if _named_plural_told_present(text, before[-1].end, run[0].start) else 0)
        if len(gap) <= reach and all(t.isalpha() for t in gap):
            return before[-1]     # "Monday Baby Storytimes are held at 9:30": the name's words too
    return None


def _joined_days(text: str, owner: Timex, weekdays: list[Timex]) -> list[int]:
    """The owner's weekday with the weekdays joined right before it by "&", "and" or a comma
    ("Wednesday & Thursday Storytimes are held at 9:30": both days), in week order."""
    days = [(_weekday(owner) or (0, None))[0]]
    joiners = word_list("row_joiners") | {",", "&"}
    at = owner
    for before in reversed([d for d in weekdays if d.end <= owner.start]):
        gap = lower_tokens(text, before.end, at.start)
        if not gap or not all(t in joiners for t in gap) or (_weekday(before) or (0, "x"))[1] is not None:
            break
        days.append((_weekday(before) or (0, None))[0])
        at = before
    return sorted(set(days))


def service_word(word: Word) -> str | None:
    """A standing service's noun as written, made singular ("Masses" -> "Mass"); None for others."""
    services = word_list("standing_services")
    lower = word.lower
    for one in (*plural_stems(lower), lower):
        if one in services:
            return word.text[:len(one)]
    return None


def _noun(words: list[Word], phrases: list[NounPhrase], text: str) -> tuple[int, str] | None:
    """The sentence's first event noun (a standing service's noun, or an event noun phrase), by
    the index of its last word, as a name: singular, without a schedule word ("Mass schedule")."""
    found: list[tuple[int, str]] = []
    service = next(((k, name) for k, w in enumerate(words) if (name := service_word(w)) is not None), None)
    if service is not None:
        found.append(service)
    if phrases:
        phrase = phrases[0]
        name = phrase_text(words, phrase.first, phrase.last, text)
        if phrase.plural and phrase.head == phrase.last:
            head = words[phrase.head]
            one = singular_nouns().get((head.lower,), head.lower)
            name = name[:len(name) - len(head.text)] + (one.capitalize() if head.text[:1].isupper() else one)
        found.append((phrase.last, without_schedule_word(name)))
    return min(found) if found else None


def _title(text: str, bounds: tuple[int, int], run: list[Timex], owner: Timex, members: list[Timex]) -> str | None:
    """The name of the series a run of clocks states on its weekday (see the module's note)."""
    words = words_in(text, *bounds)
    phrases = [p for p in noun_phrases(words, [(t.start, t.end) for t in members], text)
               if p.kind not in ("deadline", "milestone")]
    noun = _noun(words, phrases, text)
    day = _day_words(owner)
    if noun is not None and owner not in run:
        between = [w for w in words if run[-1].end <= w.start and w.end <= owner.start and w.is_word]
        if between and all(w.is_capitalised for w in between):
            lead = " ".join(w.text for w in between)
            return lead if noun[1].lower().endswith(lead.lower()) else f"{lead} {noun[1].split()[-1]}"
    if noun is not None:
        after = [w for w in words if owner.end <= w.start and w.end <= words[noun[0]].start]
        if len(after) <= MAX_AFTER_GAP and all(w.is_word and w.lower not in word_list("day_noun_breaks") for w in after):
            return " ".join([day] + [w.text for w in after] + [noun[1].split()[-1]])     # "Sunday morning Mass"
        return noun[1] if noun[1].lower().startswith(day.lower()) else f"{day} {noun[1]}"
    return None


def _day_words(owner: Timex) -> str:
    """The weekday's own words ("Saturday evening"), without a clock written with it ("5pm on Sunday")."""
    found = re.search(rf"[A-Z][a-z]+(?:\s+(?:{list_alternation('weekday_part_words')})s?)?", owner.text)
    return found.group(0) if found else owner.text


def _context_title(words: list[Word], noun_at: int, owner: Timex | None) -> str:
    """The service named in a sentence of a changed schedule: its ordinal, its weekday and its noun
    ("The second prayer" -> "Second prayer", "A third Friday prayer" -> "Third Friday prayer")."""
    first = noun_at
    while first > 0 and (words[first - 1].lower in word_list("occasion_ordinals")
                         or (owner is not None and owner.start <= words[first - 1].start < owner.end)):
        first -= 1
    name = " ".join(w.text for w in words[first:noun_at + 1])
    return name[:1].upper() + name[1:]


def _named_day(words: list[Word]) -> tuple[int, str] | None:
    """The weekday a service's name says, and the name ("Jumuah prayers" -> 5, "Jumuah prayer")."""
    days = {row["word"]: int(row["weekday"]) for row in table("weekday_services")}
    for k, word in enumerate(words):
        if word.lower in days:
            name = word.text
            if k + 1 < len(words) and (one := service_word(words[k + 1])) is not None:
                name = f"{name} {one}"
            return days[word.lower], name[:1].upper() + name[1:]
    return None


def _noun_at(words: list[Word], noun: str) -> int | None:
    return next((k for k, w in enumerate(words) if (service_word(w) or "").lower() == noun), None)


def _read(text: str, bounds: tuple[int, int], members: list[Timex], reference: date,
          changed: dict[int, Timex], dropped: set[int], names: dict[int, SlotName],
          context: _Context | None = None, index: int = 0) -> _Context | None:
    """Make the clocks of one sentence weekly series, if it states a weekly schedule; the changed
    services it sets for the sentences after it, if any."""
    weekdays = [t for t in members if _weekday(t) is not None]
    words = words_in(text, *bounds)
    named = _named_day(words) if not weekdays else None
    if not weekdays and context is None and named is None:
        return None
    tokens = lower_tokens(text, *bounds)
    if _vetoed(tokens) or any(t.tense == "past" for t in weekdays):
        return None
    effective = _effective_day(text, bounds, members)
    if any(t.type == "DATE" and (t is not effective or t.end_interval is not None) and _weekday(t) is None
           and t.interval is not None and t.interval.granularity == "day" for t in members):
        return None     # "on 5 May": one occasion; "starting 2 June and running through 29 August": weekday_hours bounds it
    if any(t.type == "TIME" and _backwards(t) for t in members):
        return None     # "from 5:30 p.m. to 4:00 p.m.": an old time and a new one
    cued = effective is not None or (bool(weekdays) and _cued(text, bounds, tokens, weekdays))
    noun_at = _noun_at(words, context.noun) if context is not None and not cued else None
    in_context = (noun_at is not None and context is not None
                  and all((_weekday(w) or (0, None))[0] == context.day for w in weekdays))
    if not cued and not in_context:
        return None
    bounds_words = word_list("schedule_clock_bounds")
    clocks = [t for t in members if (_bare_clock(t) is not None or (_weekday(t) or (0, None))[1] is not None)
              and not (lower_tokens(text, max(bounds[0], t.start - 12), t.start)[-1:] or [""])[0] in bounds_words]
    if in_context and context is not None:
        start = context.start
    else:
        start = effective.interval.start.date() if effective is not None and effective.interval else reference
    firsts: set[date] = set()
    clauses = _clauses(text, bounds, members) if effective is None and not in_context else []
    for run in _runs(text, clocks)[:1] if in_context else _runs(text, clocks):
        clause = next((c for c in clauses if c[0] <= run[0].start < c[1]), None)
        if clause is not None and len(clauses) > 1 and not _clause_cued(text, clause, weekdays):
            continue    # "... at 6am on Monday and the regular choir ...": the cue is another clause's
        owner = _owner(text, run, weekdays)
        if owner is None and not in_context and named is None:
            continue
        day = ((_weekday(owner) or (0, None))[0] if owner is not None
               else context.day if in_context and context is not None else named[0] if named else 0)
        if in_context and noun_at is not None:
            title: str | None = _context_title(words, noun_at, weekdays[0] if weekdays else None)
        elif owner is None and named is not None:
            title = named[1]
        else:
            own = clause if clause is not None and len(clauses) > 1 else bounds     # the clause's own noun
            title = _title(text, own, run, owner, members) if owner is not None else None
        for clock in run:
            at = _bare_clock(clock) or (_weekday(clock) or (0, None))[1]
            if at is None:
                continue
            days = _joined_days(text, owner, weekdays) if owner is not None else [day]
            series = weekly_series(Slot(clock, ",".join(WEEKDAY_CODES[d - 1] for d in days), at), 1, start)
            changed[id(clock)] = replace(series, rule=f"{clock.rule}+schedule_sentence")
            if title is not None:
                names[clock.start] = SlotName(title, None)
            if series.interval is not None:
                firsts.add(series.interval.start.date())
    made = bool(changed.keys() & {id(t) for t in members})
    if made:
        dropped |= {id(t) for t in weekdays if t.type == "DATE"}    # "The Sunday Mass schedule (...)": the schedule's
    if effective is not None and effective.interval is not None and effective.interval.start.date() in firsts:
        dropped.add(id(effective))      # "starting January 5th" is the first Saturday of the series
    if made or effective is None or effective.interval is None or len(weekdays) != 1:
        return None
    after = words_in(text, weekdays[0].end, min(bounds[1], weekdays[0].end + 30))
    noun = service_word(after[0]) if after else None
    if noun is None:
        return None
    return _Context(_weekday(weekdays[0])[0], effective.interval.start.date(), noun.lower(),  # type: ignore[index]
                    index + MAX_CONTEXT_SENTENCES)
