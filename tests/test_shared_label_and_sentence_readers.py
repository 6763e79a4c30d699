"""One reader each for a label's colon, for "in the same sentence" and for the words that speak of
every occasion (review of session 23: three colon tests, three sentence tests and two overlapping
word lists had grown apart). The readers' cases, in our own wording."""

from __future__ import annotations

from calfeed.events import block_clocks, sentence_clocks
from calfeed.events.label_block import label_colon
from calfeed.events.vocabulary import word_list
from calfeed.text import same_sentence


def test_a_label_colon_skips_a_clock_and_a_field_label_takes_a_cap_and_no_digit() -> None:
    assert label_colon("Mon 16th March 3:30 – 5:00") == -1          # clock colons only
    assert label_colon("Venue: Village Hall") == 5
    assert label_colon(":00 start") == -1                             # a colon opening the line ends no label
    assert label_colon("Place: Walled Garden", 20, numbered=False) == 5
    assert label_colon("10:30 Talk: the old mill", 20, numbered=False) == -1   # a programme row
    assert label_colon("Room 5: Lecture", 20, numbered=False) == -1
    assert label_colon("A label far too long to be a field: x", 20, numbered=False) == -1
    assert not hasattr(block_clocks, "label_colon_at")                # no second reader


def test_same_sentence_stops_at_a_sentence_end_a_line_break_and_its_reach() -> None:
    text = "Meet on Monday at the hall. Bring a cake on Friday.\nAnd tea."
    assert same_sentence(text, 0, 26, 100)
    assert not same_sentence(text, 0, 30, 100)                        # ". " between
    assert not same_sentence(text, 30, 55, 100)                       # a line break
    assert not same_sentence(text, 0, 26, 10)                         # beyond the reach


def test_one_word_list_speaks_of_every_occasion() -> None:
    assert {"all", "each", "every"} <= word_list("all_quantifiers")
    source = open(sentence_clocks.__file__).read() + open(block_clocks.__file__).read()
    assert "follow_on_quantifiers" not in source and "list_all_words" not in source
