"""A meeting moved by a verb the schedule table already knows as a move ("rearranged for",
"switched to", "re-arranged for") keeps only its new day: the old day written before the verb
("set for 14 May has been rearranged for 21 May") is no entry of its own (red team 46: the old day
stayed and the new one was lost, while "has been moved to" was read right)."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 4, 2)


def _days(sentence: str) -> list[tuple[str, date]]:
    return [(e.title, e.start) for e in tagged_events(sentence, published=PUBLISHED)]


def test_rearranged_for_keeps_only_the_new_day():
    assert _days("The Licensing Sub-Committee hearing set for 14 May has been rearranged for 21 May.") == [
        ("Licensing Sub-Committee hearing", date(2027, 5, 21))]


def test_rearranged_to_after_a_bracketed_old_day_keeps_only_the_new_day():
    assert _days("The trustees' meeting, previously fixed for 3 June, was rearranged to 10 June because of "
                 "the bank holiday.") == [("Trustees' meeting", date(2027, 6, 10))]


def test_switched_to_keeps_only_the_new_day():
    assert _days("The Harbour Board meeting on 12 May has been switched to 19 May.") == [
        ("Harbour Board meeting", date(2027, 5, 19))]


def test_a_hyphenated_re_arranged_after_a_modal_chain_keeps_only_the_new_day():
    assert _days("Our open evening planned for Thursday 6 May has had to be re-arranged for Thursday 13 May.") == [
        ("Open evening", date(2027, 5, 13))]


def test_two_moves_in_one_sentence_each_keep_their_new_day():
    assert _days("The Audit Committee meeting planned for 4 May has been rearranged for 11 May, and the "
                 "Standards Panel due to sit on 6 May has been moved to 13 May.") == [
        ("Audit Committee meeting", date(2027, 5, 11)), ("Standards Panel", date(2027, 5, 13))]
