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


def test_a_group_named_at_the_head_of_its_subject_is_given_leave():
    # R77 class 1: "Those interested in X can register online from T1 on D1, to T2 on D2" gave nothing
    text = "Those interested in seeing the old mill can register online from 9:30am on March 3, to 6:00pm on March 7."
    assert _entries(text) == [("Register online", datetime(2025, 3, 3, 9, 30), datetime(2025, 3, 7, 18))]


def test_members_of_a_named_group_may_act_in_the_window():
    assert _entries("Members of the rowing club may book boats between 9 am and 5 pm on 14 March.") == [
        ("Book boats", datetime(2025, 3, 14, 9), datetime(2025, 3, 14, 17))]


def test_a_group_heading_a_long_subject_is_not_read():
    assert _entries("Those living near the old quarry on the hill can fish in the lake from 9:30am on March 3 "
                    "to 6:00pm on March 7.") == []
