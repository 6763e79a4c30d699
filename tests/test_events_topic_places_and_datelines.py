"""Which place is an event's: a place a sentence is about (another sentence's topic, the countries
a debate is about) is not its venue; an event's own city beats a wire dateline, and a
conference call takes no place from it."""
# Provenance: Round-7 red-team classes in the events stage.

from __future__ import annotations

from datetime import date, datetime

import pytest
from events_helpers import tagged_events


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
    text = ("FORT LAUDERDALE, Fla.–(BUSINESS WIRE)–\nManagement plans a conference call for shareholders on Friday, October 27, "
            "2023, at 10:00 a.m. ET to discuss financial results. Investors may listen to the call by accessing the "
            "online webcast.")
    events = tagged_events(text)
    assert [(e.start, e.location, e.tz) for e in events] == [(datetime(2023, 10, 27, 10), None, "America/New_York")]
