"""Titles carry a cue verb in the present ("Consultation ... opens"), not the sentence's
modal or auxiliary ("will open", "is expected to open")."""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed


def test_a_modal_before_the_cue_is_no_part_of_the_title():
    found = framed("A consultation on the heat network zoning rules will open on 3 March 2027.",
                   published=date(2026, 10, 14))
    assert "Consultation on the heat network zoning rules opens" in found


def test_a_plural_subject_keeps_the_plural_verb():
    found = framed("Applications will open on 3 March 2027.", published=date(2026, 10, 14))
    assert "Applications open" in found


def test_a_present_cue_stays_as_written():
    found = framed("Registration closes on 3 March 2027.", published=date(2026, 10, 14))
    assert "Registration closes" in found


def test_a_fund_opening_for_applications_opens_them_and_its_close_is_theirs():
    from events_helpers import tagged_events as _tagged

    events = _tagged("The fund opens for applications on 1 February 2027 and closes at 5pm on 31 March 2027.",
                     published=date(2027, 1, 10))
    assert sorted((e.title, e.kind) for e in events) == [("Applications close", "deadline"),
                                                        ("Applications open", "event")]


def test_electing_someone_is_an_election_of_them():
    from events_helpers import tagged_events as _tagged

    events = _tagged("Voters will elect a new mayor on November 3, 2026.", published=date(2026, 10, 3))
    assert [(e.title, e.kind) for e in events] == [("Election of a new mayor", "election")]
    events = _tagged("A new president will be elected on 3 May 2027.", published=date(2026, 10, 3))
    assert [(e.title, e.kind) for e in events] == [("Election of new president", "election")]


def test_a_road_closed_over_a_weekend_is_one_closure_from_start_to_end():
    from datetime import datetime

    from events_helpers import tagged_events as _tagged

    events = _tagged("High Street will be closed from 8pm on Friday 5 March 2027 until 6am on Monday 8 March 2027 "
                     "for resurfacing works.", published=date(2027, 1, 3))
    assert [(e.title, e.start, e.end) for e in events] == [
        ("High Street closure", datetime(2027, 3, 5, 20, 0), datetime(2027, 3, 8, 6, 0))]


def test_an_invitation_is_to_what_the_sentence_before_names():
    from datetime import datetime

    from events_helpers import tagged_events as _tagged

    events = _tagged("The litter pick is back! Join us from 10am to midday on Saturday 10 April 2027, "
                     "meeting at the park gates.", published=date(2027, 3, 2))
    assert [(e.title, e.start, e.end) for e in events] == [
        ("Litter pick", datetime(2027, 4, 10, 10, 0), datetime(2027, 4, 10, 12, 0))]
    assert _tagged("We are proud of our volunteers.\n\nJoin us on 10 April 2027.", published=date(2027, 3, 2)) == []


def test_titles_keep_the_verb_as_a_plural_subject_writes_it_and_skip_list_numbers_and_adverbs():
    from events_helpers import tagged_events as _tagged

    def titles(text: str) -> list[str]:
        return [e.title for e in _tagged(text, published=date(2026, 12, 1))]

    assert titles("Doors open at 6:00 PM on 14 March 2027.") == ["Doors open"]
    assert titles("Bookings close on 19 February 2027.") == ["Bookings close"]
    assert titles("Finally, membership renewals are due by 31 January 2027.") == ["Deadline for membership renewals"]
    assert titles("3. Completed nomination papers must be delivered no later than 4pm on Thursday 7 January 2027.") == [
        "Deadline for completed nomination papers"]


def test_postponed_until_is_a_new_day_and_runs_until_is_an_end_or_a_close():
    from events_helpers import tagged_events as _tagged

    def entries(text: str) -> list[tuple[str, str, object, object]]:
        return [(e.title, e.kind, e.start, e.end) for e in _tagged(text, published=date(2026, 11, 23))]

    assert entries("A judge on Monday adjourned the fraud trial of the company until Jan. 12, 2027.") == [
        ("Fraud trial of the company", "event", date(2027, 1, 12), date(2027, 1, 12))]
    assert entries("The exhibition runs until 12 January 2027.") == [
        ("Exhibition", "event", date(2026, 11, 23), date(2027, 1, 12))]
    assert entries("The consultation runs until 3 March 2027.") == [
        ("Consultation closes", "deadline", date(2027, 3, 3), date(2027, 3, 3))]


def test_a_reminder_that_and_your_name_no_one():
    from events_helpers import tagged_events as _tagged

    def titles(text: str) -> list[str]:
        return [e.title for e in _tagged(text, published=date(2026, 12, 1))]

    assert titles("Finally, a reminder that membership renewals are due by the end of January 2027.") == [
        "Deadline for membership renewals"]
    assert titles("Please send your responses by 11:59pm on 14 March 2027.") == ["Submission of responses"]


def test_finance_verbs_are_no_events():
    from events_helpers import tagged_events as _tagged

    assert _tagged("Ogden Projects shares closed at $20 on 31 October 2026.", published=date(2026, 11, 1)) == []
    redeemed = _tagged("The company has elected to redeem the notes on 15 March 2027.", published=date(2026, 11, 1))
    assert not any(e.title.startswith("Election") for e in redeemed)
    assert _tagged("He met with the minister on 2 November 2026.", published=date(2026, 11, 3)) == []


def test_please_note_opens_no_subject():
    from events_helpers import tagged_events as _tagged

    events = _tagged("Please note the theatre will be closed for refurbishment from 2 to 20 August 2027.",
                     published=date(2027, 3, 1))
    assert [(e.title, e.start, e.end) for e in events] == [("Theatre closure", date(2027, 8, 2), date(2027, 8, 20))]
