"""An event told as once planned ("The village fete was due to take place on 14 August.") and called
off in the next sentence, which writes no day of its own ("The committee said it had no choice
but to call it off."), gives no entry: the day goes to the report. A condition in the next
sentence, or a plan that still holds, keeps the entry."""
# Provenance: session 63, class "days the page marks as cancelled" (ev63b).

from __future__ import annotations

from events_helpers import page_events


def _days(text: str) -> set[str]:
    return {str(e.start)[:10] for e in page_events(text, "2030-06-02")}


def test_a_plan_called_off_in_the_next_sentence_gives_no_entry():
    days = _days("The Millbrook village fete was due to take place on August 14. The committee said it had no "
                 "choice but to call off the fete.\n\nVolunteers thanked residents for their support.\n")
    assert "2030-08-14" not in days


def test_a_scheduled_regatta_scrapped_in_the_next_sentence():
    days = _days("The Lakeside regatta was scheduled for Saturday, July 6. Organisers have now scrapped it "
                 "because of low water.\n")
    assert "2030-07-06" not in days


def test_a_condition_in_the_next_sentence_calls_nothing_off():
    days = _days("The Millbrook village fete is due to take place on August 14. If heavy rain is forecast, the "
                 "committee may cancel the event.\n")
    assert "2030-08-14" in days
