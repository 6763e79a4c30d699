"""How an event is put into words, shared by the feed, events.json and the report."""

from __future__ import annotations

import re
from datetime import date, datetime

from calfeed.model import Event, written_moment

_SPACES = re.compile(r"\s+")
DEADLINE_KINDS = frozenset({"deadline"})


def one_line(text: str) -> str:
    """Whitespace (line breaks from the source text included) collapsed to single spaces."""
    return _SPACES.sub(" ", text).strip()


def day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def window_of(event: Event) -> tuple[date, date] | None:
    """The first and last day an approximate event may fall on; None for exact events.

    An approximate event that came without a window is taken to span its own dates.
    """
    if event.precision != "approximate":
        return None
    if event.window:
        return event.window
    first = day_of(event.start)
    last = day_of(event.end) if event.end is not None else first
    return first, max(first, last)


def is_deadline(event: Event) -> bool:
    return event.kind in DEADLINE_KINDS


def has_end(event: Event) -> bool:
    """A timed event whose end is a later time (all-day events always have an end day)."""
    if not isinstance(event.start, datetime) or event.all_day:
        return True
    return isinstance(event.end, datetime) and event.end.replace(tzinfo=None) > event.start.replace(tzinfo=None)


def description(event: Event, warning: str | None = None) -> str:
    """What a person needs to trust or check the entry: the window, the inferences, the sources."""
    lines: list[str] = [warning] if warning else []
    window = window_of(event)
    if window:
        lines.append(f"Date approximate: some time between {window[0].isoformat()} and {window[1].isoformat()}.")
    if event.ends_before_start():      # framing drops such an end; a hand-built entry may still carry one
        lines.append(f"End read before the start ({written_moment(event.end)}): left out, check it.")
    if not has_end(event) and not is_deadline(event):
        lines.append("End time not stated; shown as one hour.")
    lines += [f"Inferred: {one_line(note)}" for note in event.notes]
    for source in event.sources:
        if lines:
            lines.append("")
        lines.append(f"“{one_line(source.sentence)}”")
        lines.append(f"— {source.doc}")
        if source.url:
            lines.append(source.url)
    return "\n".join(lines)
