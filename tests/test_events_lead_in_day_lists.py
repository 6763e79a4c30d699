"""Bulleted days under a lead sentence that names what they are ("There will be extra confession
times this week:" over "- Tuesday, December 15th: 6:30 - 7:30pm"): each row is an entry of the
lead's occasion, and the lead's own period ("this week") is when the rows fall, no entry of its
own. A bare noun of bare_nouns stays the event after a lead ("extra", "additional") or before a
follower ("times", "opportunities"), as it does not in "mass layoffs"."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def _entries(text: str, published: str) -> list[tuple[str, object]]:
    return sorted((e.title, e.start) for e in page_events(text, published))


ROWS = ("- Tuesday, December 15th: 6:30 - 7:30pm\n"
        "- Wednesday, December 16th: 10:00 - 11:00am\n"
        "- Friday, December 18th: 7:00 - 8:00pm\n")
STARTS = [datetime(2026, 12, 15, 18, 30), datetime(2026, 12, 16, 10, 0), datetime(2026, 12, 18, 19, 0)]


def test_confession_times_this_week():
    page = "# Parish news\n\nThere will be extra confession times this week:\n\n" + ROWS
    assert _entries(page, "2026-12-13") == [("Confession", s) for s in STARTS]


def test_additional_confessions_over_the_holidays():
    page = "# St Anne's bulletin\n\nAdditional confessions before Christmas:\n" + ROWS
    assert [start for _, start in _entries(page, "2026-12-10")] == STARTS


def test_confession_opportunities_in_a_month():
    page = "# Advent at St Columba's\n\nConfession opportunities in December:\n\n" + ROWS
    assert [start for _, start in _entries(page, "2026-11-29")] == STARTS


def test_a_noun_with_another_head_stays_no_event():
    page = "# Factory news\n\nThe plant announced mass layoffs this week.\n"
    assert _entries(page, "2026-12-13") == []
