""""7.30pm for 8pm", "7pm for 7.30pm": when to gather and when the evening begins, as British clubs,
societies and dinners write it. The tagger reads two clocks; the second had no day of its own and went
to the report ("a clock with no day"), or made a second entry. Here a bare clock written right after a
clock and a link of gather_clock_links ("for"), later the same evening, is no date of its own: the first
clock times the entry and the second becomes a note on it ("7.30pm for 8pm: starts 8pm"). A length
after "for" ("7pm for an hour") is no clock, so it is never read as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from calfeed.events.candidates import Candidate
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex
from calfeed.timex.rawvalue import BARE_CLOCK

MAX_GAP_MINUTES = 120        # "7.30pm for 8pm": the start follows the gathering within the evening
_ENDS_WITH_CLOCK = re.compile(r"T(\d\d):(\d\d)\Z")
_WRITTEN_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d\d)?[ \t]?(?:[ap]\.?m\.?)?\Z", re.IGNORECASE)   # the clock ending a series' words


@dataclass(frozen=True)
class GatherNote:
    at: int                  # where the gathering clock stands
    clock: tuple[int, int]   # the gathering clock (hour, minute)
    note: str


def gathered_clocks(text: str, ordered: list[Timex]) -> tuple[list[Timex], list[GatherNote]]:
    """``ordered`` without the start clock of each gather/start pair, and the notes to put on the
    entries the gathering clock times."""
    links = word_list("gather_clock_links")
    dropped: set[int] = set()
    notes: list[GatherNote] = []
    for first, second in zip(ordered, ordered[1:]):
        between = text[first.end:second.start]
        if between.strip().lower() not in links or "\n" in between or second.type != "TIME":
            continue
        start = BARE_CLOCK.fullmatch(second.raw_value or "")
        gather = _ENDS_WITH_CLOCK.search((first.value or "").split(";")[0]) if first.type in ("TIME", "SET") else None
        if start is None or gather is None:
            continue
        hour, minute = start.group(1).split(":")
        minutes = int(hour) * 60 + int(minute) - int(gather.group(1)) * 60 - int(gather.group(2))
        if not 0 < minutes <= MAX_GAP_MINUTES:
            continue
        dropped.add(id(second))
        written = _WRITTEN_CLOCK.search(first.text)
        said = text[first.start + written.start() if written else first.start:second.end]
        notes.append(GatherNote(first.start, (int(gather.group(1)), int(gather.group(2))),
                                f"\"{said}\": gather at the entry's time, starts {second.text}"))
    if not dropped:
        return ordered, []
    return [t for t in ordered if id(t) not in dropped], notes


def note_gatherings(candidates: list[Candidate], notes: list[GatherNote]) -> None:
    """Each note on the entries of its sentence timed by its gathering clock."""
    for found in notes:
        for cand in candidates:
            start = cand.timing.start
            if cand.sentence[0] <= found.at < cand.sentence[1] and not cand.timing.all_day \
                    and isinstance(start, datetime) and (start.hour, start.minute) == found.clock:
                cand.frame.notes.append(found.note)
