"""A day the page names only as when news was given ("Tonight (March 2), the mayor announced ...")
does not take the announced day's phrase from it: the later written day is the entry, and the
page's day is none. A short subject whose head is a day of its own takes a bare copula before its
date ("registration day will be March 20") as "is on" would."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries


def test_an_announced_day_is_kept_beside_the_page_day_of_its_announcement():
    entries = page_entries("Early vote called in Marrowvale\n\nThe mayor of Marrowvale surprised the council.\n\n"
                           "Late tonight (March 2), Mayor Tellan announced the next election day as April 14, 2031.",
                           "2031-03-02")
    assert [(e[0], e[2]) for e in entries] == [("Next election", date(2031, 4, 14))]


def test_a_page_day_told_alone_is_still_read_as_before():
    entries = page_entries("The harbour board met this evening (March 2) and named the new pier master.",
                           "2031-03-02")
    assert all(e[2] != date(2031, 4, 14) for e in entries)


def test_a_day_subject_takes_a_bare_copula():
    entries = page_entries("The assembly will be dissolved on Monday, March 3, 2031 and candidacy day will be "
                           "March 20, 2031.", "2031-03-01")
    assert ("Candidacy day", date(2031, 3, 20)) in [(e[0], e[2]) for e in entries]


def test_a_night_subject_takes_a_bare_copula():
    entries = page_entries("Our quiz night will be Friday 6 June 2031 in the upstairs room.", "2031-05-20")
    assert [(e[0], e[2]) for e in entries] == [("Quiz night", date(2031, 6, 6))]


def test_a_bare_copula_after_other_heads_names_nothing_new():
    entries = page_entries("The focus will be March 20, 2031 and beyond.", "2031-03-01")
    assert all(e[0] != "Focus" for e in entries)
