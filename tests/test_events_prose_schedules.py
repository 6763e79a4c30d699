"""Schedules told in prose, the general reader (class A, session 23):
- a club's own "we meet" may carry its place, hours or rate between the verb and the series
  ("We meet in the village hall from 9am to noon on the 2nd Friday of each month", "We meet once
  a month on the last Wednesday of the month", "a small circle who meet on the first and third
  Mondays of the month"): the series is still the club's;
- a rate beside the dated series of the same sentence ("once a month", "weekly") is that
  series' rate, not a second series with no day (no report item "recurs but no day");
- one ordinal before two weekdays ("the 2nd Monday and Tuesday of each month") holds both;
- a condition ("If we meet ...") or another clause ("..., and the bus runs every Tuesday")
  between subject and series gives no series of the club's."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events
from calfeed.pipeline import Options, build

PUBLISHED = date(2027, 3, 2)     # a Tuesday


def _entries(text: str, **fields):
    return [(e.title, e.start, e.end, e.rrule) for e in tagged_events(text, published=PUBLISHED, **fields)]


def test_we_meet_with_a_place_and_hours_before_the_series():
    text = "We meet in the village hall from 9am to noon on the 2nd Friday of each month.\n"
    assert _entries(text) == [("Meeting", datetime(2027, 3, 12, 9), datetime(2027, 3, 12, 12),
                               "FREQ=MONTHLY;BYDAY=2FR")]


def test_a_rate_before_the_series_is_the_series_own():
    text = "We meet once a month on the last Wednesday of the month, in the library annexe.\n"
    assert [(t, s, r) for t, s, _, r in _entries(text)] == [("Meeting", date(2027, 3, 31),
                                                            "FREQ=MONTHLY;BYDAY=-1WE")]


def test_a_group_who_meets_is_writing_of_itself():
    text = "We are a small sewing circle who meet on the first and third Mondays of the month.\n"
    assert [r for *_, r in _entries(text)] == ["FREQ=MONTHLY;BYDAY=1MO,3MO"]


def test_a_rate_beside_a_dated_series_leaves_no_report_item(tmp_path):
    (tmp_path / "club.txt").write_text("---\npublished: 2027-03-02\n---\n"
                                       "We meet once a month on the second Thursday of the month.\n")
    result = build([tmp_path], Options(today=PUBLISHED))
    (doc,) = result.documents
    assert [e.rrule for e in doc.events] == ["FREQ=MONTHLY;BYDAY=2TH"]
    assert doc.unresolved == []


def test_one_ordinal_before_two_weekdays_holds_both():
    text = "The committees usually meet on the 2nd Monday and Tuesday of each month.\n"
    assert [r for *_, r in _entries(text)] == ["FREQ=MONTHLY;BYDAY=2MO,2TU"]


def test_a_condition_before_we_keeps_no_series():
    assert _entries("If we meet on the first Tuesday of the month, bring a cake.\n") == []


def test_another_clause_between_we_and_the_series_is_not_the_clubs():
    text = "We meet at the green, and the shuttle bus runs every Tuesday from the station.\n"
    assert all(not (t or "").startswith("Meeting") for t, *_ in _entries(text))


def test_a_named_programme_runs_all_year_on_a_weekday():
    text = "Chess Corner runs all year on Tuesdays from 3:00 to 5:00 p.m.\n"
    assert [(t, s, r) for t, s, _, r in _entries(text)] == [("Chess Corner", datetime(2027, 3, 2, 15),
                                                            "FREQ=WEEKLY;BYDAY=TU")]


def test_a_negation_between_a_name_and_its_days_is_no_series():
    assert _entries("Craft Corner is not running in summer on Saturdays.\n") == []


def test_most_before_the_weekdays_makes_the_series_approximate():
    (event,) = tagged_events("The ramblers meet most Sundays at 9am by the bridge.\n", published=PUBLISHED)
    assert (event.rrule, event.precision) == ("FREQ=WEEKLY;BYDAY=SU", "approximate")


def test_a_series_line_under_a_listing_name_is_bounded_by_the_range_below():
    text = ("Rhyme Club\nMar 3 all-day\n\nEvery Wednesday online\nJanuary 13th to March 31st\n\n"
            "Songs and rhymes for little ones.\n")
    events = tagged_events(text, published=date(2027, 1, 4))
    (event,) = [e for e in events if e.rrule]
    assert (event.title, event.rrule, event.start) == ("Rhyme Club", "FREQ=WEEKLY;BYDAY=WE;UNTIL=20270331",
                                                       date(2027, 1, 13))
    # the widget's own day ("Mar 3 all-day", round 29 class H) is the listing's one entry beside the series
    assert [(e.title, e.start) for e in events if not e.rrule] == [("Rhyme Club", date(2027, 3, 3))]


def test_a_clock_in_the_next_sentence_about_the_occasions_times_the_series():
    text = "The orchestra meets every Thursday. Rehearsals run from 7.30 to 9.30 p.m.\n"
    assert [(s, e, r) for _, s, e, r in _entries(text)] == [(datetime(2027, 3, 4, 19, 30), datetime(2027, 3, 4, 21, 30),
                                                            "FREQ=WEEKLY;BYDAY=TH")]


def test_a_clock_of_something_else_in_the_next_sentence_stays_apart():
    text = "The bowls club meets every Monday. The car park gate is locked at 10pm.\n"
    series = [(s, r) for _, s, _, r in _entries(text) if r]
    assert series == [(date(2027, 3, 8), "FREQ=WEEKLY;BYDAY=MO")]


def test_a_clock_of_a_past_happening_in_the_next_sentence_stays_apart():
    # News about one evening ("was closed at 8pm") or a closing is no time of the weekly series
    for told in ("It was closed at 8pm after a burst pipe, the council said.", "It closes at 10pm."):
        text = "The chess club meets every Wednesday. " + told + "\n"
        series = [(s, r) for _, s, _, r in _entries(text) if r]
        assert series == [(date(2027, 3, 3), "FREQ=WEEKLY;BYDAY=WE")], told


def test_a_clock_in_the_next_paragraph_stays_apart():
    text = "The orchestra meets every Thursday.\n\nRehearsals for the gala start at 6pm on Saturday.\n"
    series = [(s, r) for _, s, _, r in _entries(text) if r]
    assert series == [(date(2027, 3, 4), "FREQ=WEEKLY;BYDAY=TH")]


def test_a_listing_range_that_holds_an_inferred_reference_is_this_years(tmp_path):
    (tmp_path / "library.txt").write_text(
        "Rhyme Club\n\nEvery Wednesday online\nSeptember 8th to December 1st\n\n"
        "Songs and rhymes for little ones. To join, email the library by December 15, 2027.\n")
    result = build([tmp_path], Options(today=date(2028, 6, 1)))
    (doc,) = result.documents
    series = [(e.title, e.start, e.rrule) for e in doc.events if e.rrule]
    assert series == [("Rhyme Club", date(2027, 9, 8), "FREQ=WEEKLY;BYDAY=WE;UNTIL=20271201")]


def test_a_rate_of_every_other_month_stays_in_the_report(tmp_path):
    (tmp_path / "club.txt").write_text("---\npublished: 2027-03-02\n---\n"
                                       "The committee meets on the 4th Monday of the month, every other month.\n")
    result = build([tmp_path], Options(today=PUBLISHED))
    (doc,) = result.documents
    assert [u.expr for u in doc.unresolved] == ["every other month"]


def test_every_year_in_a_week_of_a_month_is_a_yearly_stretch():
    (event,) = tagged_events("The folk festival is held every year in the first week of July.\n", published=PUBLISHED)
    assert (event.start, event.end, event.rrule) == (date(2027, 7, 1), date(2027, 7, 7), "FREQ=YEARLY")


def test_every_year_on_an_nth_weekday_of_a_month_keeps_the_weekday():
    (event,) = tagged_events("Each year the society meets on the first Tuesday of March for its AGM.\n",
                             published=PUBLISHED)
    assert (event.start, event.rrule) == (date(2027, 3, 2), "FREQ=YEARLY;BYMONTH=3;BYDAY=1TU")


def test_every_year_since_a_year_gives_no_yearly_series():
    assert [e for e in tagged_events("The fair has been held every year since 2019.\n", published=PUBLISHED)
            if e.rrule] == []


def test_a_month_naming_a_thing_beside_each_year_is_no_yearly_series():
    text = "The March quiz each year raises money for the roof.\n"
    assert [e for e in tagged_events(text, published=PUBLISHED) if e.rrule] == []
