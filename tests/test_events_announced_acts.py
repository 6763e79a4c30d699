"""A show named by what it is ("fireworks"), announced acts of
named officials, election-office key dates."""
# Provenance: Round-10a red-team classes.

from __future__ import annotations

from datetime import date, datetime

import pytest
from events_helpers import tagged_events

BRISTOL = date(2019, 9, 18)


@pytest.mark.parametrize("text, start, precision", [
    ("There is a fireworks show scheduled for approximately 9:30 p.m. Friday night, Sept. 20.",
     datetime(2019, 9, 20, 21, 30), "exact"),     # a timed entry; its note says the time is approximate
    ("There is a fireworks show scheduled for 9:30 p.m. Friday, Sept. 20.", datetime(2019, 9, 20, 21, 30), "exact"),
    ("The fireworks will begin at 9:30 p.m. Friday, Sept. 20.", datetime(2019, 9, 20, 21, 30), "exact"),
    ("A fireworks display will light up the harbour at 9:30 p.m. on Friday, Sept. 20.",
     datetime(2019, 9, 20, 21, 30), "exact"),
    ("There will be a candlelight vigil at 7 p.m. on Friday, Sept. 20.", datetime(2019, 9, 20, 19), "exact"),
    ("The drone show will start at 9 p.m. on Friday, Sept. 20.", datetime(2019, 9, 20, 21), "exact"),
])
def test_a_show_named_by_what_it_is_is_an_event(text, start, precision):
    events = tagged_events(text, published=BRISTOL)
    assert [(e.start, e.precision) for e in events] == [(start, precision)]


def test_an_approximate_show_time_says_so():
    (event,) = tagged_events("There is a fireworks show scheduled for approximately 9:30 p.m. Friday night, Sept. 20.",
                             published=BRISTOL)
    assert event.title == "Fireworks show" and any("time approximate" in n for n in event.notes)


DAILY_NEWS = date(2018, 6, 20)


def test_announced_acts_of_named_officials_are_entries():
    text = ("Tomorrow at 10:30 CET, Commissioner Avramopoulos will present the Commission's contribution to the "
            "European Council with regards to migration, and on Monday 25 June, Commissioner Oettinger will cover "
            "the Commission's contribution to the debate on the EU's next long-term budget.")
    events = tagged_events(text, published=DAILY_NEWS)
    assert [(e.title, e.start) for e in events] == [
        ("Commissioner Avramopoulos presents the Commission's contribution to the European Council",
         datetime(2018, 6, 21, 10, 30)),
        ("Commissioner Oettinger covers the Commission's contribution to the debate on the EU's next long-term budget",
         date(2018, 6, 25))]


@pytest.mark.parametrize("text, title", [
    ("Prime Minister Theresa May will visit Berlin on Monday 25 June.", "Prime Minister Theresa May visits Berlin"),
    ("Foreign Minister Sergei Lavrov is due to visit Beijing on Monday 25 June.",
     "Foreign Minister Sergei Lavrov visits Beijing"),
    ("Dr Jane Smith will speak at the library on Monday 25 June.", "Dr Jane Smith speaks at the library"),
    ("Police Chief John Doe will brief reporters at 3 p.m. on Monday 25 June.", "Police Chief John Doe briefs reporters"),
    # an event noun that is the act's own object names the entry
    ("Commissioner Hogan will address the conference on Monday 25 June.", "Conference"),
])
def test_an_official_announced_to_act_names_the_entry(text, title):
    assert [e.title for e in tagged_events(text, published=DAILY_NEWS)] == [title]


@pytest.mark.parametrize("text", [
    "The Commission will present its proposal on Monday 25 June.",          # an institution, no one's appearance
    "He will present the report on Monday 25 June.",                        # no one named
    "Commissioner Oettinger said on Monday that he will present the budget.",   # the day of the statement
])
def test_no_announced_act_without_a_named_official_or_a_future(text):
    assert tagged_events(text, published=DAILY_NEWS) == []


def test_past_narration_of_an_official_gives_no_announced_act():
    events = tagged_events("Commissioner Avramopoulos presented the Commission's contribution on Monday 18 June.",
                           published=DAILY_NEWS)
    assert not any("presents" in e.title for e in events)


def test_an_event_named_after_the_date_that_opens_the_clause_keeps_its_own_later_date():
    # "Today" is when the College met, not when the European Council (next week) is
    text = "Today the College of Commissioners met and adopted its contribution ahead of the European Council next week."
    events = tagged_events(text, published=DAILY_NEWS)
    assert [(e.title, e.start) for e in events if e.title == "European Council"] == [
        ("European Council", date(2018, 6, 25))]


def test_an_upcoming_event_is_not_on_a_day_told_in_the_past():
    text = ("Today the College of Commissioners met in Brussels where a number of important issues were discussed "
            "in the context of the upcoming summit.")
    assert not any("ummit" in e.title for e in tagged_events(text, published=DAILY_NEWS))


def test_an_event_noun_in_a_relative_clause_after_an_opening_date_is_not_that_days():
    text = ("In this context, today the Commission published a paper on deepening the Economic and Monetary Union "
            "(EMU) which forms the basis of the Commission's contribution to the European Council discussions on the EMU.")
    assert tagged_events(text, published=DAILY_NEWS) == []


NIUE = date(2020, 5, 1)


@pytest.mark.parametrize("text, title, start", [
    ("Candidates wanting to withdraw their nomination may do so on the 21st of May at 12 midday.",
     "Deadline for candidates to withdraw their nomination", datetime(2020, 5, 21, 12)),
    ("Candidates wishing to withdraw their nomination may do so until 21 May at 12 midday.",
     "Deadline for candidates to withdraw their nomination", datetime(2020, 5, 21, 12)),
    ("Those wishing to object must do so by Friday 22 May.", "Deadline to object", date(2020, 5, 22)),
])
def test_do_so_is_the_act_the_subject_wishes(text, title, start):
    events = tagged_events(text, published=NIUE)
    assert [(e.title, e.kind, e.start) for e in events] == [(title, "deadline", start)]


def test_an_allowed_day_to_attend_is_no_deadline():
    events = tagged_events("Members wishing to attend can do so on Friday 22 May.", published=NIUE)
    assert not any(e.kind == "deadline" for e in events)


def test_the_declaration_of_elected_members_is_an_election_day():
    text = ("Saturday the 30th of May is the polling day and preliminary results with the official recount and "
            "declaration of duly elected members on Tuesday 2nd of June.")
    events = tagged_events(text, published=NIUE)
    assert [(e.title, e.start) for e in events] == [
        ("Polling day", date(2020, 5, 30)),
        ("Official recount and declaration of duly elected members", date(2020, 6, 2))]


def test_two_event_nouns_joined_by_and_name_one_entry():
    events = tagged_events("The meeting and reception will take place on Friday 22 May.", published=NIUE)
    assert [e.title for e in events] == ["Meeting and reception"]


def test_a_wish_without_do_so_is_read_as_before():
    # "wishing to attend are ...": a modal but no "do so" after it
    events = tagged_events("Those wishing to attend are asked to register by Friday 22 May.", published=NIUE)
    assert [e.start for e in events] == [date(2020, 5, 22)]


@pytest.mark.parametrize("text, title", [
    ("The minister will visit Leeds station at 10:30am on Monday 25 June.", "Minister visits Leeds station"),
    ("President Macron is expected to announce on Monday 25 June a new pension plan.",
     "President Macron announces a new pension plan"),
])
def test_an_official_act_title_reads_as_a_sentence(text, title):
    assert [e.title for e in tagged_events(text, published=DAILY_NEWS)] == [title]
