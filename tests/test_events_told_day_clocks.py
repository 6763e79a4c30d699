"""A clock told in the sentence after its day times what that sentence names: "... will be held on
Saturday, 14 October. The lantern parade will begin at 6:15 PM, and the bonfire will begin promptly
at 7:00 PM" gives both (told_day_clocks.day_told_before, stated_schedules), and "At 4pm the auction
will resume" opens with its clock (schedule_fronted_leads); a second clause with its own subject is no
retiming of the first clock (superseded._retimed)."""
# Provenance: session 56 (R69 class 2, pages 03 and 06); texts written for the test.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _starts(text: str, published: date) -> dict[str, str]:
    return {e.title: str(e.start)[:16] for e in tagged_events(text, published=published)}


def test_two_clocks_in_the_next_sentence_each_time_their_own_subject() -> None:
    text = ("The harvest festival will be held on Saturday, 14 October. The lantern parade will begin at 6:15 PM, "
            "and the bonfire will begin promptly at 7:00 PM.\n")
    got = _starts(text, date(2023, 9, 20))
    assert got.get("Lantern parade") == "2023-10-14 18:15", got      # an event noun names it
    assert got.get("Bonfire begins") == "2023-10-14 19:00", got      # its subject and verb name it


def test_a_fronted_clock_after_the_days_sentence() -> None:
    text = "At 1pm on 9th June the online auction will pause for an hour. At 2pm the auction will resume in the hall.\n"
    got = _starts(text, date(2022, 5, 20))
    assert got.get("Auction resumes") == "2022-06-09 14:00", got


def test_a_clock_after_a_blank_line_takes_no_day() -> None:
    text = "The harvest festival will be held on Saturday, 14 October.\n\nThe lantern parade will begin at 6:15 PM.\n"
    got = _starts(text, date(2023, 9, 20))
    assert "Lantern parade begins" not in got, got


def test_a_sentence_with_its_own_day_is_read_as_before() -> None:
    text = ("The harvest festival will be held on Saturday, 14 October. The lantern parade will begin at 6:15 PM "
            "on Sunday, 15 October.\n")
    got = _starts(text, date(2023, 9, 20))
    assert not any(v == "2023-10-14 18:15" for v in got.values()), got
