"""Quarters and fiscal years in earnings stories.

A quarter compared with "the same quarter last year" is the one the closing day before it places
("the quarter ended March 31"), and a fiscal quarter told before keeps the story's quarter (news36,
session 36).

A fiscal quarter written without its year ("its fiscal second quarter") is named by its fiscal
year, which is named by the year it ends in: told in January, the fiscal second quarter just
reported is the document's year's, not the calendar second quarter of the year before (news36 and
news37: two earnings stories of January 2013).

A fiscal year written as two years running ("2012-13") is valued by the year it ends in, as
"fiscal 2013" is, in a story that names fiscal or financial years (news36: a company's "financial
year 2012-13"; news37: a government's "2012-13" budget figures); a season stays its first year.

An earnings headline abbreviates its quarter ("fiscal 2Q profit slips", "fiscal 3rd-qtr sales
rise"): read as "fiscal second quarter", "fiscal third quarter" (news36: two AP headlines).
(Moved from test_timex_news36_shapes.py and test_timex_news37_shapes.py, session 38.)
"""

from __future__ import annotations

import pytest

from timex_helpers import tags


@pytest.mark.parametrize("text, dct, expected", [
    ("Net income for the quarter ended March 31 was $31 million, against $26 million in the same quarter last year.",
     "2019-05-08", ("the same quarter last year", "DATE", "2018-Q1")),
    ("Bookings in the quarter ended March 31, 2019, were 9 percent below the same period a year ago.",
     "2019-05-08", ("the same period a year ago", "DATE", "2018-Q1")),
    ("For the quarter ended June 30 it earned $2 million, against $3 million in the same quarter of 2012.",
     "2013-08-12", ("the same quarter", "DATE", "2012-Q2")),
])
def test_the_quarter_a_closing_day_places_is_the_one_compared(text, dct, expected) -> None:
    assert expected in tags(text, dct)


def test_a_fiscal_quarter_told_before_stays_the_story_quarter() -> None:
    text = ("It earned $5 million in the fiscal first quarter. Sales were $538 million for the quarter ended "
            "Sept. 29, up from $388 million a year earlier.")
    assert ("a year earlier", "DATE", "1988-Q1") in tags(text, "1989-10-26")


@pytest.mark.parametrize("text, expected", [
    ("The software maker said its fiscal second quarter brought record sales.",
     ("fiscal second quarter", "DATE", "2021-Q2")),
    ("Profit doubled in the toy maker's fiscal second-quarter, it said.",
     ("fiscal second-quarter", "DATE", "2021-Q2")),
    ("The chain said fiscal third-quarter revenue fell 2 percent.",
     ("fiscal third-quarter", "DATE", "2021-Q3")),
])
def test_a_fiscal_quarter_reported_in_january_is_the_documents_years(text, expected) -> None:
    assert expected in tags(text, "2021-01-21")


@pytest.mark.parametrize("text, dct, expected", [
    # the quarter just ended is still the one reported: its own year
    ("The grocer said its fiscal fourth quarter ended with higher margins.", "2021-01-21",
     ("fiscal fourth quarter", "DATE", "2020-Q4")),
    # a calendar quarter told in the past keeps the year before
    ("Sales slipped in the second quarter, the grocer said.", "2021-01-21",
     ("the second quarter", "DATE", "2020-Q2")),
    # a fiscal quarter of the document's year already begun is the document's year's
    ("The steelmaker posted a profit for the fiscal second quarter.", "1989-10-26",
     ("the fiscal second quarter", "DATE", "1989-Q2")),
])
def test_a_quarter_the_calendar_places_keeps_its_year(text, dct, expected) -> None:
    assert expected in tags(text, dct)


@pytest.mark.parametrize("text, expected", [
    ("The province's fiscal year ends in March. Its deficit for 2018-19 was smaller than planned.",
     ("2018-19", "DATE", "2019")),
    ("Net profit for the financial year 2016-17 rose 8 percent.", ("financial year 2016-17", "DATE", "2017")),
    ("The treasury's fiscal figures show spending in 2015-16 fell.", ("2015-16", "DATE", "2016")),
])
def test_a_fiscal_year_pair_is_named_by_its_last_year(text, expected) -> None:
    assert expected in tags(text, "2019-10-22")


@pytest.mark.parametrize("text, expected", [
    ("The club won the league in the 2016-17 season.", ("2016-17", "DATE", "2016")),
    ("The club's fiscal results were strong; it won the league in the 2016-17 season.", ("2016-17", "DATE", "2016")),
])
def test_a_season_pair_keeps_its_first_year(text, expected) -> None:
    assert expected in tags(text, "2019-10-22")


@pytest.mark.parametrize("text, expected", [
    ("Toymaker fiscal 2Q profit slips", ("fiscal 2Q", "DATE", "2021-Q2")),
    ("Pump maker fiscal 3rd-qtr sales rise", ("fiscal 3rd-qtr", "DATE", "2021-Q3")),
    ("Brewer 4th-qtr earnings fall", ("4th-qtr", "DATE", "2020-Q4")),
])
def test_an_earnings_headlines_abbreviated_quarter(text, expected) -> None:
    assert expected in tags(text, "2021-01-21")


def test_a_quarter_code_alone_needs_its_year() -> None:
    assert tags("The 2Q figures were weak.", "2021-01-21") == []
