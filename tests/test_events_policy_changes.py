"""Policy timelines (red team 9b B2, B3): a dated change of rule is a milestone titled by what
changes; a plan's dated act is one too; guesses, denials and changes already made are none."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import tagged_events

PUBLISHED = date(2025, 5, 10)


def entries(text: str, published: date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(e.title, e.kind, e.start.isoformat()) for e in tagged_events(text, published=published)]


@pytest.mark.parametrize("text, expected", [
    ("From 1 July 2027, the rate will be cut from 15 per cent to 14 per cent.",
     ("Rate cut", "milestone", "2027-07-01")),
    ("The income tax rate will be cut from 16 per cent to 15 per cent on 1 July 2026.",
     ("Income tax rate cut", "milestone", "2026-07-01")),
    ("A new points-based system will be introduced on 1 January 2026.",
     ("Introduction of a new points-based system", "milestone", "2026-01-01")),
    ("The levy will be raised on 1 April 2026.", ("Levy rise", "milestone", "2026-04-01")),
])
def test_a_dated_change_of_rule_is_a_milestone_named_by_the_change(text, expected):
    assert entries(text) == [expected]


def test_a_reported_would_come_into_effect_by_a_day_is_a_milestone_not_a_deadline():
    text = ("When the government announced the policy in November, they said the cuts would come into effect "
            "by 1 June 2025.")
    assert entries(text) == [("Entry into effect of the cuts", "milestone", "2025-06-01")]


def test_a_plan_scheduled_for_a_season_is_an_approximate_milestone_of_its_act():
    events = tagged_events("Plans to establish leadership structures between central and local government are "
                           "now scheduled for Summer 2026.", published=date(2026, 4, 10))
    assert [(e.title, e.kind, e.precision, e.start) for e in events] == [
        ("Establishment of leadership structures between central and local government", "milestone", "approximate",
         date(2026, 6, 1))]


@pytest.mark.parametrize("text", [
    "The rate was cut on 1 July 2019.",                              # told after it happened
    "Analysts said interest rates could be cut in March 2026.",      # a guess
    "The levy will not be raised on 1 April 2026.",                  # a denial
    "He has plans to visit the plant on 3 June 2025 with investors.",  # a plan with no schedule word: as before
])
def test_guesses_denials_and_changes_already_made_are_no_change_milestones(text):
    assert not any(kind == "milestone" for _, kind, _ in entries(text, date(2025, 5, 10)))


@pytest.mark.parametrize("text, title", [
    ("Passengers across the North of England will benefit from more than 400 extra services a week when the new "
     "national rail timetable comes into force on Sunday 13 December 2026.",
     "Entry into force of the new national rail timetable"),
    ("The annual maintenance contract with Kone expires on 28.02.2027.", "Expiry of the annual maintenance contract"),
    ("Tickets for the Yeovil game go on sale online at 10am on Monday 30 November 2026.",
     "Tickets for the Yeovil game on sale"),
])
def test_a_milestone_verb_is_named_by_its_own_subject(text, title):
    assert [t for t, _, _ in entries(text, date(2026, 11, 20))] == [title]


def test_a_short_bracket_inside_the_subject_of_a_milestone_verb_stays_in_its_name():
    text = ("The timetable, however, is being amended: under the omnibus agreed on 7 May 2026, requirements for "
            "stand-alone (Annex III) high-risk systems would apply from 2 December 2027.")
    assert ("Start of application of requirements for stand-alone (Annex III) high-risk systems", "milestone",
            "2027-12-02") in entries(text, date(2026, 6, 1))
