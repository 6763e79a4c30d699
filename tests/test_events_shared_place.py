"""Parts of a main event take its place; events in a many-place newsletter do not."""

from __future__ import annotations

from datetime import date

from calfeed.events import frame_events
from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def places(text: str) -> dict[str, str | None]:
    doc = Document(path="doc.txt", text=text)
    reference = infer_reference_date(doc, tag(text, None))
    events, _ = frame_events(doc, tag(text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")
    return {e.title: e.location for e in events}


CFP = """ACL 2025 will take place in Vienna, Austria, from July 27 to August 1, 2025.

Important dates

- Paper submission deadline: February 15, 2025
- Tutorials: July 27, 2025
- Main conference: July 28-30, 2025
- Workshops: July 31 - August 1, 2025
"""


def test_a_cfp_s_programme_parts_take_the_conference_s_place():
    found = places(CFP)
    assert found["Tutorials"] == found["Main conference"] == found["Workshops"] == "Vienna, Austria"


def test_a_deadline_takes_no_place():
    assert places(CFP)["Paper submission deadline"] is None


def test_a_meeting_notice_s_sessions_take_the_meeting_s_place_but_not_an_event_on_other_days():
    text = ("The Expert Group meeting will be held in Nairobi from 10 to 12 March 2026. "
            "The opening session will take place on 10 March 2026. "
            "A preparatory webinar will take place on 2 March 2026.")
    found = places(text)
    assert found["Opening session"] == "Nairobi"
    assert found["Preparatory webinar"] == "Online"   # no venue, not the meeting's


def test_a_newsletter_with_events_in_many_places_shares_none():
    text = ("The photo exhibition runs from 3 June to 28 July 2026 in Lisbon. "
            "A workshop on data protection will be held in Berlin on 12 June 2026.\n\n"
            "Webinar: 20 June 2026\n")
    found = places(text)
    assert found["Webinar"] == "Online"
    assert found["Workshop on data protection"] == "Berlin"


def test_a_vaguely_dated_event_shares_no_place():
    text = ("Registration for the annual forum opens on 6 October 2026. "
            "The forum itself will be held in Nairobi later this year. "
            "A training webinar is scheduled for 8 October 2026.")
    found = places(text)
    assert found["Training webinar"] == "Online"


def test_a_timed_part_takes_the_main_event_s_zone_with_its_place():
    text = ("The Expert Group Meeting will be held in Addis Ababa, Ethiopia, from 3 to 5 November 2026. "
            "A welcome reception will be held on 3 November 2026 at 19:00. "
            "Field visits are planned for 5 November 2026.")
    doc = Document(path="doc.txt", text=text)
    reference = infer_reference_date(doc, tag(text, None))
    events, _ = frame_events(doc, tag(text, reference.value), reference, lambda d, s, e: "")
    found = {e.title: (e.location, e.tz) for e in events}
    assert found["Welcome reception"] == ("Addis Ababa, Ethiopia", "Africa/Addis_Ababa")
    assert found["Field visits"] == ("Addis Ababa, Ethiopia", None)


def test_the_dateline_place_is_no_venue_when_the_story_places_its_events_elsewhere():
    text = ("BRUSSELS, 12 May 2026 - EuroPython 2026 takes place in Prague from 13 to 19 July 2026. "
            "The G20 Summit is scheduled for 14-15 November 2026.")
    assert places(text) == {"EuroPython 2026": "Prague", "G20 Summit": None}


def test_the_dateline_place_stays_when_the_story_names_no_other_place():
    text = ("BRUSSELS, 12 May 2026 - The Council will meet in Brussels on 13 July 2026. "
            "The summit is scheduled for 14-15 November 2026.")
    assert places(text) == {"Council meeting": "Brussels", "Summit": "Brussels"}


# --- a room with no city is in the main event's venue -------------------------------------

NOTICE = """MEETING NOTICE

The Commission on Crime Prevention will hold its thirty-sixth session from 20 to 24 May 2027 at the Vienna International Centre.

The Committee of the Whole will meet on 21 May 2027 in Room 4, 14:00.

A briefing for new delegates will be held on 18 May 2027 at 10:00 in Room C3.
"""


def zones(text: str, **fields) -> dict[str, tuple[str | None, str | None]]:
    from events_helpers import tagged_events
    return {e.title: (e.location, e.tz) for e in tagged_events(text, **fields)}


def test_a_room_during_the_session_is_in_the_session_s_venue_and_zone():
    found = zones(NOTICE, published=date(2027, 2, 3))
    assert found["Committee of the Whole meeting"] == ("Room 4, Vienna International Centre", "Europe/Vienna")


def test_a_room_on_another_day_keeps_only_its_own_name():
    found = zones(NOTICE, published=date(2027, 2, 3))
    assert found["Briefing for new delegates"][0] == "Room C3"


def test_a_room_in_a_city_venue_takes_the_building_and_the_city_and_lets_others_share():
    text = ("The Standing Committee will hold its forty-second session at the Palais des Nations in Geneva "
            "from 9 to 11 February 2027.\n\nThe opening meeting will begin at 10:00 on 9 February 2027 in "
            "Room XVII. The Bureau will meet on 10 February 2027 from 13:15 to 14:45.")
    found = zones(text, published=date(2026, 12, 1))
    assert found["Opening meeting"] == ("Room XVII, Palais des Nations, Geneva", "Europe/Zurich")
    assert found["Bureau meeting"][0] == "Palais des Nations, Geneva"


def test_a_room_that_names_its_building_takes_only_the_city():
    text = ("NEW YORK, 2 September 2026 - The high-level meeting will be held from 24 to 25 September 2026 in the "
            "General Assembly Hall at United Nations Headquarters.\n\nA side event will take place on "
            "25 September 2026 at 13:15 in Conference Room 4, North Lawn Building.")
    found = zones(text)
    assert found["Side event"] == ("Conference Room 4, North Lawn Building, New York", "America/New_York")


def test_a_room_in_a_many_place_newsletter_takes_no_venue():
    text = ("The photo exhibition runs from 3 June to 28 July 2026 in Lisbon. "
            "A workshop on data protection will be held in Berlin on 12 June 2026.\n\n"
            "A reading group meets on 10 June 2026 in Room 12.\n")
    assert places(text)["Reading group meeting"] == "Room 12"
