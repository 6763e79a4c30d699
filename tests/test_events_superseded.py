"""An extended or postponed date replaces the one written before it: one entry, at the new
date, saying what it replaces."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 1, 10)


def test_an_extended_deadline_is_one_entry_at_the_new_date():
    events = tagged_events("Important dates\n\n- Submission deadline: March 15, 2027 (extended to March 22, 2027)\n"
                           "- Author notification: April 30, 2027\n", published=PUBLISHED)
    deadlines = [e for e in events if "Submission" in e.title]
    assert [(e.title, e.start) for e in deadlines] == [("Submission deadline", date(2027, 3, 22))]
    assert any('replaces "March 15, 2027"' in note for note in deadlines[0].notes)


def test_a_postponed_meeting_keeps_only_its_new_day():
    events = tagged_events("The board meeting on 3 May 2027, postponed until 10 May 2027, will be held in Leeds.",
                           published=PUBLISHED)
    assert [e.start for e in events] == [date(2027, 5, 10)]


def test_two_dates_joined_by_and_both_stay():
    events = tagged_events("Workshops will be held on 3 May 2027 and 10 May 2027 in Leeds.", published=PUBLISHED)
    assert sorted(e.start for e in events) == [date(2027, 5, 3), date(2027, 5, 10)]


def test_a_struck_out_or_was_date_is_replaced_by_the_new_one():
    for line in ("- Paper submission deadline: ~~March 20, 2027~~ March 27, 2027 (extended)\n",
                 "- Paper submission deadline: March 27, 2027 (was March 20)\n"):
        events = tagged_events("Important dates\n\n" + line, published=PUBLISHED)
        assert [e.start for e in events] == [date(2027, 3, 27)], line


def test_a_meeting_postponed_in_prose_keeps_only_its_new_day():
    events = tagged_events("The ministerial meeting had originally been scheduled for 26 November 2026 in Vienna "
                           "but was postponed to 30 November 2026 and moved online.", published=date(2026, 11, 20))
    assert [(e.start, e.location) for e in events] == [(date(2026, 11, 30), "Online")]


def test_an_extension_from_one_date_to_another_is_a_deadline_on_the_new_date():
    # red team 9b A1: "extended from June 30 to December 31" was a six-month milestone a year back
    events = tagged_events("The deadline for the Congress to hold the organisational polls has been extended "
                           "from June 30 to December 31.", published=date(2017, 3, 27))
    assert [(e.title, e.kind, e.start, e.end) for e in events] == [
        ("Deadline for the Congress", "deadline", date(2017, 12, 31), date(2017, 12, 31))]
    assert any('replaces "June 30"' in note for note in events[0].notes)


def test_a_meeting_moved_or_postponed_from_a_day_keeps_only_the_new_day():
    for sentence in ("The meeting was moved from May 3 to May 10.",
                     "The board meeting has been postponed from 3 May 2027 until 10 May 2027."):
        events = tagged_events(sentence, published=date(2027, 3, 27))
        assert [e.start for e in events] == [date(2027, 5, 10)], sentence


def test_a_range_of_days_without_a_moving_verb_stays_a_range():
    events = tagged_events("The exhibition will run from June 30 to December 31.", published=date(2017, 3, 27))
    assert [(e.start, e.end) for e in events] == [(date(2017, 6, 30), date(2017, 12, 31))]


def test_an_extension_told_after_the_old_date_still_lands_on_the_next_new_date():
    events = tagged_events("The deadline for the Congress to hold the organisational polls has been extended "
                           "from June 30 to December 31.", published=date(2017, 8, 1))
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2017, 12, 31))]


def test_a_list_row_s_date_extended_at_the_end_of_the_row_moves_to_the_new_day():
    # red team 10b #3: the mark stands a whole label after the row's date
    for row in ("October 31: Deadline for all submissions EXCEPT undergraduate poster and round table "
                "presentations.  EXTENDED TO NOVEMBER 5\n",
                "October 31: Deadline for all submissions (extended to November 5).\n"):
        events = tagged_events("Important Dates\n\nSeptember 1: Online portal opens for all submissions.\n\n" + row,
                               published=date(2026, 8, 1))
        deadlines = [e for e in events if e.title.startswith("Deadline")]
        assert [(e.start, e.kind) for e in deadlines] == [(date(2026, 11, 5), "deadline")]
        assert date(2026, 10, 31) not in {e.start for e in events}


def test_an_extended_mark_after_a_row_s_date_is_not_its_title():
    events = tagged_events("January 19 (Extended Deadline!): Student paper competition submissions due\n",
                           published=date(2026, 12, 1))
    assert [(e.start, e.kind) for e in events] == [(date(2027, 1, 19), "deadline")]
    assert events[0].title.startswith("Student paper competition")


# Session 22, class O: days moved earlier, moved to a month, or moved by a longer clause.

def test_a_launch_brought_forward_is_one_entry_on_its_new_day():
    """"brought forward from X to Y" read as one range (backwards, so into the next year) names
    the old day and the new one."""
    events = tagged_events("The ferry timetable launch has been brought forward from 20 March to 6 March.",
                           published=PUBLISHED)
    assert [(e.start, e.end) for e in events] == [(date(2027, 3, 6), date(2027, 3, 6))]


def test_a_meeting_rescheduled_until_a_month_leaves_its_old_day():
    events = tagged_events("The allotment committee meeting, scheduled for Wednesday, 3 February 2027, will be "
                           "rescheduled until March.", published=PUBLISHED)
    assert [(e.start.month, e.precision) for e in events] == [(3, "approximate")]


def test_a_day_put_back_keeps_only_the_new_one():
    events = tagged_events("The tenancy hearing, first set for 12 February 2027, has been put back to 2 March 2027.",
                           published=PUBLISHED)
    assert [e.start for e in events] == [date(2027, 3, 2)]


def test_a_postponed_meeting_that_will_now_take_place_later_keeps_the_later_day():
    events = tagged_events("The trustees' meeting planned for 14 February 2027 has been postponed and will now "
                           "take place on 21 February 2027.", published=PUBLISHED)
    assert [e.start for e in events] == [date(2027, 2, 21)]


def test_an_old_day_retold_with_another_use_is_not_superseded_by_a_word_ending_in_is_now():
    # "this now" is no "is now": the old day's own later row names what happens there instead of the tie.
    events = tagged_events("The cup tie that was scheduled to be played on Wednesday 19 May, owing to the cup run, "
                           "will now be played on Friday 21 May.\n\nWednesday 19 May: this now hosts the youth "
                           "final at the ground.", published=date(2027, 4, 1))
    assert [e.start for e in events if e.start == date(2027, 5, 19)] == [date(2027, 5, 19)]
    assert date(2027, 5, 21) in [e.start for e in events]


def test_a_chain_ending_on_the_longer_of_two_marks_moves_the_day():
    # Provenance: session 29 hash-seed audit (hs29): "deadline extended to" and "extended to" both
    # end the words; the one tried first was the set's, so the old day stayed in some runs.
    events = tagged_events("The abstract deadline of 15 March 2027 has been postponed and deadline extended to "
                           "22 March 2027.", published=PUBLISHED)
    assert [(e.title, e.start) for e in events] == [("Abstract deadline", date(2027, 3, 22))]


def test_a_moved_range_whose_date_noun_is_quoted_names_only_the_new_day():
    # R62 class 7 (page 19): "extends the 'Due Date' for filing its returns from <old> to <new>" gave a
    # deadline span from the old day; the quote marks hid the date noun from the moving verb's object
    events = tagged_events("The tax board extends the 'Due Date' for filing annual returns from 3rd May 2027 "
                           "to 17th May 2027 for small firms.", published=PUBLISHED)
    assert [(e.start, e.end) for e in events] == [(date(2027, 5, 17), date(2027, 5, 17))]
