"""A month or day an act is dated by only as a habit ("it's a tradition for the maker to launch new
models in May", "it is customary to open the fair in June") gives no entry: nothing is dated once
(not_events.in_habit_frame, resources/habit_words.en.txt). Session 44, R57 10."""

from __future__ import annotations

import pytest

from events_helpers import page_entries


@pytest.mark.parametrize("text", [
    "Still, it's a tradition for the studio to publish a new catalogue in March.",
    "It is customary for the trust to announce its grants in November.",
    "It has become the norm for the club to unveil new kits in July.",
])
def test_an_act_stated_as_a_habit_gives_no_entry(text):
    assert page_entries(text, "2031-01-20") == []


def test_the_same_act_stated_once_is_still_an_entry():
    assert [kind for _, kind, _ in page_entries("The studio will publish a new catalogue in March.", "2031-01-20")] \
        == ["milestone"]
