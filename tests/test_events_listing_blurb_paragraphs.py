"""A listing item's name line over a blurb of several short paragraphs still names the item
(R63 class 8, page 06): the first item's blurb ran over two paragraphs, so its "When:" range
was named by the page and then merged into the next item, which has the same days."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

LISTING = """Lantern Trails 2024

Below are the spots where the lanterns glow:

Harbour Walk

The quay is lit from end to end, with paper boats drifting under the bridge.

The harbour board is paying for the lights this year.

When: 12- 16 June

Mill Park

A ring of lanterns hangs from the old oaks.

When: 12 – 16 June

Photo: A. Reader"""


def test_items_with_the_same_days_under_different_names_stay_apart():
    events = page_events(LISTING, "2024-06-01")
    assert sorted((e.title, e.start, e.end) for e in events) == [
        ("Harbour Walk", date(2024, 6, 12), date(2024, 6, 16)),
        ("Mill Park", date(2024, 6, 12), date(2024, 6, 16)),
    ]


def test_a_long_blurb_names_nothing():
    long_blurb = LISTING.replace("The harbour board is paying for the lights this year.",
                                 "The harbour board is paying.\nThe mayor is pleased.\nThe press came.\nSo did we.")
    events = page_events(long_blurb, "2024-06-01")
    assert "Harbour Walk" not in [e.title for e in events]
