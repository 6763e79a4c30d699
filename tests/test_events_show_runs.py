"""A show that opens at a clock on its first day and carries on to a later day is one run (session 60,
ev60d; R73 class 5, an exhibition that 'opens' at an evening clock on a day '@' its gallery 'and
Continues to' a later day kept only its opening clock, with no end):

- "The Art Show opens 6.30pm Friday October 11 @ Main Hall and Continues to Sunday 3 November" is
  one entry from 18:30 on 11 October to the end of 3 November (the venue after "@" and the capital
  of "Continues" stand in the link as "at" and "continues" do);
- "opens at 7pm on Saturday 12 October in the Corn Exchange and runs until 2 November" likewise;
- a call that opens and closes stays two entries (the opening, and the deadline).
"""
# Provenance: session 60, ev60d (our own sentences).

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2024, 8, 16)


def _entries(text: str) -> list[tuple[str, object, object, str]]:
    return sorted(((e.title, e.start, e.end, e.kind) for e in tagged_events(text, published=PUBLISHED)), key=str)


def test_a_timed_opening_carried_on_to_a_day_is_one_run():
    text = ("How long is the show open?\n"
            "The Art Show opens 6.30pm Friday October 11 @ Main Hall and Continues to Sunday 3 November.\n")
    assert _entries(text) == [("Art Show opens", datetime(2024, 10, 11, 18, 30), datetime(2024, 11, 3, 23, 59), "event")]


def test_a_venue_phrase_before_the_link():
    text = "The print fair opens at 7pm on Saturday 12 October in the Corn Exchange and runs until 2 November.\n"
    assert [(s, e) for _, s, e, _ in _entries(text)] == [(datetime(2024, 10, 12, 19, 0), datetime(2024, 11, 2, 23, 59))]


def test_a_call_that_opens_and_closes_stays_two_entries():
    assert _entries("The call opens on 11 October and closes on 3 November.\n") == [
        ("Call closes", date(2024, 11, 3), date(2024, 11, 3), "deadline"),
        ("Call opens", date(2024, 10, 11), date(2024, 10, 11), "event")]
