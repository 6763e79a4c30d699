"""A known place with its day alone in brackets, then a colon ("NAIROBI (Oct 2): The ..."), is a
story's dateline as it is with a dash: the day is when the story was filed, never an entry.
A bare day before a colon still opens an agenda line."""
# Provenance: session 63, class "lines that date the page put on as entries" (ev63b).

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events


def _starts(text: str, published: str) -> list[date | datetime]:
    return sorted(e.start for e in page_events(text, published))


def test_a_place_and_its_bracketed_day_before_a_colon_give_no_entry():
    text = ("NAIROBI (Oct 2): Volunteers plan tree planting drives at two city parks in the coming days.\n\n"
            "On Friday, a tree planting drive will be held at Uhuru Gardens from 9am to 11am.\n\n"
            "On Sunday, a second tree planting drive will be held at Karura Forest starting at 8am.\n")
    entries = page_events(text, "2029-10-02")
    assert all(str(e.start)[:10] != "2029-10-02" for e in entries)
    friday = next(e for e in entries if e.start == datetime(2029, 10, 5, 9, 0))
    assert friday.tz == "Africa/Nairobi"       # the dateline's place


def test_a_day_first_bracketed_day_before_a_colon_is_a_dateline_too():
    text = ("OSLO (4 March): The city library will host a reading marathon for children.\n\n"
            "The reading marathon opens on Saturday, March 8, at 10am in the main hall.\n")
    entries = page_events(text, "2031-03-04")
    assert [e.start for e in entries] == [datetime(2031, 3, 8, 10, 0)]
    assert entries[0].tz == "Europe/Oslo"


def test_the_dateline_s_place_no_longer_opens_the_first_sentence_s_title():
    text = ("PERTH (Feb 3): A community beach clean-up is planned on Saturday, February 7, from 7am to 10am.\n")
    entries = page_events(text, "2032-02-03")
    assert [e.start for e in entries] == [datetime(2032, 2, 7, 7, 0)]
    assert "Perth" not in entries[0].title


def test_a_bare_day_before_a_colon_opens_an_agenda_line():
    text = ("Club calendar\n\n"
            "May 14: Spring plant sale in the church hall.\n\n"
            "May 21: Garden tour of the old rectory.\n")
    starts = _starts(text, "2030-05-01")
    assert date(2030, 5, 14) in starts and date(2030, 5, 21) in starts
