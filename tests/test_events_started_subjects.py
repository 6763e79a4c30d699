"""A clause that a start word and a day open, whose named subject then says what it holds
("Starting 20 March and lasting until June, Lantern Garden will include four areas: Moon Fair,
..."): the day is when the named thing starts, so the entry is named by the subject, not by the
first item of the list after the colon (each item is a part of the whole, not what the day
starts). The pages are my own."""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PUBLISHED = "2027-03-02"


def _titles(text: str) -> dict[date, list[str]]:
    got: dict[date, list[str]] = {}
    for e in page_events(text, PUBLISHED):
        day = e.start.date() if hasattr(e.start, "date") else e.start
        got.setdefault(day, []).append(e.title)
    return got


def test_the_subject_not_the_first_listed_part_names_the_start():
    text = ("Harbour Town Summer Programme Opens\n\n"
            "The programme opened on Tuesday with a street show, the organisers said.\n\n"
            "Lantern Garden\n\n"
            "Starting March 20 and running to the close of June 2027, Lantern Garden will include more "
            "than 40 rides and four areas: Moon Fair, Paper Lake, Glow Tunnel, and Star Market.\n\n"
            "Lantern Garden will be twice as large as last year.\n")
    got = _titles(text)
    assert "Lantern Garden" in got[date(2027, 3, 20)]
    assert not any("Moon Fair" in t for titles in got.values() for t in titles)


def test_a_start_fronted_name_that_features_a_list():
    text = ("Riverside park news\n\n"
            "Beginning on April 10, Starlight Kingdom will feature three zones: Spring Festival Lawn, "
            "Boat Pond and Maze Walk.\n")
    got = _titles(text)
    assert got[date(2027, 4, 10)] == ["Starlight Kingdom"]


def test_a_listed_fair_keeps_its_name_when_no_colon_list_follows_the_verb():
    text = ("Riverside park news\n\n"
            "Starting April 10, the park will host a craft fair on the lawn.\n")
    got = _titles(text)
    assert got.get(date(2027, 4, 10)) and "Otter" not in " ".join(got[date(2027, 4, 10)])
    assert any("fair" in t.lower() for t in got[date(2027, 4, 10)])
