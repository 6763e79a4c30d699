"""A date inside a question the page asks of itself is asked about, not announced; a year in a
sentence saying the day is undecided names an edition (asked_days.py). A question put to the
reader ("Will you join us ...?") is an invitation and keeps its day."""

from __future__ import annotations

from events_helpers import page_events

_FAQ = ("Show Days\n\n"
        "When is the fair being held?\n\n"
        "October 8 and 9 are the Trade Days, and October 10 and 11 are the Family Days.\n\n"
        "When will the next fair (2028) be held?\n\n"
        "The date of the 2028 fair has not been decided. We will post it on this site once it is fixed.\n")

_EXPLAINER = ("When does the signing period end?\n\n"
              "The signing period will end at 18:00 on Tuesday for the national league.\n\n"
              "Can a rugby player signed on deadline day turn out this weekend?\n\n"
              "Only when the papers reach the board before noon on the working day before the match.\n")


def test_a_year_asked_about_or_undecided_gives_no_entry():
    years = [e for e in page_events(_FAQ, "2027-06-01") if e.start.year == 2028]
    assert years == []


def test_this_weekend_in_a_question_gives_no_entry():
    events = page_events(_EXPLAINER, "2027-08-30")
    assert [e.title for e in events if e.all_day] == []
    assert any(not e.all_day and e.start.hour == 18 for e in events)


def test_a_question_to_the_reader_is_an_invitation():
    from calfeed.events.asked_days import asked_sentence   # (imported here: the page tests run on the parent commit too)

    text = "Will you join us for the litter pick on Saturday 3 May?"
    assert not asked_sentence(text, (0, len(text)))
    text = "When will the next fair (2028) be held?"
    assert asked_sentence(text, (0, len(text)))
