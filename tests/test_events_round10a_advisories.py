"""Media advisories, agendas and key-date notices (red team 10a): an election's polling day,
a Council's indicative programme, a WHO "Time:" line, what named officials will do, a
university's "- WHEN :*" block."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

NIUE = date(2020, 5, 8)


def test_polling_day_is_the_election_day_either_way_round():
    for text in ("Polling day is Saturday the 30th of May.", "Saturday the 30th of May is the polling day."):
        (event,) = tagged_events(text, published=NIUE)
        assert (event.kind, event.title, event.start) == ("election", "Polling day", date(2020, 5, 30))


def test_the_official_recount_after_polling_day_is_its_own_entry():
    text = ("Saturday the 30th of May is the polling day and preliminary results with the official recount "
            "and declaration of duly elected members on Tuesday 2nd of June.")
    assert [(e.title, e.start) for e in tagged_events(text, published=NIUE)] == [
        ("Polling day", date(2020, 5, 30)), ("Official recount", date(2020, 6, 2))]


def test_a_comma_splice_gives_the_second_clause_its_own_subject():
    text = "All voter objections are determined on the 18th of May, The Electoral roll will close at 4pm on the 19th of May."
    (event,) = [e for e in tagged_events(text, published=NIUE) if e.kind == "deadline"]
    assert event.title.startswith("Electoral roll") and event.start == datetime(2020, 5, 19, 16, 0)
