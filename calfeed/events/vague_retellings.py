"""A loose window that retells an exactly dated event: no second entry.

A page gives the exact days ("The Harbour Fair is Nov. 18-21") and, in a caption or a teaser,
the same event loosely ("The Harbour Fair returns mid-November"). The loose telling is the
event's name and one verb over a window that meets the exact days: a subscriber already has the
days, and a ten-day "mid-November" beside them is only a second, vaguer entry of the same thing.
A loose entry whose title adds more than one word to the name ("Harbour Fair tickets go on sale
mid-November") tells of something else and stays, and so does a loose deadline.
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.events.identity import normalise_title
from calfeed.model import Event

RETELLING_EXTRA_WORDS = 1     # words a loose title may add after the exact event's name (its verb: "returns")
LOOSE_WINDOW_DAYS = 7         # a window this long or longer is a loose telling ("mid-November": ten days)


def without_vague_retellings(events: list[Event]) -> list[Event]:
    """``events`` (one document's) less each loose, unrepeated non-deadline whose title is a dated
    entry's title and at most RETELLING_EXTRA_WORDS more words, over a window that meets the dated
    entry's days. A dated entry may be tentative (a page without a year of its own): its days are
    still told."""
    exact: dict[str, list[tuple[list[str], tuple[date, date]]]] = {}
    for e in events:      # filed by the name's first word: a loose title opens with the name it retells
        name = normalise_title(e.title).split() if not _loose(e) and e.rrule is None else []
        if name:
            exact.setdefault(name[0], []).append((name, _days(e)))
    if not exact:
        return events
    return [e for e in events if not _retells(e, exact)]


def _retells(event: Event, exact: dict[str, list[tuple[list[str], tuple[date, date]]]]) -> bool:
    if not _loose(event) or event.rrule is not None or event.kind == "deadline":
        return False
    words = normalise_title(event.title).split()
    first, last = event.window or (_day(event.start), _day(event.start))
    return bool(words) and any(words[:len(name)] == name and len(words) - len(name) <= RETELLING_EXTRA_WORDS
                               and first <= days[1] and days[0] <= last for name, days in exact.get(words[0], ()))


def _loose(event: Event) -> bool:
    """An approximate entry over a window of LOOSE_WINDOW_DAYS or more."""
    return (event.precision == "approximate" and event.window is not None
            and (event.window[1] - event.window[0]).days + 1 >= LOOSE_WINDOW_DAYS)


def _days(event: Event) -> tuple[date, date]:
    start = _day(event.start)
    return start, _day(event.end) if event.end is not None else start


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
