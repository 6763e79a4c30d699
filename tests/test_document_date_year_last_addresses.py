"""An event page whose address ends in its day written in figures with the year last
("...-opening-07-19-2031"): the page's day, as "/2031/07/19/" is, so a year-less weekday day
("Saturday, July 19th") falls in that year, not in the year nearest the build. Only one order
of the two figures may make a day: "-05-06-2031" could be May or June and dates nothing."""
# Provenance: session 57, R70 class 1 (an address's month-day-year left unread; the page's one day
# went to the next year with that weekday after the build).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.edition_years import address_date, address_years

BUILD_DAY = date(2035, 12, 1)
TEXT = ("Lakeside Splash Park\n\n"
        "The splash park will reopen Saturday, July 19th for the warm months. Lockers are free.\n\n"
        "Park Hours: July 19th - August 30th 9:00 am - 6:00 pm\n")


def _run(url: str):
    return process_document(Document("page.md", TEXT, url=url), Options(today=BUILD_DAY))


def _splash_days(result) -> set[date]:
    starts = [e.start for e in result.events if "splash" in e.title.lower()]
    return {s if type(s) is date else s.date() for s in starts}


def _doc(url: str) -> Document:
    return Document("page.md", "", url=url)


def test_a_month_day_year_address_end_is_the_page_day():
    result = _run("https://www.example-rec.org/whats-on/event/splash-park-reopens-07-19-2031")
    assert result.reference.value == date(2031, 7, 19)
    assert "07-19-2031" in result.reference.reason
    assert _splash_days(result) == {date(2031, 7, 19)}


def test_the_day_may_come_first_when_its_figure_is_no_month():
    assert address_date(_doc("https://example.org/notices/fun-run_19_07_2031/")) == (
        date(2031, 7, 19), date(2031, 7, 19), "19_07_2031")


def test_two_orders_that_both_make_a_day_name_none():
    assert address_date(_doc("https://example.org/event/book-swap-05-06-2031")) is None
    assert address_years(_doc("https://example.org/event/book-swap-05-06-2031")) == set()


def test_figures_inside_a_longer_run_are_no_day():
    for url in ("https://example.org/item/3-07-19-2031", "https://example.org/item/07-19-20315",
                "https://example.org/item/07-19-2031-2", "https://example.org/item/107-19-2031"):
        assert address_date(_doc(url)) is None, url


def test_without_the_address_day_the_weekday_picks_a_year_near_the_build():
    result = _run("https://www.example-rec.org/whats-on/event/splash-park-reopens")
    assert _splash_days(result) == {date(2036, 7, 19)}


def test_figures_after_a_month_word_are_its_days_not_a_month():
    # (session 59: the run of days itself is now read, test_document_date_address_day_runs; never
    # 16 November or 9 March)
    assert address_date(_doc("https://example.org/food/melon-fair-at-the-quay-sept-11-16-2031")) == (
        date(2031, 9, 11), date(2031, 9, 16), "sept-11-16-2031")
    assert address_date(_doc("https://example.org/food/melon-fair-at-the-quay-june-03_09_2031")) == (
        date(2031, 6, 3), date(2031, 6, 9), "june-03_09_2031")
