"""Rows whose details are put off ("to be announced", "TBA", "details to follow"): the day is set,
so it gets an entry on that day, as sure as the day is (a note says the rest is to come), titled
by the row's own words before the note or, with none, by what the page lists; a talk's title-case
name after its speaker's colon stays in the title."""

from __future__ import annotations

from datetime import date

import pytest

from calfeed.events.colon_names import name_before_colon
from calfeed.events.deferred_details import DEFERRED_NOTE, defers_details, without_deferral
from events_helpers import tagged_events


@pytest.mark.parametrize("note, deferring", [
    ("(Speaker and topic to be announced)", True),
    ("TBA", True),
    ("full details to follow", True),
    ("Title t.b.c.", True),
    ("venue to be confirmed", True),
    ("date TBA", False),            # the day itself is put off: no day is set
    ("Harvest supper", False),
    ("Plans to follow the river", False),
])
def test_what_a_deferring_note_is(note, deferring):
    assert defers_details(note) is deferring


@pytest.mark.parametrize("title, kept", [
    ("Winter Social - TBA", "Winter Social"),
    ("Quiz evening – venue tbc", "Quiz evening"),
    ("Members' forum: details to follow", "Members' forum"),
    ("Open evening (speaker to be confirmed)", "Open evening"),
    ("Carol service, date TBA", "Carol service, date TBA"),
    ("Guided walk - Riverside Path", "Guided walk - Riverside Path"),
    ("TBA", "TBA"),
])
def test_a_deferring_note_is_cut_from_a_title(title, kept):
    assert without_deferral(title) == kept


def test_the_cut_is_linear() -> None:
    import time
    started = time.process_time()
    without_deferral(" - " * 40000 + "x")
    defers_details("and " * 40000 + "tba")
    assert time.process_time() - started < 1.0


_PROGRAMME = ("On the first Tuesday of each month we have a talk by a visiting speaker.\n"
              "\n"
              "Spring programme\n"
              "\n"
              "2nd March Priya Nair: Lighthouses of the North Coast\n"
              "6th April (Speaker and topic to be announced)\n"
              "4th May Owen Pryce: Canals and the Men Who Dug Them\n")


def test_a_row_that_defers_all_its_details_is_named_by_what_the_page_lists():
    events = {e.start.isoformat()[:10]: e for e in tagged_events(_PROGRAMME, published=date(2027, 1, 10))}
    held = events["2027-04-06"]
    assert held.title == "Talk"
    assert held.precision == "exact"       # review 20 M6: the day is set; the note says the rest is to come
    assert DEFERRED_NOTE in held.notes


def test_a_talks_title_after_its_speaker_stays_in_the_entry():
    titles = sorted(e.title for e in tagged_events(_PROGRAMME, published=date(2027, 1, 10)))
    assert titles == ["Owen Pryce: Canals and the Men Who Dug Them", "Priya Nair: Lighthouses of the North Coast",
                      "Talk"]


def test_a_description_after_a_name_is_still_cut():
    assert name_before_colon("Pumpkin Carving: Bring a pumpkin and we supply the tools") == "Pumpkin Carving"
    assert name_before_colon("Priya Nair: Lighthouses of the North Coast and Their Keepers") is None


def test_a_named_row_with_its_details_to_follow_keeps_its_name_and_its_set_day():
    text = ("Club diary\n\n"
            "Saturday 6 February 2027 - Burns Supper\n"
            "Saturday 13 March 2027 - Annual Dinner - TBA\n")
    events = {e.title: e for e in tagged_events(text, published=date(2027, 1, 10))}
    assert sorted(events) == ["Annual Dinner", "Burns Supper"]
    assert events["Annual Dinner"].precision == "exact"      # the day is set; only the details are to come
    assert DEFERRED_NOTE in events["Annual Dinner"].notes
    assert events["Burns Supper"].precision == "exact"


def test_a_row_whose_day_is_put_off_gets_no_set_day_title_cut():
    text = ("Club diary\n\n"
            "Saturday 6 February 2027 - Burns Supper\n"
            "March 2027 - Skittles night, date TBA\n")
    titles = [e.title for e in tagged_events(text, published=date(2027, 1, 10))]
    assert "Skittles night" not in titles
