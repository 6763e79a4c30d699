"""A weekly series keeps the clock its own sentence gives ("meets on Monday and Thursday evenings
between 18:45 and 20:45"), though a later sentence gives other hours for some other time ("During
school holidays, any meetings will take place between 13:45 and 15:45"): the later sentence tells
an exception, not a rival for the series' time. A series whose own sentence has no clock still
takes the one clock a standing sentence gives ("Meetings start at 7.30pm"). "between" joins a series to its
hours as "from" does (clock_joiners)."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def _series(text: str) -> list[tuple[object, object, str]]:
    return [(e.start, e.end, e.rrule) for e in page_events(text, "2026-01-01") if e.rrule]


def test_term_time_evenings_keep_their_clock_beside_holiday_hours():
    text = ("The group normally meets on Monday and Thursday evenings between 18:45 and 20:45 at "
            "St Mary's School, Ripon, during school term times. During school holidays, any meetings will "
            "normally take place at the school between 13:45 and 15:45, rather than in the evenings.\n")
    assert _series(text) == [(datetime(2026, 1, 1, 18, 45), datetime(2026, 1, 1, 20, 45), "FREQ=WEEKLY;BYDAY=MO,TH")]


def test_a_choir_s_evenings_between_two_clocks_beside_holiday_hours():
    text = ("The choir normally meets on Tuesday evenings between 7.30pm and 9.30pm in the church hall, Otley. "
            "In the school holidays, any meetings will normally take place between 6pm and 8pm.\n")
    assert _series(text) == [(datetime(2026, 1, 6, 19, 30), datetime(2026, 1, 6, 21, 30), "FREQ=WEEKLY;BYDAY=TU")]


def test_afternoons_and_nights_keep_their_own_hours_beside_other_hours():
    afternoons = ("The knitting circle meets on Thursday afternoons between 2pm and 4pm at the library, Selby. "
                  "In the summer, any sessions will normally take place between 10am and noon.\n")
    nights = ("Our youth club normally meets on Friday nights between 19:00 and 21:30 at the Scout Hut, Thirsk. "
              "During half term, meetings will normally be held between 14:00 and 16:00.\n")
    assert _series(afternoons) == [(datetime(2026, 1, 1, 14, 0), datetime(2026, 1, 1, 16, 0), "FREQ=WEEKLY;BYDAY=TH")]
    assert _series(nights) == [(datetime(2026, 1, 2, 19, 0), datetime(2026, 1, 2, 21, 30), "FREQ=WEEKLY;BYDAY=FR")]


def test_a_series_with_no_clock_of_its_own_takes_the_standing_sentence_s():
    text = ("Board meetings are held on the first Thursday of the month at the Town Hall, Ripon. "
            "Meetings commence at 5:30 p.m.\n")
    assert [s for s, _, _ in _series(text)] == [datetime(2026, 1, 1, 17, 30)]
