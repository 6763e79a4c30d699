"""Dated prose acts (class I/K of round 29): running sentences that date what a body does, or what
the reader is asked to do, gave nothing or the wrong thing. Each probe is in our own wording.

- An examination sitting is an occasion: "The college will hold the exams from 9 March onwards".
- A document about the sitting ("exam timetable", "exam results") is no sitting.
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2030, 10, 7)


def _entries(body: str) -> list[tuple[str, str, str, str, str]]:
    """(kind, first day, last day, precision, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="College notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=ISSUED))
    return sorted((e.kind, str(e.start)[:10], str(e.end or e.start)[:10], e.precision, e.title)
                  for e in result.events)


def test_exams_a_body_will_conduct_from_a_day_onwards() -> None:
    assert _entries("The college will conduct the exams for first-year pupils from November 9 onwards.") == [
        ("event", "2030-11-09", "2030-11-09", "exact", "Exams for first-year pupils")]


def test_an_examination_held_on_a_day_is_an_entry() -> None:
    assert _entries("The board will hold the entrance examination on 14 December 2030.") == [
        ("event", "2030-12-14", "2030-12-14", "exact", "Entrance examination")]


def test_exam_results_are_no_sitting() -> None:
    assert _entries("The exam results will be published on 20 December 2030.") == [
        ("milestone", "2030-12-20", "2030-12-20", "exact", "Exam results published")]


def test_an_exam_timetable_is_a_document_not_a_sitting() -> None:
    assert _entries("The exam timetable will be sent to pupils on 2 November 2030.") == [
        ("milestone", "2030-11-02", "2030-11-02", "exact", "Exam timetable sent to pupils")]


# K: a bare request with "by <day>" is the reader's deadline, not the end of an event "running until" then.

def test_the_day_a_schedule_for_the_exams_comes_out_is_no_sitting() -> None:
    # The exams are what the schedule is about; the day is the schedule's (session 23 found a
    # news page where "the schedule for class 10 and 12 board exams will be announced on February 2"
    # became two exam entries once exams were occasions).
    entries = _entries("The board will announce the schedule for the mock exams on November 20.")
    assert [e[:2] for e in entries] == [("milestone", "2030-11-20")], entries
    assert not entries[0][4].lower().startswith(("mock", "exam", "11")), entries
    entries = _entries("The board will release the datesheet for the year 11 mock exams on November 20.")
    assert all(e[0] != "event" for e in entries), entries
    # "on schedule for" times the launch itself
    assert [(e[0], e[1], e[4]) for e in _entries("The new exam hall is on schedule for launch on November 25.")] == [
        ("event", "2030-11-25", "Launch")]
    # the exams' own days stay exams
    assert _entries("The mock exams for years 9 and 11 will be held on November 23.")[0][4].startswith("Mock exams")


def test_a_request_after_a_clause_of_purpose_is_a_deadline() -> None:
    assert _entries("To get the webinar link, write to Tomas at club@example.org by 20 November 2030.") == [
        ("deadline", "2030-11-20", "2030-11-20", "exact", "Deadline to write to Tomas")]


def test_a_bare_request_opening_its_sentence_is_a_deadline() -> None:
    assert _entries("Email the treasurer by 20 November 2030.") == [
        ("deadline", "2030-11-20", "2030-11-20", "exact", "Deadline to email the treasurer")]


def test_an_event_named_in_the_purpose_clause_does_not_run_until_the_day() -> None:
    kinds = [e[0] for e in _entries("To join the quiz, contact the bar staff by 20 November 2030.")]
    assert kinds == ["deadline"]


# I: a present or future act on a day ahead, with no event noun, is an entry named by the act.

def test_a_body_taking_its_turn_on_a_day_ahead() -> None:
    assert _entries("The Department takes its turn at the Ask-The-Minister on 12th November, 2030.") == [
        ("event", "2030-11-12", "2030-11-12", "exact", "Department takes its turn at the Ask-The-Minister")]


def test_a_future_act_takes_the_present_form_in_its_title() -> None:
    assert _entries("The brass band will play festive tunes outside the library on 6 December 2030.") == [
        ("event", "2030-12-06", "2030-12-06", "exact", "Brass band plays festive tunes outside the library")]


def test_a_hedged_negated_or_habitual_act_gives_nothing() -> None:
    assert _entries("The brass band might play outside the library on 6 December 2030.") == []
    assert _entries("The brass band does not play outside the library on 6 December 2030.") == []
    assert _entries("The brass band usually plays outside the library on 6 December 2030.") == []


def test_an_act_with_a_pronoun_for_a_subject_gives_nothing() -> None:
    assert _entries("It takes its turn on 6 December 2030.") == []


# A venue that closes on a day is closed then: a closure (an event), nobody's deadline.

def test_a_venue_that_closes_is_an_event_and_its_reopening_stays() -> None:
    # closed until it reopens: the closure runs to the day before (told_ranges, paused stretches)
    assert _entries("The leisure centre will close on 22 December and reopen on 4 January.") == [
        ("event", "2030-12-22", "2031-01-03", "exact", "Leisure centre closes"),
        ("event", "2031-01-04", "2031-01-04", "exact", "Leisure centre reopens")]


def test_a_museum_closing_alone_is_an_event() -> None:
    assert [e[0] for e in _entries("The museum closes on 22 December for the holidays.")] == ["event"]


def test_a_window_that_closes_stays_a_deadline() -> None:
    assert [e[0] for e in _entries("The consultation will close on 22 December.")] == ["deadline"]


# A fronted day before a measured state or a forecast is no change (review 22 S2).

def test_a_measured_state_from_a_day_is_no_milestone() -> None:
    assert _entries("From 6 January 2031 the choir's membership is around 40.") == []
    assert _entries("From 6 January 2031 the waiting list stands at 1,200.") == []


def test_a_forecast_from_a_day_is_no_milestone() -> None:
    assert _entries("As of 1 March 2031, visitor numbers are expected to pass 9,000.") == []


def test_a_new_fee_from_a_day_stays_a_milestone() -> None:
    assert _entries("From 6 January 2031 the room hire fee is 25 euros.") == [
        ("milestone", "2031-01-06", "2031-01-06", "exact", "Room hire fee is 25 euros")]


def test_an_office_of_examinations_is_no_sitting() -> None:
    assert _entries("The college holds an entrance test on 3 December 2030, Controller of Examinations "
                    "Dr R. Mehta said.") == [("event", "2030-12-03", "2030-12-03", "exact", "Entrance test")]


def test_a_date_in_an_aside_after_a_dated_exam_is_the_asides() -> None:
    assert _entries("The exams will begin on 10 November 2030, with results expected by 20 December 2030.") == [
        ("event", "2030-11-10", "2030-11-10", "exact", "Exams"),
        ("milestone", "2030-12-20", "2030-12-20", "exact", "Results")]


# A schedule step stated for a month, a season or a half-year ahead is an approximate milestone.

def test_a_venue_due_to_open_in_a_season_is_an_approximate_milestone() -> None:
    assert _entries("The new sports hall is due to open in spring 2031.") == [
        ("milestone", "2031-03-01", "2031-05-31", "approximate", "New sports hall opens")]


def test_works_that_start_in_a_half_year() -> None:
    assert _entries("Building works will start in the first half of 2031.") == [
        ("milestone", "2031-01-01", "2031-06-30", "approximate", "Building works start")]


def test_a_negated_or_conditioned_period_step_gives_nothing() -> None:
    assert _entries("Building works will not start in spring 2031.") == []
    assert _entries("If the grant arrives, building works will start in spring 2031.") == []


# A trailing condition vetoes like an opening one (review 22 S5); one about the reader does not.

def test_a_trailing_condition_vetoes_the_day() -> None:
    assert _entries("The trust will open the new wing in May 2031, unless the builders are delayed.") == []
    assert _entries("The fete opens on 3 November 2030, unless it rains.") == []


def test_a_condition_about_the_reader_leaves_the_day() -> None:
    assert _entries("The quiz will be held on 3 November 2030, if you wish to attend please reply.") == [
        ("event", "2030-11-03", "2030-11-03", "exact", "Quiz")]


def test_a_run_of_subjects_after_an_exam_lead_keeps_each_subject() -> None:
    titles = [e[4] for e in _entries("Main exams include Biology on 11 November 2030, Art on 12 November 2030 "
                                     "and Drama on 14 November 2030.")]
    assert titles == ["Biology", "Art", "Drama"]


def test_boilerplate_unless_and_a_bracketed_joke_leave_the_day() -> None:
    assert _entries("The jumble sale will be held on 3 November 2030 unless otherwise posted.") == [
        ("event", "2030-11-03", "2030-11-03", "exact", "Jumble sale")]


def test_a_period_step_of_a_clause_inside_a_requirement_gives_nothing() -> None:
    assert _entries("Only the second bid requires the buyer to begin a share sale process in June 2031.") == []


def test_a_period_step_whose_subject_lost_its_noun_gives_nothing() -> None:
    assert _entries("The county’s plans to begin kerbside glass collection in March 2031 depend on a grant.") == []


def test_a_participle_after_a_news_dateline_has_no_subject_before_it() -> None:
    # "HARBOURTON Starting in December, ...": the capitalised place word is a dateline, not what starts
    assert _entries("HARBOURTON Starting in December, the library will run a series of knitting evenings.") == []


def test_a_meeting_schedule_that_is_set_not_put_out_keeps_its_meetings() -> None:
    # "exam schedule will be announced" is a document; a schedule the body sets for its own
    # meetings is those meetings (a held-out page lost its monthly series to the document reading).
    doc = Document(path="notice.txt", title=None, published=ISSUED, text=(
        "Parish council\n\nThe council has set a regular meeting schedule for 2031 to be on the second "
        "Thursday of each month at 7pm.\n"))
    events = process_document(doc, Options(today=ISSUED)).events
    assert [(e.kind, e.rrule) for e in events] == [("meeting", "FREQ=MONTHLY;BYDAY=2TH")], events
