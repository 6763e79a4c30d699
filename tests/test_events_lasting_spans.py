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
