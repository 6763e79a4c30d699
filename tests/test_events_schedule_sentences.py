"""Weekly schedules told in prose sentences (schedule_sentences.py): a sentence that says from
when a weekday's services run, that they stay as they are, or names them in the plural, gives a
weekly series for each clock, starting on or after the day it names; the sentences just after a
change of a weekday's services give one series each. Past, negated, conditional or one-off
sentences give none."""
# Provenance: session 24, class C of round 31 (weekly schedules told in prose became one-offs).

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _series(text: str, published: date) -> set[tuple[str, str, str | None]]:
    return {(e.title, str(e.start)[:16], e.rrule) for e in tagged_events(text, published=published)}


def test_an_effective_day_starts_the_weekday_series_of_its_sentence() -> None:
    text = ("Chapel news\n\nFrom now on the chapel will hold Communion at 9 AM on Tuesday morning "
            "starting March 4th.\n")
    assert _series(text, date(2031, 2, 10)) == {
        ("Tuesday morning Communion", "2031-03-04 09:00", "FREQ=WEEKLY;BYDAY=TU")}


def test_each_clock_of_a_fronted_change_is_its_own_series() -> None:
    text = ("Service times\n\nStarting June 1, 2031, Sunday morning services will be 8:00 a.m. and 10:30 a.m.\n")
    assert _series(text, date(2031, 5, 12)) == {
        ("Sunday morning service", "2031-06-01 08:00", "FREQ=WEEKLY;BYDAY=SU"),
        ("Sunday morning service", "2031-06-01 10:30", "FREQ=WEEKLY;BYDAY=SU")}


def test_a_schedule_that_stays_the_same_gives_each_weekday_its_clocks() -> None:
    text = ("Parish bulletin\n\nOur weekend Mass times (5pm Vigil Saturday and 9am and 11am on Sunday) "
            "remain unchanged.\n")
    got = _series(text, date(2031, 4, 2))
    assert got == {("Vigil Mass", "2031-04-05 17:00", "FREQ=WEEKLY;BYDAY=SA"),
                   ("Sunday Mass", "2031-04-06 09:00", "FREQ=WEEKLY;BYDAY=SU"),
                   ("Sunday Mass", "2031-04-06 11:00", "FREQ=WEEKLY;BYDAY=SU")}


def test_the_sentences_after_a_change_of_a_weekdays_services_give_one_series_each() -> None:
    text = ("Winter timetable\n\nPublished 3 November 2031\n\n"
            "The times of Friday prayers will change from Monday 10th November.\n\n"
            "The first Friday prayer will begin shortly before 1pm.\n\n"
            "The second prayer will start at 1.40pm so students can reach 2pm classes.\n\n"
            "A later prayer will be arranged after 2pm.\n")
    got = _series(text, date(2031, 11, 3))
    assert got >= {("First Friday prayer", "2031-11-14 13:00", "FREQ=WEEKLY;BYDAY=FR"),
                   ("Second prayer", "2031-11-14 13:40", "FREQ=WEEKLY;BYDAY=FR")}
    assert not any(start.endswith("14:00") for _, start, _ in got)


def test_a_weekday_and_clock_with_no_cue_stay_one_day() -> None:
    text = "Choir\n\nWe will sing at the Mass on Saturday at 6pm.\n"
    assert all(rule is None for _, _, rule in _series(text, date(2031, 4, 2)))


def test_past_negated_and_one_off_sentences_give_no_series() -> None:
    for sentence in ("Sunday morning Masses were held at 8am and 10am as from May 4th.",
                     "Sunday morning Masses will not be at 8am starting May 4th.",
                     "If the hall is free, Sunday morning Masses will be at 8am starting May 4th.",
                     "Sunday morning Masses will be at 8am this coming Sunday only, starting May 4th."):
        got = _series(f"Notice\n\n{sentence}\n", date(2031, 4, 20))
        assert all(rule is None for _, _, rule in got), sentence


def test_an_old_time_changed_to_a_new_one_is_no_series_of_both() -> None:
    text = "Notice\n\nThe regular Saturday evening Mass moves from 5:30 p.m. to 4:00 p.m.\n"
    assert not any(rule is not None and start.endswith("17:30") for _, start, rule in _series(text, date(2031, 4, 2)))


def test_a_service_named_for_its_weekday_stands_for_the_weekday() -> None:
    text = ("Mosque notice\n\nWith effect from March 7, the Jummah prayer will begin at 1:15 pm in the main hall.\n")
    assert _series(text, date(2031, 2, 20)) == {("Jummah prayer", "2031-03-07 13:15", "FREQ=WEEKLY;BYDAY=FR")}


def test_a_weekday_told_with_a_monthly_rate_is_no_weekly_series() -> None:
    text = "Tenants forum\n\nThe forum sits twice a month on Wednesdays, from 6:30pm.\n"
    assert all(rule is None or "WEEKLY" not in rule for _, _, rule in _series(text, date(2031, 2, 20)))


def test_an_ordinary_coming_day_is_no_weekly_series() -> None:
    # "as normal" / "as usual" say the day runs as it ordinarily does, not that the times repeat
    for sentence in ("The bakery will reopen at 8am on Wednesday as normal after the flood.",
                     "The pool will open at 7am on Sunday as usual despite the repairs."):
        got = _series(f"Local news\n\n{sentence}\n", date(2031, 4, 2))
        assert got and all(rule is None for _, _, rule in got), sentence


def test_services_told_for_this_week_only_are_no_weekly_series() -> None:
    for sentence in ("Friday prayers at 1pm will be led by a guest speaker this week.",
                     "Friday prayers at 1pm will be held in the sports hall tomorrow."):
        got = _series(f"Notice\n\n{sentence}\n", date(2031, 4, 3))
        assert all(rule is None for _, _, rule in got), sentence


def test_a_standing_cue_times_only_its_own_clause() -> None:
    text = ("Village notes\n\nThe market will open at 7am on Thursday and the regular quiz will start "
            "at 8pm on Friday.\n")
    got = _series(text, date(2031, 4, 2))
    assert any(start == "2031-04-03 07:00" and rule is None for _, start, rule in got)
    assert not any(start.endswith("07:00") and rule is not None for _, start, rule in got)
