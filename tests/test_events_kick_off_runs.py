"""A festival that 'kicks off' on a day and goes on 'until' a later one is one run (session 61, ev61b;
R72 leftover, class 2: a festival that 'kicks off' the next day 'until' a later day gave the first
day alone and a false deadline 'Deadline for ... kicks off' on the last):

- "kicks off tomorrow until the 9th of July" runs from tomorrow to 9 July, with no deadline;
- "kicks off on July 4 with a parade" stays that one day.
"""
# Provenance: session 61, ev61b (our own sentences).

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2031, 7, 2)


def _entries(text: str) -> list[tuple[str, object, object, str]]:
    return sorted(((e.title, e.start, e.end, e.kind) for e in tagged_events(text, published=PUBLISHED)), key=str)


def test_kicks_off_tomorrow_until_a_day_is_one_run():
    text = "The Harbour Jazz Festival kicks off tomorrow until the 9th of July featuring forty bands.\n"
    assert _entries(text) == [("Harbour Jazz Festival", date(2031, 7, 3), date(2031, 7, 9), "event")]


def test_kicks_off_on_a_day_alone_stays_that_day():
    text = "The Harbour Jazz Festival kicks off on July 4 with a parade.\n"
    assert _entries(text) == [("Harbour Jazz Festival", date(2031, 7, 4), date(2031, 7, 4), "event")]
