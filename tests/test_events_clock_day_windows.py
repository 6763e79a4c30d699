"""Clock-and-day windows in less common orders, closures told until a day, and weekday hours given
for a run of days told in the sentence before:

- "from 5 March from 21:00 to 03:00 on 6 March" is one window, 21:00 on the first day to 03:00 on
  the second (the tagger read the hours on the second day, into the third);
- "from 22:00 on 5 March to 20 March" is one window from the clock to the day, also fronted before
  its clause and after an adverbial ("To keep the riders safe, from ..., tram traffic ... will be
  suspended");
- "is restricted" names a restriction as "is closed" names a closure;
- "closed until 20 March", "Closes until March 20": a closure on until that day, no deadline, and
  no entry of its own beside a window told with the same end;
- "Working hours will be from 7:00 am to 3:00 pm, weekly Tuesday through Friday" after a run of days:
  the run is a weekday series at those hours, bounded by the run.
"""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events


def test_a_day_its_clock_and_a_clock_on_the_next_day_are_one_window():
    events = page_events("Lorries are restricted on the Orm bridge from 5 March from 21:00 to 03:00 on 6 March.",
                         "2031-03-02")
    assert [(e.start, e.end) for e in events] == [(datetime(2031, 3, 5, 21), datetime(2031, 3, 6, 3))]
    assert "restriction" in events[0].title.lower()


def test_a_window_from_a_clock_on_a_day_to_a_later_day_fronted_after_an_adverbial():
    events = page_events("To keep the riders safe, from 22:00 on 5 March 2031 to 20 March 2031, tram traffic "
                         "on the Velm line will be suspended.", "2031-03-02")
    assert len(events) == 1 and events[0].kind != "deadline"
    assert events[0].start == datetime(2031, 3, 5, 22)
    end = events[0].end
    assert (end.date() if isinstance(end, datetime) else end) == date(2031, 3, 20)


def test_a_heading_s_closure_until_the_window_s_end_is_no_deadline():
    events = page_events("Velm Line Closes until March 20\n\nTo keep the riders safe, from 22:00 on 5 March 2031 "
                         "to 20 March 2031, tram traffic on the Velm line will be suspended.", "2031-03-02")
    assert [e.kind for e in events if e.kind == "deadline"] == []
    assert len(events) == 1


def test_closed_until_a_day_is_a_closure_not_a_deadline():
    events = page_events("The Velm tramway depot is closed until 20 March 2031.", "2031-03-02")
    assert len(events) == 1 and events[0].kind != "deadline"
    end = events[0].end
    assert (end.date() if isinstance(end, datetime) else end) == date(2031, 3, 20)


def test_weekday_hours_after_a_run_make_the_run_a_weekday_series():
    events = page_events("The paving of Orm Lane will take place during Monday, March 10th, 2031 through Friday, "
                         "March 28th, 2031. Working hours will be from 7:00 am to 3:00 pm, weekly Tuesday through "
                         "Friday.", "2031-03-02")
    assert len(events) == 1
    assert events[0].start == datetime(2031, 3, 11, 7) and events[0].end == datetime(2031, 3, 11, 15)
    assert events[0].rrule == "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR;UNTIL=20310328T235959"
    assert "orm lane" in events[0].title.lower()


def test_other_hours_after_a_run_stay_apart():
    events = page_events("The Orm Lane fair will take place during Monday, March 10th, 2031 through Friday, "
                         "March 28th, 2031. The ticket office is open from 10:00 am to 6:00 pm, Monday through "
                         "Friday.", "2031-03-02")
    assert any(e.rrule is None and e.all_day for e in events)     # the fair's run stays a run
