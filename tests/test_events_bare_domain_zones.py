"""A web address written bare, with no "www.", "@" or "://", places a page's bare clock times
when a country's second-level domain ends it ("Visit harbourside.org.nz", "stelchoir.co.za"):
a name ending ".org.nz" is an address, while "example.in" alone may be a file's name."""

from __future__ import annotations

from events_helpers import page_zones

NIGHT = "Our quiz night is on Wednesday 14 April 2027 at 7.30pm in the hall.\n\n"


def _zones(tail: str) -> list[str | None]:
    return page_zones(NIGHT + tail + "\n", "2027-03-01")


def test_a_bare_address_under_a_second_level_domain_places_the_page():
    assert _zones("Details and entry forms at harbourside.org.nz.") == ["Pacific/Auckland"]
    assert _zones("Book online: StelChoir.co.za") == ["Africa/Johannesburg"]


def test_a_bare_name_with_a_country_code_alone_places_nothing():
    assert _zones("Bring your notes.in a folder.") == [None]
    assert _zones("Details at example.com.") == [None]
