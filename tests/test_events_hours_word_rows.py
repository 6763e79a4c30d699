"""A programme's rows may write a whole hour as a number and its hours word ("15 hours – Plenary
sitting ..."), as an agenda's "15h" reads in English, among rows written "14h30 – ...": each such row is
a slot on the programme's day, at that hour, named by its words. A count of hours in prose ("took 15
hours – a record") stays a length."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def test_an_hours_word_row_is_a_slot_of_the_programme():
    text = ("The swearing-in of the new mayor takes place in Ljubljana on March 3, 2024.\n\n"
            "14h30 – Cortege leaves the town museum for the city hall\n\n"
            "15 hours – Plenary sitting of the city council\n\n"
            "16h10 – Reception in the courtyard\n")
    starts = {e.title: e.start for e in page_events(text, "2024-02-20") if not e.all_day}
    assert starts.get("Plenary sitting of the city council") == datetime(2024, 3, 3, 15)


def test_a_count_of_hours_in_prose_is_no_slot():
    text = "The relay on March 3, 2024 took 15 hours – a record for the club in Ljubljana."
    assert all(e.start != datetime(2024, 3, 3, 15) for e in page_events(text, "2024-02-20"))
