"""Weekday rows under a stretch of days (round 26 page 08's class: sitting times, seasonal
opening hours, term timetables): each row is a weekly series on its weekdays at its clock,
bounded by the stretch, or the one day its weekday falls on in a one-week stretch; the stretch
gives no entry of its own."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

COUNCIL = """Chamber Sittings

The Chamber will sit from Tuesday, 2 March to Saturday, 6 March 2027.

For the week of 2 March:

  - Tuesday 2:00 p.m. – 9:00 p.m. (break from 5:30 p.m. to 6:30 p.m.)
  - Wednesday to Friday 2:00 p.m. – 6:00 p.m.
  - Saturday 9:30 a.m. – 12:30 p.m.

8 March to 16 April:

  - Monday and Tuesday 2:00 p.m. – 9:00 p.m.
  - Thursday 10:00 a.m. – 1:00 p.m.
"""


def _rows(events):
    return sorted((e.start, e.end, e.rrule) for e in events if isinstance(e.start, datetime))


def test_weekday_rows_under_a_range_heading_are_series_bounded_by_it():
    events = tagged_events(COUNCIL, published=date(2027, 2, 20))
    got = _rows(events)
    assert (datetime(2027, 3, 8, 14, 0), datetime(2027, 3, 8, 21, 0),
            "FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20270416T235959") in got
    assert (datetime(2027, 3, 11, 10, 0), datetime(2027, 3, 11, 13, 0),
            "FREQ=WEEKLY;BYDAY=TH;UNTIL=20270416T235959") in got


def test_rows_under_a_one_week_heading_fall_on_their_days_of_that_week():
    events = tagged_events(COUNCIL, published=date(2027, 2, 20))
    got = _rows(events)
    assert (datetime(2027, 3, 2, 14, 0), datetime(2027, 3, 2, 21, 0), None) in got
    assert (datetime(2027, 3, 3, 14, 0), datetime(2027, 3, 3, 18, 0),
            "FREQ=WEEKLY;BYDAY=WE,TH,FR;UNTIL=20270307T235959") in got
    assert (datetime(2027, 3, 6, 9, 30), datetime(2027, 3, 6, 12, 30), None) in got


def test_a_bracketed_break_is_no_session_and_the_heading_no_entry():
    events = tagged_events(COUNCIL, published=date(2027, 2, 20))
    assert not any(e.start == datetime(2027, 3, 2, 17, 30) for e in events)
    assert not any(e.start == date(2027, 3, 8) for e in events)
    titles = {e.title for e in events if e.rrule}
    assert titles == {"Chamber Sittings"}


GALLERY = """Visiting the gallery

Winter opening: 4 January–30 April 2027
Wednesday–Sunday 11am–4pm
Monday and Tuesday closed.

Summer opening: 1 May–31 August 2027
Daily 10am–6pm
"""


def test_a_named_range_heading_names_its_rows_and_closed_rows_give_nothing():
    events = tagged_events(GALLERY, published=date(2026, 12, 10))
    got = sorted((e.title, e.start, e.rrule) for e in events)
    assert got == [
        ("Summer opening", datetime(2027, 5, 1, 10, 0),
         "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;UNTIL=20270831T235959"),
        ("Winter opening", datetime(2027, 1, 6, 11, 0),
         "FREQ=WEEKLY;BYDAY=WE,TH,FR,SA,SU;UNTIL=20270430T235959"),
    ]


def test_weekday_group_words_and_a_row_on_the_heading_line():
    text = ("Lido timetable\n\n12 June to 31 July 2027\n\nWeekdays 4pm – 8pm\nWeekends 11am – 7pm\n\n"
            "1 August to 5 September 2027: Monday to Saturday 10am – 7pm\n")
    events = tagged_events(text, published=date(2027, 5, 1))
    got = sorted((e.title, e.start, e.rrule) for e in events)
    assert got == [
        ("Lido timetable", datetime(2027, 6, 12, 11, 0), "FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20270731T235959"),
        ("Lido timetable", datetime(2027, 6, 14, 16, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270731T235959"),
        ("Lido timetable", datetime(2027, 8, 2, 10, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA;UNTIL=20270905T235959"),
    ]


def test_a_sentence_between_the_range_and_the_weekdays_is_no_row():
    text = ("Book sale\n\n3 May to 28 May 2027\n\nVolunteers will be needed on Tuesday at 10am to sort the books.\n")
    events = tagged_events(text, published=date(2027, 4, 1))
    assert not any(e.rrule and "UNTIL=20270528" in e.rrule for e in events)


def test_a_festival_programme_falls_on_the_festival_days_and_the_festival_stays():
    text = ("Lakeside Fair 10–12 September 2027\n\nFriday 7pm Lantern walk\nSaturday 11am Dog show\n"
            "Sunday 3pm Prize giving\n")
    events = tagged_events(text, published=date(2027, 8, 2))
    got = sorted((e.start, e.title) for e in events if isinstance(e.start, datetime))
    assert got == [(datetime(2027, 9, 10, 19, 0), "Lantern walk"), (datetime(2027, 9, 11, 11, 0), "Dog show"),
                   (datetime(2027, 9, 12, 15, 0), "Prize giving")]
    assert any(not isinstance(e.start, datetime) and e.start == date(2027, 9, 10) and e.title == "Lakeside Fair"
               for e in events)


def test_short_weekday_names_the_tagger_leaves_make_a_row_too():
    text = "Holiday club\n\n19 July – 27 August 2027\nMon, Wed, Fri: 9am – 12pm\nTue – Thu: 1pm – 4pm\n"
    events = tagged_events(text, published=date(2027, 6, 1))
    got = sorted((e.start, e.rrule) for e in events if e.rrule)
    assert got == [(datetime(2027, 7, 19, 9, 0), "FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20270827T235959"),
                   (datetime(2027, 7, 20, 13, 0), "FREQ=WEEKLY;BYDAY=TU,WE,TH;UNTIL=20270827T235959")]


def test_a_sentence_stating_the_stretch_names_its_rows_by_the_label_line_under_it():
    text = ("The Board will sit from 6 September to 15 October 2027.\n\nHearing times:\n"
            "Monday and Wednesday 9:30 a.m. – 12:30 p.m.\n")
    events = tagged_events(text, published=date(2027, 8, 1))
    series = [e for e in events if e.rrule]
    assert [(e.title, e.start, e.rrule) for e in series] == [
        ("Hearing times", datetime(2027, 9, 6, 9, 30), "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20271015T235959")]
    assert any(e.rrule is None and e.start == date(2027, 9, 6) for e in events)   # the sitting stretch stays


def test_series_under_a_stretch_that_writes_no_year_on_an_undated_page_are_approximate():
    # Review 21 S1: the series took the clock's precision, so a year only the build day gave was exact.
    from calfeed.model import Document
    from calfeed.pipeline import Options, process_document

    text = ("Lido times\n\nJuly 4 to September 6:\n  Tuesday to Saturday 7:00 a.m. - 9:00 p.m.\n"
            "  Sunday 9:00 a.m. - 5:00 p.m.\n")
    events = process_document(Document("lido.txt", text), Options(today=date(2026, 12, 1))).events
    series = [e for e in events if e.rrule]
    assert len(series) == 2
    assert {e.precision for e in series} == {"approximate"}
    dated = process_document(Document("lido.txt", text, published=date(2027, 5, 3)),
                             Options(today=date(2026, 12, 1))).events
    assert {e.precision for e in dated if e.rrule} == {"exact"}     # the page's own year: no guess


def test_a_named_row_whose_weekday_recurs_in_a_long_stretch_is_reported_not_a_series():
    # Review 21 S6: one talk on some Wednesday of the show, not a talk every Wednesday.
    from calfeed.model import Document
    from calfeed.pipeline import Options, process_document

    text = "Autumn show\n\nShow: 7 October 2027 – 16 January 2028\n\nWednesday 6pm Artist walk-through\n"
    result = process_document(Document("show.md", text, published=date(2027, 9, 1)), Options(today=date(2026, 12, 1)))
    assert not any(e.rrule for e in result.events)
    assert not any(e.title == "Artist walk-through" for e in result.events)
    assert any(e.start == date(2027, 10, 7) and e.title == "Show" for e in result.events)
    assert any(u.expr.startswith("Wednesday") for u in result.unresolved)
