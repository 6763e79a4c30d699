"""A festival or conference page writes its stretch of days once ("On Tue–Wed 12–13 October the
programme runs ...") and later names its sessions by weekday alone, one item at a time, after a
lead-in that counts them ("There are two plenary sessions:" / "one on Tuesday at 11 am–1 pm UTC and"
/ "one on Wednesday at 2–4 pm UTC."): each weekday is the day of the stretch that bears its name,
and each "one" item is an entry named by the lead-in's noun, made singular."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.events.stretch_weekdays import stretch_weekdays
from events_helpers import tagged_events

PAGE_DAY = date(2027, 8, 2)
TEXT = ("Festival programme\n\n"
        "On Tue–Wed 12–13 October the programme runs from 9 am UTC to 6 pm UTC.\n\n"
        "The full schedule will be published on the 20th of September.\n\n"
        "There are two plenary sessions:\n\n"
        "one on Tuesday at 11 am–1 pm UTC and\n"
        "one on Wednesday at 2–4 pm UTC. Everyone is welcome.\n")


def test_each_one_item_is_a_session_on_the_stretch_s_weekday():
    found = sorted((e.start, e.title) for e in tagged_events(TEXT, published=PAGE_DAY) if "session" in e.title.lower())
    assert [(s.replace(tzinfo=None), t) for s, t in found] == [
        (datetime(2027, 10, 12, 11), "Plenary session"), (datetime(2027, 10, 13, 14), "Plenary session")]


def test_a_weekday_outside_any_single_stretch_keeps_its_day():
    from calfeed.timex import tag
    text = ("The fair runs 12–13 October and the market 19–20 October. "
            "The gala is on Tuesday at 7 pm.")
    tagged = tag(text, PAGE_DAY)
    assert stretch_weekdays(tagged) == tagged


def test_one_with_no_counted_event_before_it_names_nothing():
    text = ("On Tue–Wed 12–13 October the programme runs from 9 am to 6 pm.\n\n"
            "Choose a colour:\n\n"
            "one on Tuesday at 9 am and\n"
            "one on Wednesday at 2 pm.\n")
    assert not any(e.title.lower().startswith("colour") for e in tagged_events(text, published=PAGE_DAY))
