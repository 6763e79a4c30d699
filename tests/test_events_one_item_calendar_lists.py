"""Calendar lists written one item a line. A court, clinic or
board page lists "MONTH D" rows under a year heading, with a standing sentence that says when
and where the sessions are held; an academic calendar writes month headings over ordinals glued
to their labels ("9thOpen House"). Each row is its own entry on its own day, in the year of the
heading above it."""
# Provenance: Red team 18 C1; fixer cl.

from datetime import date, datetime

from events_helpers import tagged_events


def _rows(text: str, published: date) -> list[tuple[str, object]]:
    """The dated entries (a standing rule's own open-ended series aside)."""
    return [(e.title, e.start) for e in tagged_events(text, published=published) if not e.rrule]


CLINIC = ("Clinic Hours\n"
          "Vaccination clinics are held at the Parish Hall, 12 N. Elm Road, the second Tuesday of each month at 9:15 a.m.\n"
          "2031 CLINIC DATES\n"
          "MARCH 11\n"
          "APRIL 8\n"
          "MAY 13 (MOVED FOR THE ELECTION)\n"
          "Please bring your card to every visit – dates may move with short notice to all families.\n"
          "2032 CLINIC DATES\n"
          "MARCH 9\n"
          "APRIL 13\n")


def test_each_listed_row_is_a_session_on_its_own_day_in_its_heading_year():
    """Before: '11\\nAPRIL' read as 11 April, the 2032 rows fell in 2031, and the rule's clock
    never reached them (the street's 'N.' ended the standing sentence)."""
    got = _rows(CLINIC, date(2031, 1, 5))
    starts = [s for _, s in got]
    assert starts == [datetime(2031, 3, 11, 9, 15), datetime(2031, 4, 8, 9, 15), datetime(2031, 5, 13, 9, 15),
                      datetime(2032, 3, 9, 9, 15), datetime(2032, 4, 13, 9, 15)]
    assert {t for t, _ in got} == {"Vaccination clinic"}


def test_two_lists_under_label_headings_are_read_apart():
    """A short heading between two lists of days ("PANEL B:") is no gap in one list: where the
    days go back, the second list starts, named by its own heading."""
    text = ("Panel days for 2031\n"
            "PANEL HEARINGS:\n"
            "January 14\n"
            "February 11\n"
            "March 11\n"
            "APPEAL HEARINGS:\n"
            "February 25\n"
            "March 25\n")
    got = _rows(text, date(2031, 1, 2))
    assert [(t.lower(), s) for t, s in got if s.month > 1 and "appeal" in t.lower()] == [
        ("appeal hearing", date(2031, 2, 25)), ("appeal hearing", date(2031, 3, 25))]
    assert [s for t, s in got if "panel" in t.lower()] == [date(2031, 1, 14), date(2031, 2, 11), date(2031, 3, 11)]


def test_ordinals_glued_to_their_labels_under_month_headings():
    text = ("Autumn 2031\n\n"
            "October\n"
            "9thOpen House\n"
            "20th-21stHalf-Term Break\n"
            "November\n"
            "3rdParents' Evening\n"
            "14thTerm Photographs\n")
    got = {t: (e.start, e.end) for e in tagged_events(text, published=date(2031, 8, 1)) for t in [e.title]}
    assert got["Open House"] == (date(2031, 10, 9), date(2031, 10, 9))
    assert got["Half-Term Break"] == (date(2031, 10, 20), date(2031, 10, 21))
    assert got["Parents' Evening"][0] == date(2031, 11, 3)
    assert got["Term Photographs"][0] == date(2031, 11, 14)


def test_header_cells_name_and_time_each_day_cell():
    """Before: the first cell's day took the second cell's words as its title, untimed, and the
    second column's days were lost."""
    text = ("Committee Calendar\n\n"
            "Planning Committee - 5:00 p.m. | Full Council Meetings - 7:30 p.m. |\n"
            "|---|---|\n"
            "March 2, 2031 | March 9, 2031 |\n"
            "April 6, 2031 | April 13, 2031 (6:00 p.m.)* |\n"
            "May 4, 2031 | May 11, 2031 |\n")
    got = [(e.title, e.start) for e in tagged_events(text, published=date(2031, 1, 5))]
    assert got == [("Planning Committee", datetime(2031, 3, 2, 17, 0)),
                   ("Full Council meeting", datetime(2031, 3, 9, 19, 30)),
                   ("Planning Committee", datetime(2031, 4, 6, 17, 0)),
                   ("Full Council meeting", datetime(2031, 4, 13, 18, 0)),
                   ("Planning Committee", datetime(2031, 5, 4, 17, 0)),
                   ("Full Council meeting", datetime(2031, 5, 11, 19, 30))]
