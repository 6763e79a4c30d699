"""The look-back for a range's lead words (connectors.tsv roles read by compose._led_by) follows the table: every
word of each role, however long, is found right before the atom it leads (a fixed window would silently miss a
longer word added to the table)."""

from __future__ import annotations

import pytest

from calfeed.timex.compose import _led_by
from calfeed.timex.lexicon import load_table

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
