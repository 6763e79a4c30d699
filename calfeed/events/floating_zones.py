"""A clock time no zone reaches, in a document whose other entries all have one zone.

"City Council Regular Meeting / Monday, March 8, 2027 - 7:00 PM / Council Chambers, 100 Main
Street, Springfield, IL" places the meeting; "Public comment period closes March 1 at 5 p.m."
names no place, but it is the same council's deadline, in the same town's time. A floating
time would show 5 p.m. wherever the subscriber is, which is wrong for every subscriber
outside that zone; the zone the document's other entries agree on is far likelier right.

With no such entries, a place the document names only in passing is the next hint ("Cathy's
work has been exhibited in Dublin" on an Irish festival's page): weaker than the other
entries, since a speaker's university or a novel's setting is often elsewhere ("Delany
taught at the University of Massachusetts" on a Baton Rouge library's listing). The last is
the zone the page writes only on its posting stamps (stamp_zones: "- 09:12 UTC Full article"),
the site's clock rather than the story's place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from calfeed.events.event_zones import FLOATING
from calfeed.events.vocabulary import word_list
from calfeed.model import Event


def zone_floating(events: list[Event], passing: tuple[str, str] | None = None, disagreeing: str | None = None,
                  text: str = "", stamped: tuple[str, str] | None = None) -> None:
    """Give floating timed entries the one zone all the document's zoned entries share; with
    none zoned, the zone of the places ``passing`` (zone, names) the document names in passing,
    but not to a clock its ``text`` writes as "local time": with no place of its own beside it,
    that is each reader's own clock ("switch off from 8:30 PM to 9:30 PM local time").
    With no such places, the zone ``stamped`` (zone, as written) the page writes only on its posting stamps.
    Entries still floating say which zones the document's contacts point to (``disagreeing``),
    so the report shows why none was taken."""
    zones = {event.tz for event in events if event.tz and not event.all_day}
    local_ok = True
    if len(zones) == 1:
        zone = zones.pop()
        why = f"time zone {zone} as the document's other entries have it"
    elif not zones and passing is not None:
        zone, names = passing
        why = f"time zone {zone} from places the document names in passing ({names})"
        local_ok = False
    elif not zones and stamped is not None:
        zone, written = stamped
        why = f"time zone {zone} as the page's posting stamp writes it (\"{written}\")"
        local_ok = False
    else:
        if disagreeing is not None:
            for event in filter(_floating, events):
                event.notes.append(f"left floating: the document's contact details point to several zones ({disagreeing})")
        return
    for event in filter(_floating, events):
        if not local_ok and _told_local(event, text):
            continue
        event.tz = zone
        event.notes = [why if note == FLOATING else note for note in event.notes]


def _told_local(event: Event, text: str) -> bool:
    """Whether the entry's clock is followed by local-time words ("9:30 PM local time")."""
    return any(_local_words().match(text, source.end) is not None for source in event.sources[:1])


@lru_cache(maxsize=None)
def _local_words() -> re.Pattern[str]:
    phrases = sorted(word_list("local_time_words"), key=len, reverse=True)
    alternatives = "|".join(r"[^\S\n]+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"[^\S\n]{{0,2}}(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _floating(event: Event) -> bool:
    """A timed entry no zone reached."""
    return not event.all_day and not event.tz and FLOATING in event.notes
