"""Date tables flattened to text with no cell marks: the header line names each column's dates,
and a start column beside an end column makes each row one period (class A of round 32)."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2026, 10, 7)):
    result = process_document(Document(path="p.txt", text=text, published=date(2026, 10, 1)),
                              Options(today=today))
    return {(e.title, str(e.start), str(e.end) if e.end is not None else "") for e in result.events}


def test_columns_cut_after_their_date_words_name_each_days_cell() -> None:
    # "Deadline date 2027 Review date 2027": two columns, each day named by the one over it
    text = ("Panel calendar\n\nDeadline date 2027 Review date 2027\n"
            "Friday 8th January  Thursday 21st January\n"
            "Friday 5th February  Thursday 18th February\n"
            "Friday 5th March  Thursday 18th March\n")
    found = {(t, s) for t, s, _ in _events(text)}
    for day in ("2027-01-08", "2027-02-05", "2027-03-05"):
        assert ("Deadline", day) in found, found
    for day in ("2027-01-21", "2027-02-18", "2027-03-18"):
        assert ("Review", day) in found, found
    assert not any("Review date" in t for t, _ in found), found


def test_a_start_and_an_end_column_make_each_row_one_period() -> None:
    # "Session Begins Ends" over "2 Monday 12th April Friday 25th June": Session 2, 12 Apr - 25 Jun
    text = ("Club sessions\n\nSession Begins Ends\n"
            "1 Tuesday 5th January Saturday 27th March (12 weeks)\n"
            "2 Monday 12th April Friday 25th June (11 weeks)\n")
    found = _events(text)
    assert ("Session 1", "2027-01-05", "2027-03-27") in found, found
    assert ("Session 2", "2027-04-12", "2027-06-25") in found, found
    assert len(found) == 2, found


def test_a_header_of_other_words_names_no_column() -> None:
    # "Board Meeting Dates" is one name, not three columns: no cell takes "Board" or "Meeting"
    text = ("Schedule 2027\n\nBoard Meeting Dates\n"
            "Monday, January 4, 2027 January 18, 2027 February 3, 2027\n"
            "Monday, April 5, 2027 April 19, 2027 May 5, 2027\n")
    titles = {t for t, _, _ in _events(text)}
    assert "Board" not in titles and "Dates" not in titles, titles


def test_a_header_of_lines_over_cells_one_a_line_then_rows_run_together() -> None:
    # the header's cells one a line (the last broken over two lines), the first rows' cells one a
    # line with a bracketed note among them, the later rows' cells glued on one line each
    text = ("Bursary rounds for 2027:\n\n"
            "Closing Date\nPanel Review\nAward Letters\nsent out\n"
            "4th Feb\n\n25th Feb\n\n(subject to panel numbers)\n\n11th Mar\n\n"
            "6th May\n\n27th May\n\n10th Jun\n"
            "5th Aug26th Aug 9th Sep\n"
            "4th Nov  25th Nov9th Dec\n")
    found = {(t, s) for t, s, _ in _events(text, today=date(2027, 1, 5))}
    closing = {s for t, s in found if t.startswith("Closing")}
    review = {s for t, s in found if t.startswith("Panel Review")}
    letters = {s for t, s in found if t.startswith("Award Letters")}
    assert closing == {"2027-02-04", "2027-05-06", "2027-08-05", "2027-11-04"}, found
    assert review == {"2027-02-25", "2027-05-27", "2027-08-26", "2027-11-25"}, found
    assert letters == {"2027-03-11", "2027-06-10", "2027-09-09", "2027-12-09"}, found


def test_a_labelled_row_naming_a_period_is_that_period_without_a_header() -> None:
    # "Spring half-term 15 February 2027 19 February 2027": the label names a period, its two
    # days side by side are its first and last; a trailing count of days is no date
    text = ("Nursery year\n\n"
            "Term A 4 January 2027 12 February 2027 30\n"
            "Spring half-term 15 February 2027 19 February 2027\n"
            "Term B 22 February 2027 26 March 2027 25\n")
    found = _events(text)
    assert ("Term A", "2027-01-04", "2027-02-12") in found, found
    assert ("Spring half-term", "2027-02-15", "2027-02-19") in found, found
    assert ("Term B", "2027-02-22", "2027-03-26") in found, found


def test_two_days_of_a_row_whose_label_names_no_period_stay_apart() -> None:
    # "Board papers 4 January 2027 18 January 2027": no period noun, no header: not one span
    text = ("Notes\n\nBoard papers 4 January 2027 18 January 2027\n"
            "Audit papers 1 March 2027 15 March 2027\n")
    assert not any(end not in ("", start) for _, start, end in _events(text))


def test_a_header_cut_at_its_date_word_names_a_row_of_two_days() -> None:
    # "Board Date Letter Due" over "October 24, 2027 August 24, 2027": the board meets on the
    # first day, the letter is due on the second (a header naming nothing leaves such a row
    # silent: test_events_unclaimed_dates)
    text = "Schedule\n\nBoard Date Letter Due\nOctober 24, 2027 August 24, 2027\n"
    found = {(t, s) for t, s, _ in _events(text)}
    assert found == {("Board", "2027-10-24"), ("Letter Due", "2027-08-24")}, found


def test_timetable_rows_with_a_day_column_take_the_tables_name_from_its_header() -> None:
    # "Set-up | Date | Access hours |" over "Sunday* | June 4 | 08:00-20:00 |": the header's first
    # cell names the table; a footnote under it or the next table's header names no row
    text = ("Set-up | Date | Access hours |\n"
            "Saturday* | June 3 | 09:00-21:00 |\n"
            "Sunday | June 4 | 08:00-20:00 |\n"
            "*Stands over 30 sqm only. Book a slot with the haulier.\n"
            "Show | Date | Opening hours |\n"
            "Monday | June 5 | 09:00-18:00 |\n"
            "Tuesday | June 6 | 09:00-16:00 |\n")
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2026, 11, 30)))
    found = {(e.title, str(e.start)) for e in result.events}
    assert found == {("Set-up", "2023-06-03 09:00:00"), ("Set-up", "2023-06-04 08:00:00"),
                     ("Show", "2023-06-05 09:00:00"), ("Show", "2023-06-06 09:00:00")}, found


def test_a_note_row_handing_its_words_to_a_later_day_does_not_name_its_first_day() -> None:
    # "Monday 4th Oct - catch up class will be Friday 8th Oct": the words are the later day's;
    # the holiday on the first day is not a "catch up class ... " entry
    text = ("Holidays\n\nMonday 4th Oct - catch up class will be Friday 8th Oct\n"
            "Tuesday 5th Oct - Committee meeting is 7pm in the hall\n")
    found = {(t, s) for t, s, _ in _events(text, today=date(2027, 1, 5))}
    assert not any(s.startswith("2027-10-04") for _, s in found), found
    assert any(s.startswith("2027-10-05") and t.startswith("Committee meeting") for t, s in found), found


def test_a_barred_or_tabbed_table_with_start_and_end_columns_gives_one_period_a_row() -> None:
    # "| Term | Start date | End date |": each row is its term from the start to the end, not
    # two one-day entries "Autumn — Start" and "Autumn — End"
    for text in ("Term dates\n\n| Term | Start date | End date |\n|---|---|---|\n"
                 "| Autumn | 6 September 2027 | 17 December 2027 |\n| Spring | 4 January 2028 | 31 March 2028 |\n",
                 "Term dates\n\nTerm\tStarts\tEnds\n"
                 "Autumn\t6 September 2027\t17 December 2027\nSpring\t4 January 2028\t31 March 2028\n"):
        found = _events(text)
        assert found == {("Autumn", "2027-09-06", "2027-12-17"), ("Spring", "2028-01-04", "2028-03-31")}, found


def test_each_row_of_a_run_shares_the_header_above_the_run():
    # Review 25 M5: the header over a run of date rows is found once per block, not by a walk back from every row.
    from calfeed.events.column_headers import row_headers
    text = "Round Opens Closes\n|---|\n1 May 2027 9 May 2027\n2 June 2027 9 June 2027\nNotes here\n3 July 2027\n"
    lines, start = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((start, start + len(line) - 1))
        start += len(line)
    shapes = ["label", "label", "bare", "bare", "text", "bare"]
    headers = row_headers(text, lines, shapes)
    assert headers[lines[2][0]] == headers[lines[3][0]] == lines[0]
    assert headers[lines[5][0]] is None       # under a line of text, not a header


def test_a_holiday_or_season_name_in_a_row_label_is_no_start_cell() -> None:
    # "Easter Tuesday" / "Winter block" label a row under "Begins | Ends": the weekday or season in
    # the label is part of a name, not the row's start day, so the row's own day is not taken for
    # an end cell and lost
    text = ("Rowing club calendar\nSeason Dates\nBegins | Ends | |\n---|---|---|\n"
            "Winter block | Monday 11 January 2027 | Friday 26 March 2027 |\n"
            "Summer block | Monday 12 April 2027 | Friday 2 July 2027 |\n"
            "Shrove Tuesday | Tuesday 9 February 2027 | |\n"
            "Easter Tuesday | Tuesday 30 March 2027 | |\n"
            "Regatta | Saturday 15 May 2027 | |\n")
    found = _events(text)
    starts = {(s, t.split(" — ")[0]) for t, s, _ in found}
    assert ("2027-03-30", "Easter Tuesday") in starts, found
    assert ("2027-01-11", "Winter block") in starts, found
    assert ("2027-04-12", "Summer block") in starts, found
    assert any(s == "2027-02-09" and "Shrove Tuesday" in t for t, s, _ in found), found
    assert ("2027-05-15", "Regatta") in starts, found
