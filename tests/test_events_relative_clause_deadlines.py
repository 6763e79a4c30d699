"""A deadline in a clause that a relative lead opens ("... told on Feb. 20 after which fees
are to be settled by ..."): the clause's own subject names it, not the sentence's
first subject (naming.frame_clause). Session 47, R60 p20's shape, in words of our own."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

_NOTICE = ("Winning bidders for the allotment plots are told on Feb. 20 after which fees are to be settled "
           "by 11:59 p.m. on March 4.\n")


def test_a_deadline_after_which_takes_the_clause_s_subject():
    # fails on b9033d54: 'Deadline for winning bidders for the allotment plots'
    events = {e.start: e for e in page_events(_NOTICE, "2031-02-01")}
    paid = events[datetime(2031, 3, 4, 23, 59)]
    assert (paid.kind, paid.title) == ("deadline", "Deadline for fees")


def test_without_a_relative_lead_the_sentence_s_subject_names_it():
    events = page_events("The draw results must be collected by 11:59 p.m. on March 4.\n", "2031-02-01")
    assert [(e.kind, "draw results" in e.title.lower()) for e in events] == [("deadline", True)]
