"""A page announcing the next season thanks its readers for the last one's occasion in passing
("Last season's presentation night was held on 4 December 2026, thanks to all who came!"). The
occasion belongs to a season, year or term gone by (past_cycle_marks) and is told in the past: no
entry, when the page gives another entry after it. A page with nothing after it keeps it."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _days(events) -> list[date]:
    return sorted(e.start.date() if hasattr(e.start, "date") else e.start for e in events)


def test_last_seasons_presentation_night_gives_no_entry_beside_the_fixtures():
    text = ("Round 1 will be played on Saturday 30 January 2027 at Kingsway.\n\n"
            "Last season's presentation night was held on 4 December 2026, thanks to all who came!")
    assert _days(tagged_events(text)) == [date(2027, 1, 30)]


def test_last_years_fair_gives_no_entry_beside_this_years():
    text = ("Last year's craft fair took place on 14 June 2026 in the market square. "
            "This year the craft fair will be held on 13 June 2027.")
    assert _days(tagged_events(text)) == [date(2027, 6, 13)]


def test_last_months_quiz_told_with_thanks_gives_no_entry_beside_the_next():
    text = ("Thank you to all who came to last month’s quiz night, which was held on 12 February 2027. "
            "Our next quiz night is on Friday 12 March 2027 at 8pm.", )
    events = tagged_events(text[0], published=date(2027, 2, 20))
    assert _days(events) == [date(2027, 3, 12)]


def test_last_years_champions_at_a_tournament_ahead_keep_the_tournament():
    text = "Last year's champions will defend their title at the tournament on 3 July 2027."
    assert _days(tagged_events(text)) == [date(2027, 7, 3)]


def test_last_seasons_night_on_a_page_with_nothing_after_it_stays():
    text = "Last season's presentation night was held on 4 December 2026 at the clubhouse."
    assert _days(tagged_events(text)) == [date(2026, 12, 4)]
