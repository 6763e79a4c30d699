"""Event identity: UIDs that survive rebuilds, and merging the same event seen twice.

A calendar client matches updates by UID, so the UID must not change when a date is
corrected in the source (the entry should move, not duplicate). It is therefore a hash
of what the event *is* (document, title, kind), never of when it is.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date, datetime

from calfeed.model import Event

_NON_WORD = re.compile(r"[\W_]+")
DOMAIN = "calfeed"


def normalise_title(title: str) -> str:
    return _NON_WORD.sub(" ", title.lower()).strip()


def normalised_names(names: Iterable[str]) -> set[str]:
    """A page's names as ``normalise_title`` gives them, for matching an entry titled only by
    one; a name of marks alone normalises to nothing and would match every untitled entry."""
    return {normalise_title(name) for name in names} - {""}


def event_uid(doc_path: str, title: str, kind: str, ordinal: int = 1) -> str:
    """``<16 hex>[-<n>]@calfeed``; ``ordinal`` tells apart same-named events of one document."""
    key = "\x1f".join((doc_path, normalise_title(title), kind))
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return f"{digest}{'' if ordinal == 1 else f'-{ordinal}'}@{DOMAIN}"


def moment_key(value: date | datetime) -> str:
    """A sort key that orders all-day dates and timed starts together (a day before its times)."""
    return value.isoformat()


def same_place(first: str | None, second: str | None) -> bool:
    """Whether two entries' places may be one: either unknown, or one naming the other
    ("Palais des Nations, Geneva" and "Geneva")."""
    if not first or not second:
        return True
    a, b = first.casefold(), second.casefold()
    return a in b or b in a or _same_region_written_twice(first, second)


def _same_region_written_twice(first: str, second: str) -> bool:
    """"Independence, Mo." and "Independence, Missouri": one place, its state written two ways."""
    from calfeed.events.regions import written_regions   # identity stays free of the gazetteer until asked

    head_a, _, tail_a = first.rpartition(",")
    head_b, _, tail_b = second.rpartition(",")
    if not head_a or not head_b or not same_place(head_a.strip(), head_b.strip()):
        return False
    divisions_a = {(r.country, r.admin1) for r in written_regions(tail_a) if r.admin1}
    return bool(divisions_a & {(r.country, r.admin1) for r in written_regions(tail_b) if r.admin1})


def take_in(into: Event, other: Event) -> None:
    """Keep ``into`` as the one entry for both: ``other``'s sources and notes join it, and its
    place fills one ``into`` lacks."""
    for source in other.sources:
        if source not in into.sources:
            into.sources.append(source)
    for note in other.notes:
        if note not in into.notes:
            into.notes.append(note)
    if into.location is None:
        into.location = other.location


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (normalised title, start, zone) across documents, with all their sources.

    The entry from the document whose path sorts first keeps its UID and fields; the others
    add their sources and notes. Going by path, not by the order documents were given in,
    keeps a subscriber's UIDs the same when the same files are named in another order.
    Output is sorted by (start, title, uid) so builds are deterministic.
    """
    merged: dict[tuple[str, str], list[Event]] = {}
    for event in sorted(events, key=_document_of):   # stable: a document's own order stays
        key = (normalise_title(event.title), moment_key(event.start))
        same = merged.setdefault(key, [])
        # 10:00 in New York and 10:00 in Paris are different moments; a time one document
        # leaves floating may be either. Two places of one zone are two events too: the AGMs
        # of a Bristol and a Birmingham society, both "15 April at 7pm". A series and a one-off on its
        # first day are two entries too: "declares the second Sunday of October as Assembly Days" and
        # "this year's Assembly Day is set on October 14".
        kept = next((e for e in same if (e.tz is None or event.tz is None or e.tz == event.tz)
                     and e.rrule == event.rrule and same_place(e.location, event.location)
                     and not _other_runs(e, event)), None)
        if kept is None:
            same.append(Event(**{**event.__dict__, "sources": list(event.sources), "notes": list(event.notes)}))
            continue
        if kept.tz is None and event.tz is not None:
            kept.tz = event.tz
        take_in(kept, event)
    return sorted((e for same in merged.values() for e in same), key=lambda e: (moment_key(e.start), e.title, e.uid))


def _other_runs(first: Event, second: Event) -> bool:
    """Two all-day stretches from one day to two different last days ("registration will start on 20
    March and end on 11 May" for the whole country, "... start on 20 March and end on 9 April" for its
    first counties): two entries of one name, not one told twice."""
    return (first.all_day and second.all_day and first.end is not None and second.end is not None
            and first.end > first.start and second.end > second.start and first.end != second.end)


def _document_of(event: Event) -> tuple[str, ...]:
    """The path of the document an entry was first read in, split as folders sort it (() when none).
    Two different files of a build never share a path (``sources.document_names`` leads a path
    found under two roots with its root), so a tie is one file read twice; the same file found
    under two roots ("calfeed build . notices") is read twice under two names, and its entries
    merge as any repeated announcement's do."""
    return tuple(event.sources[0].doc.split("/")) if event.sources else ()
