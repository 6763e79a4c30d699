"""An act written after a part noun with "of" and no article ("Opening of abstract submission:",
"Close of nominations –") is that act's opening or close: the opening day of something due is no
deadline, its close is."""

from __future__ import annotations

from events_helpers import page_events


def _events(text: str):
    return {e.start.isoformat()[:10]: e for e in page_events(text, "2023-06-01", "dates.txt")}


def test_opening_of_a_submission_is_no_deadline():
    events = _events("Key dates\n\n- Opening of abstract submission: 25 September 2023\n"
                     "- Deadline for abstract submission: 15 November 2023\n")
    assert events["2023-09-25"].kind != "deadline"
    assert "open" in events["2023-09-25"].title.lower()
    assert events["2023-11-15"].kind == "deadline"


def test_opening_and_close_of_nominations():
    events = _events("Opening of nominations – 1 August 2023\nClose of nominations – 29 August 2023\n")
    assert events["2023-08-01"].kind != "deadline"
    assert events["2023-08-29"].kind == "deadline"
    assert "clos" in events["2023-08-29"].title.lower()


def test_opening_of_applications_told_in_a_sentence():
    events = _events("The opening of applications for the travel bursary is on 3 October 2023, "
                     "and the closing of applications will be on 31 October 2023.\n")
    assert events["2023-10-03"].kind != "deadline"
    assert events["2023-10-31"].kind == "deadline"


def test_the_opening_of_a_building_stays_an_event_of_its_own():
    events = _events("The official opening of the new library will take place on 5 October 2023.\n")
    assert events["2023-10-05"].kind != "deadline"
