"""A lead-in sentence closed by a colon before a capitalised clause of its own ("This is what
matters most to owners who show two horses: Stall bookings close on 9 May."): a colon followed by
a capital starts a new sentence, so the clause after it names the date, not the lead-in. Longer
than a run-in heading (tests/test_events_run_in_headings.py); a date in the lead-in or right
after the colon keeps the older readings."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

from calfeed.events.run_in_headings import after_colon_lead_in
from calfeed.events.words import words_in

PUBLISHED = date(2027, 4, 20)


def test_a_long_lead_in_does_not_hide_the_deadline_after_its_colon():
    events = tagged_events("Perhaps the most useful advice for riders who are bringing more than one horse: "
                           "Bookings for covered stabling close on May 9, a week before entries close.",
                           published=PUBLISHED)
    assert [(e.kind, e.title, e.start) for e in events] == [
        ("deadline", "Bookings for covered stabling close", date(2027, 5, 9))]


def test_a_lead_in_with_a_relative_clause_gives_the_event_after_its_colon():
    events = tagged_events("Here is some good news for families who are staying in town over the holiday weekend: "
                           "The lantern parade will be held on May 22 along the river.", published=PUBLISHED)
    assert [(e.title, e.start) for e in events] == [("Lantern parade", date(2027, 5, 22))]


def test_a_short_label_before_a_date_is_still_a_label():
    events = tagged_events("Closing date for stall bookings: Friday, May 7, 2027.", published=PUBLISHED)
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2027, 5, 7))]


def test_no_lead_in_when_a_date_stands_before_the_colon_or_right_after_it():
    text = "The trust will host open evenings for everyone who wants to volunteer this year on May 12: Bring a friend."
    assert after_colon_lead_in(words_in(text, 0, len(text)), [(text.index("May 12"), text.index(":"))]) is None
    text = "Please remember the one thing that every rider who enters more than one horse needs: May 9 is the last day."
    at = text.index("May 9")
    assert after_colon_lead_in(words_in(text, 0, len(text)), [(at, at + 5)]) is None


def test_a_lead_in_is_found_past_a_run_in_heading_length():
    text = "Perhaps the most useful advice for riders who are bringing more than one horse: Bookings close soon."
    words = words_in(text, 0, len(text))
    assert words[after_colon_lead_in(words, [])].text == "Bookings"
    short = "Advice for riders: Bookings close soon."
    assert after_colon_lead_in(words_in(short, 0, len(short)), []) is None     # a run-in heading's length


def test_a_long_label_with_no_verb_before_its_colon_keeps_its_deadline():
    events = tagged_events("Registration of at least one author of each accepted poster and paper: Until June 30, 2027.",
                           published=PUBLISHED)
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2027, 6, 30))]
