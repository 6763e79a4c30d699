"""Where the parts of a main event happen: "Tutorials: July 27" in a CfP for a conference in Vienna.

A call for papers or a meeting notice names its venue once, for the main event, and then
lists the parts (tutorials, workshops, the opening session) by date alone. Those parts
happen where the main event happens. A newsletter, by contrast, lists unrelated events in
many places. So a place is shared only when the document's events name exactly one place,
and only with an event whose days lie within the exact days of an event held there: a
webinar on another date, an event inside the window of a vaguely dated forum ("in Nairobi
later this year"), or any event in a many-place newsletter, keeps no place.

A room written without its building or city ("in Room 4, 14:00") is no place of its own in
that count: during the main event it is a room of the main event's venue ("Room 4, Vienna
International Centre"), or, when it names its building ("Conference Room 4, North Lawn
Building"), of the main event's city.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from datetime import date, datetime

from calfeed.events.places import Place
from calfeed.events.vocabulary import word_list
from calfeed.events.words import LETTER_RUN

PLACELESS_KINDS = ("deadline", "milestone")   # submitted or announced, not attended somewhere


@dataclass(frozen=True)
class Dated:
    """One framed event as far as sharing a place is concerned."""

    title: str
    kind: str
    first: date
    last: date
    exact: bool
    place: Place | None
    own_place: bool         # the place is written in the event's own sentence


def day_of(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def shared_places(items: list[Dated]) -> dict[int, tuple[Place, str]]:
    """Index of each event that takes a host event's place, with the place and a note."""
    placed = [item for item in items if item.own_place and item.place is not None and not is_room(item.place)]
    if len({place_key(item.place) for item in placed}) != 1:
        return {}
    hosts = sorted((item for item in placed if item.exact), key=lambda h: (h.first, -h.last.toordinal()))
    widest: list[Dated] = []            # hosts not inside an earlier one: starts and ends both rise
    for host in hosts:
        if not widest or host.last > widest[-1].last:
            widest.append(host)
    starts = [h.first for h in widest]
    taken: dict[int, tuple[Place, str]] = {}
    for index, item in enumerate(items):
        room = (item.place if item.own_place and item.place is not None and is_room(item.place)
                and not _building(item.place) else None)
        if (item.own_place and room is None) or item.kind in PLACELESS_KINDS or not item.exact:
            continue
        at = bisect.bisect_right(starts, item.first) - 1   # the latest-starting host, which ends latest
        if at >= 0 and item.last <= widest[at].last:
            host = widest[at]
            if room is None:
                place = replace(host.place, start=-1, end=-1)     # a venue stays a venue in its city
                taken[index] = (place, f"place \"{place.name}\" from \"{host.title}\", whose dates include these")
            else:
                place = _room_in(room, host.place)
                taken[index] = (place, f"room \"{room.name}\" is in \"{place.name[len(room.name) + 2:]}\", "
                                       f"where \"{host.title}\" is held on these dates")
    return taken


def is_room(place: Place) -> bool:
    """A venue written without a city ("Room 4", "Press Room III"), which the gazetteer
    cannot place and the document may place through its main event."""
    return place.venue and place.town is None and not place.town_unknown


def _building(place: Place) -> bool:
    """A whole building named without its city ("the White House", ``building_heads``): during a
    conference at a hotel, an event there is in that building, not in a room of the hotel."""
    heads = word_list("building_heads")
    return any(word.lower() in heads for word in LETTER_RUN.findall(place.name))


def _room_in(room: Place, host: Place) -> Place:
    """``room`` inside the host's venue; only in its city when the room names its own building."""
    town = host.town
    if "," in room.name:
        name = f"{room.name}, {town}" if town else room.name
    else:
        name = f"{room.name}, {host.name}"
    return Place(name, host.tz, city=town, venue=True)


def place_key(place: Place) -> str:
    """One spelling per city: "Vienna, Austria", "Vienna" and "VIENNA" are one place; so is
    "Palais des Nations, Geneva" with "Geneva". A venue whose city is not written is its own."""
    town = place.town
    return (town if town is not None else place.name).lower()
