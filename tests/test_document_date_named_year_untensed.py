"""A page that tells no date in a tense can still write its year inside a name, beside its
year-less days ("Harvest Lantern Festival 2019 ... next Saturday, November 2"). The name's year
is the page's own writing, so it chooses among the years the days' weekday fits (2 November is a
Saturday in 2019 and in 2024; R68 19 took 2024, the nearest to the build). A name's year the
weekday does not fit, or beside a day with no weekday, dates nothing on such a page."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from document_date_helpers import BUILD_DAY, inferred_reference

PAGE = ("Harvest lanterns\n\n"
        "Among the highlights of Harvest Lantern Festival 2019 is the night march, which sets off "
        "next Saturday, November 2 at 18:00 from the old harbour.\n")


def test_a_year_in_a_name_dates_an_untensed_page():
    found = inferred_reference(PAGE)
    assert found.value is not None and found.value.year == 2019
    assert "2019" in found.reason


def test_the_named_year_s_days_are_its_own():
    events = process_document(parse_document(PAGE.encode(), "page.txt"), Options(today=BUILD_DAY)).events
    assert [e.start.year for e in events] == [2019]


def test_without_the_name_s_year_the_weekday_still_guesses():
    found = inferred_reference(PAGE.replace(" 2019", ""))
    assert found.value is not None and found.value.year == 2024 and found.year_open


def test_a_name_s_year_the_weekday_does_not_fit_dates_nothing():
    # 2 November 2018 is a Friday: the page writes a name's year, but not its days' year
    found = inferred_reference(PAGE.replace("2019", "2018"))
    assert found.value is not None and found.value.year != 2018


def test_a_name_s_year_beside_a_day_without_weekday_dates_nothing():
    found = inferred_reference("Harvest lanterns\n\nThe night march of Harvest Lantern Festival 2019: "
                               "November 2 at 18:00 from the old harbour.\n")
    assert "written in a name" not in found.reason      # (other readers may still take the page's one year)
