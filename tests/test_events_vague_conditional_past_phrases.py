"""Vague, conditional and past phrases that made entries (R77 class 3), each in our own wording:
a call a bracket says ended, a month a change takes effect from, a rule quoted whole whose
condition supposes its days, a feast's weekday the tagger reads as the next such weekday, a run
told ahead to a vague end, a point bound ("by") shown as a run from the page's day, how long a
state holds ("for the remainder of the season"), and a closing clock taken as a series' last day."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events

PUBLISHED = "2031-01-10"
PAGE_DAY = date(2031, 1, 10)


def _days(events) -> set[date]:
    return {e.start.date() if isinstance(e.start, datetime) else e.start for e in events}


def test_a_call_a_bracket_says_ended_gives_no_entry():
    text = ("Grants\n\nCall for proposals from the Harbour Arts Fund (Until 4 June 2031)\n\n"
            "Apply online.\n\nCall for proposals from the Harbour Arts Fund (Ended 7 November 2030)\n")
    days = _days(page_events(text, PUBLISHED))
    assert date(2031, 6, 4) in days
    assert date(2030, 11, 7) not in days


def test_a_month_a_change_takes_effect_from_gives_no_entry():
    text = ("Examinations\n\nMs Varga says the introduction of the winter examination is effective from June 2031. "
            "A public meeting on the timetable will be held on 3 February 2031.\n")
    events = page_events(text, PUBLISHED)
    assert not any(e.start == date(2031, 6, 1) for e in events), [(e.title, e.start, e.end) for e in events]
    assert date(2031, 2, 3) in _days(events)


def test_a_rule_quoted_whole_supposes_its_days():
    # the reporting words before the quotation mark ("The circular quoted the act:") no longer hide
    # the condition's opener, so "the same day" and "the next following day" are the rule's, no days
    from calfeed.events.not_events import counted_from_condition
    from calfeed.events.words import words_in
    from calfeed.timex import tag
    text = ("The circular quoted the act: “Where a feast lands on a Sunday, and also where two feasts coincide "
            "on the same day then the following day which is no feast shall be a rest day”.")
    timexes = [t for t in tag(text, date(2033, 11, 11)) if t.type in ("DATE", "TIME")]
    words = words_in(text, 0, len(text))
    counted = [t for t in timexes if t.text.endswith(" day")]
    assert [t.text for t in counted] == ["the same day", "the following day"]
    for timex in counted:
        assert counted_from_condition(words, timex, [t for t in timexes if t.end <= timex.start]), timex.text
    plain = "The circular quoted the act: the next following day shall be a rest day."
    timex = next(t for t in tag(plain, date(2033, 11, 11)) if t.text.endswith(" day"))
    assert not counted_from_condition(words_in(plain, 0, len(plain)), timex, [])


def test_a_feasts_weekdays_are_no_coming_weekdays():
    text = ("Festivities\n\nThe Carnival Monday and Tuesday parades draw crowds to Port Ellery every year. "
            "The harbour fair opens on 3 May 2031.\n")
    days = _days(page_events(text, PUBLISHED))
    assert date(2031, 5, 3) in days
    assert not any(PAGE_DAY < day <= date(2031, 1, 17) for day in days), days


def test_a_run_told_ahead_to_a_vague_end_gives_no_entry_from_the_page_day():
    text = ("School year\n\nThe spring term will run until mid-April. The summer term will run from "
            "5 May to 25 July 2031.\n")
    events = page_events(text, PUBLISHED)
    assert not any(e.start == PAGE_DAY for e in events), [(e.title, e.start, e.end) for e in events]
    assert date(2031, 5, 5) in _days(events)


def test_a_run_on_now_until_a_day_still_runs_from_the_page_day():
    text = "Exhibitions\n\nThe lantern exhibition runs until 6 March 2031 at the Old Mill.\n"
    events = page_events(text, PUBLISHED)
    assert any(e.start == PAGE_DAY and e.end == date(2031, 3, 6) for e in events), \
        [(e.title, e.start, e.end) for e in events]


def test_a_point_bound_is_no_run_from_the_page_day():
    text = ("Examinations\n\nLessons for the autumn term are held between 9 September and 21 November. Straight "
            "after that, between 24 November and 2 December, pupils at the Orrholm schools will sit their final "
            "examinations, the marks expected to be released by 12 December.\n")
    events = page_events(text, PUBLISHED)
    assert not any(e.start == PAGE_DAY for e in events), [(e.title, e.start, e.end) for e in events]
    assert date(2031, 12, 12) in _days(events)


def test_how_long_a_state_holds_is_no_entry_from_the_page_day():
    text = ("Ferries\n\nThe Valdmar ferry will only be sailing between Orrholm and Skelby for the remainder "
            "of the winter season.\n")
    events = page_events(text, PUBLISHED)
    assert not any(e.start == PAGE_DAY for e in events), [(e.title, e.start, e.end) for e in events]


def test_a_closing_clock_is_no_last_day_of_daily_hours():
    text = ("Lantern market\n\nThe lantern market is open each day from 15:00 to 23:00 and on Fridays and "
            "Saturdays until 1:00.\n")
    events = page_events(text, PUBLISHED)
    assert not any(e.rrule and e.rrule.startswith("FREQ=DAILY;UNTIL=") for e in events), \
        [(e.title, e.start, e.rrule) for e in events]


def test_a_speakers_setting_before_the_verb_of_saying_is_the_news():
    text = ("Regatta\n\nSpeaking during a press conference in Port Ellery this morning harbour master Ana Loft "
            "says the dinghy regatta will start on 9 October and end on 12 October.\n")
    events = page_events(text, "2031-07-25")
    assert [(e.start, e.end) for e in events] == [(date(2031, 10, 9), date(2031, 10, 12))], \
        [(e.title, e.start, e.end) for e in events]


def test_a_date_in_what_the_speaker_says_stays():
    text = ("Regatta\n\nSpeaking to reporters, harbour master Ana Loft said the harbour will hold an open day "
            "this Saturday.\n")
    events = page_events(text, "2031-07-25")
    assert any(e.start == date(2031, 7, 26) for e in events), [(e.title, e.start) for e in events]
