"""A dateline says when and where a story was filed: its date is never an event's, and it is
no part of the first sentence's subject, whether a place stands before the date or not."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed, tagged_events


def test_a_dateline_with_no_place_does_not_date_the_event():
    events = tagged_events("For immediate release\nMarch 3, 2026 — The city council will hold a public hearing "
                           "on the budget on April 14 at City Hall.")
    assert [(e.title, e.start) for e in events] == [("Public hearing on the budget", date(2026, 4, 14))]


def test_a_place_with_its_date_in_brackets_is_a_dateline():
    found = framed("GENEVA (3 March 2026) - The Human Rights Council will open its next session on 14 April.")
    assert list(found) == ["Opening of the next session of the Human Rights Council"]
    event = found["Opening of the next session of the Human Rights Council"]
    assert event.start == date(2026, 4, 14)
    assert event.location == "Geneva"


def test_a_dated_list_is_no_dateline():
    events = tagged_events("12 January 2027 – Opening session of the workshop.\n"
                           "13 January 2027 – Closing session of the workshop.\n")
    assert sorted(e.start for e in events) == [date(2027, 1, 12), date(2027, 1, 13)]


def test_the_heading_s_place_is_the_place_of_the_document_s_event():
    text = ("# Call for Papers: 9th Workshop on Computational Journalism (CJ 2027)\n\n"
            "Co-located with ICWSM 2027, Copenhagen, Denmark — June 7, 2027\n\n"
            "Important dates (all deadlines are 23:59 AoE):\n"
            "* Paper submission: March 15, 2027\n"
            "* Workshop: June 7, 2027\n")
    found = framed(text, published=date(2027, 1, 5))
    workshop = found["9th Workshop on Computational Journalism"]
    assert workshop.location == "Copenhagen, Denmark"
    assert found["Paper submission"].location is None


def test_a_date_in_the_headline_above_is_not_the_dateline_s():
    from calfeed.events.datelines import find_dateline
    from calfeed.timex import extract, resolve

    text = ("Ministers to meet again next week\n\n"
            "BRUSSELS, 3 March 2027 (Reuters) - Finance ministers will meet on 9 March.\n")
    dateline = find_dateline(text, resolve(extract(text), text, None))
    assert text[dateline.date[0]:dateline.date[1]] == "3 March 2027"


def test_a_range_under_the_title_is_the_event_s_dates_not_the_document_s():
    text = ("# Annual Data Science Conference 2027\nLeeds, 14–15 September 2027\n\n"
            "Registration opens on 1 June 2027.\n")
    events = {e.title: e for e in tagged_events(text)}
    conference = events["Annual Data Science Conference"]
    assert (conference.start, conference.end, conference.location) == (date(2027, 9, 14), date(2027, 9, 15), "Leeds")
    assert events["Registration opens"].start == date(2027, 6, 1)


def test_a_single_day_with_its_place_under_the_title_still_dates_the_document():
    text = "# Press release\nBrussels, 14 October 2026\n\nThe Commission adopted the plan on 12 October 2026.\n"
    assert all(e.start != date(2026, 10, 14) for e in tagged_events(text))


def test_a_place_then_an_agency_in_brackets_then_a_dash_is_a_dateline():
    from calfeed.events.datelines import find_dateline
    from calfeed.timex import extract, resolve

    text = ("Judge blocks city's plan\n\nLOS ANGELES (AP) — A judge on Monday blocked the plan. "
            "The city council will hold a public hearing on the budget on April 14, 2027.\n")
    dateline = find_dateline(text, resolve(extract(text), text, None))
    assert dateline.place.name == "Los Angeles" and dateline.date is None
    assert text[dateline.cut:].startswith("A judge on Monday")
    hearing = framed(text, published=date(2027, 3, 1))["Public hearing on the budget"]
    assert hearing.location == "Los Angeles"


def test_an_unknown_name_before_an_agency_is_no_dateline():
    from calfeed.events.datelines import find_dateline

    assert find_dateline("ACME WIDGETS (NYSE) — Shares rose on Monday.\n", []) is None


def test_the_heading_that_dates_the_document_frames_nothing():
    text = ("Yellow warning of wind\n\nIssued at 10:12 on Sunday 29 November 2026 by the Met Office\n\n"
            "Strong winds are expected on Tuesday 1 December 2026.\n")
    assert [e.start for e in tagged_events(text)] == []


def test_a_place_with_its_state_in_brackets_opens_a_dateline():
    found = framed("Budaun (UP), Feb 19, 2025 (PTI) A Badaun court would on March 10 take up a temple-mosque "
                   "dispute after the hearing on Wednesday was adjourned.")
    assert [(e.start, e.location) for e in found.values()] == [(date(2025, 3, 10), "Budaun")]


def test_a_day_after_the_agency_s_dash_is_the_dateline_s():
    events = tagged_events("GENEVA (Reuters) - 12 March 2019 - The Board will meet next Tuesday to adopt the budget.")
    assert [(e.start, e.location) for e in events] == [(date(2019, 3, 19), "Geneva")]

