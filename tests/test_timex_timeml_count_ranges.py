"""A bare count range of one unit ("two to three weeks") in TimeML mode, counted over TBAQ (session 31).

TimeBank values such a range by its lower bound: wsj_0585 "two to three weeks" P2W, and
VOA19980331.1700.1533 "[two] to [six days]", whose first TIMEX3 is P2D (2 of 2; no case is PXW). A
range after a determiner ("the next 12 to 18 months") stays the vague length PXM, as its one TBAQ case
is. calfeed's own view keeps the open length (PXW): no calendar reads a lower bound from it.
"""

from __future__ import annotations

from datetime import date

from calfeed.timex import tag
from calfeed.timex.evaluation import timeml_tags


def _tags(text: str, dct: str = "1989-10-30") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_tags(text, dct)]


def test_a_bare_count_range_is_its_lower_bound() -> None:
    assert _tags("The gap closes in two to three weeks.") == [("two to three weeks", "DURATION", "P2W")]
    assert _tags("It is between two to six days for the sickest patients.") == [
        ("two to six days", "DURATION", "P2D")]
    assert _tags("The repairs took 24 to 36 hours.") == [("24 to 36 hours", "DURATION", "PT24H")]


def test_a_range_after_a_determiner_stays_open() -> None:
    assert _tags("Rates will rise over the next 12 to 18 months.") == [
        ("the next 12 to 18 months", "DURATION", "PXM")]


def test_calfeed_keeps_the_open_length() -> None:
    found = [(t.text, t.value) for t in tag("The gap closes in two to three weeks.", date(1989, 10, 30))]
    assert found == [("two to three weeks", "PXW")]
