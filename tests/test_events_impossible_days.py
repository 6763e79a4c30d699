"""A day after "not be possible to", "not possible to", "impossible to" ("it will not be possible
to publish it next week", "it is impossible to open the pool on 1 June") is a day something will
not happen: no entry, a line in the report. A clause with no such words keeps its entry."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def _days(text: str, published: str) -> set[date]:
    return {e.start.date() if hasattr(e.start, "date") else e.start for e in page_events(text, published)}


def test_a_day_it_will_not_be_possible_to_act_on_gives_no_entry() -> None:
    text = ("# Recital update\n\nBecause of the rail strike it will not be possible to hold the spring recital "
            "on Friday 6 March 2026. We will write to ticket holders with a new date.\n")
    assert date(2026, 3, 6) not in _days(text, "2026-02-20")


def test_impossible_to_says_the_same() -> None:
    text = ("# Leisure centre\n\nThe repairs have overrun, so it is impossible to reopen the pool on "
            "Monday 1 June 2026 as planned.\n")
    assert date(2026, 6, 1) not in _days(text, "2026-05-20")


def test_the_same_notice_without_the_words_keeps_its_entry() -> None:
    text = ("# Leisure centre\n\nThe repairs are finished, so we will reopen the pool on "
            "Monday 1 June 2026 as planned.\n")
    assert date(2026, 6, 1) in _days(text, "2026-05-20")

