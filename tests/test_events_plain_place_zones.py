"""Zones where the place is plain though no preposition leads it: a state university named only
in the page's title ("Bozeman State University announces ..." is in Bozeman), a country's stock
exchanges named by their short names together ("BSE and NSE": each alone is also another
country's), a country's election body and its village units ("Comelec", "barangay"). All are
the weakest evidence: a place, a dateline or contact details on the page come first."""

from __future__ import annotations

from datetime import datetime

import pytest
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY, page_events


def _titled_page_events(title: str, text: str, published: str):
    page = f"---\ntitle: {title}\npublished: {published}\n---\n{text}\n"
    return process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events


def test_a_state_university_named_in_the_title_gives_its_towns_zone():
    events = _titled_page_events(
        "Missoula State University sets two winter commencement ceremonies",
        "The ceremonies are on December 14th. The morning ceremony will begin at 10:00 a.m. for the "
        "colleges of nursing and forestry, and the afternoon ceremony is set for 2:30 p.m.", "2024-10-02")
    assert sorted((e.start, e.tz) for e in events if e.tz) == [
        (datetime(2024, 12, 14, 10), "America/Denver"), (datetime(2024, 12, 14, 14, 30), "America/Denver")]


EXCHANGE = ("The special evening session on the exchanges {names} will be held on Tuesday, November 12, 2024. "
            "Trading in the cash segment will start at 5:45 pm, after a pre-open session at 5:30 pm.")


@pytest.mark.parametrize("names, zone", [
    ("BSE and NSE", "Asia/Kolkata"),
    ("NSE", None),
])
def test_short_names_of_exchanges_give_the_one_country_they_share(names, zone):
    events = page_events(EXCHANGE.format(names=names), "2024-11-01")
    timed = [e for e in events if not e.all_day]
    assert timed and {e.tz for e in timed} == {zone}


def test_an_election_bodys_name_gives_its_countrys_zone():
    events = page_events("The Comelec has kept the barangay polls on Dec. 2, 2024. Voting on Dec. 2, 2024 "
                         "will run from 6 a.m. to 2 p.m.", "2024-09-10")
    timed = [e for e in events if not e.all_day]
    assert timed and {e.tz for e in timed} == {"Asia/Manila"}


def test_a_body_in_the_title_naming_a_region_that_is_also_towns_places_nothing():
    """"City of Ontario ...": the province, or a city of that name in California or Oregon."""
    events = _titled_page_events("City of Ontario sets a council session for Thursday",
                                 "The council session will open at 5:30 p.m. on Thursday, June 6, 2024 "
                                 "in the council chamber.", "2024-06-03")
    assert [(e.start, e.tz) for e in events] == [(datetime(2024, 6, 6, 17, 30), None)]
