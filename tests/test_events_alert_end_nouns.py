"""An alert's end told by a noun, not a verb: "After the siren test at 2 p.m., an all-clear is sounded
at 2:20 p.m." ends the entry that starts at 2 p.m., even when that entry was framed at another telling
of the clock ("the sirens will sound at 2 p.m."). The nouns are data (alert_end_nouns). Before, the
alert had no end (R60 17)."""

from datetime import datetime

from events_helpers import page_events

OPENING = ("Siren Test Day: Today at 2 p.m. in the Valley\n\nToday is Siren Test Day, when all sirens in the "
           "valley will sound a warning at 2 p.m. The test checks that residents can be warned in good time. ")


def _entries(closing: str) -> list:
    return page_events(OPENING + closing + "\n", "2027-10-05")


def test_the_all_clear_ends_the_alert():
    # Fails on the parent: the alert had no end.
    entries = _entries("After the siren test at 2 p.m., an all-clear message is sounded at 2:20 p.m.")
    assert [(e.start, e.end) for e in entries] == [(datetime(2027, 10, 5, 14, 0), datetime(2027, 10, 5, 14, 20))]


def test_the_all_clear_written_as_two_words():
    # Fails on the parent: the alert had no end.
    entries = _entries("After the siren test at 2 p.m., the all clear follows at 2:20 p.m.")
    assert [(e.start, e.end) for e in entries] == [(datetime(2027, 10, 5, 14, 0), datetime(2027, 10, 5, 14, 20))]


def test_another_noun_after_the_clock_ends_nothing():
    entries = _entries("After the siren test at 2 p.m., a survey is sent out at 2:20 p.m.")
    assert all(e.end is None for e in entries if e.start == datetime(2027, 10, 5, 14, 0))
