"""Deadlines in different rows of one table are different deadlines.

:mod:`calfeed.events.same_deadline` folds two deadlines of one day whose titles share a
topic word: a list line and a sentence telling one deadline twice. Rows of an important-dates
table share words by design ("Short papers", "Demo papers" and "Reproducibility papers" all
due on October 21), yet each row is its own track. Here a row may still absorb, or be
absorbed by, a telling outside the table, but never another row.
"""

from __future__ import annotations

from calfeed.events.same_deadline import merge_same_day_deadlines
from calfeed.model import Event

ROW_NOTE = "a row of a table: its title and place cells"


def merge_deadlines_apart(events: list[Event]) -> list[Event]:
    """``merge_same_day_deadlines``, with no two table rows merged into one."""
    rows = [e for e in events if e.kind == "deadline" and ROW_NOTE in e.notes]
    if len(rows) < 2:
        return merge_same_day_deadlines(events)
    order = {id(e): k for k, e in enumerate(events)}
    pool = merge_same_day_deadlines([e for e in events if not any(e is r for r in rows)])
    kept: list[Event] = []
    for row in rows:
        merged = merge_same_day_deadlines(sorted(pool + [row], key=lambda e: order.get(id(e), len(events))))
        if len(merged) == len(pool) + 1:
            kept.append(row)
            continue
        survivor = row if any(m is row for m in merged) else next(
            (m for m in merged if row.sources[0] in m.sources), row)
        pool = [m for m in merged if m is not survivor and m is not row]
        kept.append(survivor)
    return sorted(pool + kept, key=lambda e: order.get(id(e), len(events)))
