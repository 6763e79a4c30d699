"""A law's phased dates name their provisions by where they are set out: "(a) provisions set
out in points (10) and (11) of Article 1 of this Regulation, as regards Articles 38(6) and (7)
..., shall apply from 18 December 2019" is "Start of application of points (10) and (11) of
Article 1" (was lost: the item mark "(a)" stopped the subject; "(b) ..." gave "... of b")."""

from __future__ import annotations

import pytest

from tests.test_events_milestones import framed


@pytest.mark.parametrize("text, expected", [
    ("(a) provisions set out in points (10) and (11) of Article 1 of this Regulation, as regards Articles 38(6) "
     "and (7) and 39(11) of Regulation (EU) No 648/2012, shall apply from 18 December 2019;",
     [("Start of application of points (10) and (11) of Article 1", "milestone", "2019-12-18")]),
    ("(b) provisions set out in point (7)(b) of Article 1 of this Regulation, as regards Article 9(1a) to (1d) "
     "of Regulation (EU) No 648/2012, shall apply from 18 June 2020;",
     [("Start of application of point (7)(b) of Article 1", "milestone", "2020-06-18")]),
    ("(ii) the rules laid down in Article 5 shall apply from 1 March 2027.",
     [("Start of application of Article 5", "milestone", "2027-03-01")]),
    ("(c) the regulation applies from 1 March 2027.",
     [("Start of application of the regulation", "milestone", "2027-03-01")]),
])
def test_a_provision_is_named_by_its_reference(text, expected):
    assert framed(text) == expected
