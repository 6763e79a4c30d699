"""Shapes of recent news stories that the news37 development set showed, each also seen in another
set's story (session 37).

A fiscal quarter written without its year ("its fiscal second quarter") is named by its fiscal
year, which is named by the year it ends in: told in January, the fiscal second quarter just
reported is the document's year's, not the calendar second quarter of the year before (news36 and
news37: two earnings stories of January 2013).

"the year before" ends its phrase as "the previous year" does and is read the same way, from the
last date told ("convicted in 1994 of a theft the year before": 1993), where the tagger took
"the year" alone as the document's year (news37: a court story and a budget story).

A fiscal year written as two years running ("2012-13") is valued by the year it ends in, as
"fiscal 2013" is, in a story that names fiscal or financial years (news36: an Indian company's
"financial year 2012-13"; news37: a government's "2012-13" budget figures); a season stays its
first year.

"soon" pointing ahead, right after a modal or "to" before its verb or ending its clause, is a
future reference (news35: two stories; news37: two stories; TBAQ tags 4 of its 7 such), while "as
soon as", "soon after" and a narrative "soon burst" are not.

An earnings headline abbreviates its quarter ("fiscal 2Q profit slips", "fiscal 3rd-qtr sales
rise"): read as "fiscal second quarter", "fiscal third quarter" (news36: two AP headlines).
"""

from __future__ import annotations

import pytest

from calfeed.timex.evaluation import timeml_tags


def _tags(text: str, dct: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_tags(text, dct)]


@pytest.mark.parametrize("text, expected", [
    ("The software maker said its fiscal second quarter brought record sales.",
     ("fiscal second quarter", "DATE", "2021-Q2")),
    ("Profit doubled in the toy maker's fiscal second-quarter, it said.",
     ("fiscal second-quarter", "DATE", "2021-Q2")),
    ("The chain said fiscal third-quarter revenue fell 2 percent.",
     ("fiscal third-quarter", "DATE", "2021-Q3")),
])
def test_a_fiscal_quarter_reported_in_january_is_the_documents_years(text, expected) -> None:
    assert expected in _tags(text, "2021-01-21")


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
    assert expected in _tags(text, dct)


@pytest.mark.parametrize("text, dct, expected", [
    ("The painter was convicted in 1994 of a theft the year before in Lyon.", "2019-03-04",
     ("the year before", "DATE", "1993")),
    ("Wheat prices in 2008 were far above those of the year before and of 2006.", "2019-03-04",
     ("the year before", "DATE", "2007")),
    ("The mill closed in May 2002; the month before, its owner had sold the land.", "2019-03-04",
     ("the month before", "DATE", "2002-04")),
])
def test_the_unit_before_counts_back_from_the_last_date(text, dct, expected) -> None:
    assert expected in _tags(text, dct)


@pytest.mark.parametrize("text", [
    "The painter was convicted in 1994, the year before the museum reopened.",
    "The mill closed in May 2002, the month before its owner died.",
])
def test_the_unit_before_an_event_is_not_the_previous_one(text) -> None:
    assert not any(found.endswith("before") for found, _, _ in _tags(text, "2019-03-04"))


@pytest.mark.parametrize("text, expected", [
    ("The province's fiscal year ends in March. Its deficit for 2018-19 was smaller than planned.",
     ("2018-19", "DATE", "2019")),
    ("Net profit for the financial year 2016-17 rose 8 percent.", ("financial year 2016-17", "DATE", "2017")),
    ("The treasury's fiscal figures show spending in 2015-16 fell.", ("2015-16", "DATE", "2016")),
])
def test_a_fiscal_year_pair_is_named_by_its_last_year(text, expected) -> None:
    assert expected in _tags(text, "2019-10-22")


@pytest.mark.parametrize("text, expected", [
    ("The club won the league in the 2016-17 season.", ("2016-17", "DATE", "2016")),
    ("The club's fiscal results were strong; it won the league in the 2016-17 season.", ("2016-17", "DATE", "2016")),
])
def test_a_season_pair_keeps_its_first_year(text, expected) -> None:
    assert expected in _tags(text, "2019-10-22")


@pytest.mark.parametrize("text", [
    "The minister said talks with the unions would resume soon.",
    "A date for the vote will be announced \"soon\".",
    "Fresh supplies will soon reach the valley.",
    "The airline expects its fleet to soon return to service.",
])
def test_soon_pointing_ahead_is_a_future_reference(text) -> None:
    assert ("soon", "DATE", "FUTURE_REF") in _tags(text, "2016-04-12")


@pytest.mark.parametrize("text", [
    "Send the forms as soon as possible.",
    "The bridge was closed soon after the storm.",
    "The river soon burst its banks.",
    "It is too soon to tell.",
    "Soon, the crowd went home.",
    "Crews plan to return soon in larger numbers.",
])
def test_soon_in_other_uses_is_left_alone(text) -> None:
    assert not any(found.lower() == "soon" for found, _, _ in _tags(text, "2016-04-12"))


@pytest.mark.parametrize("text, expected", [
    ("Toymaker fiscal 2Q profit slips", ("fiscal 2Q", "DATE", "2021-Q2")),
    ("Pump maker fiscal 3rd-qtr sales rise", ("fiscal 3rd-qtr", "DATE", "2021-Q3")),
    ("Brewer 4th-qtr earnings fall", ("4th-qtr", "DATE", "2020-Q4")),
])
def test_an_earnings_headlines_abbreviated_quarter(text, expected) -> None:
    assert expected in _tags(text, "2021-01-21")


def test_a_quarter_code_alone_needs_its_year() -> None:
    assert _tags("The 2Q figures were weak.", "2021-01-21") == []
