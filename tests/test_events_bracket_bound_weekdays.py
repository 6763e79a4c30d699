"""A bare weekday bound to the day its line writes with that weekday in brackets ("on lantern
Monday (July 17)"): the other "lantern Monday" is that day, not the coming Monday, and a weekday
joined to it by "and" is the next such day (R78 class 7)."""

from __future__ import annotations

from events_helpers import page_entries


def _days(text: str, published: str) -> set[str]:
    return {str(start)[:10] for _, _, start in page_entries(text, published)}


TEXT = ("The fair peaks on lantern Monday and Tuesday, opening with the dawn walk, a parade that starts "
        "before sunrise on lantern Monday (July 17) and goes on until noon.\n")


def test_a_bare_weekday_takes_the_bracketed_day_of_its_line():
    days = _days(TEXT, "2023-07-05")
    assert "2023-07-10" not in days and "2023-07-17" in days, days


def test_a_weekday_joined_to_it_is_the_next_such_day():
    days = _days(TEXT, "2023-07-05")
    assert "2023-07-11" not in days, days


def test_a_weekday_on_another_line_keeps_its_own_reading():
    text = "The lantern parade is on Monday at the quay.\n\nThe dawn walk starts on lantern Monday (July 17).\n"
    days = _days(text, "2023-07-05")
    assert "2023-07-10" in days and "2023-07-17" in days, days
