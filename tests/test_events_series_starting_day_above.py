"""Weekly programmes listed under a paragraph that says when they start ("a summer of stories for
the whole family starting June 8!" over "Toddler Time: ... 10 a.m. on Tuesdays") begin on the
first of their weekdays on or after that day, not at the page's date (round 42 class 4). A heading
between them ends the paragraph's reach."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PAGE = ("Summer at the Library 2027\n\n"
        "Come along for a summer of stories for the whole family starting June 8! The library runs "
        "weekly programs for every age. Here is what is on:\n\n"
        "Toddler Time: songs and rhymes for little ones. 10 a.m. on Tuesdays\n\n"
        "Page Turners: a reading club for older children. 3 p.m. on Thursdays\n\n"
        "Other news\n\n"
        "Chess Club: open to all ages. 4 p.m. on Mondays\n")


def _series(events):
    return {e.title: e.start for e in events if e.rrule}


def test_programmes_under_the_paragraph_start_on_the_stated_day():
    found = _series(tagged_events(PAGE, published=date(2027, 4, 20)))
    assert found.get("Toddler Time") == datetime(2027, 6, 8, 10, 0), found
    assert found.get("Page Turners") == datetime(2027, 6, 10, 15, 0), found


def test_a_heading_in_between_ends_the_reach():
    found = _series(tagged_events(PAGE, published=date(2027, 4, 20)))
    assert found.get("Chess Club") == datetime(2027, 4, 26, 16, 0), found


def test_a_day_something_else_begins_on_is_no_start_of_the_programmes():
    text = ("Story Hour\n\nStories and songs for preschoolers. Registration begins June 1.\n\n"
            "Story Hour: 11 a.m. on Wednesdays\n")
    found = _series(tagged_events(text, published=date(2027, 4, 20)))
    assert found and all(start < datetime(2027, 6, 1) for start in found.values()), found


def test_a_start_stated_for_a_sentence_s_own_series_starts_only_that_one():
    text = ("The help desk holds drop-in hours every Tuesday from 14:00 to 16:00, starting on 8 June 2027.\n\n"
            "The board meets on the first Monday of every month at 09:30.\n")
    found = _series(tagged_events(text, published=date(2027, 4, 20)))
    assert found["Board meeting"] == datetime(2027, 5, 3, 9, 30), found


def test_a_weekly_word_in_the_next_sentence_keeps_the_paragraph_s_start():
    text = PAGE.replace("The library runs weekly programs", "The library runs programs every week")
    found = _series(tagged_events(text, published=date(2027, 4, 20)))
    assert found.get("Toddler Time") == datetime(2027, 6, 8, 10, 0), found
