"""A clock time no zone reaches, in a document whose other entries all have one zone.

"City Council Regular Meeting / Monday, March 8, 2027 - 7:00 PM / Council Chambers, 100 Main
Street, Springfield, IL" places the meeting; "Public comment period closes March 1 at 5 p.m."
names no place, but it is the same council's deadline, in the same town's time. A floating
time would show 5 p.m. wherever the subscriber is, which is wrong for every subscriber
outside that zone; the zone the document's other entries agree on is far likelier right.
"""

from __future__ import annotations

from calfeed.events.event_zones import FLOATING
from calfeed.model import Event


def zone_floating(events: list[Event]) -> None:
    """Give floating timed entries the one zone all the document's zoned entries share."""
    zones = {event.tz for event in events if event.tz and not event.all_day}
    if len(zones) != 1:
        return
    zone = zones.pop()
    for event in events:
        if event.all_day or event.tz or FLOATING not in event.notes:
            continue
        event.tz = zone
        event.notes = [f"time zone {zone} as the document's other entries have it" if note == FLOATING else note
                       for note in event.notes]
