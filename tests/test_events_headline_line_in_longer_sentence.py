"""A headline whose lines run together with a banner or dateline line: scraped pages put a site's
banner ("Friday, 7 September 2029, 10:41:27 am") or a breadcrumb above the heading and a dateline
under it, none ending in a full stop, so the heading's sentence is three lines long and was no
longer read as the headline. The headline's one-day entry ("Fair to open from March 14") then stood
beside the body's span that starts that day, a second entry for the same fair. The line holding
the day is the headline, so it folds into the body's entry as a headline on its own line does; a
line that says no more than its date is no headline, and a body entry of another occasion that
day keeps the headline."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

BUILD_DAY = date(2026, 12, 3)


def _entries(title: str, body: str) -> list[tuple[str, date, date]]:
    page = f"---\ntitle: {title}\npublished: 2029-03-02\n---\n{body}"
    events = process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events
    return sorted((e.title, e.start, e.end) for e in events)


FAIR = "Marrowvale Lantern Fair to open from March 14"
FAIR_BODY = ("The fourth Marrowvale Lantern Fair will be held on Quillon Common from March 14 to March 17.\n\n"
             "Stalls will sell paper lanterns and candles.\n")


def test_a_banner_above_the_heading_does_not_keep_the_headline_apart():
    body = f"Friday, 7 September 2029, 10:41:27 am\n{FAIR}\nMarch 02, 2029\n\n{FAIR_BODY}"
    assert _entries(FAIR, body) == [("Fourth Marrowvale Lantern Fair", date(2029, 3, 14), date(2029, 3, 17))]


def test_a_breadcrumb_above_the_heading():
    body = f"Home > News > Arts\n{FAIR}\n\n{FAIR_BODY}"
    assert _entries(FAIR, body) == [("Fourth Marrowvale Lantern Fair", date(2029, 3, 14), date(2029, 3, 17))]


def test_a_dateline_and_byline_under_the_heading():
    title = "Tolberry Kite Week begins on April 3"
    body = (f"{title}\nBy Ansel Morrow\nMarch 02, 2029\n\n"
            "The ninth Tolberry Kite Week will run on the dunes north of Tolberry from April 3 to April 9.\n")
    assert _entries(title, body) == [("Ninth Tolberry Kite Week", date(2029, 4, 3), date(2029, 4, 9))]


def test_another_occasion_on_the_headline_day_keeps_the_headline():
    body = (f"Friday, 7 September 2029, 10:41:27 am\n{FAIR}\nMarch 02, 2029\n\n"
            "A charity auction for the harbour school will be held in the Quillon town hall on March 14.\n")
    assert len(_entries(FAIR, body)) == 2
