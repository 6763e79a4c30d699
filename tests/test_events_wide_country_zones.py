"""A country of several zones named alone gives way to the place the issuing body's name holds.

"The Government of Mongolia ... Winners will study in the United States": the United States spans
several zones, so its zone is only its capital's guess; the body's country says where the
deadline's clock is. Named alone, the country still gives its capital's zone.
"""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

CALL = ("The Government of Mongolia is accepting applications for its study grants. "
        "Completed forms are due by Monday, 4 May 2026 at 8:30 a.m.{more}")


def _deadline_zone(more: str) -> str | None:
    found = framed(CALL.format(more=more), published=date(2026, 3, 2))
    return next(e.tz for title, e in found.items() if "deadline" in title.lower())


def test_the_issuing_body_s_country_outranks_a_country_of_several_zones():
    assert _deadline_zone(" The grants let graduates carry out research in the United States.") == "Asia/Ulaanbaatar"


def test_a_town_named_as_a_place_still_outranks_the_body():
    assert _deadline_zone(" Interviews will be held in Chicago.") == "America/Chicago"
