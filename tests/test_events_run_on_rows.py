"""A table flattened onto one line, each row a number, a name and a day ("Clinic Date 1 Harrow Lane
Clinic (North) Monday, 12 May 2031 2 Pelling Road ..."): split at its row numbers, each row is an entry
on its day titled by its name. Numbers out of turn, or fewer than three rows, are read as before."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries

_TABLE = ("The health office announces the opening days of the new clinics, which are as follows:\n\n"
          "Clinic Date 1 Harrow Lane Clinic (North) Monday, 12 May 2031 2 Pelling Road Health Centre Tuesday, "
          "13 May 2031 3 Oakmere Family Clinic Thursday, 15 May 2031 4 Vostrand Children's Unit (Ward 2) "
          "Monday 19 May 2031\n\nStaff are working to finish the rest.")


def test_each_row_is_an_entry_named_by_its_name():
    entries = {(title, start) for title, _, start in page_entries(_TABLE, "2031-05-02")}
    assert ("Harrow Lane Clinic (North)", date(2031, 5, 12)) in entries
    assert ("Pelling Road Health Centre", date(2031, 5, 13)) in entries
    assert ("Oakmere Family Clinic", date(2031, 5, 15)) in entries
    assert ("Vostrand Children's Unit (Ward 2)", date(2031, 5, 19)) in entries


def test_numbers_out_of_turn_are_no_table():
    text = _TABLE.replace(" 3 Oakmere", " 7 Oakmere")
    titles = {title for title, _, _ in page_entries(text, "2031-05-02")}
    assert "Oakmere Family Clinic" not in titles



def test_a_flattened_line_opening_with_its_first_row_number_below_the_first_line():
    text = _TABLE.replace("Clinic Date 1 Harrow", "1 Harrow")
    entries = {(title, start) for title, _, start in page_entries(text, "2031-05-02")}
    assert ("Harrow Lane Clinic (North)", date(2031, 5, 12)) in entries
    assert ("Oakmere Family Clinic", date(2031, 5, 15)) in entries
