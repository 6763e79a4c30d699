"""A window of clocks written with its own day, sentences after the one thing the page gives that day:
the day's all-day entry takes the window's hours (day_windows). R61 pages 12 and 21's shapes, in other
words: an announced clean-up whose hours come two paragraphs on, and a headline's day whose hours come
in the body. A window on a day with two entries, a deadline's day, or a window whose sentence shares no
word with the entry (a listing's other item, R51 page 19's shape) is left alone."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

CLEAN_UP = """The council has said the quarterly street clean-up will take place across the borough on Saturday, June 5, 2027.

Residents are asked to sweep their frontages and clear their gutters.

The quarterly street clean-up for June will hold in every ward on Saturday, June 5, 2027, between the hours of 8.00 am and 11.00 am.

Shops may open once the exercise is over.
"""

HEADLINE = """Lorry Ban Doubled On Friday

City hall said late Wednesday, June 2, that the heavy vehicle ban will apply twice over on Friday, June 4.

Under the order, lorries over twelve tonnes may not use the ring road between 6 p.m. and 11 p.m. on Friday, and nor may vans with odd plates.
"""

TWO_THINGS = """The spring fair opens on Saturday, June 5, 2027. A choir concert will be held in the church hall on Saturday, June 5, 2027.

Stalls may trade between the hours of 8.00 am and 6.00 pm on Saturday, June 5, 2027.
"""

LISTING = """WEEKEND GUIDE

Harbour Kite Festival

Kites of every size over the bay.

When: Until Sunday, June 6, 2027. For times see the festival site

KIDS

Town Science Hall

Holiday workshops on the planets and rockets.

When: Saturday, June 5, 9am-4.30pm, Sunday, June 6, 2027, 10am-4.30pm
"""

DEADLINE = """Entries for the photo contest are due on Friday, June 4, 2027.

The gallery desk is staffed between 9 a.m. and 5 p.m. on Friday, June 4, 2027, for questions.
"""


def _entries(text: str, published: str) -> set[tuple[str, object, object]]:
    return {(e.title, e.start, e.end) for e in page_events(text, published)}


def test_a_window_paragraphs_later_times_the_days_entry():
    found = {(e.start, e.end) for e in page_events(CLEAN_UP, "2027-06-02") if "clean-up" in e.title.lower()}
    assert found == {(datetime(2027, 6, 5, 8, 0), datetime(2027, 6, 5, 11, 0))}


def test_a_headline_days_entry_takes_the_window_in_the_body():
    found = {(e.start, e.end) for e in page_events(HEADLINE, "2027-06-02")}
    assert (datetime(2027, 6, 4, 18, 0), datetime(2027, 6, 4, 23, 0)) in found
    assert not any(start == date(2027, 6, 4) for start, _ in found)


def test_two_entries_on_the_day_leave_the_window_alone():
    starts = {e.start for e in page_events(TWO_THINGS, "2027-06-02") if e.title.lower().startswith(("spring", "choir"))}
    assert date(2027, 6, 5) in starts


def test_a_deadline_keeps_its_day():
    found = [e for e in page_events(DEADLINE, "2027-06-02") if e.kind == "deadline"]
    assert found and all(e.start == date(2027, 6, 4) for e in found)


def test_another_items_window_in_a_listing_times_nothing():
    found = {(e.title, e.start) for e in page_events(LISTING, "2027-06-02") if "Kite" in e.title}
    assert not any(isinstance(start, datetime) for _, start in found)
