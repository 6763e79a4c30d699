"""Set phrases that hold a deadline cue word but set no deadline: "due diligence", "due
process" (nouns, part of a title) and "is due to take place" (scheduled, not due)."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

PUBLISHED = {"published": date(2027, 2, 1)}


def test_due_diligence_is_a_topic_not_a_deadline():
    found = framed("A workshop on due diligence will take place on 11 March 2027 in Geneva.", **PUBLISHED)
    assert list(found) == ["Workshop on due diligence"]
    assert found["Workshop on due diligence"].kind == "workshop"


def test_due_to_take_place_is_a_schedule():
    found = framed("The summit is due to take place on 3 June 2027 in Oslo.", **PUBLISHED)
    assert [(e.title, e.kind) for e in found.values()] == [("Summit", "conference")]
    found = framed("The ministers are due to meet on 3 June 2027.", **PUBLISHED)
    assert all(e.kind != "deadline" for e in found.values())


def test_due_on_a_date_is_still_a_deadline():
    found = framed("Reports are due on 3 June 2027.", **PUBLISHED)
    assert [e.kind for e in found.values()] == ["deadline"]
    found = framed("Annual reports are due to the secretariat by 3 June 2027.", **PUBLISHED)
    assert [e.kind for e in found.values()] == ["deadline"]


def test_days_followed_by_weekdays_set_no_deadline():
    """"followed by Saturday and Sunday" after listed holidays continues the list of days off (a long
    weekend's end): the "by" is the passive's, not a last moment (R66 class 3, page 22)."""
    from events_helpers import page_entries

    text = ("The governor on Sunday gave the region four days off by naming a harvest holiday for "
            "6 February.\nIn a statement, the governor said the break would cover Unity Day on 5 February, "
            "the regional harvest holiday on 6 February, followed by Saturday and Sunday.")
    assert [entry for entry in page_entries(text, "2026-02-01") if entry[1] == "deadline"] == []


def test_a_deadline_before_followed_by_stays():
    """Guard: a plain "by D" elsewhere in the sentence is still a deadline."""
    from events_helpers import page_entries

    text = "Forms must be returned by 12 March 2027, followed by interviews in April."
    assert [kind for _, kind, _ in page_entries(text, "2027-02-01")] == ["deadline"]
