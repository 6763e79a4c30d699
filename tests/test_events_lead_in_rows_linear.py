"""A row's name from a lead-in line ("we add some extra evening classes:" over "Thu 22nd Oct 18.30
to 20.00") is read once per row, however many entries the row holds: a page of bullets on one
line is one row holding every date, and reading the row for each entry (whether it holds only
days and clocks, from its start) was quadratic (a 20 KB one-line bullet page's build, py-spy: 5%
of it in row_lead_ins._bare_line, growing with the page)."""

from __future__ import annotations

from datetime import date

import calfeed.events.row_lead_ins as row_lead_ins
from call_counts import count_calls
from events_helpers import tagged_events

PUBLISHED = date(2028, 5, 1)


def test_a_row_is_read_for_its_lead_in_once_for_all_its_entries(monkeypatch):
    text = "".join(f"• {1 + k % 28} June 2028 Summer fair on the green " for k in range(60))
    calls = count_calls(monkeypatch, "lead_in_row_name", row_lead_ins)
    events = tagged_events(text, published=PUBLISHED)
    assert len(events) > 1
    assert calls[0] <= 1


def test_bare_rows_under_a_lead_in_still_take_its_name():
    text = ("Choir news\n\nWe are adding extra rehearsals:\n"
            "Thu 13th July 2028 19.30 to 21.00\nMon 17th July 2028 19.30 to 21.00\n"
            "Thu 20th July 2028 19.30 to 21.00\n\nPlease bring your music.\n")
    titles = {e.title for e in tagged_events(text, published=PUBLISHED)}
    assert len(titles) == 1 and "rehearsal" in titles.pop().lower()
