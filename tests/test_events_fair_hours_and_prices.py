"""A fair's price line and hours line (R73 class 6, page 21: a weekly Monday series from the
admission prices, and a weekend series with the weekday hours and no end).

- A weekday series right after an amount ("an entrance fee of 15 dollars on Mondays") is the price's
  scope, no weekly event.
- A series that writes its own hours ("9 AM to 10 PM at the weekend days it names") keeps them, even when
  another clock of the sentence ("from 4 PM to 11 PM, Monday") is read as where it starts.
- An endless series titled by an event the page dates as a run ("from June 8 to July 14") ends on the
  run's last day.
"""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2019-06-04"
RUN = "The Harbour Fair takes over the Quay Halls from June 8 to July 14.\n\n"
HOURS = ("The Harbour Fair will open its doors every day from 4 PM to 11 PM, Monday through Friday, "
         "and 9 AM to 10 PM on Saturdays and Sundays.\n\n")
PRICES = ("Visitors can enjoy the fair by paying an entrance fee of 15 dollars on Mondays, 20 dollars "
          "Tuesday through Thursday, and 25 dollars Friday through Sunday.\n")


def _series(text: str) -> list:
    return [e for e in page_events(text, PUBLISHED) if e.rrule]


def test_weekdays_after_an_amount_give_no_series():
    assert not any("BYDAY=MO" in e.rrule for e in _series(RUN + PRICES))


def test_a_currency_mark_before_the_amount_reads_the_same():
    text = RUN + "Tickets for the fair cost £5 on Sundays and £8 on Saturdays.\n"
    assert _series(text) == []


def test_a_series_with_its_own_hours_keeps_them():
    weekend = [e for e in _series(RUN + HOURS) if "BYDAY=SA,SU" in e.rrule]
    assert len(weekend) == 1
    assert isinstance(weekend[0].start, datetime) and weekend[0].start.hour == 9
    assert weekend[0].end.hour == 22


def test_a_series_of_a_dated_run_ends_with_the_run():
    weekend = [e for e in _series(RUN + HOURS) if "BYDAY=SA,SU" in e.rrule]
    assert weekend and "UNTIL=20190714T235959" in weekend[0].rrule


def test_a_series_of_another_name_keeps_no_end_from_the_run():
    text = RUN + "The village market is held 9 AM to 1 PM on Saturdays and Sundays.\n"
    market = [e for e in _series(text) if "market" in e.title.lower()]
    assert market and all("UNTIL" not in e.rrule for e in market)
