"""Weekly activity timetables written in weekday blocks (weekday_blocks.py): a line opening with one
weekday ("Monday;", "Tuesday:") and the indented lines under it each give an activity and its hours;
under a lead-in that says the activities run weekly, every such row is a weekly series on its block's
weekday, named by its own words, at its own hours. A row marked "fortnightly" repeats every two weeks,
and a day written in a row ("starting 14th Sept") is its first session, not an entry of its own.
Without such a lead-in the blocks are one week's programme and stay one-offs."""
# Provenance: session 27, class "community and membership newsletters" (ev27c's half A: a village
# newsletter's "Our weekly activities continue" over "Monday; Art class 10.30-12.30am" became one-off
# days in September, half the rows lost).

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date) -> set[tuple[str, str, str, str | None]]:
    return {(e.title, str(e.start)[:16], str(e.end)[:16] if e.end else "", e.rrule)
            for e in tagged_events(text, published=published)}


_WEEK = ("Parish Rooms news\n\n"
         "Our regular weekly sessions carry on as usual, all welcome:\n\n"
         "Monday; Yoga for beginners 9.30-10.30am\n"
         "          Bridge club 2-4pm\n\n"
         "Tuesday: Baby and toddler group 10.00-11.30am\n"
         "          Bingo 7-9pm\n")


def test_rows_under_weekday_labels_are_weekly_series() -> None:
    got = _entries(_WEEK, date(2031, 3, 5))
    assert got == {
        ("Yoga for beginners", "2031-03-10 09:30", "2031-03-10 10:30", "FREQ=WEEKLY;BYDAY=MO"),
        ("Bridge club", "2031-03-10 14:00", "2031-03-10 16:00", "FREQ=WEEKLY;BYDAY=MO"),
        ("Baby and toddler group", "2031-03-11 10:00", "2031-03-11 11:30", "FREQ=WEEKLY;BYDAY=TU"),
        ("Bingo", "2031-03-11 19:00", "2031-03-11 21:00", "FREQ=WEEKLY;BYDAY=TU")}


def test_a_fortnightly_row_starting_on_a_day_repeats_every_two_weeks_from_it() -> None:
    text = ("Hall bulletin\n\n"
            "Our weekly activities, with two new ones this term:\n\n"
            "Wednesday: Knit and natter 2-4pm\n"
            "           Family history group 7-9pm (fortnightly starting 16th April)\n\n"
            "Thursday: Watercolour class is starting on 10th April, 10am-12pm\n")
    got = _entries(text, date(2031, 3, 20))
    assert got == {
        ("Knit and natter", "2031-03-26 14:00", "2031-03-26 16:00", "FREQ=WEEKLY;BYDAY=WE"),
        ("Family history group", "2031-04-16 19:00", "2031-04-16 21:00", "FREQ=WEEKLY;BYDAY=WE;INTERVAL=2"),
        ("Watercolour class", "2031-04-10 10:00", "2031-04-10 12:00", "FREQ=WEEKLY;BYDAY=TH")}


def test_weekday_blocks_with_no_weekly_lead_in_stay_one_week() -> None:
    text = ("Festival week programme\n\n"
            "Monday; Opening concert 7-9pm\n"
            "Tuesday; Quiz night 8-10pm\n")
    got = _entries(text, date(2031, 6, 2))
    assert all(rule is None for _, _, _, rule in got)
