"""compared_quarters reads a yardstick lead ("per cent on" right before "Q2 2000") back from the quarter as far
as the widest lead of yardstick_leads.txt reaches, blanks at their widest, not through a fixed window: a longer
lead added to the table is found too."""

from __future__ import annotations

import pytest

from calfeed.timex import compared_quarters
from calfeed.timex.vocabulary import WIDEST_BLANK


def _clear() -> None:
    compared_quarters._yardstick_lead.cache_clear()
    reach = getattr(compared_quarters, "_lead_reach", None)
    if reach is not None:
        reach.cache_clear()


@pytest.fixture
def longer_leads(monkeypatch):
    """The table with one lead longer than any it holds now."""
    original = compared_quarters.load_list
    monkeypatch.setattr(compared_quarters, "load_list", lambda lang, name: (
        (*original(lang, name), "per cent in sterling terms on") if name == "yardstick_leads" else original(lang, name)))
    _clear()
    yield
    _clear()


def _yardstick(text: str) -> bool:
    at = text.index("Q2 2000")
    return compared_quarters.compared_quarter(text, at, None, "en")


def test_every_lead_at_its_widest_makes_the_quarter_a_yardstick() -> None:
    wide = " " * WIDEST_BLANK
    for lead in compared_quarters.load_list("en", "yardstick_leads"):
        assert _yardstick(f"Turnover was $40 million, down 18{wide}{lead.replace(' ', wide)}{wide}Q2 2000."), lead


def test_a_longer_lead_added_to_the_table_is_found(longer_leads) -> None:
    wide = " " * WIDEST_BLANK
    assert _yardstick(f"Turnover was $40 million, 18{wide}per{wide}cent{wide}in{wide}sterling{wide}terms{wide}on{wide}Q2 2000.")


def test_the_lead_further_back_is_not_read() -> None:
    assert not _yardstick("Turnover rose 18 per cent on the year and in Q2 2000.")
