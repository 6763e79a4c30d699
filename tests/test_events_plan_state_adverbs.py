"""An adverb that only says how firm a plan stands ("currently", "now", "provisionally") inside an
event verb phrase ("is currently scheduled for") leaves the phrase an event verb: the day is the
subject's entry, as "is scheduled for" alone gives it (R71 01's class: the adverb hid the verb and
the day gave nothing)."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries


def test_a_plan_state_adverb_inside_the_event_verb_keeps_the_entry():
    text = "The first stargazing night of the season is currently scheduled for Thursday 15th of May."
    assert page_entries(text, "2025-03-02") == [("First stargazing night of the season", "event", date(2025, 5, 15))]


def test_now_and_provisionally_are_passed_over_too():
    now = "The second viewing night is now scheduled for Saturday 21 June."
    assert page_entries(now, "2025-03-02") == [("Second viewing night", "event", date(2025, 6, 21))]
    later = "The last garden night is provisionally scheduled for Sunday 13 July."
    assert page_entries(later, "2025-03-02") == [("Last garden night", "event", date(2025, 7, 13))]


def test_the_same_sentence_without_the_adverb_is_unchanged():
    text = "The second viewing night is scheduled for Saturday 21 June."
    assert page_entries(text, "2025-03-02") == [("Second viewing night", "event", date(2025, 6, 21))]
