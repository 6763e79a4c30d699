"""A date alone under an event's name is the event's day, not the page's (session 19, class D).

A listing or a meeting page writes its event's name, then the day on the next line, then the
blurb: "Harbour Lantern Festival" / "9 November 2029" / "Bring the family ...". Read as the
page's date line, the day gave no entry. It is the event's when the line above names an event
or a booking line follows; a post's date line stays the post's when the text then announces a
later day, when the prose under it tells only a past, or when the date opens the page above
its title.
"""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2030, 6, 1)


def _run(text: str):
    return process_document(Document("page.md", text), Options(today=BUILD_DAY))


def test_a_day_under_a_festivals_name_is_the_festivals() -> None:
    result = _run("Harbour Lantern Festival\n9 November 2029\n\n"
                  "Bring the family down to the quay and watch the lantern boats sail past the pier!\n")
    assert result.reference.inferred
    assert [e.start for e in result.events] == [date(2029, 11, 9)]


def test_a_day_under_a_meeting_label_is_the_meetings() -> None:
    result = _run("Next Town Council Meeting:\n\nTuesday 8 January 2030\n\nThe papers can be read at the library.\n")
    assert result.reference.inferred
    assert [(e.kind, e.start) for e in result.events] == [("meeting", date(2030, 1, 8))]


def test_a_booking_line_makes_the_day_above_it_an_events() -> None:
    result = _run("Lantern Making for Beginners\n12 October 2029\nBook now\n\n"
                  "Learn to fold a paper lantern in one afternoon.\n")
    assert result.reference.inferred
    assert [e.start for e in result.events] == [date(2029, 10, 12)]


def test_a_post_that_announces_a_later_day_keeps_its_date_line() -> None:
    # the day under the title is the post's: the text then tells of a day after it, ahead
    result = _run("Storytimes at the Branch Library\n3 March 2029\n\n"
                  "Beginning on 2 April 2029 we will offer storytimes indoors again.\n")
    assert result.reference.value == date(2029, 3, 3)
    assert not result.reference.inferred


def test_a_post_telling_a_past_keeps_its_date_line() -> None:
    result = _run("Autumn Exhibition Reception\n13 October 2029\n\n"
                  "Tonight was the opening reception, and around fifty visitors came to see the prints.\n")
    assert result.reference.value == date(2029, 10, 13)
    assert not result.reference.inferred


def test_a_date_above_the_title_stays_the_posts() -> None:
    # a blog writes the day first, then the post's title: that day is when it was posted
    result = _run("2 February 2029\n\nSpring Events at the Library\n\n"
                  "From 3 March we will host a monthly craft morning.\n")
    assert result.reference.value == date(2029, 2, 2)
    assert not result.reference.inferred


def test_a_section_heading_names_no_event() -> None:
    # "Events" alone heads a site's section: the date under it is still the page's
    result = _run("Events\n2 February 2029\n\nThe craft morning will be held on 3 March 2029.\n")
    assert result.reference.value == date(2029, 2, 2)


def test_hours_under_the_day_make_it_an_events_even_unnamed() -> None:
    # the title names no event, but the day's hours stand under it, then the venue
    result = _run("Shanties by the Harbour Wall\n9 November 2029\n7.30pm\nThe Old Boathouse\n\n"
                  "An evening of sea songs from the fishing fleet.\n")
    assert result.reference.inferred
    assert [e.start for e in result.events] == [datetime(2029, 11, 9, 19, 30)]


def test_a_venue_label_under_the_day_makes_it_an_events() -> None:
    result = _run("Shanties by the Harbour Wall\n9 November 2029\nVenue: The Old Boathouse\n\n"
                  "An evening of sea songs from the fishing fleet.\n")
    assert result.reference.inferred
    assert [e.start for e in result.events] == [date(2029, 11, 9)]


def test_a_news_story_with_its_filing_clock_keeps_its_date_line() -> None:
    result = _run("Landslip shuts the coast road\n9 November 2029\n08:15\n\n"
                  "The coast road was closed this morning after part of the cliff gave way.\n")
    assert result.reference.value == date(2029, 11, 9)
    assert not result.reference.inferred


def test_a_cheering_title_names_the_event_under_it() -> None:
    # a listing's title may end with "!": it still names the event dated on the line below
    result = _run("Lantern Parade - Light Up the Quay!\n9 November 2029\n\n"
                  "Bring the family down to the quay and watch the lantern boats sail past the pier!\n")
    assert [(e.title, e.start) for e in result.events] == [("Lantern Parade - Light Up the Quay!", date(2029, 11, 9))]


def test_a_news_story_under_a_festival_headline_keeps_its_date_line() -> None:
    # a headline may name an event too; a verb of saying in the story says it is news, dated that day
    result = _run("Lantern festival organisers unveil their programme\n14 June 2029\n\n"
                  "The organisers say the programme is the strongest in years.\n")
    assert result.reference.value == date(2029, 6, 14)
    assert not result.reference.inferred
