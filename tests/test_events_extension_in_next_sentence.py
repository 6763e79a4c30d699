"""A consultation's first closing day told as the plan ("submissions initially due by March 14")
and the extension told in the next sentence ("The deadline ... has been extended ... now closing on
March 28"): only the new day is a deadline, and it says what it replaces."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 2, 23)


def test_an_extension_told_in_the_next_sentence_replaces_the_planned_day():
    events = tagged_events("Consultation opened on February 1, with submissions initially due by March 14. "
                           "The deadline for submissions has been extended for two weeks now closing on March 28 "
                           "this year.", published=PUBLISHED)
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2027, 3, 28))]
    assert any('replaces "March 14"' in note for note in events[0].notes)


def test_an_originally_set_day_moved_by_the_next_sentence_keeps_only_the_new_day():
    events = tagged_events("Applications were originally due on 5 April 2027. Because of the portal outage "
                           "the closing date has been extended to 19 April 2027.", published=PUBLISHED)
    assert [(e.kind, e.start) for e in events] == [("deadline", date(2027, 4, 19))]


def test_a_next_sentence_without_a_moving_verb_leaves_both_days():
    events = tagged_events("Abstracts were initially due by 5 April 2027. Full papers are due by 19 April 2027.",
                           published=PUBLISHED)
    assert sorted(e.start for e in events) == [date(2027, 4, 5), date(2027, 4, 19)]


def test_a_planned_day_two_sentences_before_the_extension_stays():
    events = tagged_events("Abstracts were initially due by 5 April 2027. Reviews take four weeks. "
                           "The registration deadline has been extended to 19 April 2027.", published=PUBLISHED)
    assert date(2027, 4, 5) in [e.start for e in events]
