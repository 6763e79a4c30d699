"""One deadline told twice in a document: a list line and a sentence on the same day.

A call often lists "Abstract submission deadline: 15 February 2027" and later says
"Abstracts can be submitted until 15 February 2027 at 23:59 UTC". A subscriber wants one
entry, at the time the sentence gives, that links both places.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from calfeed.events.noted_rows import NOTED_ROW_NOTE
from calfeed.events.vocabulary import word_list
from calfeed.model import Event

_WORD = re.compile(r"[^\W\d_]{4,}")


def merge_same_day_deadlines(events: list[Event]) -> list[Event]:
    """Fold deadlines of one day whose titles share a topic word into the most precise one;
    two different clock times on that day stay two entries, unless both carry one title: then
    the page states one deadline twice and disagrees with itself ("Oct. 1 at 12:00am CT
    Application closes" / "This year's application will close October 1, 2022 at 10:00am
    CT"), so one entry keeps the earlier clock, which misses nothing, and notes the other. A
    deadline sharing no topic word with the others of its day still folds into the one it restates
    at the same clock, its sentence naming that one's topic (_lone_restated)."""
    kept: list[Event] = []
    by_day: dict[date, list[int]] = {}      # both tests need one day: look only there
    for event in events:
        day = _day(event)
        if day is None:
            kept.append(event)
            continue
        places = by_day.setdefault(day, [])
        twin_at = next((k for k in places if _same_deadline(kept[k], event)), None)
        if twin_at is None:
            twin_at = _lone_other(kept, places, event)
        if twin_at is None:
            twin_at = _lone_restated(kept, places, event)
        if twin_at is None:
            twin_at = _day_timed_again(kept, places, event)
        if twin_at is None:
            twin_at = next((k for k in places if _told_at_two_clocks(kept[k], event)), None)
            if twin_at is not None:
                twin = kept[twin_at]
                first, later = (twin, event) if twin.start <= event.start else (event, twin)
                _absorb(first, later)
                first.notes.append(f"the document also gives {later.start.strftime('%H:%M')} for it: "
                                   "check which holds")
                kept[twin_at] = first
                continue
        if twin_at is None:
            places.append(len(kept))
            kept.append(event)
            continue
        twin = kept[twin_at]
        if twin.all_day and not event.all_day:
            _absorb(event, twin)
            kept[twin_at] = event
        else:
            _absorb(twin, event)
    return kept


def _same_deadline(first: Event, second: Event) -> bool:
    """One day, one rule (a yearly "due September 1" told twice is one yearly deadline), no
    two clocks, not two rows (led rows, or labelled rows of a table its note calls deadlines), and a topic word in common, or no topic word in either title
    ("Submission deadline" twice, "Application" and "Applications", "Receipt of entries" and
    "Deadline")."""
    if not _same_deadline_but_topic(first, second):
        return False          # two led rows: "Oct. 15 – Sessions must be finalized." / "Oct. 15 – Offers to preside ... are due."
    topics = _topic(first.title), _topic(second.title)
    return bool(topics[0] & topics[1]) or not (topics[0] or topics[1])


def _lone_restated(kept: list[Event], places: list[int], event: Event) -> int | None:
    """The one deadline of ``event``'s day that it restates at the same clock (_restated_at_clock),
    when no deadline shares its title's topic: with two such, which one is meant is unclear."""
    found = [k for k in places if _same_deadline_but_topic(kept[k], event) and _restated_at_clock(kept[k], event)]
    return found[0] if len(found) == 1 else None


def _day_timed_again(kept: list[Event], places: list[int], event: Event) -> int | None:
    """The one other deadline of ``event``'s day when one of the two is all-day, the other timed, and
    the timed one's expression writes the all-day one's day again with its clock ("All stands must be
    taken down by Sunday." / "Every awning has to go by 4 p.m. on Sunday."): the page gives the
    day, then the hour on it, so they are one deadline, whatever each names as what is due."""
    others = [k for k in places if kept[k].kind == "deadline"]
    if len(others) != 1 or not _same_deadline_but_topic(kept[others[0]], event):
        return None
    other = kept[others[0]]
    if other.all_day == event.all_day:
        return None
    whole, timed = (other, event) if other.all_day else (event, other)
    days = {s.expr.casefold() for s in whole.sources}
    return others[0] if days and all(re.search(rf"\b{re.escape(day)}\b", s.expr.casefold())
                                     for day in days for s in timed.sources[:1]) else None


def _restated_at_clock(first: Event, second: Event) -> bool:
    """One moment, a clock and not a bare day, and one telling's sentence speaking of the other's
    topic: "| Deadline for proposal submission | May 16th, 5:00 PM |" and "prepare the proposal
    budget and upload the signed forms by May 16, at 5:00 PM" name one deadline in two ways."""
    if first.all_day or second.all_day or first.start != second.start:
        return False
    if first.tz is not None and second.tz is not None and first.tz != second.tz:
        return False
    return any(_topic(one.title) & _topic(" ".join(s.sentence for s in other.sources))
               for one, other in ((first, second), (second, first)))


def _lone_other(kept: list[Event], places: list[int], event: Event) -> int | None:
    """A deadline titled by no topic word ("Deadline", "Closing date") and the one other deadline
    of its day: the page names the act once and repeats its day bare, so they are one deadline.
    With two or more others the bare one cannot tell which it repeats, and stays."""
    others = [k for k in places if kept[k].kind == "deadline"]
    if len(others) != 1:
        return None
    other = kept[others[0]]
    if _topic(other.title) and _topic(event.title):
        return None
    return others[0] if _same_deadline_but_topic(other, event) else None


def _same_deadline_but_topic(first: Event, second: Event) -> bool:
    """_same_deadline's tests short of the topic words."""
    if first.kind != "deadline" or second.kind != "deadline" or first.rrule != second.rrule:
        return False
    if _day(first) != _day(second) or _day(first) is None:
        return False
    if not first.all_day and not second.all_day and first.start != second.start:
        return False
    return (not (_led_row(first) and _led_row(second))
            and not (NOTED_ROW_NOTE in first.notes and NOTED_ROW_NOTE in second.notes))


def _told_at_two_clocks(first: Event, second: Event) -> bool:
    """One deadline at two clocks of one day, under one title and zone."""
    return (first.kind == second.kind == "deadline" and not first.rrule and not second.rrule
            and not first.all_day and not second.all_day and first.start != second.start
            and _day(first) == _day(second) is not None and first.tz == second.tz
            and first.title.casefold() == second.title.casefold())


def _led_row(event: Event) -> bool:
    """Every telling is a row its date opens ("- Oct. 15 – Offers to preside are due."): a list
    names one thing a row, so two such rows are two deadlines, whatever words they share."""
    bullets = "".join(word_list("list_bullets")) + " \t"
    return bool(event.sources) and all(s.sentence.lstrip(bullets).startswith(s.expr) for s in event.sources)


def _day(event: Event) -> date | None:
    if event.all_day:
        return event.start if event.end in (None, event.start) else None
    return event.start.date() if isinstance(event.start, datetime) else None


def _topic(title: str) -> set[str]:
    generic = word_list("deadline_generic_words")
    words = (w.lower() for w in _WORD.findall(title))
    return {w[:-1] if w.endswith("s") else w for w in words if w not in generic}


def _absorb(into: Event, other: Event) -> None:
    for source in other.sources:
        if source not in into.sources:
            into.sources.append(source)
    into.notes.append(f"the same deadline as \"{other.title}\" ({_day(other).isoformat()}), "
                      "told elsewhere in the document")
    if not _topic(into.title) and _topic(other.title):
        into.title = other.title      # "the deadline of July 31" at 23:59 AoE is the list's "Paper submission"
    if into.location is None:
        into.location = other.location
