"""A clock belongs to the date on its own row: in a list of dated rows, "Poster submission closes
at noon (note: deadline moved) 12th March 2027" is a deadline at noon on 12 March, not a noon
deadline on the previous row's day (1 February) beside an all-day one. A bracketed aside between
the clock and its day parts them no more than a space would (red team 43 shape, dates rows)."""

from __future__ import annotations

import pytest

from events_helpers import page_events

PUBLISHED = "2026-12-01"


@pytest.mark.parametrize("row, start", [
    ("- Poster submission closes at noon (note: deadline moved) 12th March 2027", "2027-03-12T12:00"),
    ("- Paper submission deadline at 5pm (extended) 20 March 2027", "2027-03-20T17:00"),
    ("- Late registration ends 11:59pm (AoE) on 25 March 2027", "2027-03-25T23:59"),
])
def test_a_clock_takes_the_day_on_its_own_row(row, start):
    text = f"Key dates\n\n- Abstract submission opens 1st February 2027\n{row}\n- Notification of acceptance 2nd April 2027\n"
    events = page_events(text, PUBLISHED)
    found = {(e.start.strftime("%Y-%m-%dT%H:%M") if not e.all_day else e.start.isoformat()): e.title for e in events}
    assert start in found, found
    assert not any(k.startswith("2027-02-01T") for k in found), found
    assert not any(k == start[:10] for k in found), found
