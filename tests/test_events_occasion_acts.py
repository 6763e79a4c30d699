"""What a future passive says will be done at an occasion names the entry of the occasion's day
("Prize winners will be named at the exhibition launch on ..." -> "Prize winners named at the
exhibition launch"), so it stays apart from the occasion told in its own words on the same day
and clock ("The Shortlist Exhibition opens 6.30pm ..."). A pronoun subject names nothing, and a
passive that only places the occasion ("will be hosted at the town hall") is no act at it. The
pages are my own."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2027-03-02"


def _titles(text: str) -> list[tuple[str, object]]:
    return [(e.title, e.start) for e in page_events(text, PUBLISHED)]


def test_the_act_and_the_occasion_name_the_entry_apart_from_the_occasion_itself():
    text = ("Questions and answers\n\n"
            "When are the prize winners named?\n\n"
            "Prize winners will be named at the exhibition launch on Thursday July 15 @ 6.30pm\n\n"
            "How long is the show of shortlisted works open?\n\n"
            "The Shortlist Exhibition opens 6.30pm Thursday July 15 @ Harbour Gallery.\n")
    got = _titles(text)
    assert ("Prize winners named at the exhibition launch", datetime(2027, 7, 15, 18, 30)) in got
    assert ("Shortlist Exhibition opens", datetime(2027, 7, 15, 18, 30)) in got


def test_awards_presented_during_a_named_dinner():
    got = _titles("Club notes\n\nThe season's trophies will be presented during the Annual Dinner on 9 April 2027.\n")
    assert [t for t, _ in got] == ["Season's trophies presented during the Annual Dinner"]


def test_a_pronoun_subject_leaves_the_occasion_its_own_name():
    got = _titles("Club notes\n\nIt will be announced at the committee meeting on 9 April 2027.\n")
    assert all("announced" not in t for t, _ in got)


def test_a_venue_after_the_passive_is_no_act_at_an_occasion():
    got = _titles("Club notes\n\nThe spring meeting will be hosted at the town hall on 9 April 2027.\n")
    assert [t for t, _ in got] and all(not t.startswith("Spring meeting held") for t, _ in got)
