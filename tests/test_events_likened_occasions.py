"""A holiday named as the model of something else is no date of the page's own.

"Inspired by Black Friday in America, a sale weekend is ..." names the holiday that gave the
idea; the "by" is the participle's agent, not a last day. The not_event cues "inspired by" and
"influenced by" (cues.en.tsv) keep the holiday off the calendar, while a plain "by <holiday>"
stays a deadline."""
# Provenance: session 52, R65 page 20 (class 6, a holiday used as a comparison).

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2016, 11, 1)
SALE = "Shops across the state will cut their prices over the long weekend.\n\n"


def _entries(text: str) -> set[tuple[str, str]]:
    return {(e.kind, str(e.start)[:10]) for e in tagged_events(SALE + text, published=PUBLISHED)}


def test_a_holiday_that_inspired_an_event_is_no_deadline() -> None:
    text = "Inspired by Black Friday in America, a sale weekend is run in part by the chamber of trade.\n"
    assert _entries(text) == set()


def test_a_holiday_that_influenced_an_event_is_no_span_up_to_it() -> None:
    text = "Influenced by Thanksgiving in America, the harvest fair is run by the town council.\n"
    assert _entries(text) == set()


def test_a_plain_by_before_a_holiday_is_still_a_deadline() -> None:
    text = "Gift orders for the sale must be placed by Black Friday.\n"
    assert ("deadline", "2016-11-25") in _entries(text)
