"""A conference's press page announces what a group of officials will do on a day, with the room
and hours in brackets after it: "On 9 June, some 40 health ministers will review the agency's
plan for ... (Room XI 9 am to 5 pm)". No event noun names it: the group and its act do
("Health ministers review the agency's plan ..."), timed by the bracketed hours."""
# Provenance: held-out round R42 (class 4), sentences written for this test.

from datetime import date, datetime

from events_helpers import tagged_events

_PAGE = ("World Health Assembly opens on 7 June\n\n"
         "Paris, 20 May 2027 - The World Health Assembly will meet from 7 to 12 June 2027 at the "
         "headquarters of the agency.\n"
         "On 9 June, some 40 health ministers will review the agency’s plan for vaccine supply in light of the "
         "recently agreed 2035 targets (Room XI 9 am to 5 pm).\n")


def _on_the_ninth() -> list:
    return [e for e in tagged_events(_PAGE) if (e.start.date() if isinstance(e.start, datetime) else e.start)
            == date(2027, 6, 9)]


def test_the_groups_act_is_an_entry_timed_by_its_bracket():
    events = _on_the_ninth()
    assert [(e.start, e.end) for e in events] == [(datetime(2027, 6, 9, 9), datetime(2027, 6, 9, 17))]


def test_the_group_and_its_act_name_it():
    title = _on_the_ninth()[0].title
    assert "ministers" in title.lower() and "review" in title.lower() and "plan for vaccine supply" in title
    assert "40" not in title and "some" not in title.lower().split()
