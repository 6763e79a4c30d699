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


DEBATES = ("On Tuesday night, the very first mayoral debate between Ana Ruiz and Tom Hale will take place.\n"
           "The first debate is Tuesday, October 7 at 8:00 p.m. Eastern. The next one is set for "
           "Thursday, October 16 at the Grand Hall.\n")


def test_a_bare_weekday_names_the_written_day_of_that_weekday():
    doc = Document("page.md", DEBATES, url="https://news.example.org/2031/10/mayoral-debates-schedule/")
    starts = [e.start for e in process_document(doc, OPTIONS).events]
    assert datetime(2031, 10, 7, 20, 0) in starts
    assert date(2031, 10, 14) not in starts


LATE_DEBATES = ("On Tuesday night, the very first mayoral debate between Ana Ruiz and Tom Hale will take place.\n"
                "The first debate is Tuesday, September 29 at 8:00 p.m. Eastern. The next one is set for "
                "Thursday, October 8 at the Grand Hall.\n")


def test_a_bare_weekday_before_a_late_guessed_page_day_names_the_written_day():
    # fails on b9033d54: the page's day is guessed as the last of its address's month (30 September), so
    # "Tuesday night" went to the Tuesday after it (6 October), a week after the written first debate
    doc = Document("page.md", LATE_DEBATES, url="https://news.example.org/2020/09/mayoral-debates-schedule/")
    starts = [e.start for e in process_document(doc, OPTIONS).events]
    assert datetime(2020, 9, 29, 20, 0) in starts
    assert not any(s.month == 10 and s.day == 6 for s in starts)
