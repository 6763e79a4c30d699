"""Round-11a #8: a year inside a bill's name ("Amendment Bill of 2017") or a past year told as
background ("started under John Key in 2011") is no year-long calendar entry."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_bill_s_year_is_no_submission_entry():
    events = tagged_events("Cabinet approved the submission to Parliament of the Local Government: Municipal "
                           "Structures Amendment Bill of 2017.", published=date(2017, 12, 15))
    assert events == []


def test_an_act_s_number_and_year_is_no_entry():
    events = tagged_events("Submissions on the regulations under the Municipal Systems Act 32 of 2000 are invited.",
                           published=date(2017, 12, 15))
    assert events == []


def test_a_past_background_year_is_no_entry():
    events = tagged_events("The long lead in between announcing the election date and the polling day itself "
                           "started under John Key in 2011 and every Prime Minister since has continued the practice.",
                           published=date(2023, 9, 7))
    assert events == []


def test_a_year_ahead_still_dates_an_election():
    events = tagged_events("The next general election will be held in 2027.", published=date(2026, 11, 5))
    assert [e.start.year for e in events] == [2027]
