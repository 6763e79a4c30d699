"""A relative clause after "the <part> of the <event>" times the part: "In the oral part of the
exam, which will run from 2:20 p.m. to 2:45 p.m., roadworks stop" is the oral part's window, not
the whole exam's (R69 class 8, page 10's shape)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _entries(text: str) -> list[tuple[str, object]]:
    return sorted((e.title, e.start) for e in tagged_events(text, published=date(2029, 11, 1)))


def test_a_part_of_the_exam_in_a_relative_clause_is_its_own_entry():
    found = _entries("The state language exam is set for November 13.\n-\nNoise Limits: In the oral part of the "
                     "exam, which will run from 2:20 p.m. to 2:45 p.m., all roadworks stop.")
    assert ("Oral part of the exam", datetime(2029, 11, 13, 14, 20)) in found
    assert ("State language exam", date(2029, 11, 13)) in found


def test_a_part_of_a_tournament_as_subject():
    found = _entries("The chess tournament is set for November 13. The prize ceremony of the tournament, which will "
                     "run from 2:20 p.m. to 2:45 p.m., goes out live on radio.")
    assert ("Prize ceremony of the tournament", datetime(2029, 11, 13, 14, 20)) in found


def test_a_part_that_is_no_event_of_a_thing_that_is_none_gives_no_title():
    found = _entries("The state language exam is set for November 13.\n-\nDuring the repair of the road, which is "
                     "expected to last from 2:20 p.m. to 2:45 p.m., buses go over the bridge.")
    assert not any(title.startswith("Repair") for title, _ in found)
