"""A dotted amount whose currency word has a country's or nationality's word before it is no clock.

dotted_clocks reads "at 14.50 euros" as a price by the word after the number; money of a named
country puts an adjective between ("at 7.12 Canadian dollars", "14.30 Hong Kong dollars"), which
``currency_qualifiers.txt`` lists so the currency word behind it still counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.timex import tag
from calfeed.timex.evaluation import timeml_tags


@pytest.mark.parametrize("text", [
    "The exchange slid on Friday, with the lender's stock at 7.12 Canadian dollars apiece.",
    "On Monday 11 December 2023 the offer valued the miner at 14.30 Hong Kong dollars a share.",
    "The bank fell late Thursday, its stock at 6.35 New Zealand dollars (about 3.90 U.S. dollars).",
    "Tuesday's bid put the brewer at 11.45 Swiss francs a share.",
])
def test_qualified_currency_is_no_clock(text: str) -> None:
    found = tag(text, date(2023, 12, 12))
    assert [t.text for t in found if t.type == "TIME"] == []
    assert any(t.type == "DATE" for t in found)          # the day itself stays
    assert [t.text for t in timeml_tags(text, "2023-12-12") if t.type == "TIME"] == []


def test_a_clock_before_a_capitalised_word_stays() -> None:
    """A name after a dotted clock is no currency: "at 14.30 Central Station on Monday 11 December 2023"."""
    found = tag("The tour leaves at 14.30 from Central Station on Monday 11 December 2023.", date(2023, 12, 1))
    assert [t.text for t in found if t.type == "TIME"] == ["14.30"]
