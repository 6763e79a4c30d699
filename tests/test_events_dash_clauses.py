"""A spaced dash and "however" open a clause of their own, as a semicolon does ("It stays in force
until the street cleanup is finished – however the town's winter ban takes effect on ..."): the
date is that clause's, named by its own subject (words.clause_of). Session 47, R60 p11's shape,
in words of our own."""

from __future__ import annotations

from events_helpers import page_events

_NOTICE = ("Declared Street Parking Ban Tonight\n\n"
           "After the heavy snow, the town has declared a temporary Street Parking Ban starting tonight. "
           "It stays in force until the street cleanup is finished – however the Town’s Seasonal "
           "Street Parking Ban takes effect on Thursday, January 15, 2015.\n")


def test_a_date_after_dash_however_takes_its_own_clause_s_subject():
    # fails on b9033d54: the 15 January entry was named from the clause before the dash
    titles = {e.start.isoformat()[:10]: e.title for e in page_events(_NOTICE, "2015-01-08")}
    assert "Seasonal Street Parking Ban" in titles["2015-01-15"]


def test_a_dash_before_another_word_joins_the_clause():
    events = page_events("The winter fair – a town favourite – opens on Thursday, January 15, 2015.\n", "2015-01-08")
    assert any("fair" in e.title.lower() for e in events)
