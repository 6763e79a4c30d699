"""A deadline told in a relative clause about a thing ("... proxy and postal votes, which must be
submitted to the secretary by Friday 18 September") names the thing: the clause's passive verb gives
the act ("Submission") and the noun before ", which" what it is done to. Titled by the verb alone,
"Submission" said nothing of what is due (session 32, rt45 class "titles from the row's own
activity": nz_golf_club_agm's proxy and postal votes).
"""
# Provenance: session 32 (ev32a): rt45 nz_golf_club_agm.

from __future__ import annotations

from events_helpers import page_events


def _deadlines(text: str) -> list[tuple[str, str]]:
    return [(e.title, str(e.start)[:10]) for e in page_events(text, "2031-01-05", "d.txt") if e.kind == "deadline"]


def test_votes_after_an_existential_clause() -> None:
    got = _deadlines("Club AGM\n\nIf you can't attend, there is provision for proxy and postal votes, which must be "
                     "submitted either by email or in writing to the secretary by Friday 18 September 2031.\n")
    assert any("proxy and postal votes" in t.lower() and d == "2031-09-18" for t, d in got), got


def test_a_form_returned_to_an_office() -> None:
    got = _deadlines("Transfers\n\nA transfer request needs the signed consent slip, which must be returned "
                     "to the school office by Monday 3 March 2031.\n")
    assert any("consent slip" in t.lower() for t, _ in got), got


def test_team_entries_after_there_is() -> None:
    got = _deadlines("Quiz night\n\nThere is a sheet for team entries, which must be submitted at the bar by "
                     "Friday 11 April 2031.\n")
    assert any("team entries" in t.lower() and d == "2031-04-11" for t, d in got), got


def test_things_a_committee_receives() -> None:
    got = _deadlines("Fete\n\nWe welcome stall bookings and raffle prizes, which must be received by the "
                     "committee by 12 April 2031.\n")
    assert any("raffle prizes" in t.lower() and d == "2031-04-12" for t, d in got), got


def test_a_subject_that_names_the_act_keeps_it() -> None:
    got = _deadlines("Annual meeting\n\nMembers may send written questions, which should be received by the "
                     "clerk by 5 May 2031.\n")
    assert any("written questions" in t.lower() for t, _ in got), got
