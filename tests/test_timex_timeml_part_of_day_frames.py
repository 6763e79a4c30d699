"""A past verb before a part of the day that frames a date ("snowed on the morning of January 3"):
TimeML's TIMEX3 is the date alone, and the verb before the frame governs it as firmly as one right
before the date, so a year-less date told in the past is the last one, not the coming one
(session 31; calfeed's own spans hold the frame and were right already: timex.txt)."""

from __future__ import annotations

import pytest

from calfeed.timex.evaluation import timeml_tags


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in timeml_tags(text, dct)}


@pytest.mark.parametrize("part", ["morning", "afternoon", "evening", "night"])
def test_a_past_verb_governs_a_date_across_a_part_of_the_day(part: str) -> None:
    assert _values(f"It snowed on the {part} of January 3.", "1999-10-20") == {"January 3": "1999-01-03"}


def test_the_frame_takes_each_link_that_joins_a_part_of_the_day_to_its_date() -> None:
    """connectors.tsv's pod_day words ("the evening on August 31") frame the date as "of" does."""
    assert _values("It snowed on the evening on January 3.", "1999-10-20") == {"January 3": "1999-01-03"}


def test_a_future_verb_across_the_frame_still_looks_ahead() -> None:
    assert _values("It will snow on the morning of January 3.", "1999-10-20") == {"January 3": "2000-01-03"}


def test_a_frame_opening_the_sentence_heads_its_clause() -> None:
    assert _values("On the evening of January 3, the storm reached the coast.", "1999-10-20") == {
        "January 3": "1999-01-03"}
