"""A programme's slots: "13:15–14:45 Panel: Data ethics in practice" under a day heading is
an entry named by its whole line on that day; a "Time:" line under "Date:" times the event."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PROGRAMME = """# Annual Data Science Conference 2027
Leeds, 14–15 September 2027

## Day 1 — Tuesday 14 September

09:00–09:30 Registration and coffee
09:30–10:30 Keynote: Prof. Ada Lovelace, "Engines of insight"
13:15–14:45 Panel: Data ethics in practice

## Day 2 — Wednesday 15 September

09:30–10:30 Keynote: Dr Alan Turing, "Computable futures"
"""


def test_each_slot_is_named_by_its_line_on_its_heading_s_day():
    slots = [(e.title, e.start) for e in tagged_events(PROGRAMME) if not e.all_day]
    assert slots == [
        ("Registration and coffee", datetime(2027, 9, 14, 9, 0)),
        ('Keynote: Prof. Ada Lovelace, "Engines of insight"', datetime(2027, 9, 14, 9, 30)),
        ("Panel: Data ethics in practice", datetime(2027, 9, 14, 13, 15)),
        ('Keynote: Dr Alan Turing, "Computable futures"', datetime(2027, 9, 15, 9, 30))]


def test_a_time_line_under_a_date_line_times_the_event():
    events = tagged_events("# Board meeting\n\nDate: 17 February 2027\nTime: 10:00-12:00\n"
                           "Venue: Room 4, Civic Centre, Leeds\n")
    assert [(e.title, e.start, e.end) for e in events] == [
        ("Board meeting", datetime(2027, 2, 17, 10, 0), datetime(2027, 2, 17, 12, 0))]


PARISH = """# Parish Council of Little Haddon — Notice of Meeting

Members of the Council are hereby summoned to attend the ordinary meeting of the Parish Council.

**Date:** Tuesday 12 January 2027
**Time:** 7.30pm
**Venue:** Village Hall, Church Lane, Little Haddon

## Agenda

1. 7.30pm — Apologies for absence
3. 7.40pm — Minutes of the meeting held on 8 December 2026
5. 8.05pm — Planning applications: 26/01432/FUL, Land rear of The Old Forge
7. 8.50pm — Date of next meeting: Tuesday 9 February 2027
"""


def test_agenda_items_keep_the_meeting_s_day_after_an_item_mentions_another():
    found = {e.title: e for e in tagged_events(PARISH)}
    assert found["Planning applications: 26/01432/FUL, Land rear of The Old Forge"].start == datetime(2027, 1, 12, 20, 5)
    assert found["Planning applications: 26/01432/FUL, Land rear of The Old Forge"].kind == "event"
    assert (found["Next meeting"].start, found["Next meeting"].all_day) == (date(2027, 2, 9), True)
    assert any(e.start == datetime(2027, 1, 12, 19, 30) for e in tagged_events(PARISH))


def test_a_room_in_brackets_ending_a_slot_is_its_place_not_its_name():
    text = "# Events\n\n- Wednesday 3 March 2027, 17:30: Annual lecture, followed by a reception (Great Hall)\n"
    (event,) = tagged_events(text, published=date(2027, 2, 1))
    assert (event.title, event.location) == ("Annual lecture, followed by a reception", "Great Hall")


def test_minutes_of_an_earlier_meeting_date_no_entry():
    assert all(e.start != date(2026, 12, 8) for e in tagged_events(PARISH))


WEBINAR = """Join us for our next webinar.

Date: 9th April 2020


16:30 GST (Mauritius, Seychelles, Madagascar)
12:30 UTC (Ghana, Cote D'Ivoire)
13:30 WAT (Nigeria, Cameroon)
15:30 EAT (Kenya, Uganda)

The webinar will be in English.
"""


def test_one_time_in_several_zones_on_the_lines_under_a_date_line_times_the_event():
    events = tagged_events(WEBINAR, published=date(2020, 4, 6))
    assert [(e.title, e.start, e.tz, e.all_day, e.location) for e in events] == [
        ("Next webinar", datetime(2020, 4, 9, 16, 30), "Asia/Dubai", False, None)]   # 12:30 UTC


def test_clock_lines_in_one_zone_under_a_day_are_a_list_of_times_not_its_time():
    events = tagged_events("# Workshop programme\n\nTuesday 14 April 2020\n\n09:00 CET\n10:00 CET\n",
                           published=date(2020, 4, 6))
    assert [e.all_day for e in events] == [True]


# Provenance: session 21 (fb21); red team 27 class G (a media programme on the advisory's date).
ADVISORY = """12 May 2031
The Deputy Minister of Water will on Thursday, 15 May 2031 open the new Riverside pumping station in Upington.
Journalists are welcome to cover the opening as follows:
Press Programme
10h00 – 10h45 Site briefing for reporters
11h00 – 11h30 Press conference with the Deputy Minister
Enquiries: Thabo Nkosi
"""


def test_slots_under_an_advisory_s_own_date_line_fall_on_the_day_its_text_announces():
    days = {e.start.date() for e in tagged_events(ADVISORY) if not e.all_day}
    assert days == {date(2031, 5, 15)}


def test_slots_under_a_plain_day_line_after_the_page_s_date_keep_that_day():
    text = ("12 May 2031\nOpen day at the Riverside pumping station.\n\nSaturday 17 May 2031\n\n"
            "10:00 Guided tour of the filters\n11:30 Talk by the chief engineer\n")
    days = {e.start.date() for e in tagged_events(text) if not e.all_day}
    assert days == {date(2031, 5, 17)}
