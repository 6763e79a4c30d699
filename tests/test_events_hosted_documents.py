"""A document on a site that hosts uploads (resources/document_hosts.en.txt) is not where that site's
domain points: its zone comes from its own letterhead, here a territory named as a place
(resources/regions.en.tsv). Session 44, R56 02 (a tender on a hosting site under India's domain)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document

NOTICE = ("CAYMAN ISLANDS GOVERNMENT DEPARTMENT OF WORKS, HARBOUR DRIVE, GEORGE TOWN, CAYMAN ISLANDS "
          "Tel. (345) 555 0100 Monday, February 3, 2031 The Chief Officer invites sealed bids for the resurfacing "
          "of the harbour car park. Bids should be delivered in a sealed envelope by 10:00 am on 14 March 2031, "
          "clearly marked with the project name.\n")


def _zones(url: str) -> list[str | None]:
    doc = Document(path="doc.md", text=NOTICE, published=date(2031, 2, 3), url=url)
    return [e.tz for e in process_document(doc).events if not e.all_day]


def test_a_hosting_sites_domain_says_nothing_of_the_document():
    assert _zones("https://www.fdocuments.in/document/harbour-car-park-bids.html") == ["America/Cayman"]


def test_the_letterhead_agrees_with_the_bodys_own_site():
    assert _zones("https://www.gov.ky/harbour-car-park-bids") == ["America/Cayman"]
