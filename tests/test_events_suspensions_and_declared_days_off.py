"""Days that gave no entry at all (session 67):

- a present-tense suspension notice on the page's own day ("lessons ... are suspended today"):
  the subject's suspension, as "is closed today" is its closure (verb_nominals "suspended");
- a subject that is a list of noun phrases after a fronted clause holding a date of its own
  ("As the gale warning is now in force, lessons of ..., schools for ... and ... are suspended"):
  the list's first item opens the clause, not a later item (words._listed_subject);
- a day a declaring verb makes its object, "as" a day off ("has also included today, May 9, as a
  civic holiday", "named Friday, May 9, as ...", "declared Friday, May 9, a civic holiday"): the day
  off (declared_day_off);
- a day "observed as part of" a holiday, after a fronted clause and its comma, the day's
  year closed by a comma: the holiday (day_off_observance_links, day_off_predicate);
- pupils who "will report to school from" a day: the day they are back (schedule_verbs).
"""

from datetime import date

from events_helpers import page_events


def _entries(text: str, published: str) -> list[tuple[str, object]]:
    return [(e.title, e.start) for e in page_events(text, published)]


def test_suspended_today_is_the_subject_s_suspension_on_the_page_s_day():
    text = "Storm notice\n\nBecause of the gale, the Tarnby ferry service is suspended today.\n"
    assert _entries(text, "2031-03-11") == [("Tarnby ferry service suspension", date(2031, 3, 11))]


def test_a_listed_subject_after_a_fronted_clause_with_now_keeps_its_first_item():
    text = ("Storm notice\n\nAs the gale warning is now in force, lessons of nursery schools, schools for "
            "pupils with special needs and schools for adults are suspended today.\n")
    assert _entries(text, "2031-03-11") == [("Lessons of nursery schools suspension", date(2031, 3, 11))]


def test_a_future_suspension_on_a_written_day():
    text = "Storm notice\n\nLessons at the Orm nursery are suspended on Tuesday, March 18.\n"
    assert [start for _title, start in _entries(text, "2031-03-11")] == [date(2031, 3, 18)]


def test_a_past_suspension_gives_nothing():
    text = "Storm notice\n\nThe Tarnby ferry service was suspended on Monday, March 10.\n"
    assert _entries(text, "2031-03-11") == []


def test_today_included_as_a_holiday_is_that_day_off():
    text = ("Town news\n\nIn a short memorandum, the mayor has also included today, May 9, as a civic "
            "holiday.\n")
    assert _entries(text, "2031-05-09") == [("Civic holiday", date(2031, 5, 9))]


def test_a_day_declared_as_a_holiday_with_its_commas():
    for wording in ("has named Friday, May 9, as a civic holiday.", "has declared Friday, May 9, a civic holiday."):
        text = f"Town news\n\nThe mayor {wording}\n"
        assert _entries(text, "2031-05-02") == [("Civic holiday", date(2031, 5, 9))], wording


def test_a_declared_day_with_a_clause_between_is_no_holiday():
    text = "Town news\n\nThe mayor has declared Friday, May 9, when the fair opens, a holiday.\n"
    assert not any("oliday" in title for title, _start in _entries(text, "2031-05-02"))


def test_a_day_observed_as_part_of_a_holiday_after_a_fronted_clause():
    text = ("Town news\n\nAccording to the memo, “So that town staff can rest with their families, "
            "Friday, May 9, 2031, is observed as part of a Founders Day holiday …” it said.\n")
    assert _entries(text, "2031-05-09") == [("Founders Day holiday", date(2031, 5, 9))]


def test_pupils_reporting_to_school_from_a_day():
    text = ("School news\n\nMeanwhile pupils of the village schools are to report to school from August 19 "
            "while colleges will reopen September 5.\n")
    assert _entries(text, "2031-07-04") == [("Pupils of the village schools report to school", date(2031, 8, 19)),
                                           ("Colleges reopen", date(2031, 9, 5))]


def test_staff_going_back_to_work():
    text = "Office news\n\nAll staff of the Orm depot will go back to work on Monday, August 18.\n"
    assert [start for _title, start in _entries(text, "2031-08-04")] == [date(2031, 8, 18)]


def test_one_day_off_told_twice_is_one_entry():
    text = ("Town news\n\nThe mayor has also included today, May 9, as a civic holiday. According to the memo, "
            "“So that town staff can rest with their families, Friday, May 9, 2031, is observed as part of a "
            "Founders Day holiday …” it said.\n")
    assert _entries(text, "2031-05-09") == [("Civic holiday", date(2031, 5, 9))]
