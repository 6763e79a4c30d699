"""A series counted from a guessed page date starts on the first listed day after it that its
rule gives, when most days listed after it do. Each series read every written day after it and
asked its rule of each: a page of weekly rows over dated sessions asked series times days. The
days are now tallied once a rule, from the first series of that rule on."""

from __future__ import annotations

from datetime import date

import calfeed.events.written_occurrences as written_occurrences
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from call_counts import count_calls

CLUBS = ("Lace makers", "Repair cafe", "Chess club", "Tai chi", "Bridge circle", "Ukulele band")


def _page(rows: int) -> str:
    """Weekly rows (a club on a weekday), then as many dated sessions of one of them."""
    weekly = [f"{('Tuesdays', 'Thursdays')[k % 2]}, {7 + k % 3} pm - {CLUBS[k % 6]}, Ferry Rooms" for k in range(rows)]
    listed = [f"Thursdays, {day} May and {day + 14} May, 4:30 pm: {CLUBS[k % 6]} open evening"
              for k, day in enumerate(range(1, 15))]
    return "Club nights\n\n" + "\n".join(weekly) + "\n" + "\n".join(listed) + "\n"


def test_each_rule_asks_about_each_listed_day_once(monkeypatch):
    calls = count_calls(monkeypatch, "_on_rule", written_occurrences)
    rows = 24
    process_document(parse_document(_page(rows).encode(), "clubs.txt"), Options(today=date(2027, 1, 10)))
    assert 0 < calls[0] <= 4 * 28, f"{calls[0]} rule readings for {rows} weekly rows over 28 listed days"
