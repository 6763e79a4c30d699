"""A venue's opening hour beside the event it opens for: "The informal working meeting will
take place on Sunday, 24 June 2018. The Berlaymont will be open from 13:30 CET and will close
two hours after the end of the meeting." The building opens at 13:30; the meeting does not
start then. "Doors open at 7pm", "The registration desk will open at 8:30" are the same.

The clause's subject names no event (a building, the doors, a desk: no event noun in it) and
its verb is an opening verb (``venue_opening_verbs``) with the clock after it. When the
document has an event on that day, the opening hour becomes a note of that event instead of
an entry of its own; alone ("Doors open at 6:00 PM on 14 March 2027") it stays an entry.
A timetable's row written as a label, its colon and its time ("Main car park opens: 19:00 hours
(7pm) Friday 14th August") is an entry of its own, as the page lists it. So is an opening told
with its closing clock ("the booths open at 8 a.m. and stay open until 9 p.m."):
the hours the public can come, not a note of when the doors open.
"An exhibition will be open from 10:00" names an event in its subject, so it is the event, and
"The State Secretary opens the Forum at 10:00" has the event right after its verb."""

from __future__ import annotations

from calfeed.events.candidates import Candidate
from calfeed.events.phrases import NounPhrase, clause_subject
from calfeed.events.shared_place import PLACELESS_KINDS, day_of
from calfeed.events.vocabulary import phrase_list
from calfeed.events.words import Word
from calfeed.model import Timex

MAX_GAP = 2     # words between the verb and the clock ("open from", "open at around")


def venue_opening(words: list[Word], blocked: list[tuple[int, int]], phrases: list[NounPhrase],
                  timex: Timex, text: str) -> str | None:
    """The clause as a note ("The Berlaymont will be open from 13:30 CET") when it gives a
    place's opening hour, else None."""
    if timex.type != "TIME":
        return None
    subject = clause_subject(words, blocked)
    if subject is None or any(subject[0] <= p.head <= subject[1] for p in phrases):
        return None
    after = [w.lower for w in words[subject[1] + 1:]]
    verb = next((v for v in phrase_list("venue_opening_verbs") if tuple(after[:len(v)]) == v), None)
    if verb is None:
        return None
    verb_end = words[subject[1] + len(verb)].end
    gap = [w for w in words if w.is_word and verb_end <= w.start and w.end <= timex.start]
    if timex.start < verb_end or len(gap) > MAX_GAP:
        return None               # "Doors open at 7pm and the show starts at 7.45pm": the show's clock
    if text[verb_end:timex.start].strip() == ":":
        return None               # "Main car park opens: 19:00 hours Friday 14th August": a timetable's row, an entry of its own
    first = next(w for w in words if w.is_word)
    return " ".join(text[first.start:timex.end].split())


def fold_opening_hours(candidates: list[Candidate], openings: dict[int, str]) -> list[Candidate]:
    """``candidates`` with each venue's opening hour (``openings``, by the candidate's id) moved
    into the notes of the event on the same day told nearest to it, when there is one."""
    kept: list[Candidate] = []
    for cand in candidates:
        note = openings.get(id(cand))
        host = None
        if note is not None and cand.timing.end is None:     # a window with its closing clock is the day's hours
            day = day_of(cand.timing.start)
            hosts = [c for c in candidates if id(c) not in openings and c.frame.kind not in PLACELESS_KINDS
                     and c.timing.rrule is None and day_of(c.timing.start) == day]
            host = min(hosts, key=lambda c: abs(c.timex.start - cand.timex.start), default=None)   # the nearest told
        if host is None:
            kept.append(cand)
            continue
        host.frame.notes.append(f"\"{note}\": when the place opens, not when \"{host.frame.title}\" starts")
    return kept
