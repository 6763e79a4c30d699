"""A prose line may hold two sentences with a day each: "the fasting month opens on Monday, March
11. Its length is put at 29 or 30 days, and Eid Al Fitr is likely to be on Wednesday, April 10."
The first gives an entry; the second's day is still named by the capitalised name right before
its copula run, hedge words included (named_day_hedges), as a tentative entry (unclaimed_dates)."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PAGE = ("The civil service board has set shorter office hours for staff during the fasting month.\n\n"
        "Going by the lunar tables, the fasting month opens on Monday, March 11. Its length is put at "
        "29 or 30 days, and Eid Al Fitr is likely to be on Wednesday, April 10.")


def test_the_forecast_holiday_is_a_tentative_entry_beside_the_month_start():
    events = {e.title: e for e in page_events(PAGE, "2024-02-20")}
    assert events["Eid Al Fitr"].start == date(2024, 4, 10)
    assert events["Eid Al Fitr"].precision == "approximate"
    assert any(e.start == date(2024, 3, 11) for e in events.values())

