"""A bare weekday that a habitual hedge governs ("Normally, the reading room is shut on Sunday") is
every such day, not the coming one: no entry. A closure the page also dates on such a usually
closed weekday is no news; the closures on other days stay. A hedge in a clause of its own
("which usually runs on Friday") leaves the main clause's weekday alone."""

from __future__ import annotations

from events_helpers import page_events


def _entries(text: str, published: str) -> list[tuple[str, str]]:
    return sorted((str(e.start), str(e.end)) for e in page_events(text, published))


def test_the_usual_closed_weekday_and_a_closure_dated_on_it_give_no_entries():
    page = ("# Library holiday closures\n\n"
            "Normally, the reading room is shut on Sunday. Over the holiday the reading room stays shut on "
            "Friday, 3 April 2026, Saturday, 4 April 2026 and Sunday, 5 April 2026.\n")
    assert _entries(page, "2026-03-20") == [("2026-04-03", "2026-04-03"), ("2026-04-04", "2026-04-04")]


def test_a_usual_weekday_in_a_relative_clause_leaves_the_main_clause_its_day():
    page = ("# Fair moved\n\n"
            "The craft fair, which usually runs on Friday, will be held on Saturday this week.\n")
    assert _entries(page, "2026-08-03") == [("2026-08-08", "2026-08-08")]


def test_a_weekday_told_without_a_hedge_keeps_its_day():
    page = ("# Reading room moving\n\n"
            "The reading room will be closed this Sunday while it moves to the new building.\n")
    assert _entries(page, "2026-03-18") == [("2026-03-22", "2026-03-22")]
