"""A clause that leaves out its noun: "The diploma test scores will be published on 22 July while
that of the junior test will be out on 3 July" (the "while that of ..." clause is
a clause of its own, whatever the length of its subject, so 22 July keeps its own subject). R82
class 4 (page 20's shape), in our own words."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries, page_events


def test_a_while_that_of_clause_does_not_title_the_date_before_it():
    page = ("The diploma test scores will be published on 22 July while that of the last junior-school "
            "exam will be out on 3 July, the board said.")
    titles = {start: title for title, _, start in page_entries(page, "2031-04-15")}
    assert titles[date(2031, 7, 22)] == "Diploma test scores published"
    assert date(2031, 7, 3) in titles


def test_a_while_that_of_clause_with_no_verb_shares_the_first_clause_s_day():
    page = ("Varo Oil said the price cut will be effective by 00:15 on Wednesday while that of Kessel "
            "Fuels and Norra Petrol by 6 a.m.")
    events = page_events(page, "2031-04-15")
    assert not any(e.kind == "deadline" and str(e.start).startswith("2031-04-15") for e in events)
