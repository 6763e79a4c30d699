"""A day replaced at the end of a long clause: "Monday, 14 April, will be a day off for all staff
of the district offices ... on the occasion of the river festival, instead of Tuesday, 15
April". "instead of" (clause_superseded_marks) names the old day however far the new one stands
before it in the sentence; the old day gets no entry."""

from __future__ import annotations

from events_helpers import titles_by_start

NOTICE = ("The council announced that Monday, 14 April, will be a day off for all staff of the district "
          "offices, the depots and the libraries of the county on the occasion of the river lantern festival, "
          "{mark} Tuesday, 15 April.\n")


def test_the_day_after_instead_of_gets_no_entry():
    for mark in ("instead of", "rather than"):
        days = titles_by_start(NOTICE.format(mark=mark), "2025-04-02")
        assert "2025-04-15" not in days, days
