"""Class N (press releases and news items): a year-less day the release tells in the past tense
and that is over by the release's own date is history mentioned in passing, not a calendar
entry ("The opening talk took place on March 12th"); what is still ahead in the same release
stays, and so does a past occasion dated in full (tests/test_events_past.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from events_helpers import day, tagged_events

from calfeed.events.candidates import Candidate, Frame
from calfeed.events.timing import Timing
from calfeed.events.told_history import told_history
from calfeed.model import ReferenceDate


def test_a_talk_that_took_place_gives_no_entry_beside_the_next_one():
    events = tagged_events("The opening talk of the series took place on March 12th and the second talk will be held "
                           "on May 7th in the Physics Building.", published=date(2026, 3, 20))
    assert [e.start for e in events] == [date(2026, 5, 7)]


def test_a_meeting_that_was_held_on_the_release_day_gives_no_entry():
    events = tagged_events("A briefing for member delegations was held on Tuesday 10 March at 11:00 in "
                           "Room 3.\n\nThe awards ceremony will be celebrated on 9 October.",
                           published=date(2026, 3, 10))
    assert [e.start for e in events] == [date(2026, 10, 9)]


def test_a_past_occasion_dated_in_full_stays_as_the_record():
    # the page's date is inferred from its tenses, as the seed's is (past_reports.py keeps it then too)
    events = tagged_events("The agency organized an expert meeting in Lahore on 14-15 June 2026. The next "
                           "meeting will take place in Vienna on 8 December 2026.")
    assert [e.start for e in events] == [date(2026, 6, 14), date(2026, 12, 8)]


def test_a_decision_taken_at_a_past_meeting_gives_no_entry():
    events = tagged_events("At their meeting in Oslo on 2 February, the ministers decided to hold the "
                           "summit in Bergen on 14 June.", published=date(2026, 2, 20))
    assert [e.start for e in events] == [date(2026, 6, 14)]


def test_a_past_day_after_a_word_that_points_ahead_stays():
    # the page date is later than the meeting (a wrong or late date): the past verb is the briefing's
    events = tagged_events("The minister held a press conference in Turin ahead of the meeting on April 17-19.",
                           published=date(2026, 4, 30))
    assert [(e.start, e.end) for e in events] == [(date(2026, 4, 17), date(2026, 4, 19))]


def test_a_consultation_opened_in_the_past_and_still_open_keeps_its_close():
    events = tagged_events("The consultation was opened on 2 March 2026 and will close on 30 April 2026.",
                           published=date(2026, 3, 20))
    assert date(2026, 4, 30) in [e.end or e.start for e in events]


def test_a_day_told_in_the_past_but_after_the_release_date_stays():
    events = tagged_events("The partners agreed that the launch was set for 15 May 2026.",
                           published=date(2026, 4, 1))
    assert [e.start for e in events] == [date(2026, 5, 15)]


def test_a_stretch_begun_in_the_past_that_runs_on_stays():
    events = tagged_events("The exhibition opened on 1 May 2026 and runs until 30 June 2026 at the "
                           "city museum.", published=date(2026, 5, 10))
    assert [e.start for e in events] == [date(2026, 5, 1)]     # as before: its opening day


def test_rows_of_a_dated_list_keep_their_days_whatever_tense_a_line_above_tells():
    text = ("Key Dates\n\nSchool Closed for Staff Training – September 4th, October 20th\n"
            "Sports Day – June 19th\nCarol Service – December 15th\n")
    page = ReferenceDate(date(2026, 7, 10), True, "test")
    row = text.index("June 19th")
    candidate = Candidate(replace(day(text, "June 19th", date(2026, 6, 19), tense="past"), raw_value="XXXX-06-19"),
                          Frame("Sports Day", "event", (0, -1)), Timing(date(2026, 6, 19), None, True, "exact"),
                          None, (text.index("Sports"), row + 9))
    assert not told_history(text, candidate, page)


def test_a_page_with_nothing_ahead_keeps_its_past_days():
    # an archive or a club's record (past_reports.py): the rule acts beside an entry ahead only
    events = tagged_events("The first talk of the series took place on March 12th in the Physics Building.",
                           published=date(2026, 3, 20))
    assert [e.start for e in events] == [date(2026, 3, 12)]


def _candidate(text: str, expr: str, when: date, raw: str) -> Candidate:
    timex = replace(day(text, expr, when, tense="past"), raw_value=raw)
    return Candidate(timex, Frame("Concert", "event", (0, -1)), Timing(when, None, True, "exact"), None,
                     (0, len(text)))


def test_a_day_after_a_present_perfect_is_no_past_day():
    text = "The town board has moved tonight's (Friday) concert indoors to the Regent Theatre."
    page = ReferenceDate(date(2026, 7, 13), True, "test")
    assert not told_history(text, _candidate(text, "Friday", date(2026, 7, 10), "XXXX-WXX-5"), page)
    text = "The town board moved tonight's (Friday) concert indoors to the Regent Theatre."
    assert told_history(text, _candidate(text, "Friday", date(2026, 7, 10), "XXXX-WXX-5"), page)


def test_a_day_told_in_the_past_in_a_story_gives_no_entry_under_a_page_date():
    events = tagged_events("Organisers at the village hall held an open house on Thursday to mark its "
                           "centenary. A concert will follow on 2 August.", published=date(2026, 7, 10))
    assert [e.start for e in events] == [date(2026, 8, 2)]


def test_a_generic_title_announced_again_elsewhere_is_another_occasion():
    events = tagged_events("On April 6, the Assembly adopted the budget.\n\nThe Assembly will meet again "
                           "on 14 May.", published=date(2026, 4, 20))
    assert [e.start for e in events] == [date(2026, 5, 14)]
