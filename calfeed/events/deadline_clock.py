"""A document-wide deadline time: "All deadlines are at 23:59 AoE."

Calls for papers state the clock time once and then list bare days. Each of those days
means "until that time, in that zone", so an all-day deadline is really a timed one. The
time and zone come from the tagger's reading of the rule sentence (a TIME with no day);
this module only decides that the sentence is such a rule and applies it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from calfeed.events.signals import obliged_by
from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word
from calfeed.model import Event, Timex

SINGLE_DAY_KINDS = ("deadline",)


@dataclass(frozen=True)
class DeadlineClock:
    at: time
    tz: str | None
    zone_text: str | None
    source: Timex
    sentence: str


def clock_of(timex: Timex) -> time | None:
    """The clock time of a TIME whose day was not written ("XXXX-XX-XXT23:59"), else None."""
    raw = timex.raw_value or timex.value
    if timex.type != "TIME" or not (raw.startswith("T") or raw.startswith("XXXX-XX-XXT")):
        return None
    clock = raw.split("T", 1)[1].split(";", 1)[0]
    try:
        return time.fromisoformat(clock[:8])
    except ValueError:
        return None


def deadline_clock(timex: Timex, clause: list[Word], dated: list[Timex], sentence: str) -> DeadlineClock | None:
    """The rule ``timex`` states, when its clause speaks of deadlines and names no day."""
    at = clock_of(timex)
    if at is None or any(other is not timex and other.type in ("DATE", "TIME") for other in dated):
        return None
    cues = word_list("deadline_rule_cues")
    before = [w.lower for w in clause if w.end <= timex.start]
    if not any(w in cues for w in before) and not obliged_by(before):
        return None
    return DeadlineClock(at, timex.tz, timex.tz_text, timex, " ".join(sentence.split()))


def apply_deadline_clock(events: list[Event], rule: DeadlineClock, default_tz: str | None) -> list[Event]:
    """Every exact one-day deadline becomes timed at the rule's clock time and zone."""
    tz = rule.tz or default_tz
    zone = rule.zone_text or tz or "floating local time"
    note = f"time {rule.at:%H:%M} {zone} from \"{rule.sentence}\""
    timed = []
    for event in events:
        if (event.kind in SINGLE_DAY_KINDS and event.all_day and event.precision == "exact"
                and (event.rrule is None or event.rrule.startswith("FREQ=YEARLY"))
                and isinstance(event.start, date) and event.end in (None, event.start)):
            event = replace(event, start=datetime.combine(event.start, rule.at), end=None, all_day=False,
                            tz=tz, notes=event.notes + [note])
        timed.append(event)
    return timed
