"""Ordinal weekdays of a monthly habit written apart from "of each month" (class B of round 32,
session 25):
- "two walks a month - on the first Wednesday and the third Saturday": MONTHLY 1WE and 3SA,
  and the bare rate gives no entry of its own;
- a coordination whose last member carries "of every month" gives each member its series, and
  series of one phrase on different days are a list, each kept;
- "Wednesday walks are short" after them names the series' occasions, no day of its own;
- without a monthly rate in the sentence an ordinal weekday stays as the tagger read it."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 3, 2)     # a Tuesday


def _rules(text: str):
    return sorted((e.rrule or "", str(e.start)) for e in tagged_events(text, published=PUBLISHED))


def test_ordinal_weekdays_in_a_sentence_with_a_monthly_rate_are_monthly_series():
    text = ("The ramblers hold two walks a month - on the first Wednesday and the third Saturday. "
            "Wednesday walks are short and Saturday walks go further.\n")
    assert _rules(text) == [("FREQ=MONTHLY;BYDAY=1WE", "2027-03-03"), ("FREQ=MONTHLY;BYDAY=3SA", "2027-03-20")]


def test_each_member_of_a_monthly_coordination_keeps_its_series():
    text = "Walks are held on the second Thursday and the fourth Sunday of every month.\n"
    assert _rules(text) == [("FREQ=MONTHLY;BYDAY=2TH", "2027-03-11"), ("FREQ=MONTHLY;BYDAY=4SU", "2027-03-28")]


def test_two_weekly_series_of_one_phrase_are_both_kept():
    text = "Walks are held every Wednesday and every Saturday.\n"
    assert [r for r, _ in _rules(text)] == ["FREQ=WEEKLY;BYDAY=SA", "FREQ=WEEKLY;BYDAY=WE"]


def test_an_ordinal_weekday_without_a_monthly_rate_is_no_monthly_series():
    text = "The first Wednesday after the holiday will see the walks resume.\n"
    assert not any(r.startswith("FREQ=MONTHLY") for r, _ in _rules(text))
