"""Key-dates rows and month columns: a month naming a row ("June Recess begins") keeps its words
and the row's clock, a bracketed weekday ("(Mon.)") is the row's weekday column, a holiday row's
"; classes do not meet" only closes the day, and a table or line of monthly figures writes no day."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2026, 10, 7)):
    result = process_document(Document(path="p.txt", text="Notes\n\n" + text + "\n", published=date(2026, 10, 1)),
                              Options(today=today))
    return result.events


def test_a_month_naming_a_key_dates_row_keeps_its_words_and_the_rows_clock() -> None:
    # "June 5 (Thurs.) June Recess begins, 5:30 p.m.": the month names the recess, the clock is the row's
    text = ("Academic calendar 2028\n\n"
            "May 30 (Tues.) Classes end, 5:30 p.m.\n"
            "June 5 (Mon.) June Recess begins, 5:30 p.m.\n"
            "June 19 (Mon.) Classes resume, 8:30 a.m.\n")
    found = {(e.title, str(e.start)) for e in _events(text)}
    assert ("June Recess begins", "2028-06-05 17:30:00") in found, found


def test_key_dates_rows_with_a_bracketed_weekday_are_rows_and_a_named_closure_is_kept() -> None:
    # "September 23 (Mon.) Labor Day; Classes do not meet": the bracketed weekday is the row's
    # weekday column, the holiday names the day and "; classes do not meet" only closes it
    text = ("Academic calendar\n\nFall Term 2028\n\n"
            "September 1 (Fri.) Course Fair, 9:00 a.m.\n"
            "September 4 (Mon.) Labor Day; Classes do not meet\n"
            "September 5 (Tues.) Fall Term Classes Begin\n"
            "January 15 (Mon.) NO CLASSES – Martin Luther King Holiday\n"
            "January 16 (Tues.) No classes\n")
    found = {(e.title, str(e.start)) for e in _events(text)}
    assert ("Course Fair", "2028-09-01 09:00:00") in found, found
    assert ("Labor Day", "2028-09-04") in found, found
    assert ("NO CLASSES – Martin Luther King Holiday", "2029-01-15") in found, found
    assert not any(day == "2029-01-16" for _, day in found), found


def test_a_months_figures_are_no_days() -> None:
    # review 19 M1, M2: a table or a line of monthly counts writes no day of anything
    table = ("Attendance\n\n| Month | Members | Visitors |\n|---|---|---|\n"
             "| January | 12 | 30 |\n| February | 15 | 22 |\n| March | 18 | 9 |\n")
    line = "Attendance last year:\nJanuary: 12 Adults, 30 Children\nFebruary: 9 Adults, 14 Children\n"
    assert _events(table) == [] and _events(line) == []
    programme = ("Programme 2027\n\n| Month | Day | Speaker |\n|---|---|---|\n"
                 "| January | 12 | Jane Roe: Bees |\n| February | 9 | John Doe: Castles |\n| March | 9 | Ann Poe: Trains |\n")
    assert [str(e.start) for e in _events(programme)] == ["2027-01-12", "2027-02-09", "2027-03-09"]
