"""One moment told in UTC, then restated in a local zone in a clause that names nothing (a sentence opening with
"Because" that equates the UTC clock with a Pacific one on the day before): one entry, at the UTC moment, titled by
what happens (R62 08: the page's unlock time gave no entry of its own, and the restatement gave a tentative one
titled 'Because', on the day before)."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2017-12-18"
TOLD = "The Skyforge 2 unlock time is 06:00 UTC on Friday, December 22nd, 2017.\n"


def test_a_products_unlock_time_is_an_entry_of_its_own():
    events = page_events(TOLD, PUBLISHED)
    assert [(e.title, e.start, e.tz, e.precision) for e in events] == [
        ("Skyforge 2 unlock time", datetime(2017, 12, 22, 6, 0), "UTC", "exact")]


RESTATED = ("How could anyone claim Skyforge 2 is out on the 21st of December, then? Because 06:00 UTC on December "
            "22nd is 22:00 (10pm) PST on December 21st. That means 10pm in Oregon, where the store is based.\n")


def test_a_restatement_in_another_zone_folds_into_the_told_moment():
    events = page_events(TOLD + RESTATED, PUBLISHED)
    assert [(e.title, e.start, e.tz) for e in events] == [("Skyforge 2 unlock time", datetime(2017, 12, 22, 6, 0), "UTC")]


def test_a_framed_entry_in_another_zone_at_another_moment_stays():
    later = "The launch party for fans is held at 23:00 PST on December 22nd.\n"
    titles = sorted(e.title for e in page_events(TOLD + later, PUBLISHED))
    assert titles == ["Launch party for fans", "Skyforge 2 unlock time"]
