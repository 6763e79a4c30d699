"""A plain-text table with bare pipes whose header names its date column ("DATE | DAY |") and whose
rows pair a day with its name ("March 3, Wed | Spring Feast |"): each row is an all-day entry
titled by its name cell, in the year its written weekday fits, and the heading's year gives no
year-long entry of its own. A name the tagger reads as a vague date ("Year End Holiday") still
names its row; a cell that is only the weekday names nothing; two lines of site chrome with no
date header stay no table."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

CLOSINGS = ("Days the Consulate is Closed (2027)\n"
            "2026/12/10\n"
            "DATE | DAY |\n"
            "January 1, Fri | New Year Holiday |\n"
            "March 3, Wed | Spring Feast |\n"
            "June 9, Wed | Founders Day |\n"
            "December 29, Wed | Year End Holiday |\n"
            "December 30, Thu | Year End Holiday |\n")


def _entries(text: str, published: date) -> list[tuple[date, str]]:
    return sorted((e.start if isinstance(e.start, date) else e.start.date(), e.title)
                  for e in tagged_events(text, published=published))


def test_each_row_of_a_date_and_day_table_is_an_entry_named_by_its_day_cell():
    got = _entries(CLOSINGS, date(2026, 12, 10))
    assert (date(2027, 3, 3), "Spring Feast") in got
    assert (date(2027, 6, 9), "Founders Day") in got
    assert (date(2027, 1, 1), "New Year Holiday") in got


def test_the_weekday_after_the_day_puts_the_last_rows_in_the_heading_s_year():
    days = {start for start, title in _entries(CLOSINGS, date(2026, 12, 10)) if title == "Year End Holiday"}
    assert date(2027, 12, 29) in days and date(2026, 12, 29) not in days


def test_the_heading_s_year_gives_no_year_long_entry():
    assert not any("Consulate" in title for _, title in _entries(CLOSINGS, date(2026, 12, 10)))


def test_a_day_cell_holding_only_the_weekday_names_nothing():
    text = ("Club nights 2027\n"
            "Date | Day |\n"
            "March 3, 2027 | Wed |\n"
            "March 10, 2027 | Wed |\n"
            "March 17, 2027 | Wed |\n")
    assert not any(title in ("Wed", "Day") for _, title in _entries(text, date(2027, 1, 20)))


def test_site_chrome_with_no_date_header_stays_no_table():
    text = ("Home | News | Contact |\n"
            "Posted 3 May 2027 | Events | Archive |\n"
            "Updated 4 May 2027 | Notices | Links |\n")
    assert not any(title in ("Events", "Notices") for _, title in _entries(text, date(2027, 5, 4)))
