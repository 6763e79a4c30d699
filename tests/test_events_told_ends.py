"""A stretch whose start and end are told in different sentences (told_ends): the end's sentence
opens with a short subject and an end lead, a start word dates the start a sentence or few before.
Session 46, R59 p11's shape, in words of our own."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2031, 9, 10)


def _entries(text: str) -> list[tuple[str, object, object]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=PUBLISHED)]


def test_an_end_told_in_the_next_sentence_spans_from_the_start():
    # fails on b74873e9: the celebration was a one-day entry on its last day
    found = _entries("HALDEN (AP) — The cider fair will open after the mayor rings the old bell at 11am on "
                     "Saturday. The cider party runs through Sept. 28 in 12 barns around the square.")
    assert ("Cider party", date(2031, 9, 13), date(2031, 9, 28)) in found
    assert not any(s == date(2031, 9, 28) for _, s, _ in found)


def test_an_end_with_no_start_told_before_stays_a_day():
    found = _entries("HALDEN (AP) — The mayor rang the old bell on Saturday. The cider party runs through Sept. 28.")
    assert not any(isinstance(e, date) and s != e for _, s, e in found)


def test_an_end_told_after_a_long_clause_is_no_told_end():
    found = _entries("The cider fair will open at 11am on Saturday. Because the barns are being repaired after the "
                     "storm, the celebration runs through Sept. 28.")
    assert ("Celebration", date(2031, 9, 13), date(2031, 9, 28)) not in found


def test_the_same_subject_told_twice_is_left_to_its_event_noun():
    found = _entries("The spring trials will begin on 3 October 2031. The spring trials will run until 11 October 2031.")
    assert [(s, e) for _, s, e in found] == [(date(2031, 10, 3), date(2031, 10, 11))]


def test_an_end_told_by_a_pronoun_closes_the_start_s_own_entry():
    # R63 class 6 (page 22's shape): a start clock and, in the next sentence, a pronoun "in effect until"
    # a clock on the next day was a start with no end and a second entry at the end clock
    found = _entries("The old bridge will be shut to all vehicles from 9 pm on Sunday 5th October 2031 for deck "
                     "repairs. It remains in effect until 5 am on Monday 6th October 2031.")
    assert [(s, e) for _, s, e in found] == [(datetime(2031, 10, 5, 21, 0), datetime(2031, 10, 6, 5, 0))]
