"""The shared sentence splitter: every stage quotes and reads the same sentences."""

from calfeed.text import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text).bounds]


def test_splits_on_terminators_followed_by_space_and_capital():
    assert sentences("The meeting ended. Delegates left! Why? 2012 will tell.") == [
        "The meeting ended.", "Delegates left!", "Why?", "2012 will tell."]


def test_abbreviations_and_decimals_do_not_end_a_sentence():
    text = "Mr. Smith met Dr. Jones on Jan. 5 at 5 p.m. Friday in Room 2.14, starting at 10.30 sharp."
    assert sentences(text) == [text]


def test_blank_line_always_ends_a_sentence():
    assert sentences("Important dates\n\nDeadline: 3 March") == ["Important dates", "Deadline: 3 March"]


def test_lookup_by_offset():
    text = "First one. Second one."
    found = split_sentences(text)
    assert found.sentence_at(text.index("Second")) == "Second one."
    assert found.sentence_at(0) == "First one."
