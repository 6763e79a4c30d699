""""will start" after a deadline noun says when it starts, as "will begin" does: "Sign-up of
players will start on Aug. 3, 2027." is that day's opening, an event, not a deadline on the day
sign-up only opens (R54 shape: a fee page whose first line says when applying starts)."""

from __future__ import annotations

import pytest

from events_helpers import page_entries


@pytest.mark.parametrize("line", [
    "Application of new members will start on Aug. 3, 2027.",
    "Enrolment starts on 3 August 2027.",
])
def test_a_start_is_no_deadline(line):
    entries = page_entries(f"Summer league\n\n{line}\n", "2027-03-01")
    assert [kind for _, kind, _ in entries] == ["event"], entries
