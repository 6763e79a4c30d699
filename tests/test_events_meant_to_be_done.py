""""is meant to be <participle> ... on D" says what will be done to the subject that day, as "is
to be" does (future_passive_leads): "The final register is meant to be printed in Valdor's State
Gazette on October 6" is the register's printing. R82 class 4 (page 03's shape), in
our own words."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries


def test_meant_to_be_published_in_a_named_journal_is_the_publication():
    page = ("The final register is meant to be printed in Valdor’s State Gazette on October 6, "
            "and the handing out of ballots is planned to begin on October 19.")
    entries = page_entries(page, "2031-08-20")
    assert ("Final register printed in Valdor’s State Gazette", "milestone", date(2031, 10, 6)) in entries


def test_meant_to_be_in_the_past_gives_nothing():
    page = "The final register was meant to be printed in Valdor’s State Gazette on October 6."
    assert page_entries(page, "2031-08-20") == []
