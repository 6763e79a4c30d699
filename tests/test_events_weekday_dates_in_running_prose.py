"""Weekday dates told in running prose after a page's first sentence, as a library or a club
writes its holiday notice: a clock set off by commas between the verb and its day ("will close
early, at 3 p.m., on Tuesday, December 31"), a date fronted with no lead word before the subject
("Next week the pool will ... and will be closed all day on ..."), and a run of days after an
occasion a "there will be" sentence introduces ("There will be several special programs for
toddlers coming up--Monday, January 6; Wednesday, January 8--that ..."): each day is an entry."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

NOTICE_DAY = date(2013, 12, 20)


def _entries(text: str) -> list[tuple[object, str]]:
    return sorted((e.start, e.title) for e in tagged_events(text, published=NOTICE_DAY))


def test_a_clock_set_off_by_commas_keeps_the_closing_verb():
    assert _entries("The museum will close early, at 3 p.m., on Tuesday, December 31.") == [
        (datetime(2013, 12, 31, 15), "Museum closes")]


def test_a_fronted_date_with_no_lead_word_leaves_the_subject_to_the_second_verb():
    found = _entries("Opening hours over the holidays.\n\n"
                     "Next week the pool will close early on Monday, December 30, "
                     "and will be closed all day on Tuesday, December 31.")
    assert [d for d, _ in found] == [date(2013, 12, 30), date(2013, 12, 31)]
    assert all("Pool" in t for _, t in found)


def test_an_occasion_after_there_will_be_names_each_day_of_the_list_after_it():
    text = ("Winter news.\n\n"
            "There will be several special programs for toddlers coming up--Monday, January 6; "
            "Wednesday, January 8; Friday, January 10--that are free, but need a ticket.")
    assert _entries(text) == [(date(2014, 1, 6), "Special programs"), (date(2014, 1, 8), "Special programs"),
                              (date(2014, 1, 10), "Special programs")]


def test_a_link_word_before_the_day_is_no_part_of_the_occasion_s_name():
    assert _entries("There will be a special program for families on Saturday, December 28.") == [
        (date(2013, 12, 28), "Special program for families")]


def test_named_items_of_a_list_keep_their_own_names():
    text = "There will be a puppet show on Monday, December 30; games afternoon, Thursday, January 2."
    assert (date(2014, 1, 2), "Puppet show") not in _entries(text)
