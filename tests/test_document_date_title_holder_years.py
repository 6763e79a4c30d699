"""A year before a title holder ("the 2016 winners", "2017 champions") on a page that writes its
days without a year: the season is over, so the page is of that year or later, whatever tense the
clause is in ("will take on the 2019 champions"), and a weekday that fits two years takes the one
from that year on, not an earlier one the future tense allowed."""

from __future__ import annotations

from document_date_helpers import inferred_reference

from calfeed.timex import tag

PREVIEW = """Harbour Rovers open their league season at home

The 2019 champions, Harbour Rovers, will take on the 2018 winners, Westport United, on Saturday, 14 March
(3.0) at the Quay Grounds, and the beaten finalists will travel to Kilcar the same afternoon.
"""

NETBALL = """Opening round fixtures

Last season's runners-up will meet the 2021 title-holders in the first match of the new season on
Sunday, 12 March, with the second game to follow at the same venue.
"""


def test_a_future_clause_s_title_year_dates_a_yearless_preview_from_that_year_on() -> None:
    assert inferred_reference(PREVIEW).value.year == 2020      # Saturday 14 March: 2015, 2020 or 2026


def test_a_hyphenated_holder_noun_counts_too() -> None:
    assert inferred_reference(NETBALL).value.year == 2023     # Sunday 12 March: 2017 or 2023


def test_only_a_year_right_before_the_holder_noun_is_one() -> None:
    from calfeed.timex.name_years import held_title
    text = "The 2019 champions play in 2024 league winners cup."
    found = {t.text: held_title(text, t) for t in tag(text, None)}
    assert found.get("2019") is True
    assert found.get("2024") is False


def test_a_single_hyphenated_title_holder_counts_too() -> None:
    from calfeed.timex.name_years import held_title
    text = "Our club will face the 2022 title-holder on the opening day."
    found = {t.text: held_title(text, t) for t in tag(text, None)}
    assert found.get("2022") is True
