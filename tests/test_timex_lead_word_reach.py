"""The look-back for a range's lead words (connectors.tsv roles read by compose._led_by) follows the table: every
word of each role, however long, is found right before the atom it leads (a fixed window would silently miss a
longer word added to the table), its blanks at their widest too; the openers of "between" ranges (role range_opener)
likewise."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.timex import tag

from calfeed.timex.compose import _led_by
from calfeed.timex.lexicon import load_table
from calfeed.timex.vocabulary import WIDEST_BLANK

ROLES = ("range_start_lead", "range_end_lead", "range_from_opener")


@pytest.mark.parametrize("role", ROLES)
def test_every_word_of_a_lead_role_is_found_right_before_its_atom(role: str) -> None:
    words = [row["word"] for row in load_table("en", "connectors") if row["role"] == role]
    assert words
    for word in words:
        text = f"The lanes close {word} 7 a.m."
        at = text.index(" 7 a.m.") + 1
        assert _led_by(text, at, "en", role), word


@pytest.mark.parametrize("role", ROLES)
def test_a_lead_word_further_back_is_not_found(role: str) -> None:
    word = next(row["word"] for row in load_table("en", "connectors") if row["role"] == role)
    text = f"The lanes close {word} the north exit and the ramp 7 a.m."
    assert not _led_by(text, text.index(" 7 a.m.") + 1, "en", role)



@pytest.mark.parametrize("role", ROLES)
def test_a_lead_word_with_its_blanks_at_their_widest_is_found(role: str) -> None:
    """A blank of a listed word may be a run of up to WIDEST_BLANK (a doubled space in a wrapped line): the
    look-back holds the word at its widest, not only as the table writes it."""
    wide = " " * WIDEST_BLANK
    for word in (row["word"] for row in load_table("en", "connectors") if row["role"] == role):
        text = f"The lanes close {word.replace(' ', wide)}{wide}7 a.m."
        assert _led_by(text, text.index("7 a.m."), "en", role), word


def test_a_range_opener_with_its_blanks_at_their_widest_opens_the_range() -> None:
    """The widest opener of the range_opener role, spaced out, still makes its two clocks one range."""
    wide = " " * WIDEST_BLANK
    opener = max((row["word"] for row in load_table("en", "connectors") if row["role"] == "range_opener"), key=len)
    text = f"The yard is open {opener.replace(' ', wide)}{wide}9 am and 5 pm on 6 June 2027."
    found = tag(text, date(2027, 5, 1))
    assert [(t.text, t.value) for t in found] == [("9 am and 5 pm on 6 June 2027", "2027-06-06T09:00")]


def test_a_range_opener_is_read_by_led_by_with_any_blank_after_it() -> None:
    """_between reads role range_opener through _led_by, as the lead roles are read, with the blank class it has
    always had: any blank, a line break too, where the lead roles keep to the atom's line."""
    opener = next(row["word"] for row in load_table("en", "connectors") if row["role"] == "range_opener")
    text = f"The yard is open {opener}\n9 am and 5 pm."
    at = text.index("9 am")
    assert _led_by(text, at, "en", "range_opener", blank=r"\s")
    assert not _led_by(text, at, "en", "range_opener")
    assert _led_by(text.replace("\n", " "), at, "en", "range_opener")
