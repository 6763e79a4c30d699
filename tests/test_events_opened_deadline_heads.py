"""A deadline noun named as the day it opens ("Commencement of Registration: ...") is an event:
the list's cut-off row is the deadline (phrases.opened_by_head, phrases.kind_of)."""

from __future__ import annotations

from calfeed.events.phrases import kind_of
from events_helpers import page_events

_NOTICE = ("The scouts' council confirmed the dates of the spring jamboree.\n\n"
           "Key dates are as follows:\n\n"
           "(i) Commencement of Registration: Monday 9th March, 2026\n\n"
           "(ii) Cut-off date for Registration: 6 p.m., Friday, 13th March, 2026\n\n"
           "(iii) Opening Parade: Saturday, 14th March, 2026\n")


def test_the_row_that_opens_registration_is_an_event_and_its_cut_off_a_deadline():
    kinds = {e.title: e.kind for e in page_events(_NOTICE, "2026-02-20")}
    assert kinds["Commencement of Registration"] == "event"
    assert kinds["Cut-off date for Registration"] == "deadline"


def test_a_name_that_opens_a_deadline_noun_is_an_event():
    assert kind_of("Start of online registration") == "event"
    assert kind_of("Registration") == "deadline"
    assert kind_of("Registration deadline") == "deadline"
