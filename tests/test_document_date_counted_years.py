"""A page that writes no date of its own but counts its years from one it names is dated in the
year the count reaches (R71: an anniversary "this year" of a year long past, and a race "in its
Nth year since its revival" in a named year, went to years the build day or a weekday guessed)."""

from __future__ import annotations

from datetime import date

from calfeed.timex.counted_years import counted_year
from document_date_helpers import inferred_reference

ANNIVERSARY = ("The lantern walk will leave the harbour on November 14-15.\n\n"
               "The guild's charter of 1731, which marks its 290th anniversary this year, is on show in the hall.\n")
ORDINAL_YEAR = ("The raft regatta will be held on Saturday, 9 July at 2pm. In its 7th year since its return in 2012, "
                "the regatta starts from the old slipway.\n")


def test_an_anniversary_this_year_dates_the_page_in_its_year():
    ref = inferred_reference(ANNIVERSARY)
    assert ref.value is not None and ref.value.year == 2021
    assert "290th anniversary" in ref.reason


def test_the_nth_year_since_counts_the_first_year_as_the_first():
    assert counted_year(ORDINAL_YEAR).year == 2018
    assert inferred_reference(ORDINAL_YEAR).value.year == 2018


def test_an_anniversary_not_said_to_fall_this_year_gives_no_year():
    text = "The society of 1901 will mark its 125th anniversary with a dinner on 3 May.\n"
    assert counted_year(text) is None


def test_two_years_in_the_sentence_give_no_year():
    text = "Founded in 1950 and rebuilt in 1977, the mill celebrates its 75th anniversary this year.\n"
    assert counted_year(text) is None


def test_counts_that_disagree_give_no_year():
    text = ("The bridge of 1890 marks its 130th anniversary this year.\n\n"
            "The choir of 1960 marks its 65th anniversary this year.\n")
    assert counted_year(text) is None


def test_a_written_date_with_its_year_outranks_the_count():
    text = ("Posted 2 March 2019\n\nThe fair, in its 10th year since its start in 2001, opens on 6 June.\n")
    assert inferred_reference(text).value.year == 2019


def test_a_count_after_the_build_gives_no_year():
    text = "The gate of 2016 celebrates its 20th anniversary this year with a market on 4 June.\n"
    assert counted_year(text).year == 2036
    assert inferred_reference(text, today=date(2026, 12, 1)).value.year != 2036
