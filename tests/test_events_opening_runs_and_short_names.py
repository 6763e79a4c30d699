"""A run fronted by a participle of opening and named right after it, and the short name a bracket
gives a title:

- "Opening on March 18 (until April 2), ORMFEST is also a showcase ...": the bracketed end closes the
  run and the name after the comma titles it, with a copula as with "brings" or "presents";
- "The Orm Crafts Fair (ORMFEST) returns ... this month": the month-long entry is the same fair as
  ORMFEST's run inside that month, said less exactly; one entry.
"""

from __future__ import annotations

from datetime import date

from events_helpers import page_events


def test_a_run_opened_by_a_participle_is_named_by_the_name_after_it():
    events = page_events("Opening on March 18 (until April 2), ORMFEST is also a showcase for local crafts.",
                         "2031-03-10")
    assert [(e.title, e.start, e.end) for e in events] == [("ORMFEST", date(2031, 3, 18), date(2031, 4, 2))]


def test_a_bracketed_short_name_ties_the_month_to_the_run():
    events = page_events("The Orm Crafts Fair (ORMFEST) returns to the harbour grounds this month with a full "
                         "program. Opening on March 18 (until April 2), ORMFEST is also a showcase for local "
                         "crafts.", "2031-03-10")
    assert [(e.title, e.start, e.end) for e in events] == [("ORMFEST", date(2031, 3, 18), date(2031, 4, 2))]


def test_another_name_s_run_leaves_the_month_alone():
    events = page_events("The Orm Crafts Fair (ORMFEST) returns to the harbour grounds this month with a full "
                         "program. Opening on March 18 (until April 2), VELMART is also a showcase for local "
                         "crafts.", "2031-03-10")
    assert len(events) == 2
