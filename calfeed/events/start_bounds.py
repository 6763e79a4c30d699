"""A deadline bounded by the start of an event of its day: "All nominations must be received
by the Chair before the start of the meeting on 10th November", on a page that gives the
meeting as "Thursday 10th November, 9pm".

Read alone, the deadline is all day; but it closes when the meeting opens. When the page has
exactly one timed entry that day of the event the sentence names (its kind, or its noun in the
title), the deadline takes that entry's clock and zone, unless that entry's sentences name the
event only as a modifier of another ("the conference dinner ... at 7pm"). Otherwise it keeps its day.
"""

from __future__ import annotations

from datetime import datetime

from calfeed.events.vocabulary import event_nouns, short_names, word_list
from calfeed.events.words import words_in
from calfeed.model import Event

DEADLINE = "deadline"
MAX_NAME_WORDS = 6          # "before the start of this year's annual general meeting": the bound's reach


def bound_by_event_starts(events: list[Event]) -> None:
    """Give each all-day deadline bounded by the start of an event of its day that event's clock."""
    timed = [e for e in events if not e.all_day and isinstance(e.start, datetime) and e.kind != DEADLINE and not e.rrule]
    if not timed:
        return
    for event in events:
        if event.kind != DEADLINE or not event.all_day or event.rrule or event.precision != "exact" \
                or (event.end is not None and event.end != event.start):
            continue
        nouns = {noun for source in event.sources
                 for noun in _bounding_nouns(source.sentence, source.start - source.sentence_start)}
        if not nouns:
            continue
        kinds = {kind for noun, kind in nouns}
        named = {noun for noun, kind in nouns}
        that_day = [e for e in timed if e.start.date() == event.start
                    and (e.kind in kinds or named & {w.lower for w in words_in(e.title, 0, len(e.title))}
                         or named & _short_words(e.title))]
        that_day = [e for e in that_day if not _side_event(e, named)]
        starts = {(e.start, e.tz) for e in that_day}
        if len(starts) != 1:
            continue
        bound = that_day[0]
        event.start, event.end, event.all_day, event.tz = bound.start, None, False, bound.tz
        event.notes.append(f"closes at the start of \"{bound.title}\" ({bound.start:%H:%M}), as the sentence says")


def _bounding_nouns(sentence: str, day_at: int) -> set[tuple[str, str]]:
    """The (event noun, its kind) each bound word of the sentence names when the deadline's day
    (at ``day_at`` in the sentence) is that event's ("before the start of the meeting on 10th
    November": meeting)."""
    words = words_in(sentence, 0, len(sentence))
    bounds, skips, links = word_list("start_bound_words"), word_list("start_bound_skips"), word_list("start_bound_links")
    nouns = event_nouns()
    found: set[tuple[str, str]] = set()
    for k, word in enumerate(words):
        if word.lower not in bounds:
            continue
        for later in words[k + 1:k + 1 + MAX_NAME_WORDS]:
            if later.lower in skips:
                continue
            head = short_names().get(later.lower, later.lower).split()[-1]
            between = [w.lower for w in words if later.end <= w.start and w.end <= day_at]
            if (head,) in nouns and later.end <= day_at and between and set(between) <= links:
                found.add((head, nouns[(head,)]))
            break
    return found


def _side_event(event: Event, named: set[str]) -> bool:
    """The entry's sentences name the bound event only as a modifier of another event ("The
    conference dinner will be held ... at 7pm"): its clock is that dinner's, not the
    conference's start."""
    tails = word_list("side_event_nouns") | word_list("compound_tails")
    found = False
    for source in event.sources:
        words = words_in(source.sentence, 0, len(source.sentence))
        for k, word in enumerate(words):
            if short_names().get(word.lower, word.lower).split()[-1] not in named:
                continue
            if k + 1 >= len(words) or words[k + 1].lower not in tails \
                    or source.sentence[word.end:words[k + 1].start].strip():
                return False        # the bound event itself, as a head
            found = True
    return found


def _short_words(title: str) -> set[str]:
    """The words a title's short names stand for ("BROS AGM" -> annual, general, meeting)."""
    return {part for w in words_in(title, 0, len(title)) for part in short_names().get(w.lower, "").split()}
