"""Opening and closing rows of one day's programme: "10:00 AM / Fair Opens" ... "9:00 PM / Fair
Closes" say when the fair is on, so they are one entry 'Fair' from 10:00 to 21:00, not an entry
that opens and another that closes. The rows' subject must be the same words; a venue's way in
("Gates open" ... "Gates close") is no event of its own and stays as it is. A row may say the
opening with a lead instead ("Access to Stonehenge: 22:00 hours" ... "Stonehenge closes: 09:00 hours",
``opening_row_leads``), and a night's hours close the next morning: a closing row earlier in the
day after the opening, within a day of it, closes it too."""

from __future__ import annotations

from datetime import datetime, timedelta

from calfeed.events.vocabulary import word_list
from calfeed.model import Event

OPEN_CLOSE_NOTE = "an opening row and a closing row of the same day: one entry, open between them"
NIGHT = timedelta(days=1)     # the longest a night's opening runs into the next day


def joined_opening_rows(events: list[Event]) -> list[Event]:
    """``events`` with each timed '<X> opens' entry that a later '<X> closes' entry of the same day
    follows made one entry '<X>' ending at the closing clock, and the closing entry dropped."""
    closers = [(k, subject) for k, e in enumerate(events) if (subject := _subject(e, "closing_row_verbs"))]
    if not closers:
        return events
    dropped: set[int] = set()
    for k, opener in enumerate(events):
        subject = _subject(opener, "opening_row_verbs")
        led = _led_subject(opener) if subject is None else None
        subject = subject or led
        if subject is None:
            continue
        match = next((j for j, named in closers if j not in dropped and named.lower() == subject.lower()
                      and _closes_after(opener.start, events[j].start)), None)
        if match is None:
            continue
        closer = events[match]
        named = dict(closers)[match] if led else subject      # "Arena closes" names "Access to the arena"'s subject
        opener.title, opener.end = named, closer.start
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


def _closes_after(opens: datetime, closes: datetime) -> bool:
    """Whether a closing row at ``closes`` ends the opening at ``opens``: later the same day, or the
    next day before a day has passed ("22:00 hours Tuesday" ... "09:00 hours Wednesday")."""
    if closes <= opens:
        return False
    return closes.date() == opens.date() or (closes - opens < NIGHT and (closes.date() - opens.date()).days == 1)


def _led_subject(event: Event) -> str | None:
    """What a timed entry with no end says is opened by its lead ("Stonehenge" of "Access to Stonehenge")."""
    if not isinstance(event.start, datetime) or event.end is not None or event.rrule:
        return None
    title = " ".join(event.title.split())
    for lead in word_list("opening_row_leads"):
        if title.lower().startswith(lead + " "):
            words = title[len(lead):].split()
            if words and words[0].lower() in word_list("articles"):
                words = words[1:]       # "Access to the arena" ... "Arena closes"
            return " ".join(words) or None
    return None
