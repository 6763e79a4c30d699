"""Key-date lists whose rows are each an entry named by their label: rows
that open with their date and no separator ("Sept. 03, 2024 Start of Fall Semester Term A"),
label lines over value lines ("First Day of Classes" / "August 26th (Monday)", a label over
two value lines being a period), and a label holding a bracketed note before its date
("First Day of Classes (Follow Wednesday schedule) Wednesday, August 28")."""
# Provenance: Red team 12a C4.

from datetime import date

from events_helpers import tagged_events


def _rows(text: str, published: date = date(2024, 6, 1)) -> list[tuple[str, date, date]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=published)]


def test_date_led_rows_without_a_separator_are_each_an_entry():
    text = ("Fall Semester 2024 (16 weeks)\n"
            "Sept. 02, 2024 Labor Day – University Closed\n"
            "Sept. 03, 2024 Start of Fall Semester Term A\n"
            "September 05, 2024 Last day for add-drop courses\n"
            "Oct. 24, 2024 End of Term A\n")
    assert [(t, s) for t, s, _ in _rows(text)] == [
        ("Labor Day – University Closed", date(2024, 9, 2)),
        ("Start of Fall Semester Term A", date(2024, 9, 3)),
        ("Last day for add-drop courses", date(2024, 9, 5)),
        ("End of Term A", date(2024, 10, 24))]


def test_a_lone_date_led_line_needs_its_separator():
    text = "Spring news\n\nMarch 3, 2024 The Board met to discuss the budget and agreed to meet again.\n"
    assert all(t != "The Board met to discuss the budget and agreed to meet again" for t, _, _ in _rows(text))


def test_label_lines_over_value_lines_are_each_an_entry():
    text = ("Fall 2024\nFirst Day of Classes\nAugust 26th (Monday)\nLabor Day\nSeptember 2nd (Monday)\n"
            "Last Day of Classes\nNovember 15th (Friday)\n")
    assert [(t, s) for t, s, _ in _rows(text)] == [
        ("First Day of Classes", date(2024, 8, 26)), ("Labor Day", date(2024, 9, 2)),
        ("Last Day of Classes", date(2024, 11, 15))]


def test_a_label_over_two_value_lines_is_a_period():
    text = ("First Day of Classes\nNovember 25th (Monday)\nThanksgiving Recess\nNovember 27th (Wednesday)\n"
            "December 1st (Sunday)\nSpring Break\nMarch 16th (Sunday)\nMarch 23rd (Sunday)\n"
            "Last Day of Classes\nMay 21st (Wednesday)\n")
    rows = _rows(text, date(2024, 9, 1))
    assert ("Thanksgiving Recess", date(2024, 11, 27), date(2024, 12, 1)) in rows
    assert [(e - s).days for t, s, e in rows if t == "Spring Break"] == [7]
    assert [t for t, _, _ in rows] == ["First Day of Classes", "Thanksgiving Recess", "Spring Break",
                                       "Last Day of Classes"]


def test_a_bracketed_note_between_label_and_date():
    text = ("Fall 2024 Full Semester\n"
            "First Day of Classes (Follow Wednesday schedule) Wednesday, August 28\n"
            "Labor Day (No classes) Monday, September 2\n"
            "Classes resume (Follow Monday schedule) Tuesday, September 3\n")
    assert [(t, s) for t, s, e in _rows(text) if s == e] == [
        ("First Day of Classes (Follow Wednesday schedule)", date(2024, 8, 28)),
        ("Labor Day (No classes)", date(2024, 9, 2)),
        ("Classes resume (Follow Monday schedule)", date(2024, 9, 3))]


# Red team 12b C6: date-led blocks, the date line first and its title on the next line; and
# calendar exports, a date badge, the title, then the date line with its clocks.

def _timed(text: str, published: date) -> list[tuple[str, object]]:
    return [(e.title, e.start) for e in tagged_events(text, published=published)]


def test_a_date_line_over_its_title_line_in_repeated_blocks():
    from datetime import datetime
    text = ("Adjournment debates\n\n"
            "Wednesday 30th April 2025 - 7 p.m.\n"
            "Government support for people in the Occupied Palestinian Territories\n"
            "Tabled By: Chi Onwurah (Labour - Newcastle upon Tyne Central and West)\n"
            "Thursday 1st May 2025 - 5 p.m.\n"
            "Educational administration of Hadlow College\n"
            "Tabled By: Tom Tugendhat (Conservative - Tonbridge)\n")
    assert _timed(text, date(2025, 4, 20)) == [
        ("Government support for people in the Occupied Palestinian Territories", datetime(2025, 4, 30, 19)),
        ("Educational administration of Hadlow College", datetime(2025, 5, 1, 17))]


def test_a_lone_date_line_over_a_line_is_no_block():
    text = "Newsletter\n\nWednesday 30th April 2025\nThe school will close early\n\nMore news follows below.\n"
    assert all(t != "The school will close early" for t, _ in _timed(text, date(2025, 4, 20)))


def test_a_calendar_export_block_under_its_date_badge():
    from datetime import datetime
    text = ("CALENDAR\n\nJan\n29\nWed\nYEAR 4 – AVON TYRELL RESIDENTIAL TRIP\nJan 29 at 9:00 am – Jan 31 at 2:30 pm\n"
            "Mar\n12\nThu\n4HT CLASS ASSEMBLY\nMar 12 at 9:00 am – 9:30 am\n")
    assert _timed(text, date(2020, 1, 10)) == [
        ("YEAR 4 – AVON TYRELL RESIDENTIAL TRIP", datetime(2020, 1, 29, 9)),
        ("4HT CLASS ASSEMBLY", datetime(2020, 3, 12, 9))]


# Red team 12a C6: a clock written in a table row's name cell times that row's own date, not
# the date of the row above (which the tagger gives a day-less clock), and leaves the title.

def test_a_clock_in_a_rows_name_cell_times_the_rows_date():
    from datetime import datetime
    text = ("| Fall Semester 2024 |\n"
            "| Regular class schedule begins | Mon | Aug 26 |\n"
            "| Labor Day, University closed* | Mon | Sep 2 |\n"
            "| Fall break begins, 4:00 p.m. | Fri | Oct 11 |\n"
            "| Classes resume, 8:00 a.m. | Wed | Oct 16 |\n"
            "| Thanksgiving break begins, 8:00 a.m. | Wed | Nov 27 |\n"
            "| Last day of classes | Fri | Dec 6 |\n")
    assert _timed(text, date(2024, 6, 1)) == [
        ("Regular class schedule begins", date(2024, 8, 26)),
        ("Labor Day, University closed", date(2024, 9, 2)),
        ("Fall break begins", datetime(2024, 10, 11, 16)),
        ("Classes resume", datetime(2024, 10, 16, 8)),
        ("Thanksgiving break begins", datetime(2024, 11, 27, 8)),
        ("Last day of classes", date(2024, 12, 6))]


def test_a_clock_cell_alone_names_no_row():
    text = "| Time | Session |\n|---|---|\n| 10 am - noon | Workshop on 12 March 2025 |\n"
    assert all(t != "10 am - noon" for t, _ in _timed(text, date(2025, 1, 10)))


# Red team 12a C4 (Germanna): a table of session columns whose row opens with a holiday's name
# and an empty first column still dates the row from its other columns.

def test_a_holiday_row_with_an_empty_first_column():
    text = ("Fall 2024 Dates\n"
            "First 5-week Session | 15-week session | First 7-week session | 12-week session | |\n"
            "---|---|---|---|---|\n"
            "Classes begin | August 13 | August 25 | August 25 | September 16 |\n"
            "Labor Day - no classes | - | September 1 | September 1 | - |\n"
            "Election Day - no classes | - | November 4 | - | November 4 |\n"
            "Classes end | September 16 | December 7 | October 13 | December 7 |\n")
    rows = _timed(text, date(2024, 6, 1))
    assert ("Labor Day - no classes", date(2024, 9, 1)) in rows
    assert ("Election Day - no classes", date(2024, 11, 4)) in rows
