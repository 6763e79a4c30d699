"""A "WHAT:/WHEN:/WHERE:" block
gives one entry placed at its WHERE line, and a page's links ("Register here", "Download the
Draft Agenda", "Read More About the Council") are no entries, whatever date stands above them."""
# Provenance: Round-14 red-team class C6; page furniture around a release.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _events(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY)).events


def _day(event) -> date:
    return event.start.date() if hasattr(event.start, "date") else event.start


def test_a_what_when_where_block_below_a_dated_headline_is_one_placed_entry():
    cases = [
        ("May 2, 2024\n\nState Water Officials to Meet in Albany\n\nRegional Water Forum\nJune 10-11, 2024\n\n"
         "Register here\nDownload the Draft Programme\nWHAT: Regional Water Forum\n\nWHEN: June 10-11, 2024\n\n"
         "WHERE: Hilton Garden Inn, 100 Main Street, Albany, NY\n\nThe forum will bring together water officials "
         "from twelve states.\n", "State Water Officials to Meet in Albany", date(2024, 6, 10), "Hilton Garden Inn"),
        ("11 March 2025\n\nLibrarians to gather for digital skills summit\n\nDigital Skills Summit\n2-3 April 2025\n\n"
         "Read more about the summit\nBook a place\nWhat: Digital Skills Summit\nWhen: 2-3 April 2025\n"
         "Where: Central Library, Surrey Street, Sheffield\n", "Librarians to gather for digital skills summit",
         date(2025, 4, 2), "Central Library"),
        ("September 9, 2019\n\nGovernors Convene Energy Roundtable\n\nEnergy Roundtable\nOctober 21, 2019\n\n"
         "View the agenda\nLearn more about the council\nWHEN: October 21, 2019\nWHERE: Arizona Biltmore, "
         "2400 East Missouri Avenue, Phoenix, AZ\n", "Governors Convene Energy Roundtable",
         date(2019, 10, 21), "Arizona Biltmore"),
    ]
    for text, title, day, venue in cases:
        events = _events(text, title=title)
        on_day = [e for e in events if _day(e) == day]
        assert len(on_day) == 1, [(e.title, e.start, e.location) for e in events]
        assert on_day[0].location and on_day[0].location.startswith(venue), on_day[0].location
        assert not any(e.title.lower().startswith(("when", "where", "what", "register", "download", "read", "book",
                                                   "view", "learn")) for e in events)


def test_links_under_date_headings_are_no_items():
    text = ("Events\n\nSaturday 5 April 2025\nSpring plant sale, 10am\nFind out more\n\nSaturday 12 April 2025\n"
            "Easter egg trail, 2pm\nBook tickets here\nClick here to register\n")
    titles = sorted(e.title for e in _events(text, title="Events"))
    assert titles == ["Easter egg trail", "Spring plant sale"], titles
    text = ("Water events\n\nJune 12, 2024\nField visit to the Hudson treatment works\nBook a place\n\n"
            "June 20, 2024\nOnline follow-up webinar\nRead more about the webinar\n")
    titles = sorted(e.title for e in _events(text, title="Water events 2024"))
    assert titles == ["Field visit to the Hudson treatment works", "Online follow-up webinar"], titles


def test_an_item_opening_with_a_verb_like_word_that_names_an_event_stays():
    text = ("What's on\n\nSaturday 5 April 2025\nBook launch with the author, 2pm\n\nSaturday 12 April 2025\n"
            "Sign language taster session, 10am\n")
    titles = sorted(e.title for e in _events(text, title="What's on"))
    assert len(titles) == 2 and titles[0].startswith("Book launch") and titles[1].startswith("Sign language"), titles


def test_a_where_line_among_a_headings_items_places_them():
    text = ("Club fixtures\n\nSaturday 5 April 2025\nSpring plant sale, 10am\nWhere: Village Hall, Ashwell\n\n"
            "Saturday 12 April 2025\nEaster egg trail, 2pm\n")
    events = {e.title: e for e in _events(text, title="Club fixtures")}
    assert events["Spring plant sale"].location.startswith("Village Hall")
