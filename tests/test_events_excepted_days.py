"""A day an exception takes out of a written stretch is said, and a series over days ends with them:
a daily series leaves the day out (EXDATE, timed or all day), a plain stretch's entry notes it;
"1 to 20 March from 10am to 4pm" ends the series its days start; one evening past midnight is no range."""

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2026, 10, 7)):
    result = process_document(Document(path="p.txt", text="Notes\n\n" + text + "\n", published=date(2026, 10, 1)),
                              Options(today=today))
    return result.events


def test_a_stretch_with_an_excepted_day_notes_it() -> None:
    [entry] = _events("Pottery classes run from 3 May 2027 to 30 June 2027, except 31 May 2027.")
    assert (entry.start, entry.end, entry.rrule) == (date(2027, 5, 3), date(2027, 6, 30), None)
    assert "the stretch leaves out 2027-05-31, as the document says" in entry.notes


def test_daily_hours_over_days_leave_the_excepted_day_out() -> None:
    [entry] = _events("The craft fair runs 3-5 May 2027 from 10am to 4pm, except 4 May.")
    assert entry.rrule == "FREQ=DAILY;UNTIL=20270505T235959"
    assert entry.exdates == [datetime(2027, 5, 4, 10, 0)]


def test_an_all_day_daily_series_leaves_the_excepted_day_out() -> None:
    [entry] = _events("The winter exhibition is open daily from 1 December to 20 December 2027, except 12 December.")
    assert (entry.start, entry.rrule) == (date(2027, 12, 1), "FREQ=DAILY;UNTIL=20271220")
    assert entry.exdates == [date(2027, 12, 12)]


def test_a_daily_series_over_days_with_hours_ends_with_its_days() -> None:
    [entry] = _events("The winter exhibition is open daily from 1 to 20 December 2027 from 10am to 4pm.")
    assert entry.start == datetime(2027, 12, 1, 10, 0)
    assert entry.rrule == "FREQ=DAILY;UNTIL=20271220T235959"


def test_an_evening_past_midnight_does_not_end_a_weekly_series() -> None:
    [entry] = _events("The jazz club meets every Friday from 8 January 2027, from 9pm to 1am.")
    assert "UNTIL" not in entry.rrule
