"""An arrival instruction with a bare clock ("Please arrive by 7.25pm.") tells readers when to
come to the document's event; it is no deadline of its own and has no day of its own. When the
document holds one timed event day, the clock is that day's arrival time, an entry beside the
event; otherwise the instruction stands for every event (a listing's standing advice) or for
none, and no entry is made: falling back to the document's date would invent a day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from calfeed.events.candidates import Candidate, Frame, date_not_written
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import phrase_list, title_words
from calfeed.events.words import Word
from calfeed.model import Timex

MAX_GAP = 4        # words between the arrival verb and its clock ("arrive at the hall by 7.25pm")
UNTIMED_KINDS = ("deadline", "milestone")   # they are kept or passed, nobody arrives for them


def arrival_clock(words: list[Word], timex: Timex) -> bool:
    """Whether a day-less clock is the time of an arrival instruction in its clause: an arrival
    verb (arrival_verbs) shortly before it, opening the clause or asked for (arrival_askers)."""
    if not date_not_written(timex):
        return False
    before = [w.lower for w in words if w.end <= timex.start and w.is_word]
    for verb in phrase_list("arrival_verbs"):
        for k in range(max(0, len(before) - MAX_GAP - len(verb)), len(before) - len(verb) + 1):
            if tuple(before[k:k + len(verb)]) != verb:
                continue
            if k == 0 or any(tuple(before[k - len(a):k]) == a for a in phrase_list("arrival_askers")):
                return True
    return False


def on_event_day(arrivals: list[Candidate], chosen: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """The arrivals put on the day of the document's one timed event day, before its first
    start, as "Arrival for <event>"; and those left without a day (no timed event, several
    days, or a clock after the event has begun)."""
    timed = [c for c in chosen if c.frame.kind not in UNTIMED_KINDS and not c.timing.all_day
             and c.timing.rrule is None and c.timing.precision == "exact" and isinstance(c.timing.start, datetime)]
    days = {day_of(c.timing.start) for c in timed}
    if len(days) != 1 or not arrivals:
        return [], arrivals
    day = days.pop()
    first = min(timed, key=lambda c: c.timing.start)
    titles = {c.frame.title for c in timed}
    wording = title_words()
    placed: list[Candidate] = []
    lost: list[Candidate] = []
    for arrival in arrivals:
        start = datetime.combine(day, arrival.timing.start.time())
        if start > first.timing.start:
            lost.append(arrival)
            continue
        title = f"{wording['arrival_for']} {first.frame.title}" if len(titles) == 1 else wording["arrival"]
        frame = Frame(title, "event", arrival.frame.anchor,
                      arrival.frame.notes + [f"an arrival instruction: the time to come to \"{first.frame.title}\", "
                                             "the document's one timed event day"])
        placed.append(replace(arrival, frame=frame, timing=replace(arrival.timing, start=start, end=None),
                              place=arrival.place or first.place))
    return placed, lost
