"""A paragraph set as a bullet is prose after its first sentence (R82 class 6): a one-off told in the
past in a later sentence of the item ("... The chair gave a briefing on April 28 to ...") is the news
that led to the days ahead, as in any paragraph (past_reports), not a row of a record of meetings.
Before, any sentence on a bulleted line counted as a list row and kept its past day. Texts are our own.
"""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PUBLISHED = "2031-05-01"


def _days(text: str) -> list[date]:
    return [e.start if isinstance(e.start, date) and not hasattr(e.start, "hour") else e.start.date()
            for e in page_events(text, PUBLISHED)]


def test_a_past_day_in_a_later_sentence_of_a_bullet_is_news():
    page = ("Dates ahead for the harbour vote\n\n"
            "  • The new voter rolls are the main task now. The rolls are to be printed on May 20. As with "
            "the old rolls, this has drawn objections; the head of the board, Ana Pel, gave a briefing on "
            "April 28 to answer claims that the rolls had been dropped.\n"
            "  • The vote itself will be held on June 14.\n")
    days = _days(page)
    assert date(2031, 4, 28) not in days
    assert date(2031, 6, 14) in days
