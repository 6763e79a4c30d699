"""A future passive dated by a vague period ("will be published in the second half of 2018") names
its act by the clause's subject even when an aside in commas stands between them ("The water bill,
first promised in last year's programme, will be published ..."): an approximate milestone, not
nothing."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def test_an_aside_between_subject_and_passive_still_names_the_act():
    text = ("The water bill, first promised in last year's programme, will be published in the second half of "
            "2018, the minister has announced.")
    (event,) = page_events(text, "2018-04-19")
    assert (event.title, event.kind, event.precision) == ("Water bill published", "milestone", "approximate")
    assert (event.start, event.end) == (date(2018, 7, 1), date(2018, 12, 31))


def test_a_list_in_commas_is_no_aside():
    text = "The report, the plan and the map will be published in the second half of 2018."
    assert all(e.title != "Report published" for e in page_events(text, "2018-04-19"))
