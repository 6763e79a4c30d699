"""A post's line of categories or tags ending in a date ("Africa · Health · Press releases · 9
September 2022", "Posted in News, Announcements | May 4, 2021") is the page's byline: the date is
when the post went out, not an event's day (red team 46: "Americas, Events, News, April 30 2018"
became a meeting on that day, and the page was dated eight weeks before its first day ahead)."""

from __future__ import annotations

from datetime import date

from document_date_helpers import inferred_reference
from events_helpers import tagged_events


def test_a_comma_run_of_sections_ending_in_a_date_dates_the_post():
    text = ("Harbour festival returns\n\nCommunity, Culture, Events, 12 March 2019\n\n"
            "The harbour festival will take place on 14 June 2019. Stalls must register by 1 May 2019.\n")
    found = inferred_reference(text)
    assert (found.value, found.inferred) == (date(2019, 3, 12), False)


def test_a_posted_in_lead_and_a_bar_before_the_date():
    text = ("Annual meeting\n\nPosted in News, Announcements | May 4, 2021\n\n"
            "The annual meeting will be held on June 20, 2021 at the town hall.\n")
    found = inferred_reference(text)
    assert (found.value, found.inferred) == (date(2021, 5, 4), False)


def test_middle_dots_between_regions_and_sections():
    text = ("Ministers to meet on trade\n\nAfrica · Health · Press releases · 9 September 2022\n\n"
            "The ministers will meet in Nairobi on 3 November 2022.\n")
    found = inferred_reference(text)
    assert (found.value, found.inferred) == (date(2022, 9, 9), False)


def test_the_byline_date_is_no_event_of_the_post():
    text = ("Call for views: consultation with member groups\n\nEurope, Events, News, March 2 2026\n\n"
            "The committee is holding consultations with member groups. A hearing will be held in Brussels "
            "on 14 May 2026. The deadline for registration is Monday 4 May 2026.\n")
    assert date(2026, 3, 2) not in [e.start.date() if hasattr(e.start, "date") else e.start
                                    for e in tagged_events(text)]


def test_an_event_line_naming_a_hall_and_a_day_is_no_byline():
    # a title, a venue and a day: no section word among them, so the line is the event's
    text = ("Spring Fair\n\nCraft Stalls, Main Hall, 14 June 2029\n\nCome along and bring a friend.\n")
    assert inferred_reference(text).value != date(2029, 6, 14)
