"""Red team 9a A1: the rows of an academic calendar that open with their date ("August 19
Monday First day of classes", "Monday, August 19: First day of classes") are each an entry,
named by the row's own words."""

from datetime import date

from events_helpers import tagged_events


def _rows(text: str) -> list[tuple[str, str, date, date]]:
    return [(e.title, e.kind, e.start, e.end) for e in tagged_events(text, published=date(2024, 6, 1))]


def test_rows_with_a_weekday_column_are_one_entry_each():
    text = ("Fall 2024 Semester\n\nDate(s) Day(s) Description\n"
            "August 19 Monday First day of classes\n"
            "September 2 Monday Labor Day - No Classes, University Closed\n"
            "October 14 - 15 Mon - Tue Fall Break - No Classes\n"
            "December 3 Tuesday Last day of classes (First 8-Week Session)\n")
    assert [(t, k) for t, k, _, _ in _rows(text)] == [
        ("First day of classes", "event"),
        ("Labor Day - No Classes, University Closed", "event"),
        ("Fall Break - No Classes", "event"),
        ("Last day of classes (First 8-Week Session)", "event")]
    assert [(s, e) for _, _, s, e in _rows(text)][2] == (date(2024, 10, 14), date(2024, 10, 15))


def test_rows_with_a_colon_after_the_date_are_one_entry_each():
    for text in ("Monday, August 19: First day of classes\nSaturday, December 14: Fall Commencement Exercises\n",
                 "August 19: First day of classes\nDecember 14: Fall Commencement Exercises\n"):
        assert [t for t, _, _, _ in _rows(text)] == ["First day of classes", "Fall Commencement Exercises"]


def test_a_row_saying_nothing_happens_is_still_no_entry():
    text = "Key dates\n\nAugust 19: First day of classes\nAugust 26: No classes\n"
    assert [t for t, _, _, _ in _rows(text)] == ["First day of classes"]


def test_a_deadline_row_is_a_deadline_and_the_last_day_of_classes_is_not():
    text = "Key dates\n\nSeptember 3 Tuesday Last day to drop a course\nDecember 3 Tuesday Last day of classes\n"
    assert [(t, k) for t, k, _, _ in _rows(text)] == [("Last day to drop a course", "deadline"),
                                                      ("Last day of classes", "event")]


def test_a_label_straight_before_its_date_names_the_row():
    """Red team 9a B1: "Reading week  21 - 27 October (week 7)" is a row as "Reading week: 21 - 27 October" is."""
    text = ("Semester One\n\nDates\n\nBeginning of semester one teaching 9 September\n"
            "Reading week  21 - 27 October (week 7)\nSemester one teaching ends 30 November\n"
            "Examination period  22 April - 6 May*\n")
    assert [(t, s, e) for t, _, s, e in _rows(text)] == [
        ("Beginning of semester one teaching", date(2024, 9, 9), date(2024, 9, 9)),
        ("Reading week", date(2024, 10, 21), date(2024, 10, 27)),
        ("Semester one teaching ends", date(2024, 11, 30), date(2024, 11, 30)),
        ("Examination period", date(2025, 4, 22), date(2025, 5, 6))]


def test_a_sentence_ending_in_its_date_is_no_label():
    text = "The committee will meet on 9 September\nPosted 3 June 2024\nUpdated 4 June 2024\n"
    assert [t for t, _, _, _ in _rows(text)] != ["The committee will meet on"]
    assert all(t not in ("Posted", "Updated") for t, _, _, _ in _rows(text))


def test_a_holiday_labelling_its_day_and_a_list_of_dates_are_no_rows():
    """What the row rules must leave alone: a holiday's label before its day, a "label" holding
    another date or an ampersand."""
    text = "The public holidays for 2027 are:\n\nNew Year's Day: Friday, 1 January\n"
    assert [t for t, _, _, _ in _rows(text)] == ["New Year's Day"]
    text = "<ul><li>Closed Mondays, except Bank Holiday Mondays (open 10am – 5pm on Easter Monday)</li></ul>\n"
    assert not [t for t, _, _, _ in _rows(text) if t.startswith("Closed")]
