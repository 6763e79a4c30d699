"""Red team 12a C4: key-date lists whose rows are each an entry named by their label: rows
that open with their date and no separator ("Sept. 03, 2024 Start of Fall Semester Term A"),
label lines over value lines ("First Day of Classes" / "August 26th (Monday)", a label over
two value lines being a period), and a label holding a bracketed note before its date
("First Day of Classes (Follow Wednesday schedule) Wednesday, August 28")."""

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
