"""An event the page calls off is no entry, wherever else the page names it, or when only the
page's name titles it ("Public Notices" / "Date: Nov 24, 2020" over the cancelled meeting).

"The regular meeting ... scheduled for Wednesday, November 18, 2020, has been cancelled" goes to
the report; yet the notice names the day again ("the agenda for November 18 had no time-sensitive
items"), and a framer reading that line alone would enter the very meeting the page calls off.
A subscriber would travel to it. So once the page calls off an event on a day, a one-off entry
on that day that names the same event (the same title, or the words of one within the other's) gives way, and
the report says why. Another event the same day ("the DHHS order will go into effect on November
18") and a series (which takes the day as an EXDATE elsewhere) keep theirs. A day the page moves
a named meeting away from ("rescheduling the August 1 meeting to July 31") counts as called off, and
an approximate entry whose window holds such a day and names the same event ("The first City
Council meeting in August falls on National Night Out") is that meeting, so it gives way too.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from calfeed.events.candidates import Candidate
from calfeed.events.date_led_lines import LED_LINE_NOTE
from calfeed.events.identity import normalise_title, normalised_names
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import word_list


@dataclass(frozen=True)
class OffDay:
    """A day the page says an event is off, with the event's title and noun."""

    day: date
    title: str
    head: str | None


MIN_SHARED_WORDS = 2     # "Council meeting" within "Regular council meeting"; a bare "Meeting" names no one event


def _same_event(cand: Candidate, off: OffDay) -> bool:
    """Whether the entry names the event called off: the same title, or one title's words (two at
    least, the event noun among them) all within the other's ("Council meeting" and "Regular council
    meeting"); "Special Meeting of Council" and "Committee of the Whole Meeting" on one day are two."""
    mine, gone = normalise_title(cand.frame.title).split(), normalise_title(off.title).split()
    if mine == gone:
        return True
    shorter, longer = sorted((set(mine), set(gone)), key=len)
    return (len(shorter) >= MIN_SHARED_WORDS and shorter <= longer
            and (off.head is None or off.head in shorter or (cand.head is not None and cand.head in shorter)))


def _fixture_row(cand: Candidate, off: OffDay) -> bool:
    """A dated row of a table or list whose name is no event noun (an opponent: "| Sat 6 Feb | 9:30am | Ocean
    Reef Rays |") on a day the page says has no game (fixture_nouns: "Ocean Reef have forfeited - no
    game on 6 Feb"): the row is that game. A row named by an event ("Training") is another thing."""
    return ((cand.item or LED_LINE_NOTE in cand.frame.notes) and cand.head is None and cand.frame.head is None
            and off.head in word_list("fixture_nouns"))


def without_called_off(candidates: list[Candidate], off_days: list[OffDay], page_names: Collection[str] = ()
                       ) -> tuple[list[Candidate], list[Candidate]]:
    """The candidates kept, and the one-off ones dropped as the same event on a day called off;
    an entry titled only by the page's name (``page_names``: "Public Notices" over "Date: Nov 24,
    2020") on such a day is the notice's own event, the one it calls off."""
    if not off_days:
        return candidates, []
    names = normalised_names(page_names)
    by_day: dict[date, list[OffDay]] = {}
    for off in off_days:
        by_day.setdefault(off.day, []).append(off)
    kept: list[Candidate] = []
    dropped: list[Candidate] = []
    for cand in candidates:
        offs = list(by_day.get(day_of(cand.timing.start), ()))
        if cand.timing.window is not None and cand.timing.precision == "approximate":
            first, last = cand.timing.window     # "The first Board meeting in August falls on ...": that one
            offs += [off for off in off_days if first <= off.day <= last and off.day != day_of(cand.timing.start)]
        if cand.timing.rrule is None and offs and (normalise_title(cand.frame.title) in names
                                                   or any(_same_event(cand, off) or _fixture_row(cand, off) for off in offs)):
            dropped.append(cand)
        else:
            kept.append(cand)
    return kept, dropped
