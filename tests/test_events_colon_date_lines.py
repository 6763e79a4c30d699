"""A key-dates list that writes each date on its own line ending in a colon ("3rd May 2027:")
names each date by the line below it: the colon announces the item. Such a line is no page's
own date line either, so the list's first dates give entries like the rest."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

STACKED = (
    "14th May 2027:\n\n"
    "Closing date for early booking\n\n"
    "2nd June 2027:\n\n"
    "Closing date for talk proposals (long talks)\n\n"
    "30th June 2027:\n\n"
    "Closing date for talk proposals (short talks)\n\n"
    "7th July 2027:\n\n"
    "Decision on talk formats\n"
    " (for speakers who asked for a long slot)\n\n"
    "21st July 2027:\n\n"
    "Closing date for late booking\n\n"
    "2nd - 3rd August 2027\n\n"
    "Confirmation of attendance by every speaker\n"
    "(The office will send each speaker a reminder. Talks not confirmed may be dropped.)\n\n"
    "1st September 2027:\n\n"
    "Closing date for slides\n"
)


def _titles_by_day() -> dict[date, str]:
    events = tagged_events(STACKED, published=date(2027, 4, 1))
    return {(e.start.date() if hasattr(e.start, "date") else e.start): e.title for e in events}


def test_each_colon_date_takes_the_line_below():
    titles = _titles_by_day()
    assert titles[date(2027, 7, 21)] == "Closing date for late booking"
    assert titles[date(2027, 8, 2)].startswith("Confirmation of attendance")
    assert titles[date(2027, 9, 1)] == "Closing date for slides"     # alone in its run after the note


def test_the_first_dates_of_the_list_are_no_page_date():
    titles = _titles_by_day()
    assert titles[date(2027, 5, 14)] == "Closing date for early booking"
    assert date(2027, 6, 2) in titles
