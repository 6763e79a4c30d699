"""A programme told as prose under day headings: a line led by its day ("August 6 (Friday) at 19:00 - dance
groups.") names its first item, and a later sentence on the same line opened by its own clock ("At 21:00 on
the main square, the band Kettle ... will give a concert.") is an entry of its own on that day, no longer
swallowed as what the first item is about. A procession is an event noun. (R77 class 1: a day heading's
later clock sentences and 'the main procession will begin' gave nothing.)"""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2027, 7, 1)
PROGRAMME = ("The Harlow Summer Fair will be held from August 5 to 7 on the Market Square.\n\n"
             "August 6 (Friday) at 19:00 - performances of dance groups. At 21:00 on the main square, the band "
             "Kettle, known for their song Rain, will give a concert. Their first album was recorded "
             "in a barn.\n\n"
             "August 7 (Saturday) the high point of the show is expected - at 20:00 the main procession will "
             "begin on the high street.\n")


def _entries(text: str):
    return {(e.title, e.start) for e in tagged_events(text, published=PUBLISHED)}


def test_a_later_sentence_opened_by_a_clock_is_its_own_entry():
    found = _entries(PROGRAMME)
    assert ("Performances of dance groups", datetime(2027, 8, 6, 19)) in found
    assert ("Concert", datetime(2027, 8, 6, 21)) in found


def test_a_procession_is_an_event():
    assert ("Main procession", datetime(2027, 8, 7, 20)) in _entries(PROGRAMME)

