"""A list of public holidays ("- 3 April: Good Friday"): the item after the day is the
holiday's name, which no person bears, so every row is an entry, the rows whose item is only
the holiday's name as well as those with a remark after it."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries

from calfeed.events.programme import only_a_name

OFFICE = """# Office closures this spring

The office shuts on these public holidays; emergency cover is on the notice board.

- 17 March: St Patrick's Day (half day)
- 3 April: Good Friday
- 6 April: Easter Monday
- 4 May: May Day
"""

SCHOOL = """Upcoming public holidays for families at Hillcrest Primary:

- 6 April 2026: Easter Monday
- 1 May 2026: Labour Day
- 25 May 2026: Spring Bank Holiday (school closed)
"""


def test_every_row_of_a_holiday_list_is_an_entry():
    days = {start for _, _, start in page_entries(OFFICE, "2026-02-20")}
    assert days == {date(2026, 3, 17), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 4)}


def test_a_row_that_is_only_a_holiday_name_is_named_by_it():
    titles = {start: title for title, _, start in page_entries(OFFICE, "2026-02-20")}
    assert titles[date(2026, 4, 3)] == "Good Friday"
    assert titles[date(2026, 5, 4)] == "May Day"


def test_dated_holiday_rows_with_a_year_are_entries_too():
    titles = {start: title for title, _, start in page_entries(SCHOOL, "2026-03-02")}
    assert titles.get(date(2026, 4, 6)) == "Easter Monday"
    assert titles.get(date(2026, 5, 1)) == "Labour Day"


def test_a_holiday_name_is_no_person_s_name():
    assert not only_a_name("Christmas Day")
    assert not only_a_name("New Year’s Day")
    assert only_a_name("Dr Maria Costa")
    assert only_a_name("Anna Novak")
