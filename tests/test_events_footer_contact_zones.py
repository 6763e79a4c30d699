"""A web page's footer is left out of its text, but it is where a parish or a club writes its
address, Eircode and phone number: those place the page's bare clock times as they would in
the text. The footer's dates and places make no entries and place no single event."""

from __future__ import annotations

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

BUILD_DAY = date(2026, 12, 3)
MAIN = ("<html><head><meta property=\"article:published_time\" content=\"2027-03-01\"></head><body>"
        "<main><h1>Holy Week</h1><p>Holy Thursday, 25 March 2027: Mass of the Lord's Supper at 7.30pm.</p></main>")


def _events(footer: str):
    page = f"{MAIN}<footer>{footer}</footer></body></html>"
    return process_document(parse_document(page.encode(), "parish.html"), Options(today=BUILD_DAY)).events


def test_an_address_in_the_footer_places_the_page():
    events = _events("<p>St Brigid's Parish Office<br>Main Street<br>Kilcullen, Co. Kildare</p><p>© 2027</p>")
    assert [e.tz for e in events] == ["Europe/Dublin"]


def test_an_eircode_and_a_phone_number_in_the_footer_place_the_page():
    assert [e.tz for e in _events("<p>Parish Office, R56 X2Y3</p>")] == ["Europe/Dublin"]
    assert [e.tz for e in _events("<p>Phone: +353 45 481 000</p>")] == ["Europe/Dublin"]


def test_a_footer_with_no_contact_leaves_the_time_floating():
    assert [e.tz for e in _events("<p>Last updated 1 March 2027</p>")] == [None]


def test_the_footers_lines_stay_lines():
    page = parse_document(f"{MAIN}<footer><p>Main Street<br>Kilcullen, Co. Kildare</p><p>Mass 10am</p></footer>"
                          "</body></html>".encode(), "parish.html")
    assert page.footer == "Main Street\nKilcullen, Co. Kildare\nMass 10am"
    assert "Kilcullen" not in page.text
