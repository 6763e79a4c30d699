"""Period rows whose cell breaks were lost (class "tables that lose their cells", rounds 34/35,
review 25 S4): a short label and two days side by side, glued, blank-separated or with the label
after the days, are one period; two days with words of their own between them stay two items."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2026, 10, 7)):
    result = process_document(Document(path="p.txt", text=text, published=date(2026, 10, 1)),
                              Options(today=today))
    return {(e.title, str(e.start), str(e.end) if e.end is not None else "") for e in result.events}


def test_glued_label_and_days_under_a_glued_start_and_end_header_are_periods() -> None:
    # a nursery's table pasted with no breaks: "FallTerm 2027First DayLast Day"
    text = ("Nursery terms\n\nFall Term 2027\n\n"
            "FallTerm 2027First DayLast Day\n"
            "FallTerm 2027Tuesday 7th SeptemberFriday 17th December\n"
            "Mid TermMonday 25th OctoberFriday 29th October\n")
    found = _events(text)
    assert ("Fall Term 2027", "2027-09-07", "2027-12-17") in found, found
    assert ("Mid Term", "2027-10-25", "2027-10-29") in found, found
    assert len(found) == 2, found


def test_a_period_row_in_a_run_of_lines_with_no_full_stop_is_read_as_its_own_row() -> None:
    # the days first, the label last; the lines around it give one-day entries of their own
    text = ("Playgroup dates\n\nSpring 2027\n"
            "Tuesday 6th April Playgroup Reopens\n"
            "Monday 31st May Friday 4th June Half Term\n"
            "Monday 7th June Staff Training Day\n")
    found = _events(text)
    assert ("Half Term", "2027-05-31", "2027-06-04") in found, found
    assert not any(s == "2027-05-31" and e == "2027-05-31" for _, s, e in found), found


def test_labelled_camp_rows_of_two_days_are_periods_even_where_a_line_reader_would_take_them() -> None:
    text = ("Holiday clubs\n\nSummer camp 5 July 2027 9 July 2027\n"
            "Winter camp 3 January 2028 7 January 2028\n")
    found = _events(text)
    assert ("Summer camp", "2027-07-05", "2027-07-09") in found, found
    assert ("Winter camp", "2028-01-03", "2028-01-07") in found, found


def test_two_days_with_a_label_between_them_stay_two_items() -> None:
    text = ("Grant round\n\nDeadline 5 July 2027 Result 9 July 2027\n")
    found = _events(text)
    assert not any(e not in ("", s) for _, s, e in found), found


def test_a_glued_name_keeps_a_short_head_whole() -> None:
    from calfeed.events.column_headers import row_label_text
    assert row_label_text("AutumnTerm 2025Wednesday") == "Autumn Term 2025"
    assert row_label_text("McDonald Cup") == "McDonald Cup"


def test_a_header_that_lost_its_corner_cell_still_makes_start_and_end_columns() -> None:
    # "Begins | Ends | |" is one cell short on the left: its columns stand over the row's two days
    text = ("Club terms\n\nBegins | Ends | |\n---|---|---|\n"
            "Block A | January 10 | February 20 |\nBlock B | March 1 | March 26 |\n")
    found = _events(text)
    assert ("Block A", "2027-01-10", "2027-02-20") in found, found
    assert ("Block B", "2027-03-01", "2027-03-26") in found, found
    assert len(found) == 2, found


def test_a_sub_heading_row_names_the_row_of_days_under_it() -> None:
    # "Block 1 | ||" over "Monday 1st March | Friday 14th May | |" under "First day | Last day | Notes |"
    text = ("Courses 2027\nFirst day | Last day | Notes |\nBlock 1 | ||\n"
            "Monday 1st March | Friday 14th May | |\nBlock 2 | ||\n"
            "Monday 31st May | Friday 16th July | Open Day – Saturday 5th June |\n")
    found = _events(text)
    assert ("Block 1", "2027-03-01", "2027-05-14") in found, found
    assert ("Block 2", "2027-05-31", "2027-07-16") in found, found
    assert ("Open Day", "2027-06-05", "2027-06-05") in found, found


def test_a_start_or_end_row_takes_the_sub_heading_over_its_rows() -> None:
    # a sub-heading row over the start and end rows
    text = ("Key dates\nDay | Date | |\n---|---|---|\nBank Holiday | Monday 3 May 2027 | |\n"
            "Pool season | | |\nOpens | Saturday 1 May 2027 | |\nCloses | Sunday 26 September 2027 |\n")
    titles = {t for t, _, _ in _events(text)}
    assert "Pool season — Closes" in titles, titles
    assert "Closes" not in titles, titles


def test_a_running_period_row_is_kept_and_an_end_without_a_year_rolls_over() -> None:
    from calfeed.events.column_headers import bound_only
    assert bound_only("Ends") and bound_only("last day") and not bound_only("Labour Day")
    text = ("Start | Finish | |\n---|---|---|\nBlock 3 | August 30 | November 12 |\nBlock 4 | November 15 | January 28 |\n")
    found = _events(text, today=date(2026, 10, 7))
    assert ("Block 4", "2026-11-15", "2027-01-28") in found, found


def test_a_line_of_two_label_and_day_cells_gives_each_day_its_own_label() -> None:
    # a two-column table flattened to one line: wide blanks break its cells, "Prize giving" names the second day
    text = ("Club year\n\nBlock 2\n\nOpen evening - Mon 10th May          Prize giving - Fri 16th July\n")
    found = _events(text, today=date(2027, 1, 5))
    assert ("Prize giving", "2027-07-16", "2027-07-16") in found, found
