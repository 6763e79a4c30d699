"""Cancelled events, topic places, wire
datelines, embargo lines, 'by DATE' clauses, a call's phases."""
# Provenance: Round-7 red-team classes in the events stage.

from __future__ import annotations

from datetime import date, datetime

import pytest
from events_helpers import tagged_events

from calfeed.events import frame_events
from calfeed.model import Document


def _framed(text: str, **fields):
    """Events and unresolved items of a whole document, as the pipeline frames them."""
    from calfeed.timex import tag
    from calfeed.timex.document_date import infer_reference_date

    doc = Document(path="doc.txt", text=text, **fields)
    reference = infer_reference_date(doc, tag(doc.text, None))
    return frame_events(doc, tag(doc.text, reference.value), reference, lambda d, s, e: f"{d.path}#{s}")


NOV = date(2021, 11, 9)


@pytest.mark.parametrize("text", [
    "Unfortunately, the College of Science was informed today that former astronaut Harrison Schmitt is unable "
    "to present his lecture on Wednesday, November 10. Schmitt extends his deepest apologies for having to cancel.",
    "The meeting was cancelled this morning. It had been due to take place on Wednesday, November 10 at the town "
    "hall in Reno.",
    "The lecture on Wednesday, November 10 has been cancelled.",
    "The concert on Wednesday, November 10 has been called off.",
    "The public meeting on Wednesday, November 10 will not take place.",
    "The open day on Wednesday, November 10 has been postponed until further notice.",
    "The open day planned for Wednesday, November 10 has been postponed.",
])
def test_a_cancelled_event_is_no_entry_but_a_report_item(text):
    events, unresolved = _framed(text, published=NOV)
    assert events == []
    assert any("cancel" in u.reason or "called off" in u.reason for u in unresolved)


@pytest.mark.parametrize("text, start", [
    ("The open day on 10 November has been postponed to Wednesday, 17 November.", date(2021, 11, 17)),
    ("If you are unable to attend the meeting on Wednesday, November 10, please send a proxy.",
     date(2021, 11, 10)),
    ("Last year's fair was cancelled, but the fair will be held on Wednesday, November 10.", date(2021, 11, 10)),
])
def test_a_cancellation_cue_elsewhere_leaves_the_entry(text, start):
    events, _ = _framed(text, published=NOV)
    assert [e.start for e in events] == [start]


VIENNA_2007 = date(2007, 4, 19)


@pytest.mark.parametrize("text, place, zone", [
    ("The Executive Director will hold a news conference at 1.00 p.m. on 23 April 2007 in room CO3. "
     "The new report covers the crime programme in Afghanistan.", "room CO3", None),
    ("VIENNA, 19 April 2007 (UNODC) - The Executive Director will hold a news conference at 1.00 p.m. on Monday "
     "23 April 2007 in room CO3, Vienna International Centre. A presentation is entitled UNODC in a "
     "post-conflict country; the crime programme in Afghanistan.", "room CO3, Vienna International Centre",
     "Europe/Vienna"),
    ("The Executive Director will hold a news conference at 1.00 p.m. on Monday 23 April 2007 in room CO3, "
     "Vienna International Centre.", "room CO3, Vienna International Centre", "Europe/Vienna"),
])
def test_a_topic_place_of_another_sentence_does_not_place_the_event(text, place, zone):
    events = [e for e in tagged_events(text, published=VIENNA_2007) if e.title == "News conference"]
    assert [(e.location, e.tz) for e in events] == [(place, zone)]


def test_the_countries_a_debate_is_about_are_not_its_place():
    text = ("More than 240 parliamentarians have gathered in Vienna for the Winter Meeting, which will feature a "
            "special debate Friday afternoon on the situation in Syria, Mali, and North Africa. A side event on "
            "Belarus on Friday will feature Andrei Sannikov.")
    events = tagged_events(text, published=date(2013, 2, 21))
    assert {e.title: e.location for e in events} == {"Special debate": "Vienna", "Side event on Belarus": "Vienna"}


@pytest.mark.parametrize("text, place", [
    ("The conference on the war in Ukraine will be held in Berlin on 5 May 2007.", "Berlin"),
    ("A seminar on human rights in Myanmar will be held on 5 May 2007.", None),
    ("Elections will be held in Mali on 5 May 2007.", "Mali"),
])
def test_a_topic_place_is_not_the_venue(text, place):
    assert [e.location for e in tagged_events(text, published=VIENNA_2007)] == [place]


def test_the_event_s_own_city_beats_a_wire_dateline():
    text = ("MOSCOW, August 29, 2025. /TASS/. The leaders will meet at a summit in Tianjin. "
            "The summit will open on September 1 at 10 a.m.")
    events = tagged_events(text)
    assert [(e.start, e.location, e.tz) for e in events] == [(datetime(2025, 9, 1, 10), "Tianjin", "Asia/Shanghai")]


def test_a_conference_call_takes_no_dateline_place():
    text = ("FORT LAUDERDALE, Fla.–(BUSINESS WIRE)–\nThe company will host a conference call on Friday, October 27, "
            "2023, at 10:00 a.m. ET to discuss financial results. Investors may listen to the call by accessing the "
            "online webcast.")
    events = tagged_events(text)
    assert [(e.start, e.location, e.tz) for e in events] == [(datetime(2023, 10, 27, 10), None, "America/New_York")]


@pytest.mark.parametrize("text, published", [
    ("When: Thursday, 22 June 2023 from 15:00 to 15:30, Vienna time (CEST)\nPlease note: The report and all data "
     "presented during the briefing are under embargo until 2200 hrs CEST (Vienna time) on 25 June 2023.",
     date(2023, 6, 20)),
    ("This report is embargoed until Monday, 9 December, 15:00 CET.", date(2024, 12, 2)),
    ("The speech is embargoed until 10:00 GMT on 3 May 2024.", date(2024, 4, 30)),
])
def test_an_embargo_line_is_no_event_or_deadline(text, published):
    events = tagged_events(text, published=published)
    assert [e for e in events if e.start.day in (25, 9, 3)] == []


def test_a_briefing_under_embargo_is_still_an_event():
    text = "A press briefing under embargo will be held on 14 June 2017 in Geneva."
    assert [e.start for e in tagged_events(text, published=date(2017, 6, 1))] == [date(2017, 6, 14)]
