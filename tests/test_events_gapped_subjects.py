"""Two dated things told in one sentence with one verb (gapping): "the quiz is on 14 March and
the auction on 21 March". Each date is its own entry, named by its own subject; a bare ordinal
after a named day ("on May 4 ..., the board on the 6th") is a day of that month."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def test_a_second_subject_without_a_verb_gets_its_own_entry():
    events = tagged_events("The bake sale is on 6 May and the plant swap on 13 May in the church hall.",
                           published=date(2027, 4, 1))
    assert sorted((e.start, e.title) for e in events) == [(date(2027, 5, 6), "Bake sale"),
                                                          (date(2027, 5, 13), "Plant swap")]


def test_three_gapped_subjects_each_take_the_first_titles_noun():
    events = tagged_events("Health officials will meet on June 8, transport officials on June 9 and "
                           "mayors on June 10, the agency said.", published=date(2027, 5, 2))
    assert sorted((e.start, e.title) for e in events) == [
        (date(2027, 6, 8), "Health officials meeting"), (date(2027, 6, 9), "Transport officials meeting"),
        (date(2027, 6, 10), "Mayors meeting")]


def test_a_bare_ordinal_after_a_named_day_is_in_that_month():
    events = tagged_events("Junior teams will meet on August 14, senior teams on the 15th.",
                           published=date(2027, 7, 1))
    assert sorted(e.start for e in events) == [date(2027, 8, 14), date(2027, 8, 15)]


def test_a_place_between_two_dates_keeps_one_title():
    events = tagged_events("The roadshow will stop in Derby on 4 October and Leicester on 11 October.",
                           published=date(2027, 9, 1))
    assert len(events) == 2 and len({e.title for e in events}) == 1


def test_again_between_two_dates_is_no_second_subject():
    events = tagged_events("The clinic will open on 3 February and again on 17 February.",
                           published=date(2027, 1, 10))
    assert len(events) == 2 and all(e.title.startswith("Clinic") for e in events)



def test_a_gapped_date_after_a_subject_verb_clause_is_its_own_entry():
    events = tagged_events("Junior teams will play on August 14, senior teams on August 15.",
                           published=date(2027, 7, 1))
    assert sorted(e.start for e in events) == [date(2027, 8, 14), date(2027, 8, 15)]
    assert [e.title.split()[0] for e in sorted(events, key=lambda e: e.start)] == ["Junior", "Senior"]


def test_capitalised_gapped_subjects_are_named_when_the_title_made_a_noun_of_the_verb():
    events = tagged_events("Economy Ministers will meet on March 27, Foreign Ministers on the 28th.",
                           published=date(2027, 2, 1))
    assert sorted((e.start, e.title) for e in events) == [(date(2027, 3, 27), "Economy Ministers meeting"),
                                                          (date(2027, 3, 28), "Foreign Ministers meeting")]


def test_capitalised_gapped_subjects_with_no_place_before_name_their_own_entries():
    events = tagged_events("The school posted the test plan today. Physics will be held on 2 June 2027, "
                           "Latin on 4 June, and Drama on 8 June.", published=date(2027, 5, 1))
    assert sorted((e.start, e.title) for e in events) == [(date(2027, 6, 2), "Physics"),
                                                          (date(2027, 6, 4), "Latin"), (date(2027, 6, 8), "Drama")]


def test_a_capitalised_place_after_a_place_keeps_the_first_title_even_for_a_meeting():
    events = tagged_events("Delegates will meet in Oslo on 5 May and Bergen on 12 May.", published=date(2027, 4, 1))
    assert len(events) == 2 and len({e.title for e in events}) == 1


def test_a_short_capitals_mark_is_no_gapped_subject():
    events = tagged_events("The cartoon will be rated U on Jan. 9 and PG on Jan. 16.", published=date(2026, 12, 1))
    assert len({e.title for e in events}) == len(events)


def test_a_day_that_opens_a_joined_clause_is_named_by_that_clause():
    """", and <day> will be <something>": the day is the subject of a clause of its own, which
    says what it is, not one more day of the first clause's event (R60 13, in our own words)."""
    events = tagged_events("The new bus timetable will be effective as of 1 March 2031 on every route, and "
                           "Sunday, 2 March 2031, will be an official holiday.", published=date(2031, 2, 3))
    assert sorted((e.start, e.title) for e in events) == [
        (date(2031, 3, 1), "Entry into effect of the new bus timetable"), (date(2031, 3, 2), "Official holiday")]


def test_a_day_that_opens_a_joined_clause_is_no_second_day_of_a_stated_schedule():
    events = tagged_events("The parking rules change on 1 March 2031, and 2 March 2031 will be a quiet day.",
                           published=date(2031, 2, 3))
    assert [(e.start, e.title) for e in events] == [(date(2031, 3, 1), "Parking rules change")]
