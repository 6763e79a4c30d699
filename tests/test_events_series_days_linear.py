"""Days off and programme items ask only the series that meet on their day. Each cancelled day was
tested against every series of the page by reading the series' rule (``held_on``): a page of weekly
groups written on one line, each row with its days off, asked rows times days (300 readings at 10
rows, 4,800 at 40). The rules are now read once a series (series_days)."""

from __future__ import annotations

from datetime import date

import calfeed.events.settling as settling
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from call_counts import count_calls

ROW = ("Pottery guild: every Monday and Wednesday at 7 pm, no session on Jan. 11 or Feb. 8; "
       "Film society meets every Friday, except Mar. 5; ")


def _groups(rows: int) -> bytes:
    return ("Evening groups at the Millbrook hall. " + ROW * rows).encode()


def test_a_day_off_asks_only_the_series_meeting_on_it(monkeypatch):
    calls = count_calls(monkeypatch, "held_on", settling)
    rows = 40
    result = process_document(parse_document(_groups(rows), "groups.txt"), Options(today=date(2027, 1, 4)))
    assert result.events
    assert calls[0] <= 3 * rows, f"{calls[0]} rule readings for {3 * rows} days off"

