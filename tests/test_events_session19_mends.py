"""Session 19 mends from review 18, in wordings of our own:

- a day an exception takes out of a written stretch of days is said: a daily series leaves it
  out (EXDATE), a plain stretch's entry notes it (before, the day vanished without a word);
- an all-day daily series leaves out an excepted day too (before, only timed series did);
- a range of days with hours written on it ("1 to 20 March from 10am to 4pm") ends the series
  its days start (before, the series ran for ever); one evening past midnight is no range;
- a verb in an opening condition ("If the depot reopens, ...") names nothing the sentence dates.
(The clause-bound condition veto of stated schedules is tested in test_events_stated_schedules.py.)
"""

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2026, 10, 7)):
    result = process_document(Document(path="p.txt", text="Notes\n\n" + text + "\n", published=date(2026, 10, 1)),
                              Options(today=today))
    return result.events


def test_a_stretch_with_an_excepted_day_notes_it() -> None:
    [entry] = _events("Pottery classes run from 3 May 2027 to 30 June 2027, except 31 May 2027.")
    assert (entry.start, entry.end, entry.rrule) == (date(2027, 5, 3), date(2027, 6, 30), None)
    assert "the stretch leaves out 2027-05-31, as the document says" in entry.notes


def test_daily_hours_over_days_leave_the_excepted_day_out() -> None:
    [entry] = _events("The craft fair runs 3-5 May 2027 from 10am to 4pm, except 4 May.")
    assert entry.rrule == "FREQ=DAILY;UNTIL=20270505T235959"
    assert entry.exdates == [datetime(2027, 5, 4, 10, 0)]


def test_an_all_day_daily_series_leaves_the_excepted_day_out() -> None:
    [entry] = _events("The winter exhibition is open daily from 1 December to 20 December 2027, except 12 December.")
    assert (entry.start, entry.rrule) == (date(2027, 12, 1), "FREQ=DAILY;UNTIL=20271220")
    assert entry.exdates == [date(2027, 12, 12)]


def test_a_daily_series_over_days_with_hours_ends_with_its_days() -> None:
    [entry] = _events("The winter exhibition is open daily from 1 to 20 December 2027 from 10am to 4pm.")
    assert entry.start == datetime(2027, 12, 1, 10, 0)
    assert entry.rrule == "FREQ=DAILY;UNTIL=20271220T235959"


def test_an_evening_past_midnight_does_not_end_a_weekly_series() -> None:
    [entry] = _events("The jazz club meets every Friday from 8 January 2027, from 9pm to 1am.")
    assert "UNTIL" not in entry.rrule


def test_a_verb_in_an_opening_condition_names_nothing() -> None:
    # the condition makes the resumption a possibility only: no entry, and none for the depot
    assert _events("If the depot reopens, collections resume on 12 January 2027.") == []



def test_a_rule_that_applies_to_someone_from_a_day_is_its_start() -> None:
    # "apply to <whom> from": the milestone phrase "apply from" with a short "to" phrase inside
    assert [(e.title, e.kind, e.start) for e in _events(
        "The new parking charges will apply to all vehicles in the town centre from 1 June 2028.")] == [
        ("Start of application of the new parking charges", "milestone", date(2028, 6, 1))]
    assert [(e.title, e.start) for e in _events(
        "The hosepipe ban will apply to households across the county from 1 July 2027.")] == [
        ("Start of application of the hosepipe ban", date(2027, 7, 1))]


def test_asked_or_allowed_to_apply_to_someone_is_no_rule_starting() -> None:
    for sentence in ("Community groups should apply to the parish council from 1 June 2028.",
                     "Clubs can apply to the sports fund from 1 June 2028.",
                     "Applicants must apply for a grant from 1 June 2028."):
        assert not [e for e in _events(sentence) if e.title.startswith("Start of application")], sentence


def test_a_name_that_opens_with_future_keeps_it() -> None:
    # "The Future Homes Standard": a capitalised "Future" before a capitalised word is a name, no time
    assert [e.title for e in _events("The Future Homes Standard will apply from 1 June 2028.")] == [
        "Start of application of the Future Homes Standard"]


def test_a_plan_to_consult_or_publish_is_a_milestone_named_by_its_object() -> None:
    # the verb names the step: "consult on <what>" -> "Consultation on <what>", "publish <what>"
    assert [(e.title, e.kind, e.start, e.end, e.precision) for e in _events(
        "The county will consult on the new bus network in the summer of 2027.")] == [
        ("Consultation on the new bus network", "milestone", date(2027, 6, 1), date(2027, 8, 31), "approximate")]
    assert [(e.title, e.start) for e in _events("The parish council will publish its draft neighbourhood plan in May 2027.")
            ] == [("Publication of draft neighbourhood plan", date(2027, 5, 1))]


def test_a_past_consultation_is_no_entry() -> None:
    assert _events("The county consulted on the new bus network in the summer of 2026.") == []


def test_a_labelled_blurb_then_its_time_alone_is_the_labels_series() -> None:
    # "Name: a sentence or two about it. <time> on <weekday>s": the time is the label's
    text = ("Winter programme\n\n"
            "Puzzle Club: Jigsaws and crosswords for adults. Tea provided. 10 a.m. on Thursdays\n\n"
            "Model Railway Group: Members bring their own stock. 7 p.m. on the second & fourth Fridays of the month.\n")
    found = sorted((e.title, e.rrule, e.start.time()) for e in _events(text))
    assert found == [("Model Railway Group", "FREQ=MONTHLY;BYDAY=2FR,4FR", datetime(2027, 1, 1, 19, 0).time()),
                     ("Puzzle Club", "FREQ=WEEKLY;BYDAY=TH", datetime(2027, 1, 1, 10, 0).time())]


def test_a_list_on_other_weekdays_under_a_series_keeps_its_own_days() -> None:
    # holiday closings on a Tuesday and a Saturday under a Tuesday club's rule take none of its time
    text = ("Chess Club: Open to all ages. 4 p.m. on the first & third Tuesdays of the month.\n\n"
            "Upcoming holiday closings\n\n"
            "Tuesday, July 4, 2028: Independence Day\n\n"
            "Saturday, Sept. 2, 2028: for Labor Day\n")
    days = {e.title: e.start for e in _events(text) if e.rrule is None}
    assert days == {"Independence Day": date(2028, 7, 4), "For Labor Day": date(2028, 9, 2)}


def test_a_month_naming_a_key_dates_row_keeps_its_words_and_the_rows_clock() -> None:
    # "June 5 (Thurs.) June Recess begins, 5:30 p.m.": the month names the recess, the clock is the row's
    text = ("Academic calendar 2028\n\n"
            "May 30 (Tues.) Classes end, 5:30 p.m.\n"
            "June 5 (Mon.) June Recess begins, 5:30 p.m.\n"
            "June 19 (Mon.) Classes resume, 8:30 a.m.\n")
    found = {(e.title, str(e.start)) for e in _events(text)}
    assert ("June Recess begins", "2028-06-05 17:30:00") in found, found


def test_key_dates_rows_with_a_bracketed_weekday_are_rows_and_a_named_closure_is_kept() -> None:
    # "September 23 (Mon.) Labor Day; Classes do not meet": the bracketed weekday is the row's
    # weekday column, the holiday names the day and "; classes do not meet" only closes it
    text = ("Academic calendar\n\nFall Term 2028\n\n"
            "September 1 (Fri.) Course Fair, 9:00 a.m.\n"
            "September 4 (Mon.) Labor Day; Classes do not meet\n"
            "September 5 (Tues.) Fall Term Classes Begin\n"
            "January 15 (Mon.) NO CLASSES – Martin Luther King Holiday\n"
            "January 16 (Tues.) No classes\n")
    found = {(e.title, str(e.start)) for e in _events(text)}
    assert ("Course Fair", "2028-09-01 09:00:00") in found, found
    assert ("Labor Day", "2028-09-04") in found, found
    assert ("NO CLASSES – Martin Luther King Holiday", "2029-01-15") in found, found
    assert not any(day == "2029-01-16" for _, day in found), found



def test_open_to_all_is_no_opening() -> None:
    # "we have a talk, open to all members": who may come, not the talk opening
    text = "Club talks\n\nOn the second Thursday of the month at 2:00pm we have a talk, open to all members.\n"
    assert [(e.title, e.rrule) for e in _events(text)] == [("Talk", "FREQ=MONTHLY;BYDAY=2TH")]


def test_a_months_figures_are_no_days() -> None:
    # review 19 M1, M2: a table or a line of monthly counts writes no day of anything
    table = ("Attendance\n\n| Month | Members | Visitors |\n|---|---|---|\n"
             "| January | 12 | 30 |\n| February | 15 | 22 |\n| March | 18 | 9 |\n")
    line = "Attendance last year:\nJanuary: 12 Adults, 30 Children\nFebruary: 9 Adults, 14 Children\n"
    assert _events(table) == [] and _events(line) == []
    programme = ("Programme 2027\n\n| Month | Day | Speaker |\n|---|---|---|\n"
                 "| January | 12 | Jane Roe: Bees |\n| February | 9 | John Doe: Castles |\n| March | 9 | Ann Poe: Trains |\n")
    assert [str(e.start) for e in _events(programme)] == ["2027-01-12", "2027-02-09", "2027-03-09"]


def test_a_year_that_names_something_does_not_date_an_undated_page() -> None:
    # review 19 M5: "The Class of 2005", "(2011 Census)", "the 2004 model" are names' years
    for text, day in (("Reunion notes\n\nThe Class of 2005 reunion: 14 March, 7pm at the Crown.\n", "03-14"),
                      ("Village notes\n\nPopulation 4,500 (2011 Census). Carol service: 20 December, 6pm\n", "12-20"),
                      ("Owners club\n\nRally for owners of the 2004 model: 14 March\n", "03-14")):
        result = process_document(Document(path="p.txt", text=text), Options(today=date(2026, 12, 1)))
        assert [str(e.start)[:10] for e in result.events] in (
            [f"2026-{day}"], [f"2027-{day}"]), (text, [e.start for e in result.events])


def test_an_invitation_to_say_hello_is_no_news_report() -> None:
    # review 19 M3: only a verb of saying with its subject marks a story's dateline
    text = ("Spring Fair\n14 June 2029\n10am - 4pm\nVicarage Garden\n\n"
            "Stalls, teas and games for all ages. Come and say hello to our new vicar!\n")
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2029, 6, 1)))
    assert [(e.title, e.start) for e in result.events] == [("Spring Fair", datetime(2029, 6, 14, 10, 0))]


def test_a_posts_bare_clock_under_its_date_is_its_stamp() -> None:
    # review 19 M4: "10:32" under a post's date line is when it was posted, and "next week" is ahead
    text = ("Road closure on the High Street\n14 June 2029\n10:32\n\n"
            "The High Street will be closed for resurfacing next week.\n")
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2029, 6, 1)))
    assert result.reference.value == date(2029, 6, 14)
    assert [(e.start, e.end) for e in result.events] == [(date(2029, 6, 18), date(2029, 6, 24))]


def test_a_notice_label_does_not_name_the_day_after_its_blurb() -> None:
    # review 19 S9: "Please note:" names nothing; the notice's own words stay the title
    text = "Office news\n\nPlease note: The office will be closed for the holiday. Monday 27 December 2027\n"
    assert [e.title for e in _events(text, today=date(2027, 12, 1))] == [
        "Please note: The office will be closed for the holiday"]
