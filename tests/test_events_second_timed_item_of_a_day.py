"""A programme told in prose gives a day's second item by its clock alone, fronted after a
sequence opener: "The talks will open on Thursday, 9 October, at 9am with a welcome from the mayor.
After that, at 11:15am, the regional planning workshop will begin in Room 2." The clock takes the
day written last (the tagger's rule); the opener and its comma are no lead words, so the clock opens
its clause and the subject after it names the item (naming.past_sequence_opener)."""

from datetime import date, datetime

from events_helpers import tagged_events

TEXT = ("Programme\n\nThe talks will open on Thursday, 9 October 2025, at 9am with a welcome from the mayor.\n\n"
        "After that, at 11:15am, the regional planning workshop will begin in Room 2.\n")


def _entries(text: str) -> list[tuple[datetime, str]]:
    return sorted((e.start, e.title) for e in tagged_events(text, published=date(2025, 9, 20)))


def test_the_fronted_clock_of_a_second_item_is_its_own_entry():
    got = _entries(TEXT)
    assert (datetime(2025, 10, 9, 11, 15), "Regional planning workshop") in got
    assert any(start == datetime(2025, 10, 9, 9, 0) for start, _ in got)


def test_a_fronted_clock_before_a_clause_naming_no_occasion_gives_none():
    text = TEXT.replace("the regional planning workshop will begin in Room 2", "the doors will be locked")
    assert not any(start.hour == 11 for start, _ in _entries(text))
