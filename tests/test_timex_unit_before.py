""""the year before" ends its phrase as "the previous year" does and is read the same way, from the
last date told ("convicted in 1994 of a theft the year before": 1993), where the tagger took
"the year" alone as the document's year; before an event it names no time of its own (news37: a
court story and a budget story, session 37; moved from test_timex_news37_shapes.py, session 38).
"""

from __future__ import annotations

import pytest

from timex_helpers import tags


@pytest.mark.parametrize("text, dct, expected", [
    ("The painter was convicted in 1994 of a theft the year before in Lyon.", "2019-03-04",
     ("the year before", "DATE", "1993")),
    ("Wheat prices in 2008 were far above those of the year before and of 2006.", "2019-03-04",
     ("the year before", "DATE", "2007")),
    ("The mill closed in May 2002; the month before, its owner had sold the land.", "2019-03-04",
     ("the month before", "DATE", "2002-04")),
])
def test_the_unit_before_counts_back_from_the_last_date(text, dct, expected) -> None:
    assert expected in tags(text, dct)


@pytest.mark.parametrize("text", [
    "The painter was convicted in 1994, the year before the museum reopened.",
    "The mill closed in May 2002, the month before its owner died.",
])
def test_the_unit_before_an_event_is_not_the_previous_one(text) -> None:
    assert not any(found.endswith("before") for found, _, _ in tags(text, "2019-03-04"))
