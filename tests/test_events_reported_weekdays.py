"""A bare weekday told in the past tense reports what was done days ago ("On Monday, the studio
posted the opening hours by region and put out a fresh teaser"): the news, no entry
(not_events.reported_news); the day ahead the page announces stays. The page writes no date of
its own, so nothing else drops the past day."""

from __future__ import annotations

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY

_NEWS = ("Starfall Tactics goes on sale this Thursday, March 12, though the hour it unlocks "
         "differs by region. On Monday, the studio posted the opening hours by region and put out a fresh "
         "teaser for its space strategy game.\n")


def test_a_past_bare_weekday_is_no_entry():
    events = process_document(parse_document(_NEWS.encode(), "page.txt"), Options(today=BUILD_DAY)).events
    assert [e.start.isoformat()[:10] for e in events] == ["2026-03-12"]
