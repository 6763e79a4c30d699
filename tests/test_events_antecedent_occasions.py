"""An occasion a sentence names as the one its own comes after ("the opening sitting of the
chosen board following the ward elections held on 21st May 2026"), told in the past, gives no entry
when the page's tenses date it between that day and a day ahead, though no page date is written.
A past main clause on such a page ("The parish council met on ...") stays, as the record."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def _days(events) -> list[date]:
    return [e.start.date() if isinstance(e.start, datetime) else e.start for e in events]


def test_the_elections_a_first_meeting_follows_give_no_entry():
    text = ("The Spring Meeting of Harbour Town Council will convene on Monday 8th June, 2026 at 6.00 p.m. "
            "in the Guildhall. It is the opening sitting of the chosen members following the ward "
            "elections held on 21st May 2026.")
    assert _days(tagged_events(text)) == [date(2026, 6, 8)]


def test_a_ballot_the_first_sitting_comes_after_gives_no_entry():
    text = ("The new board of the water cooperative will hold its first sitting on Thursday 15 October 2026 "
            "at the depot, after the ballot held on 24 September 2026.")
    assert _days(tagged_events(text)) == [date(2026, 10, 15)]


def test_a_past_main_clause_on_such_a_page_stays_the_record():
    text = ("The Spring Meeting of Harbour Town Council will convene on Monday 8th June, 2026 at 6.00 p.m. "
            "in the Guildhall. The local elections were held on 21st May 2026.")
    assert sorted(_days(tagged_events(text))) == [date(2026, 5, 21), date(2026, 6, 8)]
