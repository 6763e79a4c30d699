"""A future passive dated by a vague period ("will be published in the first half of 2027") names
its act by the clause's subject even when an aside in commas stands between them ("The road safety
review, delayed twice already, will be published ..."): an approximate milestone, not
nothing."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def test_an_aside_between_subject_and_passive_still_names_the_act():
    text = ("The road safety review, delayed twice already, will be published in the first half "
            "of 2027, a council spokesperson said.")
    (event,) = page_events(text, "2026-11-02")
    assert (event.title, event.kind, event.precision) == ("Road safety review published", "milestone", "approximate")
    assert (event.start, event.end) == (date(2027, 1, 1), date(2027, 6, 30))


def test_a_list_in_commas_is_no_aside():
    text = "The survey, the plan and the map will be published in the first half of 2027."
    assert all(e.title != "Survey published" for e in page_events(text, "2026-11-02"))
