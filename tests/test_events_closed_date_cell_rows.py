"""ev46d (R58 p13 shape): a practice's clinic table saved one cell a line, each row a day cell then
a label cell, the day cell closed by a pipe on its own line ("Tuesday 09/11/2027 3.00pm - 5.00pm" /
"|") or on the day's own line ("Tuesday 09/11/2027 3.00pm - 5.00pm |"). A row whose day cell is
closed on its own line was read as the row above it (both opened at the same lone pipe higher up),
and the two rows' entries, one anchor, kept only one: each row is its own entry on its day."""

from datetime import date, datetime

from events_helpers import page_events

CLINICS = ("Booster clinics 2027\n"
           "We plan to hold sessions on these days:\n"
           "Booster clinics 2027\n"
           "Saturday 16/10/27 8:30am - 11:30am\n"
           "|\n"
           "Aged 70 and over (booked slots only) |\n"
           "Tuesday 19/10/27 2:00pm - 4:30pm\n"
           "|\n"
           "Aged 70 and over (booked slots only) |\n"
           "Tuesday 02/11/27 3:00pm – 5:00pm |\n"
           "Aged 70 and over (booked slots only) |\n"
           "Friday 05/11/2027 3.00pm - 5.00pm |\n"
           "Aged 70 and over (booked slots only) |\n"
           "Tuesday 09/11/2027 3:00pm - 5:00pm\n"
           "|\n"
           "Aged 70 and over (booked slots only) |\n"
           "Tuesday 16/11/2027 3:00pm - 5:00pm |\n"
           "Aged 70 and over (booked slots only) |\n"
           "Further days may follow if there is demand\n")


def test_each_row_of_a_day_cell_closed_on_its_line_is_an_entry():
    starts = {e.start for e in page_events(CLINICS, "2027-09-20")}
    # Fails on the parent: 5 and 9 November shared the 2 November row's opening and were dropped.
    for day in (date(2027, 11, 2), date(2027, 11, 5), date(2027, 11, 9), date(2027, 11, 16)):
        assert datetime(day.year, day.month, day.day, 15, 0) in starts


def test_the_rows_keep_their_label_and_hours():
    rows = [e for e in page_events(CLINICS, "2027-09-20") if e.start.month == 11]
    assert len(rows) == 4
    assert all(e.title.startswith("Aged 70 and over") for e in rows)
    assert all((e.end - e.start).seconds == 2 * 3600 for e in rows)
    assert all(e.precision == "exact" for e in rows)
