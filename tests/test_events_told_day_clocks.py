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


def test_a_today_told_ahead_times_the_closures_after_it() -> None:
    text = ("The city marathon will take place in Riverton today (Sunday).\n"
            "Police released a traffic plan for the race.\n"
            "Bus services will remain suspended from 6 AM till 12 PM in the centre. Moreover, Mill Lane will "
            "remain completely closed from 6 AM to 3 PM.\n")
    got = {e.title: (str(e.start)[:16], str(e.end)[:16]) for e in tagged_events(text, published=date(2023, 3, 19))}
    assert got.get("Bus services suspended") == ("2023-03-19 06:00", "2023-03-19 12:00"), got
    assert got.get("Mill Lane closed") == ("2023-03-19 06:00", "2023-03-19 15:00"), got


def test_a_clock_naming_a_thing_told_on_another_day_takes_no_day() -> None:
    text = ("The club will hold its open meeting on Thursday, 8 June. Nominations close on Wednesday, 7 June. "
            "The meeting will begin at 7:30 PM.\n")
    got = _starts(text, date(2023, 5, 20))
    assert "Meeting begins" not in got, got     # (another reader's 'Open meeting' on 7 June is as on main)


def test_a_state_kept_over_a_whole_day_is_no_act_of_its_own() -> None:
    # "will remain"/"will stay" lead an act only over a clock window (state_passive_leads): over a
    # whole day the closure readers name the day, and a second entry would tell it twice
    text = ("On 9 May, dealing will be halted on both exchanges for the festival. As things stand, the "
            "exchanges will remain closed on 9 May.\n")
    got = _starts(text, date(2024, 5, 6))
    assert not any(title.endswith("closed") for title in got), got
