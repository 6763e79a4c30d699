"""A club's own blog writes its schedule in the first person ("We meet on the 1st and 3rd Saturdays,
10am to 9pm"): the series is the club's, titled by its name when the page gives one; talk around
it ("Yes, we did meet last Saturday", "we're meeting on the Friday", "due to bookings") dates
nothing (red team 11b #7)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2014, 2, 5)


def _entries(text: str, **fields):
    return [(e.title, e.start, e.end, e.rrule) for e in tagged_events(text, published=PUBLISHED, **fields)]


def test_we_meet_on_listed_numbered_saturdays_is_a_monthly_series():
    ((title, start, end, rrule),) = _entries("We meet on the 1st and 3rd Saturdays, 10am to 9pm.")
    assert (title, start, end, rrule) == ("Meeting", datetime(2014, 2, 15, 10), datetime(2014, 2, 15, 21),
                                          "FREQ=MONTHLY;BYDAY=1SA,3SA")


def test_we_meet_on_the_first_saturday_of_the_month():
    ((_, start, _, rrule),) = _entries("We meet on the first Saturday of the month, 10am to 9pm.")
    assert (start, rrule) == (datetime(2014, 3, 1, 10), "FREQ=MONTHLY;BYDAY=1SA")


def test_the_clubs_name_in_the_page_title_names_its_series():
    ((title, *_),) = _entries("We meet every Tuesday at 7pm in the church hall.", title="Riverside Chess Club")
    assert title == "Riverside Chess Club meeting"


def test_first_person_talk_around_the_schedule_dates_nothing():
    text = ("Yes, we did meet last Saturday but that does not mean we meet this Friday.\n\n"
            "Apart from April and November when we’ve had to move a Saturday back due to bookings.\n")
    assert _entries(text) == []


def test_a_contracted_pronoun_is_no_part_of_a_title():
    titles = [t for t, *_ in _entries("We’re meeting on Friday 14 February 2014 at the hall.")]
    assert titles == ["Meeting"]
