"""A release note gives its clock in local time and glosses it in GMT ("at 10:00 local time
(09:00 GMT)"): the gloss fixes the offset, so the entry is in the zone of the place its
sentence names whose clock keeps that offset on the day (Vienna), not in a zone another
word suggests (the "UN", read as a town of that name) nor in GMT itself. With no such place
the entry keeps the offset the gloss gives."""
# Provenance: held-out round R42 (class 3), sentences written for this test.

from datetime import date, datetime
from zoneinfo import ZoneInfo

from events_helpers import tagged_events

_RELEASE = ("World Drug Survey 2011 launch\n\n"
            "How will the survey be launched?\n"
            "The World Drug Survey 2011 will be launched:\n\n"
            "On Tuesday 8 March at 10:00 local time (09:00 GMT) during a press conference at the UN in Vienna, Austria;\n"
            "On Tuesday 8 March at 15:30 local time (14:30 GMT) during an online press briefing from Vienna for "
            "journalists who cannot travel;\n")


def _offsets(text: str) -> dict[datetime, str]:
    found = {}
    for e in tagged_events(text, published=date(2011, 2, 20)):
        if isinstance(e.start, datetime) and e.tz:
            found[e.start] = e.start.replace(tzinfo=ZoneInfo(e.tz)).utcoffset()
    return found


def test_the_gloss_fixes_the_offset_of_the_local_clock():
    offsets = _offsets(_RELEASE)
    assert {k: v.total_seconds() / 3600 for k, v in offsets.items()} == {
        datetime(2011, 3, 8, 10): 1.0, datetime(2011, 3, 8, 15, 30): 1.0}


def test_the_place_whose_clock_fits_gives_the_zone():
    zones = {e.start: e.tz for e in tagged_events(_RELEASE, published=date(2011, 2, 20)) if isinstance(e.start, datetime)}
    assert zones[datetime(2011, 3, 8, 10)] == "Europe/Vienna"


def test_with_no_place_the_gloss_alone_gives_the_offset():
    text = "Media advisory\n\nThe minister will speak on Tuesday 8 March at 18:00 local time (15:00 GMT) to the press.\n"
    offsets = _offsets(text)
    assert [v.total_seconds() / 3600 for v in offsets.values()] == [3.0]


def test_an_acronym_in_capitals_is_no_town():
    events = [e for e in tagged_events(_RELEASE, published=date(2011, 2, 20)) if e.start == datetime(2011, 3, 8, 10)]
    assert [e.location for e in events] == ["Vienna, Austria"]


def test_a_gloss_off_by_a_half_hour_keeps_its_offset():
    # Half-hour zones (India, Iran, Newfoundland) and 45-minute ones (Nepal) are offsets too: with no
    # place that keeps them, the entry takes the offset's fixed zone rather than no zone at all.
    text = "Media advisory\n\nThe minister will speak on Tuesday 8 March at 16:00 local time (10:30 GMT) to the press.\n"
    zones = [e.tz for e in tagged_events(text, published=date(2011, 2, 20)) if isinstance(e.start, datetime)]
    assert zones == ["UTC+05:30"]
