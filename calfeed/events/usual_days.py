"""A day a table of changed days lists as a usual one: "New Year's Day" / "| Usual day | New day |"
/ "| Thursday, 1 January | Saturday, 3 January |".

A page about changed collection or opening days often heads its table with the holiday that moves
them, and that heading's day would otherwise be named after the page ("Holiday bin collections" on
1 January), the very day the table says nothing happens. A day the table's rows hold as a usual day
(the rows table_rows skips: moved away, or "No change") gives the page's own name no entry.
"""

from __future__ import annotations

from datetime import date

from calfeed.events.candidates import Candidate

PAGE_NAME_NOTE = "the document's event"


def without_usual_days(chosen: list[Candidate], usual: set[date]) -> tuple[list[Candidate], list[Candidate]]:
    """(kept, dropped): entries named only after the page on a day the table holds as a usual day
    are dropped."""
    kept: list[Candidate] = []
    dropped: list[Candidate] = []
    for candidate in chosen:
        interval = candidate.timex.interval
        named_by_page = any(note.startswith(PAGE_NAME_NOTE) for note in candidate.frame.notes)
        if named_by_page and interval is not None and interval.start.date() in usual:
            dropped.append(candidate)
        else:
            kept.append(candidate)
    return kept, dropped
