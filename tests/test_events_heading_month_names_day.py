"""A heading that names an occasion with a month ("The next Village Hall committee meeting will be
in September") names a day of that month written in the paragraph below with no event noun of its
own ("We will gather again for the first time this term on September 14th"): plain_dates.heading_above
takes the heading's occasion phrase when every date of the heading holds the day. A heading whose
month does not hold the day names nothing."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PAGE = ("The next Village Hall committee meeting will be in September\n\n"
        "Over the summer the committee put its public sessions on hold. We will gather again for the first time this "
        "term on September 14th. Papers will go up on the notice board nearer the time.")


def test_the_heading_names_the_day_its_month_holds():
    events = page_events(PAGE, "2021-07-20")
    assert [(e.start, "meeting" in e.title.lower()) for e in events] == [(date(2021, 9, 14), True)]


def test_a_heading_of_another_month_names_nothing():
    page = PAGE.replace("will be in September", "will be in October")
    assert not [e for e in page_events(page, "2021-07-20") if e.start == date(2021, 9, 14)]
