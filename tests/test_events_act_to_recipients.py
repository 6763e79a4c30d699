"""What the organiser will publish or send to someone by a day is its milestone, with the
recipients (and an aside) between the act and the day: "Responses will be published to all
bidders, anonymised, by 2 December 2026" is no deadline for responses."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _kinds(text: str) -> list[tuple[str, str, date]]:
    return [(e.kind, e.title, e.start) for e in tagged_events(text, published=date(2026, 11, 9))]


def test_an_act_sent_to_recipients_by_a_day_is_a_milestone():
    assert _kinds("Responses will be published to all bidders by 2 December 2026.") == [
        ("milestone", "Responses published", date(2026, 12, 2))]


def test_an_aside_between_recipients_and_the_day_is_passed_over():
    assert _kinds("Responses will be published to all bidders, anonymised, by 2 December 2026.") == [
        ("milestone", "Responses published", date(2026, 12, 2))]


def test_the_reader_s_own_act_to_a_recipient_stays_a_deadline():
    found = _kinds("Completed forms must be returned to the parish office by 2 December 2026.")
    assert [k for k, _, _ in found] == ["deadline"]


def test_a_to_infinitive_is_no_recipient_phrase():
    # "asked to send their CVs by": "to" opens what the reader must do, not whom the act reaches
    for text in ("Applicants will be asked to send their CVs by 1 December 2026.",
                 "Members will be invited to submit proposals by 15 December 2026.",
                 "The various stakeholders will be required to submit their representatives by 4 December 2026."):
        assert [k for k, _, _ in _kinds(text)] == ["deadline"], text
