"""A stretch told by how long it lasts and when it starts ("will run exactly 36 hours, beginning
on 9 May at 9am"): the start gains the end the duration gives (lasting_spans).
Session 44, R57 class 5 (a hackathon's timeline), in words of our own."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2031, 4, 1)


def _spans(body: str) -> list[tuple[object, object]]:
    return [(e.start, e.end) for e in tagged_events("Game jam timeline\n\nJam Start\n\n" + body + "\n", published=PUBLISHED)]


def test_a_lasted_duration_before_its_start_gives_the_end():
    assert _spans("The Jam will last exactly 36 hours, beginning on Friday, 9 of May, at 9am.") == [
        (datetime(2031, 5, 9, 9, 0), datetime(2031, 5, 10, 21, 0))]


def test_a_vague_length_gives_no_end():
    assert _spans("The Jam will last about 36 hours, beginning on Friday, 9 of May, at 9am.") == [
        (datetime(2031, 5, 9, 9, 0), None)]


def _entries(text: str) -> list[tuple[str, object, object]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=PUBLISHED)]


def test_a_clock_told_before_its_lasted_duration_gains_the_end():
    # session 46 (R59 p21's shape, our own words); fails on b74873e9: the show had no end
    found = _entries("Crews will fire the first rockets at 8:30pm on Saturday, May 3, for a laser show "
                     "expected to last for 25 minutes.")
    assert [(s, e) for _, s, e in found] == [(datetime(2031, 5, 3, 20, 30), datetime(2031, 5, 3, 20, 55))]


def test_a_lasted_duration_in_the_next_sentence_gives_no_end():
    found = _entries("The laser show starts at 8:30pm on Saturday, May 3. "
                     "Each act is expected to last for 25 minutes.")
    assert [e for _, _, e in found] == [None] * len(found)
