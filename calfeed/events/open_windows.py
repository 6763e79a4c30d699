"""A call or consultation "open from 27 August to 15 October" is no event lasting seven weeks:
readers need the day it opens and, above all, the day it closes. One framed window becomes
an opening milestone and a closing deadline."""

from __future__ import annotations

from dataclasses import replace

from calfeed.events.candidates import Candidate, Frame
from calfeed.events.phrases import clause_subject, phrase_text
from calfeed.events.vocabulary import phrase_list, title_words, word_list
from calfeed.events.words import Word
from calfeed.model import Timex


def opened_stretch(words: list[Word], blocked: list[tuple[int, int]], timex: Timex, text: str,
                   anchor: int) -> Frame | None:
    """"The first phase will be open from August 27th to October 15th": a stretch of a call,
    named by the clause's subject, opened over a day range (window_subjects, window_leads)."""
    if timex.type != "DATE" or timex.end_interval is None:
        return None
    before = [w.lower for w in words if w.end <= timex.start and w.is_word]
    if not any(tuple(before[-len(lead):]) == lead for lead in phrase_list("window_leads")):
        return None
    subject = clause_subject(words, blocked)
    if subject is None or words[subject[1]].lower not in word_list("window_subjects"):
        return None
    name = phrase_text(words, *subject, text)
    return Frame(f"{name[:1].upper()}{name[1:]} {title_words()['opens']}", "event", (anchor, subject[1]),
                 ["a stretch of a call open over the days written"])


def split_window(candidate: Candidate, plural: bool) -> list[Candidate]:
    """The candidate as an opening and a closing when it is an opened window over several
    exact days ("Call for proposals opens" from 27 August to 15 October); else itself."""
    timing, frame, timex = candidate.timing, candidate.frame, candidate.timex
    wording = title_words()
    opened = wording["open" if plural else "opens"]
    if (frame.kind != "event" or not frame.title.endswith(" " + opened) or timex.end_interval is None
            or timing.precision != "exact" or timing.rrule or not timing.all_day
            or timing.end is None or timing.end == timing.start):
        return [candidate]
    name = frame.title[:-len(opened) - 1]
    closed = wording["close" if plural else "closes"]
    opening = replace(candidate, frame=Frame(frame.title, "milestone", (timex.start, -1),
                                             frame.notes + ["the first day of a window open for a while"]),
                      timing=replace(timing, end=timing.start), ends=False, running=False)
    closing = replace(candidate, frame=Frame(f"{name} {closed}", "deadline", (timex.end, -1),
                                             frame.notes + ["the last day of a window open for a while: it closes then"]),
                      timing=replace(timing, start=timing.end), ends=False, running=False)
    return [opening, closing]
