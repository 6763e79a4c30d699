"""An act told for a day names that day, not the event noun inside the act's words (session 32,
rt45 class "titles pick the nearest noun instead of the activity", ng_inec_2019_notice):

- an event noun used as a modifier of a person noun names no event ("National election
  candidates": compound_tails.en.txt), so the act publishing their particulars names the day;
- a date put before its act verb is that act's ("and on Jan. 7, 2019 publish official register of
  voters for the election"): the act right after the date names it, not the clause's first act
  verb nor the event noun inside its object.
"""
# Provenance: session 32 (ev32a): rt45 ng_inec_2019_notice.

from __future__ import annotations

from events_helpers import titles_by_start


def _by_day(text: str) -> dict[str, set[str]]:
    return titles_by_start(text, "2031-01-05", "d.txt")


def test_the_candidates_of_an_election_are_no_election() -> None:
    days = _by_day("Notice of poll\n\nOn 25 October 2031, the board will publish the personal particulars of "
                   "election candidates.\n")
    assert any("particulars" in t for t in days.get("2031-10-25", set())), days


def test_each_fronted_date_names_its_own_act() -> None:
    days = _by_day("Timetable\n\nThe council would on 2 March 2031 publish notice of the vote, and on 9 March 2031 "
                   "publish the register of voters for the election.\n")
    assert any("notice" in t.lower() for t in days.get("2031-03-02", set())), days
    assert any("register" in t.lower() for t in days.get("2031-03-09", set())), days


def test_an_election_day_stays_the_election() -> None:
    days = _by_day("Notice\n\nThe election will be held on 16 February 2031.\n")
    assert any("lection" in t for t in days.get("2031-02-16", set())), days
