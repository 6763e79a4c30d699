"""A condition on where the reader is ("If you’re in Denver, ...") leaves the clock after it as
real as the same sentence without it, with its apostrophe typed either way (reader_words; R62
class 2, page 18); and a cue after such a condition, past its comma, is the main clause's: "If
you’re flying to Apia, be ready to skip Friday" passes over that Friday (cancel_cues "to skip";
R61 page 08's must-not day, which the condition had hidden)."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2014-10-23"


def _starts(text: str) -> list[date | datetime]:
    return sorted(e.start for e in page_events(text, PUBLISHED))


def test_a_condition_on_where_the_reader_is_keeps_the_clock():
    for mark in ("’", "'"):
        text = f"If you{mark}re in Denver, the lantern parade will begin at 9:12 p.m. on Thursday.\n"
        assert _starts(text) == [datetime(2014, 10, 23, 21, 12)], mark


def test_a_condition_on_the_event_still_drops_it():
    text = "If the rain stops, the lantern parade will begin at 9:12 p.m. on Thursday.\n"
    assert _starts(text) == []


def test_a_day_to_skip_after_a_readers_condition_is_no_entry():
    text = ("If you’re flying to Apia, be ready to skip Friday and start the New Year’s Eve "
            "celebrations early.\n")
    assert date(2014, 10, 24) not in _starts(text)

