"""A great city opening a page's title as a modifier places a page that names no town in its body
(R63 class 1, page 09: the lines' hours floated though the title opens with the city). Only a
city of a million or more, settled in one zone, and only when nothing else places the page."""

from __future__ import annotations

from calfeed.events.title_cities import title_city
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY

BODY = "Ferries will not sail on Friday, June 5, from 6 am to 2 pm while the crews hold a meeting."


def _zones(title: str, body: str = BODY) -> list[str | None]:
    page = f"---\ntitle: {title}\npublished: 2026-06-01\n---\n{body}\n"
    return [e.tz for e in process_document(parse_document(page.encode(), "page.md"), Options(today=BUILD_DAY)).events]


def test_a_great_city_opening_the_title_places_the_page():
    assert _zones("Lagos ferry stoppage on Friday: what to know") == ["Africa/Lagos"]


def test_a_place_in_the_body_still_wins():
    assert _zones("Lagos ferry stoppage on Friday", BODY.replace("while", "in Accra while")) == ["Africa/Accra"]


def test_only_a_great_city_followed_by_a_lower_case_word_counts():
    assert title_city("Springfield council meets") == []      # a town in many zones
    assert title_city("Lagos Ferry Stoppage") == []          # a run of capitals: a name, not a modifier
    assert [p.name for p in title_city("Lagos ferry stoppage")] == ["Lagos"]
