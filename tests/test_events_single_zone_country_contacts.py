"""Every country of one zone places a page by its web address and calling code
(country_zones.en.tsv): a road notice on a Georgian ".ge" host is read in Tbilisi time, a
Moldovan number ("+373") in Chisinau time. A domain sold as a generic name (".tv", ".io")
says nothing of where a page is, so a page hosted there keeps no zone of the country."""

from __future__ import annotations

from events_helpers import page_zones

WORKS = "The resurfacing of the Korvani bypass runs on Thursday 14 August 2025 from 21:00 to 23:30.\n\n"


def test_a_georgian_host_places_the_page():
    assert page_zones(WORKS + "Source: http://www.roadworks-example.ge/news?id=7\n", "2025-08-01") == ["Asia/Tbilisi"]


def test_a_moldovan_number_places_the_page():
    assert page_zones(WORKS + "Information line: +373 22 555 010\n", "2025-08-01") == ["Europe/Chisinau"]


def test_an_azerbaijani_address_places_the_page():
    assert page_zones(WORKS + "Write to press@transit-example.az for details.\n", "2025-08-01") == ["Asia/Baku"]


def test_a_british_virgin_islands_host_places_the_page():
    assert page_zones(WORKS + "Posted at https://notices.example.gov.vg/bulletins\n", "2025-08-01") == ["America/Tortola"]


def test_a_generic_domain_places_nothing():
    assert page_zones(WORKS + "Watch it live at https://www.roadcam-example.tv/live\n", "2025-08-01") == [None]
