"""Many dates of one event phrase (a table flattened onto one line is one row, and every date of
it is the row's entry) are settled in one pass: each date's "own day" (a day written right after
the phrase's last word) is read once, and whether an earlier own day rivals it is told by the
latest first day and earliest last day of those before it. Each date was read against every
earlier one of its phrase (a one-line table's build, py-spy at 20 KB: 20% of it in
_other_day_of_phrase after the row reader was made linear)."""

from __future__ import annotations

from datetime import date

import calfeed.events.settling as settling
from call_counts import count_calls
from events_helpers import tagged_events

PUBLISHED = date(2027, 1, 10)


def test_each_date_of_one_phrase_is_read_for_its_own_day_a_bounded_number_of_times(monkeypatch):
    days = 120
    text = "".join(f"| {1 + k % 28} {('March', 'April', 'May')[k % 3]} 2027 | 18:00 | Board meeting | Room 4 "
                   for k in range(days)) + "|"
    calls = count_calls(monkeypatch, "_own_day", settling)
    tagged_events(text, published=PUBLISHED)
    assert calls[0] <= 3 * days, f"{calls[0]} reads of own days for {days} dates"

