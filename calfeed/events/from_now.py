"""Runs that start when the document is written: "From now till Oct. 30, the walls ... will come
alive", "events and offerings from now till the end of the year". "now" starts the run on the
document's date; the date after "till"/"until" ends it, so the entry spans both (it is not the
last day alone, nor a window that only guesses its start)."""

from __future__ import annotations

from datetime import date

from calfeed.events.timing import Timing, last_day
from calfeed.events.vocabulary import word_list
from calfeed.model import Timex

NOW_VALUE = "PRESENT_REF"
REACH = 40          # characters between "now" and the date it runs to ("now till", "now until the")


def from_now(text: str, timex: Timex, ordered: list[Timex]) -> Timex | None:
    """The "now" that opens a run ending at ``timex`` ("from now till Oct. 30"), else None."""
    if "now" not in text[max(0, timex.start - REACH):timex.start].lower():
        return None
    now = next((t for t in ordered if t.value == NOW_VALUE and t.end <= timex.start
                and timex.start - t.end <= REACH and t.end > timex.start - REACH), None)
    if now is None:
        return None
    link = text[now.end:timex.start].split()
    if len(link) != 1 or link[0].lower() not in word_list("now_run_links"):
        return None
    before = text[max(0, now.start - 12):now.start].split()
    return now if before and before[-1].lower() in word_list("range_starts") else None


def run_from(first: date, timex: Timex, now: Timex) -> Timing | None:
    """The run from the document's date ``first`` to the last day of ``timex``; None when that
    day is before it."""
    span = timex.span
    if span is None:
        return None
    last = last_day((timex.end_interval or span).end)
    if last < first:
        return None
    note = f"runs from \"{now.text}\", the document date {first.isoformat()}, to {last.isoformat()} (\"{timex.text}\")"
    if timex.approximate:
        return Timing(first, last, True, "approximate", (first, last), notes=[note])
    return Timing(first, last, True, "exact", notes=[note])
