"""A place named only in the issuing body's
name, institutions as venues, holiday-named events, sports and court verbs, copula dates."""
# Provenance: Round-6a red-team classes in the events stage.

from __future__ import annotations

from datetime import date, datetime

import pytest
from events_helpers import tagged_events

TORONTO = date(2019, 6, 25)


@pytest.mark.parametrize("text, zone", [
    ("The City of Toronto announced road closures. The Pride Parade will be held at 2 p.m. on Sunday, June 30.",
     "America/Toronto"),
    ("The Pride Parade will be held at 2 p.m. on Sunday, June 30. Toronto is Canada's largest city.",
     "America/Toronto"),
    ("The University of Michigan will hold a ribbon-cutting ceremony at 2 p.m. on Sunday, June 30.",
     "America/Detroit"),
    ("Leeds City Council will hold a public meeting at 2 p.m. on Sunday, June 30.", "Europe/London"),
    ("The Government of Ontario will hold a public meeting at 2 p.m. on Sunday, June 30.", "America/Toronto"),
    ("Kakamega County will hold a public meeting at 2 p.m. on Sunday, June 30.", "Africa/Nairobi"),
])
def test_a_place_in_the_issuing_bodys_name_gives_the_zone(text, zone):
    events = tagged_events(text, published=TORONTO)
    assert [(e.start, e.tz) for e in events] == [(datetime(2019, 6, 30, 14), zone)]


@pytest.mark.parametrize("text", [
    "The University of Mary will hold a public meeting at 2 p.m. on Sunday, June 30.",
    "The University of Georgia will hold a public meeting at 2 p.m. on Sunday, June 30.",
    "The City of Toronto and the City of Leeds will hold a public meeting at 2 p.m. on Sunday, June 30.",
])
def test_an_unsure_or_disagreeing_body_name_gives_no_zone(text):
    events = tagged_events(text, published=TORONTO)
    assert [(e.start, e.tz) for e in events] == [(datetime(2019, 6, 30, 14), None)]


@pytest.mark.parametrize("text, place, zone", [
    ("The hearing will be held at Croydon Magistrates' Court on Monday, 14 March 2016 at 10am.",
     "Croydon Magistrates' Court", "Europe/London"),
    ("The Cabinet Secretary will launch the campaign at Kakamega County Referral Hospital on Friday "
     "21st May 2027 at 10.00 a.m.", "Kakamega County Referral Hospital", "Africa/Nairobi"),
    ("The sentencing will be held at Leeds Crown Court on Monday, 14 March 2016 at 10am.",
     "Leeds Crown Court", "Europe/London"),
    ("A service will be held at Birmingham Central Mosque on Monday, 14 March 2016 at 10am.",
     "Birmingham Central Mosque", "Europe/London"),
    ("An open day will be held at the Leeds General Infirmary on Monday, 14 March 2016 at 10am.",
     "Leeds General Infirmary", "Europe/London"),
])
def test_a_court_or_hospital_is_a_venue(text, place, zone):
    events = tagged_events(text, published=date(2016, 3, 1))
    assert [(e.location, e.tz) for e in events] == [(place, zone)]


@pytest.mark.parametrize("text, title, start", [
    ("Canada Day celebrations will be held on Monday, July 1.", "Canada Day celebrations", date(2019, 7, 1)),
    ("The Christmas market will be held on Friday, 3 December 2027 in York.", "Christmas market", date(2027, 12, 3)),
    ("The Christmas market will be held in York.", "Christmas market", date(2019, 12, 25)),
    ("The Christmas market will be held on Christmas Eve in York.", "Christmas market", date(2019, 12, 24)),
    ("Our Easter egg hunt is on Good Friday on the village green.", "Easter egg hunt", date(2020, 4, 10)),
    ("The City will host Canada Day celebrations on Monday, July 1 from 11 a.m. to 11 p.m.",
     "Canada Day celebrations", datetime(2019, 7, 1, 11)),
])
def test_a_holiday_opening_a_name_is_part_of_the_title(text, title, start):
    events = tagged_events(text, published=TORONTO)
    assert [(e.title, e.start) for e in events] == [(title, start)]


def test_a_closure_on_a_holiday_lends_no_title_to_the_celebration_before():
    events = tagged_events("The City will also host Canada Day celebrations at Nathan Phillips Square on Monday, "
                           "July 1 from 11 a.m. to 11 p.m. City offices will be closed on Canada Day.",
                           published=TORONTO)
    assert ("Canada Day celebrations", datetime(2019, 7, 1, 11)) in [(e.title, e.start) for e in events]


@pytest.mark.parametrize("text, title, place, start", [
    ("The match against Spain will be played in Valencia on 10 February.", "Match against Spain", "Valencia",
     date(2027, 2, 10)),
    ("The national camp will begin at the SAI Centre in Bengaluru on 7th December.", "National camp",
     "SAI Centre, Bengaluru", date(2026, 12, 7)),
    ("The Global Monitoring Report will be launched on Friday, April 15, 2027, at 9:30 a.m.",
     "Global Monitoring Report launch", None, datetime(2027, 4, 15, 9, 30)),
])
def test_played_camp_and_launched_are_framed(text, title, place, start):
    events = tagged_events(text, published=date(2026, 11, 26))
    assert [(e.title, e.location, e.start) for e in events] == [(title, place, start)]
