"""An earliest day's notes quote the mark the text wrote ("not before", "no sooner than"), not
"no earlier than" whatever was written (review of earliest_days.EARLIEST_CUE)."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import tagged_events

PUBLISHED = date(2025, 4, 1)


@pytest.mark.parametrize("text, mark", [
    ("Nominations for the council must be received not before 5 May 2025 and no later than 2 June 2025.",
     "not before"),
    ("Notice must be delivered not later than March 1, 2026, and not sooner than January 30, 2026.",
     "not sooner than"),
    ("Applications may be submitted no sooner than 5 May 2025.", "no sooner than"),
    ("Nominations for the council must be received no earlier than 5 May 2025 and no later than 2 June 2025.",
     "no earlier than"),
])
def test_an_earliest_day_quotes_its_own_mark(text, mark):
    opening = [e for e in tagged_events(text, published=PUBLISHED) if e.kind == "milestone"]
    assert len(opening) == 1 and opening[0].title.startswith("Earliest day for")
    assert any(f'("{mark}")' in note for note in opening[0].notes)
    assert not any('"no earlier than"' in note for note in opening[0].notes) or mark == "no earlier than"
