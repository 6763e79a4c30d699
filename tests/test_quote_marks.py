"""The shared quote-marks table and its readers (calfeed.events.quote_marks): each reader's choice
of marks by style and weight, one-line quotations of a pair, and the word closing a quoted name."""

from __future__ import annotations

from calfeed.events.quote_marks import (ENGLISH, EVERY_STYLE, WITH_ANGLES, closing_marks, closing_word,
                                        opening_marks, quotation_pattern, quote_marks, quote_pairs, quoted)
from calfeed.events.words import words_in


def test_selections_by_style_and_weight():
    assert set(opening_marks(ENGLISH)) == set("'‘\"“")
    assert set(closing_marks(ENGLISH)) == set("'’\"”")
    assert set(quote_marks(ENGLISH, double=True)) == set("\"“”")
    assert set(opening_marks(WITH_ANGLES, double=True)) == set("\"“«")
    assert set(opening_marks(EVERY_STYLE, double=True)) == set("\"“«„")
    assert [(p.opening, p.closing) for p in quote_pairs(ENGLISH, apostrophe=False)] == [("‘", "’"), ('"', '"'), ("“", "”")]


def test_quotation_pattern_pairs_each_mark_with_its_own_closing():
    pattern = quotation_pattern(WITH_ANGLES, double=True, longest=60)
    found = [quoted(m) for m in pattern.finditer('The poster said “Lantern Walk” and «la marche» and "Kite Day".')]
    assert found == ["Lantern Walk", "la marche", "Kite Day"]
    assert pattern.search("an opening “ with no close\non the next line ”") is None      # one line only
    assert quotation_pattern(ENGLISH, double=True, longest=5).search("“Much too long”") is None


def test_closing_word_alone_or_kept_on_the_last_word():
    text = "the launch of ‘Harbour Weeks’ and of \"Tern Fair\" today"
    words = words_in(text, 0, len(text))
    opening = next(k for k, w in enumerate(words) if w.text == "‘")
    end = closing_word(words, opening + 1, opening + 6, closing_marks(WITH_ANGLES))
    assert words[end].text == "Weeks’"                       # the tokeniser keeps the closing mark on its word
    straight = next(k for k, w in enumerate(words) if w.text == '"')
    end = closing_word(words, straight + 1, straight + 6, closing_marks(WITH_ANGLES))
    assert words[end].text == '"' and words[end - 1].text == "Fair"
    assert closing_word(words, straight + 1, straight + 2, closing_marks(WITH_ANGLES)) is None     # beyond the reach
