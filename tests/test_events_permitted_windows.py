"""Windows of leave (R69 class 1, R68 class 1): "may" or "can" before an act whose date is a window
with a clock at each end tells when the act is allowed, and the window is the entry ("Paper
lanterns can be lit between 9 pm and 11 pm on 14 August"; "From 9am ... until 6pm ... you may place
offers online"). A negation, a condition, a single clock or a passive of something that befalls
people ("delays can be expected") gives nothing, as before. The irregular participles "lit" and
"burst" are passives too ("will be lit at 9 pm")."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2025, 3, 2)


def _entries(text: str):
    return [(e.title, e.start, e.end) for e in tagged_events(text + "\n", published=PUBLISHED)]


def test_a_passive_with_can_and_a_clock_window_is_the_window():
    assert _entries("Paper lanterns can be lit between 9 pm and 11 pm on 14 August.") == [
        ("Paper lanterns lit", datetime(2025, 8, 14, 21), datetime(2025, 8, 14, 23))]


def test_a_passive_with_may_and_burst():
    assert _entries("Crackers may be burst from 7 pm to 9 pm on 2 May.") == [
        ("Crackers burst", datetime(2025, 5, 2, 19), datetime(2025, 5, 2, 21))]


def test_the_reader_may_act_in_a_fronted_window_of_two_days():
    text = ("From 9am on Tuesday 8th April 2025 until 6pm on Thursday 10th April 2025 you may place offers "
            "online on items in the sale.")
    assert _entries(text) == [("Place offers online", datetime(2025, 4, 8, 9), datetime(2025, 4, 10, 18))]


def test_a_negated_leave_gives_nothing():
    assert _entries("You may not light fires between 9 pm and 11 pm on 14 August.") == []


def test_what_befalls_people_in_a_window_is_no_leave():
    assert _entries("Delays can be expected between 7 am and 9 am on 14 August.") == []


def test_a_condition_keeps_the_leave_out():
    assert _entries("If the wind drops, lanterns can be lit between 9 pm and 11 pm on 14 August.") == []


def test_one_clock_is_no_window():
    assert _entries("Lanterns can be lit at 9 pm on 14 August.") == []


def test_lit_is_a_participle_of_a_plain_passive():
    assert _entries("The beacon will be lit at 9 pm on 14 August.") == [
        ("Beacon lit", datetime(2025, 8, 14, 21), None)]


def test_a_window_of_another_verb_is_not_the_leave_s():
    text = "Season passes can be booked on 2 May and must be paid between 9 a.m. on May 3 and 5 p.m. on May 6."
    assert not any(title.endswith("booked") for title, _, _ in _entries(text))
