"""Opening and closing rows of one day's programme: "10:00 AM / Fair Opens" ... "9:00 PM / Fair
Closes" say when the fair is on, so they are one entry 'Fair' from 10:00 to 21:00, not an entry
that opens and another that closes. The rows' subject must be the same words; a venue's way in
("Gates open" ... "Gates close") is no event of its own and stays as it is."""

from __future__ import annotations

from datetime import datetime

from calfeed.events.vocabulary import word_list
from calfeed.model import Event

OPEN_CLOSE_NOTE = "an opening row and a closing row of the same day: one entry, open between them"


def joined_opening_rows(events: list[Event]) -> list[Event]:
    """``events`` with each timed '<X> opens' entry that a later '<X> closes' entry of the same day
    follows made one entry '<X>' ending at the closing clock, and the closing entry dropped."""
    closers = [(k, subject) for k, e in enumerate(events) if (subject := _subject(e, "closing_row_verbs"))]
    if not closers:
        return events
    dropped: set[int] = set()
    for k, opener in enumerate(events):
        subject = _subject(opener, "opening_row_verbs")
        if subject is None:
            continue
        match = next((j for j, named in closers if j not in dropped and named.lower() == subject.lower()
                      and events[j].start.date() == opener.start.date() and events[j].start > opener.start), None)
        if match is None:
            continue
        closer = events[match]
        opener.title, opener.end = subject, closer.start
        opener.sources = opener.sources + closer.sources
        opener.notes = opener.notes + [OPEN_CLOSE_NOTE]
        dropped.add(match)
    return [e for k, e in enumerate(events) if k not in dropped]


def _subject(event: Event, verbs: str) -> str | None:
    """What a timed entry with no end says opens or closes ("Fair" of "Fair Opens"), None for any other."""
    if not isinstance(event.start, datetime) or event.end is not None or event.rrule:
        return None
    subject, _, verb = event.title.rstrip(" .!").rpartition(" ")
    if verb.lower() not in word_list(verbs) or not subject.strip():
        return None
    return None if subject.lower() in word_list("entry_point_words") else subject.strip()
