"""A vacancy's or tender's fields ("Salary: Grade 7, ...", "Reference: NM-07214", "Contract
value: ...") say how much and which, never what closes: a bare "Closing date:" under them is
named by the advert's heading, not by the salary line."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_closing_date_under_a_salary_line_is_named_by_the_post():
    events = tagged_events("Research Associate in Hydrology (fixed term, 24 months)\n"
                           "School of Geography and Environment\n"
                           "Salary: Grade 7, £36,024 - £44,263 per annum\n"
                           "Closing date: 14 January 2027\n"
                           "Reference: NM-07214\n", published=date(2026, 12, 10))
    deadlines = [e for e in events if e.kind == "deadline"]
    assert [e.start for e in deadlines] == [date(2027, 1, 14)]
    assert "Salary" not in deadlines[0].title and "£" not in deadlines[0].title
    assert deadlines[0].title.lower().endswith("closing date")


def test_a_title_opening_with_a_salary_field_is_generic():
    from calfeed.events.generic_titles import is_generic
    assert is_generic("Salary: Grade 7, £36,024 - £44,263 per annum closing date")
    assert not is_generic("Salary review meeting")
