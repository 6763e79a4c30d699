"""Several dated items in one sentence (red team 27, class C): a moving verb whose object is a
date noun a few words back still names an old and a new date ("decided to extend the closing
date for evening classes from X to Y"), and "and for <group> from X to Y" after it moves a second
group's date; each group keeps its own entry. "last date" is a deadline noun."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 4, 2)


def test_a_verb_far_before_from_still_moves_the_date_when_its_object_is_a_date_noun():
    events = tagged_events("The college board has chosen to postpone the deadline to enrol in its evening classes "
                           "(except languages) from May 3 to May 10.", published=PUBLISHED)
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2027, 5, 10))]
    assert any('replaces "May 3"' in note for note in events[0].notes)


def test_a_second_group_after_and_for_keeps_its_own_moved_date_and_title():
    events = tagged_events("The trust has extended the closing date for day pupils from 14 June to 18 June and for "
                           "boarders from 18 June to 25 June.", published=PUBLISHED)
    assert [(e.title, e.kind, e.start) for e in events] == [
        ("Closing date for day pupils", "deadline", date(2027, 6, 18)),
        ("Closing date for boarders", "deadline", date(2027, 6, 25))]


def test_last_date_is_a_deadline_and_its_extension_lands_on_the_new_day():
    events = tagged_events("The last date of fee payment has been extended from July 9 to July 16.",
                           published=PUBLISHED)
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2027, 7, 16))]


def test_a_far_verb_without_a_date_noun_leaves_a_range_a_range():
    events = tagged_events("The museum has extended its opening hours for the summer exhibition of maps and "
                           "will show it from June 30 to August 31.", published=PUBLISHED)
    assert [(e.start, e.end) for e in events] == [(date(2027, 6, 30), date(2027, 8, 31))]


def test_a_day_written_right_after_its_meeting_is_not_displaced_by_another_clause_s_sharper_day():
    # red team 27, class C: the meeting took the other item's day and clock
    for sentence in ("For the next parish assembly being held March 17, 2027, printed minutes will be posted "
                     "to members on Monday, March 15, 2027 by noon.",
                     "For the spring residents' assembly taking place on 17 March 2027, the minutes will be sent "
                     "out on Monday 15 March 2027 by noon.",
                     "The parish assembly will be held on March 17, 2027, and minutes will be posted on "
                     "March 15, 2027 by 5 p.m."):
        events = tagged_events(sentence, published=PUBLISHED)
        assemblies = [e for e in events if e.kind == "meeting"]
        assert [e.start for e in assemblies] == [date(2027, 3, 17)], sentence


def test_a_sharper_day_inside_the_phrase_s_own_window_still_wins():
    events = tagged_events("The annual assembly on 17 March 2027 will open at 10:00 on 17 March 2027.",
                           published=PUBLISHED)
    assert [e.start.date() if hasattr(e.start, "date") else e.start for e in events] == [date(2027, 3, 17)]


def test_an_extended_period_before_from_is_a_stretch_and_no_move():
    # session 52, R65 class 1 (schools shut for a feast), in words of our own: "extended" after an
    # article is an adjective ("for an extended period from X until Y"), no moving verb; on the
    # parent the stretch's first day was read as the old day and only its last day stayed.
    events = tagged_events("Village schools will remain closed over an extended period from May 14 until June 2, "
                           "the council added.", published=PUBLISHED)
    assert [(e.start, e.end) for e in events] == [(date(2027, 5, 14), date(2027, 6, 2))]


def test_a_or_the_before_a_moving_participle_makes_it_an_adjective_too():
    # moved_verb_adjective_leads' other rows ("a", "the"), each needed: removing either row makes
    # its sentence read the stretch's first day as a moved day again.
    for text in ("The ferry will run on a delayed timetable from May 14 until June 2, the operator added.",
                 "The museum will remain closed during the extended repairs from May 14 until June 2, the trust added."):
        events = tagged_events(text, published=PUBLISHED)
        assert [(e.start, e.end) for e in events] == [(date(2027, 5, 14), date(2027, 6, 2))], (text, events)
