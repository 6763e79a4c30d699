"""A festival programme's blocks (R73 class 2, page 22's shape): a line a day opens and names
("January 6, 2030 (Sunday) Lantern Walk") over a line that gives only the place and the clock
("Riverside Green, 5:00AM"). When such blocks repeat, the place line was read as a row named by
its label: a timed entry titled "Riverside Green" beside an all-day "Lantern Walk". A row "NAME –
PLACE, CLOCK" under a block is another item of that day, and a quoted name after the day names
the line as an unquoted one does."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_entries

PUBLISHED = "2029-11-20"
PROGRAMME = ("Harbour Week 2030 Programme\n\n"
             "January 6, 2030 (Sunday) Lantern Walk\nRiverside Green, 5:00AM\n\n"
             "January 7, 2030 (Monday) Blessing of the Boats\nOld Quay, 1:00 PM\n\n"
             "January 8, 2030 (Tuesday) Choir Evening\nTown Hall, 7:00 PM\n")


def _named(text: str) -> list[tuple[str, object]]:
    return sorted(((title, start) for title, _, start in page_entries(text, PUBLISHED)), key=lambda e: str(e[1]))


def test_the_place_line_times_the_activity_above_it():
    assert _named(PROGRAMME) == [("Lantern Walk", datetime(2030, 1, 6, 5, 0)),
                                 ("Blessing of the Boats", datetime(2030, 1, 7, 13, 0)),
                                 ("Choir Evening", datetime(2030, 1, 8, 19, 0))]


def test_a_year_in_the_activity_name_does_not_part_the_day_from_its_place_line():
    text = PROGRAMME + "\nJanuary 9, 2030 (Wednesday) Boat Show 2030\nNorth Quay, 1:00PM – 11:00PM\n"
    assert ("Boat Show 2030", datetime(2030, 1, 9, 13, 0)) in _named(text)
    assert all(title != "North Quay" for title, _ in _named(text))


def test_a_dashed_row_under_the_block_is_another_item_of_that_day():
    text = PROGRAMME + ("\nJanuary 9, 2030 (Wednesday) Kite Contest\nNorth Beach, 8:00 AM\n"
                        "Sandcastle Contest – North Beach, Old Quay, 1:00 PM\n")
    named = _named(text)
    assert ("Kite Contest", datetime(2030, 1, 9, 8, 0)) in named
    assert ("Sandcastle Contest", datetime(2030, 1, 9, 13, 0)) in named


def test_a_quoted_name_after_the_day_names_the_line():
    text = PROGRAMME + ("\nJanuary 9, 2030 (Wednesday) “Kite Contest”\nNorth Beach, 8:00 AM\n"
                        "Sandcastle Contest – North Beach, Old Quay, 1:00 PM\n")
    assert ("Kite Contest", datetime(2030, 1, 9, 8, 0)) in _named(text)


def test_two_named_clock_lines_under_a_day_are_slots_not_a_place():
    text = PROGRAMME + ("\nJanuary 9, 2030 (Wednesday) Skippers Day\nOpening Session, 9:00 AM\n"
                        "Safety Briefing, 10:00 AM\n")
    assert ("Skippers Day", datetime(2030, 1, 9, 9, 0)) not in _named(text)
