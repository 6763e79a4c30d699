"""Notices that a service will be interrupted: water, power, gas, trains, the network. A
subscriber plans around an outage as around a closure, so the day such a notice gives is an
entry, named by what is interrupted (event_nouns: "disruption", "interruption", "outage",
"shutdown"; verb_nominals: "will be interrupted", "will be disrupted"), whether the notice comes
as a noun ("a planned power outage") or as a passive verb ("supply ... will be interrupted")."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2027, 3, 8)


def _only(text: str):
    events = tagged_events(text, published=PUBLISHED)
    assert len(events) == 1, [(e.title, e.start) for e in events]
    return events[0]


def test_a_supply_that_will_be_interrupted_for_some_hours_is_a_timed_entry():
    event = _only("Electricity supply to Glenview and Hillcrest will be interrupted on Saturday 27 March 2027 "
                  "between 8am and 1pm while the substation is upgraded.")
    assert (event.start, event.end) == (datetime(2027, 3, 27, 8, 0), datetime(2027, 3, 27, 13, 0))
    assert event.title == "Electricity supply interruption"


def test_a_planned_outage_told_as_a_noun_is_an_entry():
    event = _only("There will be a planned power outage affecting the Riverside estate on Thursday 18 March 2027.")
    assert event.start == date(2027, 3, 18)
    assert event.title == "Power outage"


def test_a_disruption_over_two_days_spans_them():
    event = _only("Residents should expect disruption to the water supply between Monday 12 April and "
                  "Tuesday 13 April 2027 while the mains are replaced.")
    assert (event.start, event.end) == (date(2027, 4, 12), date(2027, 4, 13))
    assert event.title.lower().startswith("disruption")


def test_a_passive_disrupted_names_its_subject():
    event = _only("Mains water supply to Elm Street will be disrupted on Wednesday 24 March 2027 from 9am to 1pm.")
    assert event.start == datetime(2027, 3, 24, 9, 0)
    assert event.title == "Mains water supply disruption"


def test_an_apology_for_disruption_names_no_day():
    events = tagged_events("We apologise for any disruption this may cause. "
                           "The new timetable starts on 30 April 2027.", published=PUBLISHED)
    assert [e.start for e in events] == [date(2027, 4, 30)]
    assert "disruption" not in events[0].title.lower()


def test_a_label_before_the_notice_leaves_the_subject_to_name_it():
    event = _only("Notice of works: water supply at Ballyfin will be interrupted on Tuesday 6 April 2027.")
    assert event.title == "Water supply interruption"
    event = _only("Update: Gas supply to Mill Lane will be disrupted on Tuesday 6 April 2027.")
    assert event.title == "Gas supply disruption"


# R62 class 6 (page 21): an operator's plan to suspend trains after a clock on a day, with no event
# noun in the sentence, gave nothing; "suspend" after "will" or "to" (verb_nominals) is a suspension
# of its object, and an adverb between the "to" and the verb ("to gradually suspend") keeps it so.
def test_a_plan_to_suspend_trains_after_a_clock_is_a_timed_suspension():
    event = _only("The Harbour Rail Co. plans to gradually suspend local trains around the port after "
                  "10 a.m. on Saturday 20 March 2027.")
    assert event.start == datetime(2027, 3, 20, 10, 0)
    assert event.title.startswith("Suspension of local trains")


def test_a_will_suspend_names_what_is_suspended():
    event = _only("The county will suspend bus services on the coast road on Monday 22 March 2027.")
    assert event.start == date(2027, 3, 22)
    assert event.title.startswith("Suspension of bus services")


def test_a_past_suspension_or_a_denied_one_gives_no_suspension():
    events = tagged_events("The county will not suspend bus services on Monday 22 March 2027.", published=PUBLISHED)
    assert not any("uspension" in e.title for e in events)


# R61 page 22 (seen while measuring the adverb skip): "is traditionally celebrated" over yearly days tells a
# habit; a habitual hedge between the auxiliary and the verb (habitual_hedges) is no adverb to pass.
def test_a_habitual_adverb_before_the_verb_keeps_the_habit_off_the_calendar():
    events = tagged_events("Loy Rakhi, the lantern night, is traditionally celebrated on May 2-4 every year.",
                           published=PUBLISHED)
    assert not any(e.title.startswith("Celebration") for e in events), [e.title for e in events]


# R62 page 11: a suspension of "public and private trade" was cut at "and" ("Suspension of public"): one word,
# a joiner and a run that ends in the noun both share are one object (deadline_names.object_span).
def test_two_words_joined_before_the_noun_they_share_stay_in_the_object():
    event = _only("Nine towns in the valley will suspend public and private trade on Monday 22 March 2027.")
    assert event.title.startswith("Suspension of public and private trade"), event.title


def test_two_nouns_joined_keep_the_first_as_before():
    event = _only("Applicants must submit papers and posters by Monday 22 March 2027.")
    assert "and posters" not in event.title, event.title
