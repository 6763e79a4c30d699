"""A list written one dated item a line, with no stops, is one sentence a line."""

from __future__ import annotations

from calfeed.text import split_sentences

LIST = """Important dates
June 16 Workshop proposal sites open
Aug. 15 Proposal deadline
Nov. 1 Early-decision notifications sent to authors
Mid-January 2023 Travel award notifications sent
15 March Registration closes"""


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text).bounds]


def test_each_dated_line_of_a_list_is_its_own_sentence():
    assert _sentences(LIST) == ["Important dates\nJune 16 Workshop proposal sites open", "Aug. 15 Proposal deadline",
                                "Nov. 1 Early-decision notifications sent to authors",
                                "Mid-January 2023 Travel award notifications sent", "15 March Registration closes"]


def test_rows_with_cell_bars_part_and_a_hard_wrapped_sentence_keeps_its_lines():
    rows = "Call 1 | 10 February 2022 | 31 March 2022\nCall 2 | spring 2023 | spring 2023"
    assert _sentences(rows) == rows.split("\n")
    wrapped = "The meeting will be held in\nMarch 2027 at the centre, and the report will follow in\nApril."
    assert _sentences(wrapped) == [wrapped]
