"""A printed calendar writes each day of a break on a row of its own with the same words on every row; read row by
row that was one entry a day, none of them saying when the break ends. Same-worded all-day entries on consecutive
days, with no other date written between them, are one entry from the first day to the last. A run broken by
another row, days that skip one, deadlines and timed sessions stay one entry a day."""
# Provenance: class 2 of round R50 (a school's printed calendar), in wordings of our own; session 37.

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2031-02-01"


def _spans(text: str) -> list[tuple[str, date | datetime, date | datetime | None]]:
    return sorted(((e.title, e.start, e.end) for e in page_events(text, PUBLISHED)), key=lambda t: str(t[1]))


def test_a_break_written_day_by_day_under_its_dates_is_one_entry():
    text = ("Office calendar\n\n"
            "Thursday, 3rd April 2031\nStaff away day - office closed\n"
            "Monday, 7th April 2031\nEaster break - office closed\n"
            "Tuesday, 8th April 2031\nEaster break - office closed\n"
            "Wednesday, 9th April 2031\nEaster break - office closed\n"
            "Thursday, 10th April 2031\nEaster break - office closed\n"
            "Tuesday, 15th April 2031\nFirst day back\n")
    spans = _spans(text)
    easter = [s for s in spans if s[0].startswith("Easter break")]
    assert [(s[1], s[2]) for s in easter] == [(date(2031, 4, 7), date(2031, 4, 10))], spans
    assert any(s[0].startswith("Staff away day") and s[1] == date(2031, 4, 3) for s in spans), spans


def test_rows_with_their_label_after_the_day_on_one_line_are_one_entry_too():
    text = ("Library opening 2031\n\n"
            "Sat 24 May 2031 - Stocktake, library closed\n"
            "Sun 25 May 2031 - Stocktake, library closed\n"
            "Mon 26 May 2031 - Stocktake, library closed\n"
            "Sat 7 June 2031 - Summer reading launch\n")
    spans = _spans(text)
    stock = [s for s in spans if "Stocktake" in s[0]]
    assert [(s[1], s[2]) for s in stock] == [(date(2031, 5, 24), date(2031, 5, 26))], spans


def test_consecutive_days_listed_under_one_label_are_one_entry():
    text = ("Art trail 2031\n\n"
            "Open studios: Friday 2 May, Saturday 3 May and Sunday 4 May 2031.\n\n"
            "The festival choir sings on 9 May 2031.\n")
    spans = _spans(text)
    assert [(s[1], s[2]) for s in spans if s[0] == "Open studios"] == [(date(2031, 5, 2), date(2031, 5, 4))], spans


def test_a_run_broken_by_another_row_or_a_skipped_day_stays_apart():
    text = ("Club calendar\n\n"
            "Monday, 3rd March 2031\nHall closed\n"
            "Tuesday, 4th March 2031\nFloor polishing\n"
            "Wednesday, 5th March 2031\nHall closed\n"
            "Friday, 7th March 2031\nHall closed\n")
    spans = _spans(text)
    closed = [(s[1], s[2]) for s in spans if s[0] == "Hall closed"]
    assert len(closed) == 3, spans
    assert all(end in (None, start) for start, end in closed), spans


def test_two_days_of_one_label_told_apart_by_a_note_stay_two():
    text = ("Holiday opening\n\n"
            "Founders Day: October 3, 2031 (observed) & October 4, 2031 |\n"
            "Both offices closed. |\n"
            "Harvest Day: November 10, 2031 |\n"
            "Both offices closed. |\n")
    spans = _spans(text)
    assert sorted(s[1] for s in spans if s[1] < date(2031, 11, 1)) == [date(2031, 10, 3), date(2031, 10, 4)], spans
    assert all(end in (None, start) for _, start, end in spans), spans


def test_deadlines_and_timed_sessions_on_consecutive_days_stay_one_a_day():
    text = ("Key dates\n\n"
            "Monday, 12th May 2031\nDeadline for entries\n"
            "Tuesday, 13th May 2031\nDeadline for entries\n\n"
            "Rehearsals\n\n"
            "Friday 20 June 2031, 7pm - Choir rehearsal\n"
            "Saturday 21 June 2031, 7pm - Choir rehearsal\n")
    spans = _spans(text)
    assert sum(1 for s in spans if s[0].startswith("Choir rehearsal")) == 2, spans
    assert all(end in (None, start) or isinstance(start, datetime) for _, start, end in spans), spans
