"""An abbreviation's stop inside a name ("Calle Dr. Ruiz", "St. Brennan Road") ends neither the
name nor the title taken from it: the stop of a known abbreviation with a capitalised word
after it is part of the name, as the sentence splitter already reads it."""

from __future__ import annotations

from events_helpers import page_entries


def test_a_street_named_for_a_doctor_keeps_the_whole_name():
    text = ("Calle Dr. Hortensio Vidal, near Puerto Lindo, will be closed to cars on 12 March 2027, "
            "from 10:00 to 13:00, for pipe repairs.")
    (title, _, _), = page_entries(text, "2027-03-01")
    assert "Hortensio Vidal" in title


def test_a_saints_road_keeps_the_whole_name():
    text = "St. Brennan Road will be closed to cars on 12 March 2027."
    (title, _, _), = page_entries(text, "2027-03-01")
    assert title.startswith("St. Brennan Road")
