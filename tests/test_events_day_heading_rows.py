"""A programme by day: a heading line that writes a day in full beside a few words of its own
("HARVEST SATURDAY- May 1, 2027", "Day 2 - Sunday 2 May 2027") heads the timed rows under it,
up to the next such heading. Each row is an entry on the heading's day, named by its own words;
the heading's words are no entry of their own; a year-less day restated in a row takes the
heading's year."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

from calfeed.events.agenda import day_heading_label

PROGRAMME = ("Village Harvest Weekend\n"
             "HARVEST SATURDAY- May 1, 2027\n"
             "10:00 am Garden tours from the old mill\n"
             "2:00 pm Apple pressing by the pond\n"
             "FAMILY SUNDAY, May 2nd, 2027\n"
             "9:30 am Morning walk along the canal\n"
             "4:00 pm Closing songs in the orchard\n")


def _timed(events):
    return sorted((e.start, e.title) for e in events if isinstance(e.start, datetime))


def test_rows_under_named_day_headings_take_each_heading_day_and_their_own_words():
    events = tagged_events(PROGRAMME, published=date(2027, 3, 1))
    assert _timed(events) == [
        (datetime(2027, 5, 1, 10, 0), "Garden tours from the old mill"),
        (datetime(2027, 5, 1, 14, 0), "Apple pressing by the pond"),
        (datetime(2027, 5, 2, 9, 30), "Morning walk along the canal"),
        (datetime(2027, 5, 2, 16, 0), "Closing songs in the orchard"),
    ]
    assert not [e for e in events if e.title.split()[0] in ("HARVEST", "FAMILY")]


def test_a_weekday_heading_restating_its_date_opens_no_stretch():
    events = tagged_events(PROGRAMME, published=date(2027, 3, 1))
    assert all(e.end is None or isinstance(e.end, datetime) or (e.end - e.start).days < 2 for e in events)


def test_a_restated_day_in_a_row_takes_the_heading_year_even_when_its_weekday_slips():
    text = ("Spring Fair\n"
            "FAIR SUNDAY- May 2, 2027\n"
            "Stalls and games for all ages\n"
            "Saturday (May 2): 6 pm preview evening\n"
            "Sunday: 11:00 am, 3:00 pm\n")
    events = tagged_events(text)
    assert events and {e.start.year for e in events} == {2027}


def test_heading_words_are_few_title_words_and_no_page_stamp():
    assert day_heading_label("HOLY THURSDAY- ", "")
    assert day_heading_label("", " (Day 1)")
    assert day_heading_label("Day 2 - ", "")
    assert not day_heading_label("Posted on ", "")
    assert not day_heading_label("Last updated ", "")
    assert not day_heading_label("The fair will return on ", "")
    assert not day_heading_label("Minutes. Held on ", "")
    assert not day_heading_label("School Opens: ", "")


def test_a_plural_row_under_a_day_heading_is_that_days_occasion():
    text = ("Garden Club Open Days\n"
            "SPRING OPEN DAY, May 1, 2027\n"
            "Welcome at the gate\n"
            "Workshops 10:00am to 12:00pm\n"
            "SUMMER OPEN DAY, July 3, 2027\n"
            "Tours 2:00pm to 4:00pm\n")
    events = tagged_events(text, published=date(2027, 3, 1))
    assert (datetime(2027, 5, 1, 10, 0), "Workshops") in _timed(events)
    assert (datetime(2027, 7, 3, 14, 0), "Tours") in _timed(events)


def test_a_feast_named_in_a_row_keeps_the_heading_day():
    text = ("Parish Easter services\n"
            "HOLY SATURDAY, March 27, 2027\n"
            "Morning prayer: 9 am\n"
            "Easter Vigil Mass: 8:30 pm\n"
            "EASTER SUNDAY, March 28, 2027\n"
            "Mass: 10 am\n")
    events = tagged_events(text, published=date(2027, 3, 1))
    assert (datetime(2027, 3, 27, 20, 30), "Easter Vigil Mass") in _timed(events)
