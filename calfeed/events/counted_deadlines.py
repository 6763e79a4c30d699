"""Deadlines counted from an event: "Nomination forms must be lodged at least one week before
the AGM", "Final reports are due 30 days after the end of the grant period", "Appeals must be
lodged within three months of the decision".

The tagger reads the span ("one week") as a duration and the anchor ("the AGM") as no date at
all, so such a deadline used to vanish. When the document dates the anchor (the AGM on
8 November), the deadline is that day moved by the span (1 November); a "bound" ("at least",
"no later than") is what a deadline is anyway, so the day stays exact and a note says how it
was counted. When nothing in the document dates the anchor, or several dates could be it, the
sentence goes to the review report, where a person can fix it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from calfeed.events.candidates import Candidate, Frame
from calfeed.events.naming import TURN_SLOTS, lower_first
from calfeed.events.deadline_names import actor_text, is_actor
from calfeed.events.phrases import clause_subject, phrase_stops, phrase_text
from calfeed.events.shared_place import day_of
from calfeed.events.timing import Timing
from calfeed.events.vocabulary import ending_phrase, find_phrase, table, title_words, word_list
from calfeed.events.words import Word, clause_of, words_in
from calfeed.model import Interval, Timex

_SPAN = re.compile(r"P(\d{1,3})([DWMY])\Z")
_TITLE_WORD = re.compile(r"\w+")
MAX_ANCHOR_WORDS = 8       # "the end of the grant period for the second call": longer is no name
WRITTEN_REACH = 4         # characters between the anchor and a date written right after it ("the AGM on 8 November")
RESTATE_REACH = 40        # characters after the span within which ", i.e. by 1 July 2013" restates its day
MAX_QUOTE = 600            # a "sentence" longer than this (an unsplittable list) is quoted by its clause


@dataclass
class Counted:
    """One "<span> before/after <anchor>" phrase with a deadline cue."""

    duration: Timex
    start: int                        # offsets of the whole phrase ("within three months of the decision")
    end: int
    sentence: tuple[int, int]
    title: str
    direction: str                    # "before" or "after"
    amount: relativedelta
    working: bool                     # "15 working days": Monday to Friday only
    anchor: list[Word]                # the anchor's words, determiners dropped
    part: str | None                  # "start"/"end" when the text says which part of the anchor
    anchor_text: str                  # the anchor as written ("the AGM")
    quote: tuple[int, int]            # the sentence, or its clause when the sentence is a whole list


def counted_deadlines(text: str, sentences, ordered: list[Timex], chosen: list[Candidate],
                      ) -> tuple[list[Candidate], list[tuple[Timex, tuple[int, int], str]]]:
    """Deadlines counted from a dated entry of ``chosen``, and (expression, sentence, why) for
    each one the document gives no single day to count from."""
    found, lost = [], []
    dates = [t for t in ordered if t.type in ("DATE", "TIME") and t.interval is not None]
    for counted in _counted_phrases(text, sentences, ordered):
        expression = replace(counted.duration, start=counted.start, end=counted.end,
                             text=" ".join(text[counted.start:counted.end].split()))
        if _restated(text, counted.end, dates):
            continue        # "twelve weeks before the session, i.e. by 1 July 2013": the document counted it
        written = next((t for t in dates if counted.end <= t.start <= counted.end + WRITTEN_REACH
                        and set(words_in(text, counted.end, t.start)) <= _date_links(text, counted.end, t.start)), None)
        owners = [_written_owner(written, counted)] if written is not None else _anchors(counted, chosen)
        days = {(c.timing.start, c.timing.end) for c in owners if c is not None}
        if len(days) == 1:
            found.append(_deadline(counted, expression, owners[0]))
            continue
        if written is not None:
            continue        # "before the AGM in spring 2027": no single day to count from, and it is dated
        quoted = ", ".join(f"{c.frame.title} {_day(c.timing.start)}" for c in owners)
        why = (f"a deadline counted from \"{counted.anchor_text}\", which the document dates more than once "
               f"({quoted}): no single day to count from" if owners else
               f"a deadline counted from \"{counted.anchor_text}\", which no dated entry of the document names")
        lost.append((expression, counted.sentence, why))
    return found, lost


def _counted_phrases(text: str, sentences, ordered: list[Timex]) -> list[Counted]:
    result = []
    for duration in ordered:
        span = _SPAN.match(duration.value) if duration.type == "DURATION" else None
        if span is None:
            continue
        sentence = sentences.at(duration.start)
        clause = clause_of(text, sentence, duration.start)
        words = [w for w in words_in(text, *clause) if w.is_word or w.text in ",.()"]
        first = next((k for k, w in enumerate(words) if w.start >= duration.end), len(words))
        lead = next((k for k, w in enumerate(words) if w.start >= duration.start), first)
        linked = _link(words, first, lead)
        if linked is None:
            continue
        direction, after_link, needed = linked
        if not _deadline_cue(words, lead, after_link):
            continue        # "killed within a week of his capture": a story, not a deadline
        if _earliest(words[:after_link], direction):
            continue        # "You should wait at least 3 months after your last dose": the earliest day
        if lead > 0 and words[lead - 1].lower in word_list("span_lengths"):
            continue        # "members for at least two years before the election": how long, not when
        anchor, part, end = _anchor(words, after_link)
        if not anchor:
            continue
        count, unit = int(span.group(1)), span.group(2)
        amount = {"D": relativedelta(days=count), "W": relativedelta(weeks=count),
                  "M": relativedelta(months=count), "Y": relativedelta(years=count)}[unit]
        anchor_text = " ".join(text[words[after_link].start:end].split())
        start = words[lead - 1].start if needed else duration.start
        working = unit == "D" and any(w in word_list("working_day_words") for w in duration.text.lower().split())
        result.append(Counted(duration, start, end, sentence, deadline_title(text, clause, ordered), direction, amount,
                              working, anchor, part, anchor_text, _quotable(text, sentence, duration.start)))
    return result


def _deadline_cue(words: list[Word], lead: int, link_end: int) -> bool:
    """A deadline word anywhere before the link ("must", "due"), or a closing verb right before
    the span ("Applications close two weeks after ...")."""
    lowered = [w.lower for w in words]
    return (ending_phrase(lowered, _deadline_cues("next"), end=lead) is not None
            or find_phrase(lowered[:link_end], _deadline_cues("clause")) is not None)


@lru_cache(maxsize=None)
def _deadline_cues(reach: str) -> tuple[tuple[str, ...], ...]:
    """The cues of counted_deadline_cues read so far: "next" (right before the span), "clause" (before the link)."""
    return tuple(tuple(row["cue"].split()) for row in table("counted_deadline_cues") if row["reach"] == reach)


def _earliest(words: list[Word], direction: str) -> bool:
    marks = tuple(tuple(row["mark"].split()) for row in table("earliest_marks") if row["applies"] in ("any", direction))
    return find_phrase([w.lower for w in words], marks) is not None


def _link(words: list[Word], first: int, lead: int) -> tuple[str, int, bool] | None:
    """("before"/"after", index of the word after the link, whether the word before the span is
    part of it) when the span's next words count it from something ("before", "prior to", "of"
    after "within")."""
    lowered = [w.lower for w in words]
    for row in _links():
        link = tuple(row["link"].split())
        if tuple(lowered[first:first + len(link)]) != link:
            continue
        needed = row["needs"] != "-"
        if needed and (lead == 0 or lowered[lead - 1] != row["needs"]):
            return None
        return row["direction"], first + len(link), needed
    return None


def _anchor(words: list[Word], start: int) -> tuple[list[Word], str | None, int]:
    """The anchor's name words (determiners dropped), the part named ("the end of"), and the
    offset where the name ends."""
    dropped = word_list("articles") | word_list("possessives")
    stops = word_list("anchor_stops")
    parts = {row["word"]: row["part"] for row in table("anchor_parts") if row["form"] == "of"}
    trailing = {row["word"]: row["part"] for row in table("anchor_parts") if row["form"] == "after"}
    name: list[Word] = []
    part = None
    end = words[start].start if start < len(words) else 0
    k = start
    while k < len(words) and len(name) < MAX_ANCHOR_WORDS:
        word = words[k]
        if not word.is_word or word.lower in stops or word.is_number:
            break
        if not name and word.lower in dropped:
            k += 1
            continue
        if not name and word.lower in parts and k + 1 < len(words) and words[k + 1].lower in word_list("anchor_part_links"):
            part = None if parts[word.lower] == "-" else parts[word.lower]
            k += 2
            continue
        if name and part is None and word.lower in trailing:     # "the inquiry opens": its first day
            part = None if trailing[word.lower] == "-" else trailing[word.lower]
            end = word.end
            break
        name.append(word)
        end = word.end
        k += 1
    return name, part, end


def _anchors(counted: Counted, chosen: list[Candidate]) -> list[Candidate]:
    """The dated entries the anchor names: the same name, an acronym of the name ("the AGM",
    "Club Annual General Meeting"), or its words with the same head noun ("the meeting",
    "Ninety-fourth session of the Working Party")."""
    names = [w.lower for w in counted.anchor]
    acronym = counted.anchor[0].text if len(counted.anchor) == 1 and counted.anchor[0].text.isupper() else None
    exact, loose = [], []
    turns = ({title_words()[w] for w in TURN_SLOTS}
             | {row["word"] for row in table("anchor_parts") if row["form"] == "after"})
    for candidate in chosen:
        if candidate.timing.rrule or counted.start <= candidate.timex.start < counted.end:
            continue
        title = _TITLE_WORD.findall(candidate.frame.title.split(" (")[0].lower())
        if len(title) > 1 and title[-1] in turns:
            title = title[:-1]          # "Inquiry opens", "Conference starts": the inquiry, the conference
        if not title:
            continue
        if title == names:
            exact.append(candidate)
        elif acronym is not None and len(acronym) > 1 and acronym.lower() in _initials(title):
            loose.append(candidate)
        elif set(names) <= set(title) and _head(title) == _head(names):
            loose.append(candidate)
    return exact or loose


def _written_owner(written: Timex, counted: Counted) -> Candidate | None:
    """"at least 21 days before the meeting on 10 March 2027": the day written after the anchor."""
    interval = written.interval
    if interval is None or written.approximate or written.end_interval is not None or written.type not in ("DATE", "TIME"):
        return None
    timed = interval.granularity in ("hour", "minute", "second")
    day = interval.start if timed else interval.start.date()
    timing = Timing(day, None if timed else day, not timed, "exact")
    return Candidate(written, Frame(counted.anchor_text, "event", (written.start, -1)), timing, None, counted.sentence)


def _head(name: list[str]) -> str:
    """The noun a name is about: its last word before a link ("session of the Working Party")."""
    links = word_list("phrase_links")
    cut = next((k for k, w in enumerate(name) if k > 0 and w in links), len(name))
    return name[cut - 1]


def _initials(title: list[str]) -> str:
    return "".join(w[0] for w in title if w not in word_list("acronym_skips"))


def _deadline(counted: Counted, expression: Timex, owner: Candidate) -> Candidate:
    """The deadline: the anchor's day moved by the span; at the anchor's clock only when the
    anchor is itself a deadline ("one week after the submission deadline", 23:59 AoE)."""
    timing = owner.timing
    if not timing.all_day and owner.frame.kind != "deadline":     # "21 days before the meeting" (at 7pm): that day
        timing = replace(timing, start=day_of(timing.start), end=day_of(timing.end or timing.start), all_day=True)
    part = counted.part or ("start" if counted.direction == "before" else "end")
    base = timing.start if part == "start" or timing.end is None else timing.end
    shift = -counted.amount if counted.direction == "before" else counted.amount
    day = _working_days(base, counted) if counted.working else base + shift
    window = None
    if timing.window is not None:
        window = (timing.window[0] + shift, timing.window[1] + shift)
    if timing.all_day:
        interval = Interval(_midnight(day), _midnight(day) + timedelta(days=1), "day")
    else:
        interval = Interval(day, day + timedelta(minutes=1), "minute")
    moved = replace(expression, type="DATE" if timing.all_day else "TIME", value=day.isoformat(),
                    interval=interval, end_interval=None, tz=owner.timex.tz, tz_text=owner.timex.tz_text,
                    tense="future")
    notes = [f"deadline: \"{expression.text}\", counted from \"{owner.frame.title}\" "
             f"({_day(base)}, its {'first' if part == 'start' else 'last'} day)"]
    if counted.working:
        notes.append("working days counted Monday to Friday; a public holiday in between would make it earlier")
    if owner.timing.precision == "approximate":
        notes.append(f"as approximate as \"{owner.frame.title}\" itself")
    frame = Frame(counted.title, "deadline", (counted.duration.start, -1), notes)
    counted_timing = Timing(day, day if timing.all_day else None, timing.all_day, timing.precision, window)
    return Candidate(moved, frame, counted_timing, None, counted.quote)


def _working_days(base: date | datetime, counted: Counted) -> date | datetime:
    """"15 working days before the travel date": step over Saturdays and Sundays (public
    holidays are not known here; the note says so)."""
    step = timedelta(days=-1 if counted.direction == "before" else 1)
    left, day = counted.amount.days, base
    while left > 0:
        day += step
        if day.weekday() < 5:
            left -= 1
    return day


def deadline_title(text: str, clause: tuple[int, int], ordered: list[Timex]) -> str:
    """"Deadline for nomination forms": what the clause's subject hands in, or who must act
    ("Deadline for members")."""
    deadline = title_words()["deadline_for"]
    full = words_in(text, *clause)
    blocked = [(t.start, t.end) for t in ordered if clause[0] <= t.start < clause[1] and t.type != "DURATION"]
    subject = clause_subject(full, blocked)
    if subject is None or full[subject[0]].lower in word_list("pronouns") | {"you", "we", "i"}:
        return deadline.split()[0]
    named = (actor_text(full, subject, text, phrase_stops()) if is_actor(full, subject)    # "Members wishing to ..."
             else phrase_text(full, *subject, text))
    return f"{deadline} {lower_first(named)}"


def _quotable(text: str, sentence: tuple[int, int], at: int) -> tuple[int, int]:
    return sentence if sentence[1] - sentence[0] <= MAX_QUOTE else clause_of(text, sentence, at)


def _midnight(day: date | datetime) -> datetime:
    return day if isinstance(day, datetime) else datetime.combine(day, datetime.min.time())


def _day(value: date | datetime) -> str:
    return day_of(value).isoformat()


def _restated(text: str, end: int, dates: list[Timex]) -> bool:
    """", i.e. by 1 July 2013" right after the span: the document wrote the day it comes to."""
    after = text[end:end + RESTATE_REACH].lower().lstrip(" ,(")
    return (any(after.startswith(m) for m in word_list("restating_marks"))
            and any(end < t.start <= end + RESTATE_REACH for t in dates))


def _date_links(text: str, start: int, end: int) -> set[Word]:
    """The words between an anchor and its date that only join them ("the meeting on")."""
    return {w for w in words_in(text, start, end) if w.lower in word_list("anchor_date_links")}


@lru_cache(maxsize=None)
def _links() -> tuple[dict[str, str], ...]:
    """Longest links first ("in advance of" before "of")."""
    return tuple(sorted(table("counted_links"), key=lambda row: -len(row["link"].split())))
