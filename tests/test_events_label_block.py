"""A notice's labelled block: "What:" names the event, "When:"/"Date:" and "Time:" time it,
"Where:"/"Venue:" place it, with or without Markdown emphasis on the labels."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

NOTICE = """# Parish Council of Little Haddon — Notice of Meeting

Members of the Council are hereby summoned to attend the ordinary meeting of the Parish Council.

**Date:** Tuesday 12 January 2027
**Time:** 7.30pm
**Venue:** Village Hall, Church Lane, Little Haddon
"""

ADVISORY = """# Media advisory

What: Launch of the GLASS Report 2026, followed by a press conference
When: Wednesday, 2 December 2026, 14:00-15:00 (Geneva time)
Where: Press Room 3, Palais des Nations, Geneva
"""


def test_bold_labels_time_and_place_the_meeting_the_body_names():
    (event,) = tagged_events(NOTICE, published=date(2027, 1, 4))
    assert (event.title, event.start) == ("Ordinary meeting of the Parish Council", datetime(2027, 1, 12, 19, 30))
    assert event.location == "Village Hall, Church Lane, Little Haddon"


def test_what_when_where_make_one_entry():
    (event,) = tagged_events(ADVISORY, published=date(2026, 11, 27))
    assert event.title == "Launch of the GLASS Report 2026, followed by a press conference"
    assert (event.start, event.end, event.tz) == (datetime(2026, 12, 2, 14, 0), datetime(2026, 12, 2, 15, 0),
                                                   "Europe/Zurich")
    assert event.location == "Press Room 3, Palais des Nations, Geneva"


def test_a_line_s_label_names_what_its_date_is_for():
    text = ("# Term dates 2026-27\n\n"
            "**Michaelmas Term:** Monday 5 October 2026 – Friday 11 December 2026\n"
            "New Year's Day: Friday, 1 January 2027\n\n"
            "Date: 3 May 2027\n")
    found = {e.title: e for e in tagged_events(text, published=date(2026, 9, 1))}
    assert (found["Michaelmas Term"].start, found["Michaelmas Term"].end) == (date(2026, 10, 5), date(2026, 12, 11))
    assert found["New Year's Day"].start == date(2027, 1, 1)
    assert "Date" not in found


def test_labelled_lines_apart_by_blank_lines_are_one_block_and_a_place_stops_at_its_sentence():
    text = ("MEDIA ADVISORY\n\nWhat: Launch of the GLASS Report 2026\n\n"
            "When: Wednesday, 2 December 2026, 14:00-15:00 (Geneva time)\n\n"
            "Where: Press Room 3, Palais des Nations, Geneva, and online via Zoom. The event will be webcast.\n")
    (event,) = tagged_events(text, published=date(2026, 11, 24))
    assert (event.title, event.location) == ("Launch of the GLASS Report 2026", "Press Room 3, Palais des Nations, Geneva")


def test_a_last_date_label_is_a_deadline_and_a_reference_line_s_date_labels_nothing():
    text = ("No. IISER/ACAD/PhD/2027/14    Date: 01.02.2027\n\nImportant dates\n\n"
            "3. Last date for receipt of application fee: 17.03.2027\n")
    found = {e.title: e for e in tagged_events(text)}
    assert found["Last date for receipt of application fee"].kind == "deadline"
    assert not any(title.endswith("Date") for title in found)


def test_each_date_of_a_labelled_line_is_its_own_occasion():
    from datetime import datetime

    text = "News\n\nParents' evenings: Tuesday 23rd and Thursday 25th February, 3.30pm – 7pm\n"
    found = [(e.title, e.start) for e in tagged_events(text, published=date(2027, 1, 29))]
    assert found == [("Parents' evenings", datetime(2027, 2, 23, 15, 30)),
                     ("Parents' evenings", datetime(2027, 2, 25, 15, 30))]
