"""A procession's programme rows say where it starts and where it ends ("10:00 – Procession starts
in Mill Lane" ... "12:30 – Procession ends in Castle Square"): one entry from the start to the end,
not two, and a sentence that tells the same start ("Harvest parade winds through Ludlow on
Saturday, September 13 at 10:00") folds into it, lending its fuller name."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

ROWS = ("08:00 – Marching bands warm up\n"
        "10:00 – Parade starts in Mill Lane beside the corn exchange\n"
        "12:30 – Parade ends in Castle Square\n")


def _entries(text: str) -> list[tuple[str, datetime, datetime | None]]:
    return [(e.title, e.start, e.end) for e in page_events(text, "2031-09-01")]


def test_start_and_end_rows_are_one_entry():
    entries = _entries("Harvest parade winds through Ludlow on Saturday, September 13 at 10:00.\n" + ROWS)
    assert ("Harvest parade", datetime(2031, 9, 13, 10), datetime(2031, 9, 13, 12, 30)) in entries
    assert not any("ends" in title or title.endswith("starts") for title, _, _ in entries)
    assert len([e for e in entries if e[1] == datetime(2031, 9, 13, 10)]) == 1


def test_a_row_with_words_after_its_verb_but_no_place_stays():
    text = ("Saturday, September 13, 2031\n10:00 – Procession starts with a drum roll\n"
            "12:30 – Procession ends with fireworks\n")
    assert not any(end is not None for _, _, end in _entries(text))
