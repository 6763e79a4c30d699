"""Red team 8b A6: in "Under the omnibus provisionally agreed ... on 7 May 2026, requirements for
stand-alone high-risk systems would apply from 2 December 2027 ...", the milestone verb's date is
the one after it, not the agreement's date before it; and its subject is the noun phrase after
the fronted phrase's comma."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_events_label_lines import _framed


def test_an_application_date_after_the_verb_beats_an_agreement_date_before_it():
    text = ("Under the omnibus provisionally agreed by the co-legislators on 7 May 2026, requirements for "
            "stand-alone high-risk systems would apply from 2 December 2027.\n")
    assert _framed(text, published=date(2026, 7, 4)) == [
        ("Start of application of requirements for stand-alone high-risk systems", "milestone", date(2027, 12, 2))]


@pytest.mark.parametrize("text, expected", [
    ("The rules agreed in 2025 apply from 1 January 2027.\n",
     ("Start of application of the rules", "milestone", date(2027, 1, 1))),
    ("The regulation, which was agreed in May, applies from 1 January 2027.\n",
     ("Start of application of the regulation", "milestone", date(2027, 1, 1))),
])
def test_a_year_inside_the_subject_and_a_subject_before_a_comma_still_hold(text, expected):
    assert _framed(text, published=date(2026, 7, 4)) == [expected]
