"""An age a person reaches on a day ("members who turn 21 on 1 March 2031") says who may enrol, not
that anything happens that day: R72 class 7 (page 12's shape), where such a cutoff became a meeting
on a must-not day. A thing's birthday stays an anniversary (age_cutoffs.py)."""

from __future__ import annotations

from events_helpers import page_entries


def _days(text: str, published: str) -> set[str]:
    return {str(start)[:10] for _, _, start in page_entries(text, published)}


def test_an_age_cutoff_is_no_entry():
    text = ("The county panel has set out the timetable for refreshing the members roll of the Harbour Assembly "
            "wards, adding everyone who turns 21 on March 1, 2031. The draft roll would be published on October 3.")
    days = _days(text, "2030-09-01")
    assert "2030-10-03" in days, days
    assert "2031-03-01" not in days, days     # was a meeting titled after the panel


def test_an_age_in_years_of_age_is_a_cutoff_too():
    text = ("Applicants who have reached 21 years of age by 30 June 2031 may sit the pilot examination, which "
            "will be held on 14 July 2031.")
    days = _days(text, "2031-01-10")
    assert "2031-07-14" in days, days
    assert "2031-06-30" not in days, days


def test_a_things_birthday_stays_an_entry():
    text = "The old lighthouse, which turns 150 on 12 May 2031, will host a lantern walk that evening."
    assert "2031-05-12" in _days(text, "2031-03-02")
