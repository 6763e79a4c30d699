"""A stretch that starts at a clock on its first day and ends on a later day in the next clause is one
run (session 61, ev61b; R74 class 2: a fiesta that 'starts on' a day 'at noon, and will end' on a
later day gave its opening and a false 'ends' entry of its own):

- "starts on August 9th at noon, and will end August 16th at midnight" is one entry from the noon
  clock to the end of the last day, and no entry of its own on the last day;
- an end written with its own clock ("ends on 6 May at 5pm") ends the run at that clock;
- a call that opens at a clock and closes on a later day stays two entries (the opening, and the
  deadline): "closes" is no word that ends a stretch (range_closing_links).
"""
# Provenance: session 61, ev61b (our own sentences).

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2031, 7, 2)


def _entries(text: str) -> list[tuple[str, object, object, str]]:
    return sorted(((e.title, e.start, e.end, e.kind) for e in tagged_events(text, published=PUBLISHED)), key=str)


def test_a_start_at_noon_and_a_later_end_day_are_one_run():
    text = "The Harvest Week starts on August 9th at noon, and will end August 16th at midnight, in Kestrel.\n"
    assert _entries(text) == [("Harvest Week opens", datetime(2031, 8, 9, 12, 0), datetime(2031, 8, 16, 23, 59),
                               "event")]


def test_an_end_with_its_own_clock_ends_the_run_there():
    text = "The lantern trail begins on 4 August at 9am and ends on 6 August at 5pm.\n"
    assert [(s, e) for _, s, e, _ in _entries(text)] == [(datetime(2031, 8, 4, 9, 0), datetime(2031, 8, 6, 17, 0))]


def test_a_call_that_opens_at_a_clock_and_closes_stays_two_entries():
    assert _entries("The call opens on 9 August at 9am and closes on 16 August.\n") == [
        ("Call closes", date(2031, 8, 16), date(2031, 8, 16), "deadline"),
        ("Call opens", datetime(2031, 8, 9, 9, 0), None, "event")]
