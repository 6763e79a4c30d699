"""The look-back for a denied present perfect before a participle (tense._negated_perfect) follows its table,
negated_perfects.txt: every entry, its blanks at their widest, is found right before the participle, and a
longer entry added to the table is found too (a fixed window of characters cut such an entry off)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from calfeed.timex import tense
from calfeed.timex.lexicon import load_list
from calfeed.timex.vocabulary import WIDEST_BLANK

WIDE = " " * WIDEST_BLANK


def _clear() -> None:
    tense._negated_perfect_pattern.cache_clear()
    reach = getattr(tense, "_negation_reach", None)
    if reach is not None:
        reach.cache_clear()


@pytest.fixture
def longer_entry(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The table with one entry longer than any it holds now."""
    entry = "have not up to this point"
    real = tense.load_list

    def with_entry(lang: str, name: str) -> tuple[str, ...]:
        listed = real(lang, name)
        return (*listed, entry) if name == "negated_perfects" else listed

    monkeypatch.setattr(tense, "load_list", with_entry)
    _clear()
    yield entry
    _clear()


def _found(before: str) -> bool:
    text = f"The council {before}explained the new fee."
    return tense._negated_perfect(text, text.index("explained"), "en")


def test_every_entry_with_its_widest_blanks_is_found() -> None:
    for entry in load_list("en", "negated_perfects"):
        assert _found(entry.replace(" ", WIDE) + WIDE), entry


def test_an_entry_further_back_is_not_found() -> None:
    assert not _found("has not said so, and has since ")


def test_a_longer_entry_added_to_the_table_is_found(longer_entry: str) -> None:
    assert _found(longer_entry + " ")
    assert _found(longer_entry.replace(" ", WIDE) + WIDE)
