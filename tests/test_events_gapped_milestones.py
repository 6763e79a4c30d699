"""A milestone verb shared by a second conjunct that leaves it out (gapping): "applies from
2 August 2026, and for high-risk AI embedded in regulated products from 2 August 2028" gives
two milestones, the second named by its own "for" phrase (was lost to the first)."""

from __future__ import annotations

import pytest

from tests.test_events_milestones import framed


@pytest.mark.parametrize("text, expected", [
    ("On 1 January 2027, the regulation enters into force.",
     [("Entry into force of the regulation", "milestone", "2027-01-01")]),
    ("The AI Act applies from 2 August 2026, and for high-risk AI embedded in regulated products from 2 August 2028.",
     [("Start of application of the AI Act", "milestone", "2026-08-02"),
      ("Start of application for high-risk AI embedded in regulated products", "milestone", "2028-08-02")]),
    ("Requirements for stand-alone high-risk systems would apply from 2 December 2027 and for high-risk AI "
     "embedded in regulated products from 2 August 2028.",
     [("Start of application of Requirements for stand-alone high-risk systems", "milestone", "2027-12-02"),
      ("Start of application for high-risk AI embedded in regulated products", "milestone", "2028-08-02")]),
    ("The new tariff takes effect on 1 July 2026, and for small businesses on 1 January 2027.",
     [("Entry into effect of the new tariff", "milestone", "2026-07-01"),
      ("Entry into effect for small businesses", "milestone", "2027-01-01")]),
])
def test_a_gapped_conjunct_is_a_milestone_of_its_own(text, expected):
    assert framed(text) == expected
