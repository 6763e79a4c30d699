"""Class E (round 30): a bare weekday after "a", "an" or "any" names a kind of day in a rule or a
habit ("sides drawn on a Tuesday", "switching a Saturday fixture"), so it dates nothing; "on
Friday" stays the coming day. Also class D: a season written "2010/11" (the next year's two
digits) is two years, never November 2010."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date) -> list[tuple[str, str, str]]:
    return sorted((str(e.start)[:10], str(e.end)[:10], e.title) for e in tagged_events(text, published=published))


def test_weekdays_after_an_indefinite_article_give_no_entries():
    text = ("Rules page, revised Monday 2 May 2011\n\n"
            "Sides drawn in the cup on a Tuesday will get the choice of switching a Saturday fixture to a Monday.")
    assert _entries(text, date(2011, 5, 2)) == []


def test_a_bare_weekday_keeps_its_day_beside_a_generic_one():
    text = ("Rules page, revised Monday 2 May 2011\n\n"
            "The kit launch will be held on Friday at the ground. "
            "A sponsor's lunch will be held on a Friday before each derby.")
    assert _entries(text, date(2011, 5, 2)) == [("2011-05-06", "2011-05-06", "Kit launch")]


def test_a_season_written_with_the_next_years_digits_is_no_month():
    text = ("Club news, Thursday 3 June 2010\n\n"
            "Organisers are meeting this week to plan the fixture list for the 2010/11 season.")
    entries = _entries(text, date(2010, 6, 3))
    assert not any(start.startswith("2010-11") for start, _, _ in entries)
    assert [start for start, _, _ in entries] == ["2010-05-31"]


def test_a_weekday_tied_to_any_meeting_is_a_rule_not_a_date():
    text = ("Parish Council notices\n\n"
            "Notices are pinned up in the library on the Thursday before each Parish Council meeting. "
            "Items for the agenda must reach the clerk on the Monday prior to any meeting.")
    assert _entries(text, date(2011, 5, 2)) == []


def test_a_past_occasion_after_an_article_keeps_its_day():
    text = ("HALIFAX, Sunday 7 May 2000\n\n"
            "Some 300 neighbours attended a Sunday evening vigil at St Mary's Church for the lost fishermen.")
    assert [start for start, _, _ in _entries(text, date(2000, 5, 7))] == ["2000-05-07"]
