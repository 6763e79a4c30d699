"""Two passing mentions of a called-off festival that are no entries (R73 class 6, page 18).

A past relative clause that says what a thing was due, set or meant to do ("which was due to be
staged on 9-10 August") tells its old arrangement, as "which was scheduled for" does: the day is named
because it no longer holds. And a day bounding a verb of finding out, followed by an indirect
question ("hopes to hear by Thursday whether the gala can proceed"), is when an answer
comes, not a day of the show. Each shape keeps its day where the reading differs: a plan
still held ("which is due to open"), a finding out with no question after it.
"""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PUBLISHED = "2022-05-10"


def _starts(text: str) -> list[date]:
    return sorted(e.start for e in page_events(text, PUBLISHED))


def test_a_day_a_relative_clause_says_was_due_is_no_entry():
    text = ("Backers of the Harbour Lights Festival on Millbrook Green, which was due to be staged on "
            "9-10 August, told us a later slot is being sought for the headline acts.\n")
    assert _starts(text) == []


def test_meant_or_expected_in_a_relative_clause_is_an_old_plan_too():
    assert date(2022, 6, 14) not in _starts("The open day, which was meant to be held on 14 June, now looks unlikely.\n")
    text = "Tickets for the gala, which was expected to open on 14 June, are being refunded.\n"
    assert date(2022, 6, 14) not in _starts(text)


def test_a_plan_still_held_keeps_its_day():
    text = "The Harbour Lights Festival, which is due to take place 9-10 August, will have two stages.\n"
    assert date(2022, 8, 9) in _starts(text)


def test_a_day_bounding_finding_out_whether_is_no_entry():
    text = ("The Lantern Festival lost its grant last week. Its director hopes to hear by Thursday "
            "whether the festival can proceed in some form.\n")
    assert _starts(text) == []


def test_learning_by_a_weekday_whether_is_no_entry():
    text = "The Lantern Festival lost its grant. The board expects to learn by Friday whether the festival can open.\n"
    assert _starts(text) == []


def test_a_day_with_no_question_after_it_keeps_its_entry():
    text = "Come and find out more at the craft fair on Friday, if you can spare an hour.\n"
    assert date(2022, 5, 13) in _starts(text)
