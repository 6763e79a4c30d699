"""A schedule's bare days take the year its first day was written with, on a page whose own date
is only inferred (schedule_years). Session 46, R59 p07's shape, in words of our own."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ADDRESS = "https://news.example.org/world/2030/05/04/lantern-tour-route-unveiled/"
OPTIONS = Options(today=date(2026, 12, 3))


def _starts(text: str, url: str | None = ADDRESS, published: date | None = None) -> list[object]:
    doc = Document("page.md", text, url=url, published=published)
    return [e.start for e in process_document(doc, OPTIONS).events]


TOUR = ("May 4 -- Organisers unveiled the route of the lantern tour on Saturday.\n"
        "The tour will visit 31 towns and all nine provinces.\n"
        "It begins on April 3, 2031. at the old harbour in Port Kell, a town still rebuilding after the floods.\n"
        "The tour will end in the capital on June 20 with the great lantern lit at the closing gala starting at 9 p.m.\n")


def test_a_bare_day_after_a_later_written_year_takes_that_year():
    # fails on b74873e9: the gala went to 2030, the year of the page's address
    assert datetime(2031, 6, 20, 21, 0) in _starts(TOUR)
    assert all(not (isinstance(s, datetime) and s.year == 2030 and s.month == 6) for s in _starts(TOUR))


def test_a_stated_page_date_keeps_the_resolver_s_year():
    assert datetime(2031, 6, 20, 21, 0) not in _starts(TOUR, url=None, published=date(2030, 5, 4))
