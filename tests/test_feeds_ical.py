"""The iCalendar feed, read back by two independent parsers (icalendar and vobject)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from calfeed.feeds.ical import APPROXIMATE_PREFIX, calendar_bytes
from calfeed.model import Event
from test_feeds_samples import build_result, notice_result, seed_result

STAMP = datetime(2025, 1, 10, tzinfo=timezone.utc)


def forget_vobject_zones() -> None:
    """vobject keeps the first VTIMEZONE it saw per TZID for the whole process; start afresh."""
    vars(vobject.icalendar)["__tzidMap"].clear()


def both(raw: bytes) -> tuple[dict[str, icalendar.Event], dict[str, object]]:
    forget_vobject_zones()
    ours = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(raw).walk("VEVENT")}
    theirs = {e.uid.value: e for e in vobject.readOne(raw.decode("utf-8")).vevent_list}
    return ours, theirs


def instant(value: date | datetime) -> object:
    """What must agree between parsers: the day, the UTC instant, or the floating wall clock."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc)
    return value


@pytest.fixture(scope="module")
def feed() -> bytes:
    return calendar_bytes(build_result().events, "calfeed, test; feed", STAMP)


def test_parsers_agree_on_every_event(feed):
    ours, theirs = both(feed)
    assert set(ours) == set(theirs) and len(ours) == len(build_result().events)
    for uid, event in ours.items():
        assert instant(event.decoded("DTSTART")) == instant(theirs[uid].dtstart.value), uid
        assert instant(event.decoded("DTEND")) == instant(theirs[uid].dtend.value), uid
        assert str(event["SUMMARY"]) == theirs[uid].summary.value


def test_seed_events_are_all_day_with_exclusive_end():
    raw = calendar_bytes(seed_result().events, "seed", STAMP)
    ours, theirs = both(raw)
    spans = {str(e["SUMMARY"]): (e.decoded("DTSTART"), e.decoded("DTEND")) for e in ours.values()}
    assert spans["Paris Pact Expert Working Group meeting on regional cooperation"] == (date(2011, 6, 21), date(2011, 6, 23))
    assert spans["Paris Pact 3rd Ministerial Meeting"] == (date(2011, 12, 8), date(2011, 12, 9))
    assert spans[APPROXIMATE_PREFIX + "Paris Pact Policy Consultative Group Meeting"] == (date(2011, 6, 23), date(2012, 1, 1))
    assert b"DTSTART;VALUE=DATE:20110621" in raw and b"DTEND;VALUE=DATE:20110623" in raw


def test_approximate_event_is_marked_tentative_with_window():
    ours, theirs = both(calendar_bytes(seed_result().events, "seed", STAMP))
    (approx,) = [e for e in ours.values() if str(e.get("STATUS")) == "TENTATIVE"]
    assert str(approx["SUMMARY"]).startswith(APPROXIMATE_PREFIX)
    assert str(approx["TRANSP"]) == "TRANSPARENT"
    assert str(approx["X-CALFEED-WINDOW"]) == "2011-06-23/2011-12-31"
    assert str(approx["X-CALFEED-PRECISION"]) == "approximate"
    text = str(approx["DESCRIPTION"])
    assert "2011-06-23" in text and "2011-12-31" in text and "later this year" in text
    assert "inferred document date" in text
    exact = [e for e in ours.values() if e is not approx]
    assert all("STATUS" not in e and str(e["X-CALFEED-PRECISION"]) == "exact" for e in exact)
    assert theirs[str(approx["UID"])].status.value == "TENTATIVE"


def test_event_properties_come_from_the_event():
    event = seed_result().events[0]
    ours, _ = both(calendar_bytes([event], "seed", STAMP))
    (written,) = ours.values()
    assert str(written["UID"]) == event.uid
    assert str(written["LOCATION"]) == "Islamabad"
    assert str(written["URL"]) == event.sources[0].url
    assert written.decoded("DTSTAMP") == STAMP
    assert [str(c) for c in written["CATEGORIES"].cats] == ["meeting"]
    description = str(written["DESCRIPTION"])
    assert "in Islamabad on 21-22 June 2011." in description and event.sources[0].url in description


def test_calendar_properties():
    raw = calendar_bytes([], "Cities, rivers", STAMP)
    cal = icalendar.Calendar.from_ical(raw)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"]).startswith("-//calfeed//")
    assert str(cal["CALSCALE"]) == "GREGORIAN" and str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["NAME"]) == "Cities, rivers"
    assert b"X-WR-CALNAME:Cities\\, rivers\r\n" in raw
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" in raw and b"X-PUBLISHED-TTL:PT12H\r\n" in raw
    assert not cal.walk("VTODO")


def test_output_is_deterministic_and_independent_of_input_order(feed):
    events = build_result().events
    shuffled = events[:]
    random.Random(7).shuffle(shuffled)
    assert calendar_bytes(shuffled, "calfeed, test; feed", STAMP) == feed
    assert calendar_bytes(events, "calfeed, test; feed", STAMP.replace(tzinfo=None)) == feed


def test_lines_are_crlf_folded_within_75_octets(feed):
    assert feed.endswith(b"\r\n")
    for line in feed.split(b"\r\n"):
        assert len(line) <= 75
        assert b"\n" not in line and b"\r" not in line
        line.decode("utf-8")  # a fold never splits a character


def test_zoned_time_has_tzid_and_vtimezone_without_rdate_lists(feed):
    text = feed.decode("utf-8")
    assert "DTSTART;TZID=Europe/Brussels:20250701T180000" in text
    assert "DTSTART;TZID=America/New_York:20250304T160000" in text
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels" in text and "TZID:America/New_York\r\nBEGIN" in text
    assert "RDATE" not in text
    ours, theirs = both(feed)
    jury = ours["notice-jury@calfeed"].decoded("DTSTART")
    assert jury.astimezone(timezone.utc) == datetime(2025, 7, 1, 16, 0, tzinfo=timezone.utc)
    # vobject builds the zone from our VTIMEZONE body, so this checks the summer offset we wrote
    assert theirs["notice-jury@calfeed"].dtstart.value.utcoffset() == timedelta(hours=2)


def test_aoe_deadline_is_written_in_utc_with_a_short_end(feed):
    ours, _ = both(feed)
    deadline = ours["notice-deadline@calfeed"]
    assert deadline.decoded("DTSTART") == datetime(2025, 5, 2, 11, 59, tzinfo=timezone.utc)
    assert deadline.decoded("DTEND") == datetime(2025, 5, 2, 12, 0, tzinfo=timezone.utc)
    assert "TZID=Etc" not in feed.decode()
    assert str(deadline["TRANSP"]) == "TRANSPARENT"


def test_floating_time_stays_floating(feed):
    ours, theirs = both(feed)
    lunch = ours["notice-lunch@calfeed"].decoded("DTSTART")
    assert lunch == datetime(2025, 2, 2, 12, 0) and lunch.tzinfo is None
    assert theirs["notice-lunch@calfeed"].dtstart.value.tzinfo is None


def test_recurrence_expands_the_same_in_both_parsers(feed):
    ours, theirs = both(feed)
    kickoff = ours["notice-kickoff@calfeed"]
    rule = kickoff["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["TU"]
    until = rule["UNTIL"][0]
    assert until.tzinfo is not None and until.utcoffset() == timedelta(0)  # UNTIL in UTC for a TZID start
    occurrences = list(theirs["notice-kickoff@calfeed"].getrruleset())
    assert len(occurrences) == 17  # Tuesdays 4 March .. 24 June 2025
    # across the March DST change the wall clock stays 16:00 New York time
    assert {o.astimezone(ZoneInfo("America/New_York")).hour for o in occurrences} == {16}


def test_all_day_recurrence_gets_a_date_until():
    event = Event("w@t", "Weekly", "event", date(2025, 2, 3), None, True, "exact",
                  rrule="FREQ=WEEKLY;UNTIL=20250303T000000Z")
    raw = calendar_bytes([event], "t", STAMP)
    assert b"UNTIL=20250303" in raw and b"UNTIL=20250303T" not in raw
    (vevent,) = vobject.readOne(raw.decode()).vevent_list
    assert len(list(vevent.getrruleset())) == 5


def test_timed_event_without_end_gets_an_hour_and_says_so():
    event = Event("m@t", "Meeting", "meeting", datetime(2025, 1, 15, 9, 30), None, False, "exact",
                  tz="Europe/Brussels")
    ours, theirs = both(calendar_bytes([event], "t", STAMP))
    written = ours["m@t"]
    assert written.decoded("DTEND") - written.decoded("DTSTART") == timedelta(hours=1)
    assert "End time not stated" in str(written["DESCRIPTION"])
    assert theirs["m@t"].dtstart.value.utcoffset() == timedelta(hours=1)  # winter time


def test_repeated_uids_are_made_unique():
    first = Event("same@t", "A", "event", date(2025, 1, 1), None, True, "exact")
    second = Event("same@t", "B", "event", date(2025, 1, 2), None, True, "exact")
    ours, _ = both(calendar_bytes([first, second], "t", STAMP))
    assert set(ours) == {"same@t", "same@t-2"}


def test_only_civil_zones_in_use_get_a_vtimezone():
    raw = calendar_bytes(notice_result().events, "t", STAMP).decode()
    zones = [line.split(":", 1)[1] for line in raw.split("\r\n") if line.startswith("TZID:")]
    assert zones == ["America/New_York", "Europe/Brussels"]


def test_malformed_rule_keeps_the_event_and_says_so():
    event = Event("r@t", "Odd", "event", date(2025, 1, 1), None, True, "exact", rrule="FREQ=SOMETIMES;BYDAY=XX")
    good = Event("g@t", "Fine", "event", date(2025, 1, 2), None, True, "exact")
    ours, _ = both(calendar_bytes([event, good], "t", STAMP))
    assert set(ours) == {"r@t", "g@t"} and "RRULE" not in ours["r@t"]
    assert "could not be written" in str(ours["r@t"]["DESCRIPTION"])


def test_series_start_moves_to_the_first_date_the_rule_gives():
    event = Event("s@t", "Board", "meeting", datetime(2027, 6, 24, 9, 30), datetime(2027, 6, 24, 11, 0), False,
                  "exact", tz="Europe/Brussels", rrule="FREQ=MONTHLY;BYDAY=1MO;COUNT=3")
    ours, theirs = both(calendar_bytes([event], "t", STAMP))
    written = ours["s@t"]
    assert written.decoded("DTSTART").replace(tzinfo=None) == datetime(2027, 7, 5, 9, 30)
    assert written.decoded("DTEND").replace(tzinfo=None) == datetime(2027, 7, 5, 11, 0)
    assert "first date the repeat rule gives" in str(written["DESCRIPTION"])
    days = [o.date() for o in theirs["s@t"].getrruleset()]
    assert days == [date(2027, 7, 5), date(2027, 8, 2), date(2027, 9, 6)]


def test_series_already_on_its_rule_is_left_alone():
    event = Event("t@t", "Club", "meeting", datetime(2027, 6, 24, 18, 0), None, False, "exact",
                  tz="Europe/Brussels", rrule="FREQ=WEEKLY;BYDAY=TH")
    ours, _ = both(calendar_bytes([event], "t", STAMP))
    assert ours["t@t"].decoded("DTSTART").replace(tzinfo=None) == datetime(2027, 6, 24, 18, 0)
    assert "repeat rule" not in str(ours["t@t"]["DESCRIPTION"])


def test_the_stamp_is_the_newest_stated_date_and_a_guess_never_passes_the_build_day():
    from datetime import date, datetime, timezone

    from calfeed.model import Document
    from calfeed.pipeline import BuildResult, Options, process_document, stamp_for

    stated = process_document(Document("a.txt", "The forum met on 3 March 2026.", published=date(2026, 3, 4)))
    guessed = process_document(Document("b.txt", "The forum will meet on 3 March 2028.\n"),
                               Options(today=date(2026, 11, 29)))
    assert guessed.reference.inferred and guessed.reference.value > date(2026, 11, 29)
    build_day = date(2026, 11, 29)
    assert stamp_for(BuildResult([stated, guessed], [], []), build_day) == datetime(2026, 3, 4, tzinfo=timezone.utc)
    assert stamp_for(BuildResult([guessed], [], []), build_day) == datetime(2026, 11, 29, tzinfo=timezone.utc)



def test_a_stated_date_ahead_of_the_build_keeps_the_stamp_the_same_every_day():
    from datetime import date, datetime, timezone

    from calfeed.model import Document
    from calfeed.pipeline import BuildResult, process_document, stamp_for

    ahead = process_document(Document("a.txt", "The forum will meet on 3 March 2028.", published=date(2027, 9, 1)))
    stamps = {stamp_for(BuildResult([ahead], [], []), day) for day in (date(2026, 11, 29), date(2027, 10, 1))}
    assert stamps == {datetime(2027, 9, 1, tzinfo=timezone.utc)}
