"""A page whose address is under a state's or territory's domain ("www.harbourtown.sa.gov.au";
state_domain_zones) is read in that state's zone when nothing nearer places its clocks, as a
one-zone country's domain is: Australia spans several zones, so ".gov.au" alone says nothing
(R56 page 22: a South Australian council's road closure read in London time from "District Council")."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TEXT = ("Notice is given that the District Council of Harbourtown will close Bay Street between 4pm and "
        "9pm on Friday 14th December 2018 for the holding of the town's Christmas parade.\n")


def _timed(url: str) -> list[tuple[datetime, str | None]]:
    doc = Document("page.md", TEXT, url=url, published=date(2018, 12, 1))
    return [(e.start, e.tz) for e in process_document(doc, Options(today=date(2026, 12, 6))).events if not e.all_day]


def test_a_state_domain_gives_the_states_zone():
    assert _timed("https://www.harbourtown.sa.gov.au/notices/parade-closure") == [
        (datetime(2018, 12, 14, 16, 0), "Australia/Adelaide")]


def test_the_federal_domain_alone_gives_no_australian_zone():
    assert _timed("https://www.harbourtown.gov.au/notices/parade-closure") != [
        (datetime(2018, 12, 14, 16, 0), "Australia/Adelaide")]
