"""Worship services are events ("The next mass
will be on Sunday 6 June at 10.30am", "Mass will be celebrated on ...", "Back to Church Sunday
will be on ..."), and "the next X will be on <date>" names X an occasion; but "mass" and
"service" as modifiers or names of bodies ("mass layoffs", "the Forest Service") are not."""
# Provenance: Round-8b red-team class C3 in the events stage.

from __future__ import annotations

from datetime import date, datetime

import pytest

from events_helpers import tagged_events

PUBLISHED = date(2021, 5, 27)
SUNDAY = datetime(2021, 6, 6, 10, 30)


@pytest.mark.parametrize("text, title", [
    ("The next mass will be on Sunday 6 June at 10.30am.", "Next mass"),
    ("The next service will be on Sunday 6 June at 10.30am.", "Next service"),
    ("The next Family Mass will be on Sunday 6 June at 10.30am.", "Next Family Mass"),
    ("Mass will be celebrated on Sunday 6 June at 10.30am.", "Mass"),
    ("Our next collection will be on Sunday 6 June at 10.30am.", "Next collection"),
    ("Sung Eucharist is at 10.30am on Sunday 6 June.", "Sung Eucharist"),
    ("Morning worship on Sunday 6 June at 10.30am.", "Morning worship"),
])
def test_a_worship_service_or_the_next_occasion_is_an_event(text, title):
    events = tagged_events(text, published=PUBLISHED)
    assert [(e.title, e.start) for e in events] == [(title, SUNDAY)]


def test_a_named_sunday_is_on_its_date():
    events = tagged_events("Back to Church Sunday will be on Sunday 5th September at 10.30am.", published=PUBLISHED)
    assert [(e.title, e.start) for e in events] == [("Back to Church Sunday", datetime(2021, 9, 5, 10, 30))]


@pytest.mark.parametrize("text", [
    "The company announced mass layoffs on Monday 7 June.",
    "Investigators found mass graves on Monday 7 June.",
    "The Forest Service said on Monday 7 June that the fire was contained.",
    "The service will be available to all customers from Monday 7 June.",
    "The focus will be on jobs, the minister said on Monday 7 June.",
    "Customer service hours change on Monday 7 June.",
])
def test_mass_and_service_as_modifiers_or_names_are_no_worship(text):
    events = tagged_events(text, published=PUBLISHED)
    assert not any(e.title.lower().endswith(("mass", "service", "focus")) for e in events), [e.title for e in events]
