"""A news listing stamps each item with its posting day and the listing's category on a line of
its own ("14 March 2031 | Burn Ban Notices") over the item's blurb: no entry on the posting day
(furniture_lines.category_stamps). Session 44, R57 class 8 (a fire service's list of season
changes), in words of our own."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

LISTING = """Listing 3 of 120 notices.
Otago burn ban change
14 March 2031 | Burn Ban Notices
Every part of the Otago District will go back to a restricted burn season soon.
Change of burn season for Nelson District
11 March 2031 | Burn Ban Notices
All of Nelson will go back into an open burn season within the fortnight.
Gisborne burn season change
27 February 2031 | Burn Ban Notices
Coastal Gisborne and Inland Tairawhiti will join Wairoa in a restricted burn season.
"""


def test_the_posting_days_of_a_category_listing_are_no_entries():
    assert [e.start for e in tagged_events(LISTING, published=date(2031, 3, 16))] == []


def test_rows_of_a_table_with_one_word_repeated_are_no_stamps():
    from calfeed.events.furniture_lines import category_stamps
    from calfeed.timex import tag

    text = "Office hours over the holidays\n\n25 December 2031 | Closed\n26 December 2031 | Closed\n2 January 2032 | Open\n"
    assert category_stamps(text, sorted(tag(text, date(2031, 12, 1)), key=lambda t: t.start)) == set()
    assert len(category_stamps(LISTING, sorted(tag(LISTING, date(2031, 3, 16)), key=lambda t: t.start))) == 3
