"""A participle that dates a paper, set off by a comma from the noun it describes ("the charter on the
summit rules, signed on behalf of both towns on March 3, 2030"), dates that paper, as it does without the
comma (not_events.dates_a_document; R82 class 6). Before, the comma hid the noun and the day became an
entry titled by an event noun inside the paper's name. Texts are our own.
"""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PUBLISHED = "2031-05-01"


def _days(text: str) -> list[date]:
    return [e.start if isinstance(e.start, date) and not hasattr(e.start, "hour") else e.start.date()
            for e in page_events(text, PUBLISHED)]


def test_a_paper_signed_on_a_day_set_off_by_a_comma():
    page = ("The board will meet on Friday, May 9, 2031 at 9:00 AM to discuss:\n\n"
            "  1. A bill to amend the harbour code.\n"
            "  2. A resolution to approve the Charter on the Summit Rules and Budget, signed on behalf of the "
            "two towns on March 3, 2030.\n")
    assert _days(page) == [date(2031, 5, 9)]
