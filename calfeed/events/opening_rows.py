"""Opening and closing rows of one day's programme: "10:00 AM / Fair Opens" ... "9:00 PM / Fair
Closes" say when the fair is on, so they are one entry 'Fair' from 10:00 to 21:00, not an entry
that opens and another that closes; so do "10:00 – Procession starts in Mill Lane" ... "12:30 –
Procession ends in Castle Square", a route's start and end rows. The rows' subject must be the same words; a venue's way in
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
        dropped |= _told_starts(events, k, dropped)
    return [e for k, e in enumerate(events) if k not in dropped]


def _told_starts(events: list[Event], k: int, dropped: set[int]) -> set[int]:
    """The entries that tell the joined entry ``events[k]``'s start again ("The harvest procession
    winds through town on Saturday at 10:00" over "10:00 – Procession starts in ..."): timed at its start,
    with no end, of its kind, their title holding its name. They fold into it, which takes the
    fuller name (less an opening verb at its end); their indexes."""
    joined = events[k]
    name = joined.title.lower().split()
    twins = {j for j, e in enumerate(events) if j != k and j not in dropped and e.start == joined.start
             and e.end is None and not e.rrule and e.kind == joined.kind
             and _holds(e.title.lower().rstrip(" .!").split(), name)}
    for j in sorted(twins):
        words = events[j].title.rstrip(" .!").split()
        if words and words[-1].lower() in word_list("opening_row_verbs"):
            words = words[:-1]
        if len(words) > len(name):
            joined.title, name = " ".join(words), [w.lower() for w in words]
        joined.sources = joined.sources + events[j].sources
    return twins


def _holds(words: list[str], name: list[str]) -> bool:
    """Whether ``name`` stands in ``words`` as a run of words."""
    return any(words[i:i + len(name)] == name for i in range(len(words) - len(name) + 1))


def _subject(event: Event, verbs: str) -> str | None:
    """What a timed entry with no end says opens or closes ("Fair" of "Fair Opens"; "Procession" of
    "Procession starts in Mill Lane", the verb followed by where), None for any other."""
    if not isinstance(event.start, datetime) or event.end is not None or event.rrule:
        return None
    words = event.title.rstrip(" .!").split()
    verb_words, places = word_list(verbs), word_list("place_prepositions")
    at = len(words) - 1 if words and words[-1].lower() in verb_words else next(
        (k for k in range(1, len(words) - 1) if words[k].lower() in verb_words and words[k + 1].lower() in places), None)
    if not at:
        return None
    subject = " ".join(words[:at])
    return None if subject.lower() in word_list("entry_point_words") else subject


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
