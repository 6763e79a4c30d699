"""A news story's day-less clocks after "the ministry said <weekday>" (the page's own day, when
the story was told) are the clocks of the one day the story writes ahead (said_day_clocks).
Session 47, R60 p15's shape, in words of our own."""

from __future__ import annotations

from events_helpers import page_events

_STORY = ("NATIONAL\n\n"
          "The yearly national driving licence exam will be held Dec. 3, the transport ministry said Monday, "
          "so buses and council counters will change their hours. Some 90,000 candidates will take it. "
          "The exam will run from 9:10 a.m. to 4:50 p.m. at 300 centres. It has become a national ritual. "
          "Counters at council offices will open an hour later, at 10 a.m., while more buses will run "
          "from 6 to 9 a.m. Low-flying drills are halted from 2:05-2:30 p.m. when the road signs section "
          "of the exam will take place.\n")


def test_clocks_after_the_telling_day_are_not_on_the_page_s_day():
    # fails on b9033d54: an entry at 10:00 on the page's own day (18 November)
    starts = [e.start.isoformat()[:16] for e in page_events(_STORY, "2030-11-18")]
    assert not any(s.startswith("2030-11-18") for s in starts)
    assert "2030-12-03T09:10" in starts


def test_with_two_days_ahead_the_clock_keeps_the_tagger_s_day():
    story = ("The licence exam will be held Dec. 3 and the resits on Dec. 10, the ministry said Monday. "
             "Counters at council offices will open an hour later, at 10 a.m.\n")
    starts = [e.start.isoformat()[:16] for e in page_events(story, "2030-11-18")]
    assert not any(s.startswith("2030-12-03T10") or s.startswith("2030-12-10T10") for s in starts)
