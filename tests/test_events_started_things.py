"""A thing given or brought in from a day on, named only by the noun phrase before "starting D"
("will get free ferry rides starting Jan. 1", "a new gift: free ferry rides starting Jan. 1, the
mayor announced"): the phrase titles that day's entry, in the year after a December page.
R82 class 4 (page 19's shape), in our own words."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries


def test_a_thing_after_a_giving_verb_starts_on_its_day():
    entries = page_entries("All residents of Korvan will get free ferry rides starting Jan. 1, the mayor said.",
                           "2031-12-18")
    assert entries == [("Free ferry rides", "event", date(2032, 1, 1))]


def test_a_thing_after_a_colon_starts_on_its_day_though_the_announcement_is_past():
    page = ("KORVAN, Dec. 18 (Agency) -- All residents of the port city of Korvan will get a new gift: "
            "free ferry rides starting Jan. 1, Mayor Ilse Varga announced on Wednesday.")
    assert page_entries(page, "2031-12-18") == [("Free ferry rides", "event", date(2032, 1, 1))]


def test_a_past_day_gives_no_entry():
    assert page_entries("Residents were offered free rides starting Dec. 1, the mayor said.", "2031-12-18") == []


def test_a_phrase_after_an_unknown_verb_gives_no_title_of_its_own():
    assert page_entries("The council approved the plan starting Jan. 1.", "2031-12-18") == []
