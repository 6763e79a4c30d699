"""What a date in a list or run attaches to, in wordings of
our own:

- in a run written "Month Dth, Month Dth" a day belongs to the month before it, never to the month
  that opens the next item after a comma;
- schedule table cells that lost the blank between them ("9th Oct4th Nov", "May 2May 16") are
  separate dates;
- AP-style runs written clock first ("4 to 7 p.m. Thursday, 8 a.m. to 3 p.m. Friday") give each
  clock range to the weekday after it, and a run of weekdays goes forward."""
# Provenance: session 17, round 22 classes C2 and C5.

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, title: str | None = None, today: date = date(2029, 8, 20)):
    result = process_document(Document(path="p.txt", text=text, title=title), Options(today=today))
    return sorted(result.events, key=lambda e: str(e.start))


def _days(events) -> list:
    return sorted(e.start if isinstance(e.start, date) and not isinstance(e.start, datetime)
                  else e.start.date() for e in events)


def test_a_comma_run_of_month_first_days_keeps_each_day_with_its_month():
    events = _events("Riverside Primary\n\nTerm dates 2029 - 2030\n\n"
                     "Staff training days (school closed) – Oct 1st, November 12th, February 3rd.\n")
    days = _days(events)
    assert date(2029, 10, 1) in days and date(2029, 11, 12) in days and date(2030, 2, 3) in days


def _dates(text: str, today: date) -> set[str]:
    result = process_document(Document(path="p.txt", text=text, title=None), Options(today=today))
    return {t.value[:10] for t in result.timexes}


def test_glued_table_cells_are_separate_dates():
    found = _dates("Panel dates 2029\n\nClosing date | Panel meets\n"
                   "9th Sep30th Sep\n14th Oct4th Nov\n", date(2029, 8, 20))
    assert {"2029-09-09", "2029-09-30", "2029-10-14", "2029-11-04"} <= found


def test_glued_month_first_cells_are_separate_dates():
    found = _dates("Court calendar 2029\n\nHearing dateReview dateTrial week\n"
                   "October 2October 16October 22 - 26\n", date(2029, 8, 20))
    assert {"2029-10-02", "2029-10-16", "2029-10-22"} <= found


def test_clock_first_weekday_run_gives_each_day_its_own_hours():
    text = ("Friends of the Library\n\nThe used book sale will be held in the community room from "
            "5 to 8 p.m. Thursday (members only), 9 a.m. to 5 p.m. Friday, 10 a.m. to 2 p.m. Saturday, "
            "and 9 a.m. to noon Monday.\n")
    events = _events(text, today=date(2029, 8, 20))      # a Monday
    starts = {e.start for e in events}
    assert datetime(2029, 8, 24, 9, 0) in starts            # Friday 9-5, not Thursday's second range
    assert datetime(2029, 8, 25, 10, 0) in starts           # Saturday gets its own hours
    assert datetime(2029, 8, 27, 9, 0) in starts            # the Monday after the Saturday
    assert datetime(2029, 8, 20, 9, 0) not in starts
