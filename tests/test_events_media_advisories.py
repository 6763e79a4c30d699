"""Media advisories, agendas and key-date notices: an election's polling day,
a Council's indicative programme, a WHO "Time:" line, what named officials will do, a
university's "- WHEN :*" block."""
# Provenance: red team 10a.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

NIUE = date(2020, 5, 8)


def test_polling_day_is_the_election_day_either_way_round():
    for text in ("Polling day is Saturday the 30th of May.", "Saturday the 30th of May is the polling day."):
        (event,) = tagged_events(text, published=NIUE)
        assert (event.kind, event.title, event.start) == ("election", "Polling day", date(2020, 5, 30))


def test_the_official_recount_after_polling_day_is_its_own_entry():
    text = ("Saturday the 30th of May is the polling day and preliminary results with the official recount "
            "and declaration of duly elected members on Tuesday 2nd of June.")
    assert [(e.title, e.start) for e in tagged_events(text, published=NIUE)] == [
        ("Polling day", date(2020, 5, 30)), ("Official recount and declaration of duly elected members", date(2020, 6, 2))]


def test_a_comma_splice_gives_the_second_clause_its_own_subject():
    text = "All voter objections are determined on the 18th of May, The Electoral roll will close at 4pm on the 19th of May."
    (event,) = [e for e in tagged_events(text, published=NIUE) if e.kind == "deadline"]
    assert event.title.startswith("Electoral roll") and event.start == datetime(2020, 5, 19, 16, 0)


COUNCIL = ("Indicative programme - Foreign Affairs Council of 25 June 2018\n\n"
           "European Convention Center Luxembourg (ECCL)\n\nAll times are approximate and subject to change\n\n"
           "from 08.00\n\nArrivals (live streaming)\n\n+/- 09.00\n\nDoorstep by High Representative Federica Mogherini\n\n"
           "+/- 14.00\n\nWorking lunch of foreign ministers on Yemen\n\n"
           "+/- 18.00\n\nPress conference (live streaming)\n")


def test_a_page_heading_before_the_meeting_name_still_dates_the_meeting():
    (event,) = tagged_events("Indicative programme - Foreign Affairs Council of 25 June 2018\n",
                             published=date(2018, 6, 22))
    assert event.title == "Foreign Affairs Council of 25 June 2018" and event.start == date(2018, 6, 25)


def test_agenda_rows_with_a_clock_above_the_item_are_timed_items():
    events = {e.title: e for e in tagged_events(COUNCIL, published=date(2018, 6, 22))}
    assert events["Foreign Affairs Council of 25 June 2018"].start == date(2018, 6, 25)
    assert events["Working lunch of foreign ministers on Yemen"].start == datetime(2018, 6, 25, 14, 0)
    assert events["Press conference (live streaming)"].start == datetime(2018, 6, 25, 18, 0)


def test_a_dotted_number_alone_on_a_line_of_prose_is_no_clock():
    text = "Brent crude rose to\n\n21.40\n\nTraders said the rise would hold on Monday 25 June 2018.\n"
    assert not [e for e in tagged_events(text, published=date(2018, 6, 22)) if isinstance(e.start, datetime)]



WHO = date(2020, 2, 21)


def test_a_time_label_under_an_invitation_times_the_event_it_names():
    for text in ("Dear journalists, You are invited to attend a WHO Virtual Press briefing (VPC) on COVID-19. "
                 "Time: Feb 21, 2020 16:00 CET",
                 "Dear journalists, You are invited to attend a WHO Virtual Press briefing (VPC) on COVID-19.\n"
                 "Time: Feb 21, 2020 16:00 CET"):
        (event,) = tagged_events(text, published=WHO)
        assert "Press briefing" in event.title and event.start == datetime(2020, 2, 21, 16, 0)


def test_join_zoom_meeting_is_the_link_not_the_event():
    text = ("Dear journalists, You are invited to attend a WHO Virtual Press briefing (VPC) on COVID-19. Below are "
            "the dial- in details for the VPC at WHO in Geneva. Time: Feb 21, 2020 16:00 CET Join Zoom Meeting "
            "https://zoom.us/j/470860753")
    (event,) = tagged_events(text, published=WHO)
    assert "Press briefing" in event.title and event.start == datetime(2020, 2, 21, 16, 0)
