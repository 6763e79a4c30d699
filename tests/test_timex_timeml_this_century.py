"""TimeML reading of "this century" (session 34).

TimeBank writes "this century" as the hundred years it spans back, P100Y ("the disasters of this
century", 2 of its 2, in two agencies' copy), not as the century's digits; "the 20th century" stays
19 there. calfeed keeps the century (19), which it can place events in (relative.tsv's timeml column).
"""

from __future__ import annotations

from calfeed.timex.evaluation import timeml_tags


def _tags(text: str, dct: str = "1999-03-12") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_tags(text, dct)]


def test_this_century_is_a_hundred_years_in_timeml() -> None:
    assert _tags("Europe was the breeding ground for many of the disasters of this century.") == [
        ("this century", "DURATION", "P100Y")]


def test_a_named_century_stays_its_digits() -> None:
    assert _tags("The firm was founded in the 20th century.") == [("the 20th century", "DATE", "19")]
