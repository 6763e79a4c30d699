"""Credit lines: who makes, leads or speaks at an occasion, written between its name and its date
lines ("The Importance of Being Earnest" / "Directed by Jane Holt" / "Thursday, 9 to Saturday 11
October at 7.30 pm"; "**Session 4 — Groundwater recharge**" / "Dr. ... (IIT Madras) & A/Prof. ...
(UNSW)" / "Thursday 11 February 2027 | 3:30 PM IST"). Such a line never names the occasion: the
readers that take the line over a date line as its title look past it to the line above."""

from __future__ import annotations

from calfeed.events.vocabulary import event_nouns, phrase_list, word_list

_MARKS = " \t*_#:,;"


def credit_line(line: str) -> bool:
    """A line naming who makes or speaks at an occasion, not what it is: a credit lead's line or a
    person's line (see below). The occasion's name is the line above it."""
    return credit_lead(line) or person_line(line)


def credit_lead(line: str) -> bool:
    """A line opening with a credit lead ("Directed by Jane Holt", "Speakers: ...": credit_leads)."""
    words = _words(line)
    return any(tuple(words[:len(lead)]) == lead for lead in phrase_list("credit_leads"))


def person_line(line: str) -> bool:
    """A line opening with an honorific that names no event ("Dr. Ana Silva (University of Lisbon)
    & Prof. Ken Obi (UNN)"; "Lord Mayor's Banquet" is an event's name)."""
    words = _words(line)
    if not words or words[0] not in word_list("speaker_titles"):
        return False
    nouns = event_nouns()
    bare = [w.strip(".()").removesuffix("'s").removesuffix("’s") for w in words]
    return not any((w,) in nouns for w in bare)


def _words(line: str) -> list[str]:
    return [w for w in (w.strip(_MARKS).lower() for w in line.split()) if w]
