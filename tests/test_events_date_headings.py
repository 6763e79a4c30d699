"""Item lines under date headings (red team 8 A4): a line holding only a date heads the lines
below it up to the next date line; each item is an entry on its heading's day, titled by its
own line, timed by its own clock."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

FIXTURES = ("The opening fixtures of the 2024-25 Premier League season:\n\n"
            "Friday August 16\n\nManchester United vs Fulham – Kick-off 8pm.\n\n"
            "Saturday August 17\n\nIpswich Town vs Liverpool – Kick-off 12.30pm.\n\n"
            "Arsenal vs Wolves – Kick-off 3pm.\n")


def _dated(events):
    return sorted((e.start, e.end, e.title) for e in events)


def test_fixtures_take_their_heading_day_and_their_own_kick_off():
    events = tagged_events(FIXTURES, published=date(2024, 6, 18))
    assert _dated(events) == [
        (datetime(2024, 8, 16, 20, 0), None, "Manchester United vs Fulham"),
        (datetime(2024, 8, 17, 12, 30), None, "Ipswich Town vs Liverpool"),
        (datetime(2024, 8, 17, 15, 0), None, "Arsenal vs Wolves"),
    ]


def test_a_flattened_two_column_table_gives_each_row_its_day():
    events = tagged_events("Key dates for parents\nPlease find below a list of key dates.\n"
                           "Friday 6th May |\nYear 1 Eid performance for parents in the main hall at 2.15pm |\n"
                           "Monday 30th May - Friday 3rd June |\nHalf term |\n"
                           "Tuesday 12th July |\nSummer Fayre (3.00-5.00pm) |\n"
                           "Friday 22nd July |\nLast day of term (school finishes at 1.30pm for children) |\n"
                           "Please note dates may be subject to change.\n", published=date(2022, 3, 1))
    got = {e.title: (e.start, e.end) for e in events}
    assert got["Year 1 Eid performance for parents in the main hall"] == (datetime(2022, 5, 6, 14, 15), None)
    assert got["Summer Fayre"] == (datetime(2022, 7, 12, 15, 0), datetime(2022, 7, 12, 17, 0))
    assert got["Half term"] == (date(2022, 5, 30), date(2022, 6, 3))
    assert got["Last day of term"][0] == date(2022, 7, 22)   # "finishes at": its end, not a start
    assert not any("Friday" in t or "Please" in t for t in got)


def test_a_date_the_item_mentions_is_no_entry_of_its_own():
    events = tagged_events("Monday 27th June 2022 |\nNursery Sports Day |\nThursday 7th July 2022 |\n"
                           "Back-up Sports Day for KS1 and Reception in case of poor weather on 21st June |\n",
                           published=date(2022, 3, 1))
    assert sorted((e.start.isoformat()[:10], e.title) for e in events) == [
        ("2022-06-27", "Nursery Sports Day"),
        ("2022-07-07", "Back-up Sports Day for KS1 and Reception in case of poor weather on 21st June"),
    ]


def test_a_key_dates_widget_names_each_date_by_the_line_below_and_skips_the_prose():
    events = tagged_events("Representation review: key dates\n\n06 May → 07 June 2024\n\nConsultation period\n\n"
                           "Your time to tell us what you think about our proposal.\n\n30 June 2024\n\nHearings\n\n"
                           "End of June\n\nYou can present your feedback to councillors in person (if you wish).\n\n"
                           "31 July 2024\n\nDecision making\n\nEnd of July\n\n"
                           "Councillors will make a decision on the final proposal, with your feedback taken into account.\n")
    titles = {e.title: e.start.isoformat()[:10] for e in events}
    assert titles["Hearings"] == "2024-06-30"
    assert titles["Decision making"] == "2024-07-31"
    assert not any(t.startswith(("Councillors", "Your time", "End of")) for t in titles)


def test_a_label_over_each_date_is_not_read_as_the_item_below():
    events = tagged_events("Open discussion: DP18/4\n05/07/2018\nDiscussion closes\n05/10/2018\n"
                           "Open consultation: CP19/32\n05/12/2019\nConsultation closes\n01/10/2020\n")
    assert not any(e.title.startswith("Open consultation") and e.start.year == 2018 for e in events)
    events = tagged_events("IMPORTANT DATES\n\nNotification to authors:\nSeptember 12, 2023\n"
                           "Camera ready due:\nSeptember 20, 2023\n")
    assert not any(e.title.startswith("Camera") and e.start.day == 12 for e in events)


def test_a_wrapped_paragraph_ending_in_a_date_line_heads_nothing():
    events = tagged_events("WHO statement\n8 August 2014\n\nThe first meeting of the Emergency Committee was held by\n"
                           "teleconference on\n6-7 August 2014.\n\nMembers of the Emergency Committee met with the\n"
                           "representatives of Guinea, the States Parties affected.\n")
    assert not any(e.title.startswith("Members") for e in events)


def test_one_date_line_over_a_line_is_no_list():
    events = tagged_events("Summer Fair\n\nSaturday 12 June 2027\n\nCake stall, tombola and games for all the family\n")
    assert not any(e.title.startswith("Cake") for e in events)


def test_a_clock_range_past_midnight_ends_on_the_next_day():
    from dataclasses import replace

    from calfeed.events.attached_clock import timed_day, with_clock
    from calfeed.timex import tag

    text = "Tuesday 11 March 2025, 18:00 – 00:00"
    day = tag("Tuesday 11 March 2025", date(2025, 3, 1))[0]
    clock = replace(tag("18:00 – 00:00", date(2025, 3, 1))[0], start=23, end=len(text))
    for timed in (timed_day(day, clock), with_clock(text, day, clock)):
        assert timed.interval.start == datetime(2025, 3, 11, 18, 0)
        assert timed.end_interval.start == datetime(2025, 3, 12, 0, 0)
    assert with_clock(text, day, clock).text == text


def test_an_item_written_as_a_label_a_dash_and_its_explanation_is_named_by_the_label():
    # red team 10b #2: "Applications are evaluated - Using the evaluation criteria ..." was dropped as a
    # remark (a long sentence) and its range then took the previous row's date as title; applications
    # that "are evaluated" are no window that opens and closes over the range
    events = tagged_events("Timeline\n27 March – 31 March 2023 |\nEligibility check |\n"
                           "17 April - 4 May 2023 |\n"
                           "Applications are evaluated - Using the evaluation criteria and 5 point scale. |\n"
                           "22-26 May 2023 |\nOnline interviews with selection committee |\n",
                           published=date(2023, 1, 10))
    got = {e.title: (e.start, e.end) for e in events}
    assert got["Applications are evaluated"] == (date(2023, 4, 17), date(2023, 5, 4))
    assert "Eligibility check" in got and "Online interviews with selection committee" in got
    assert len(events) == 3


def test_a_long_remark_with_no_dash_is_still_no_item():
    events = tagged_events("Key dates\n1 May 2023\nEligibility check\n2 June 2023\n"
                           "Your time to tell us what you think about our proposals for the plan.\n",
                           published=date(2023, 1, 10))
    assert "Your time to tell us what you think about our proposals for the plan" not in {e.title for e in events}
