"""A meeting schedule copied from a web table loses the blank between a row's label and its day: "Planning
Session14 March 2031". The digits are the day, not part of the label: read across the glue, the row became a
month-long entry ("March 2031") and its digits went to the title of the row below. Where such glued rows stand
on two lines at least (or the page shows other glued cells), the label is cut at the digits; a capitalised label
splits as a small one does. A heading sentence whose subject joins two kinds of meeting ("Planning
Sessions and Public Hearings both start at 6:30pm") times the rows of both kinds.
In prose one word glued to digits before a month stays one word."""
# Provenance: class 1 of round R50 (a council's flattened meeting table), in wordings of our own; session 37.

from __future__ import annotations

from datetime import date, datetime

from calfeed.timex import tag
from events_helpers import page_events

REF = date(2030, 11, 20)

SCHEDULE = ("Session timetable\n\n"
            "Planning Sessions and Public Hearings both start at 6:30pm in the council chamber.\n\n"
            "Planning Session 2 December 2030\n"
            "Public Hearing9 January 2031\n"
            "Planning Session16 January 2031\n"
            "Public Hearing6 February 2031\n"
            "Planning Session13 February 2031\n")

BARE_ROWS = ("Dates for the season\n\n"
             "Open Rehearsal4 March 2031\n"
             "Members Concert11 March 2031\n"
             "Open Rehearsal1 April 2031\n")


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, REF) if t.type in ("DATE", "TIME")]


def _entries(text: str) -> set[tuple[str, date | datetime]]:
    return {(e.title, e.start) for e in page_events(text, "2030-11-20")}


def test_a_capitalised_label_glued_to_its_day_on_several_rows_is_cut_at_the_digits():
    values = _values(BARE_ROWS)
    assert ("4 March 2031", "2031-03-04") in values, values
    assert ("11 March 2031", "2031-03-11") in values, values
    assert ("1 April 2031", "2031-04-01") in values, values
    assert not any(value in ("2031-03", "2031-04") for _, value in values), values


def test_glued_rows_are_entries_of_their_day_named_by_their_label():
    found = _entries(BARE_ROWS)
    assert ("Open Rehearsal", date(2031, 3, 4)) in found, found
    assert ("Members Concert", date(2031, 3, 11)) in found, found
    assert not any(title.endswith(("4", "11", "1")) for title, _ in found), found


def test_a_heading_sentence_joining_two_kinds_times_the_rows_of_both():
    found = _entries(SCHEDULE)
    for title, day in (("Planning Session", date(2030, 12, 2)), ("Public Hearing", date(2031, 1, 9)),
                       ("Planning Session", date(2031, 1, 16)), ("Public Hearing", date(2031, 2, 6)),
                       ("Planning Session", date(2031, 2, 13))):
        assert (title, datetime(day.year, day.month, day.day, 18, 30)) in found, (title, day, found)


def test_the_second_kind_of_a_joined_subject_needs_the_joiner():
    # "Public Hearings" is not joined to the subject here: only the committees are timed by the sentence
    text = ("Session timetable\n\n"
            "All Planning Sessions begin at 6:30pm. Public Hearings are announced separately.\n\n"
            "Planning Session 2 December 2030\n"
            "Public Hearing 9 January 2031\n"
            "Planning Session 16 January 2031\n")
    found = _entries(text)
    assert ("Planning Session", datetime(2030, 12, 2, 18, 30)) in found, found
    assert ("Public Hearing", date(2031, 1, 9)) in found, found


def test_one_word_glued_to_digits_in_prose_stays_a_word():
    assert _values("The Galaxy12 March 2029 launch was delayed.") == [("March 2029", "2029-03")]
    assert _values("Our Phase3 June 2029 rollout is done.") == [("June 2029", "2029-06")]


def test_a_joined_subject_times_both_kinds_of_spaced_rows_too():
    text = ("Session timetable\n\n"
            "Planning Sessions and Public Hearings are held in the Guildhall and start at 7pm.\n\n"
            "Planning Session 2 December 2030\n"
            "Public Hearing 9 January 2031\n"
            "Planning Session 16 January 2031\n")
    found = _entries(text)
    assert ("Public Hearing", datetime(2031, 1, 9, 19, 0)) in found, found
    assert ("Planning Session", datetime(2031, 1, 16, 19, 0)) in found, found
