"""A page that names its country with no preposition before it ("crowds across Portugal",
"the Bank of Ghana", a headline opening "Malta ferry ...") places its floating clocks there when
nothing else does; a page naming two countries as often, or a country of several zones, or a
name that is as often a person's ("Chad"), places nothing."""

from __future__ import annotations

from calfeed.events.named_countries import named_country_zone
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from events_helpers import BUILD_DAY, page_events


def _zones(text: str, published: str) -> list[str | None]:
    return [e.tz for e in page_events(text, published)]


def _titled_zones(title: str, text: str, published: str) -> list[str | None]:
    page = f"---\ntitle: {title}\npublished: {published}\n---\n{text}\n"
    return [e.tz for e in process_document(parse_document(page.encode(), "page.txt"), Options(today=BUILD_DAY)).events]


def test_a_country_named_without_a_preposition_zones_the_timed_entry():
    page = ("Haze is once again covering Singapore, and many outdoor plans are off.\n\n"
            "Engineering works will shut the river ferry at around 10pm on Saturday, 20 June 2026. "
            "Singapore residents are asked to plan ahead.\n")
    assert _zones(page, "2026-06-15") == ["Asia/Singapore"]


def test_a_national_body_names_the_country():
    page = ("Holidays declared by the Central Bank of Kenya this month.\n\n"
            "The payment window opens at 9:00 am on Monday, 6 July 2026.\n")
    assert _zones(page, "2026-06-15") == ["Africa/Nairobi"]


def test_the_country_named_most_wins_over_one_named_once():
    text = ("Smoke drifts over Singapore again. Some blame fires in Malaysia, "
            "while Singapore waits for rain and Singapore schools stay shut.")
    assert named_country_zone(text) == ("Asia/Singapore", "Singapore")


def test_two_countries_named_as_often_give_none():
    assert named_country_zone("Talks between Egypt and Ghana. Egypt and Ghana agreed.") is None


def test_a_country_of_several_zones_gives_none():
    assert named_country_zone("Canada is cold; crowds across Canada cheered.") is None


def test_a_name_often_a_persons_gives_none():
    assert named_country_zone("Chad will run the stall with his sister.") is None


def test_a_country_inside_a_longer_name_is_not_counted():
    assert named_country_zone("Flights to Northern Ireland resume.") is None
    assert named_country_zone("Cattle from the Niger Delta arrive.") is None


def test_a_country_in_a_streets_name_is_not_counted():
    text = "The floats leave the harbour and end on Avenue de France, near Rue de France."
    assert named_country_zone(text) is None
    page = ("The carnival floats roll out at 9 a.m. on Saturday, 20 June 2026 from the harbour and end on "
            "Avenue de France.\n")
    assert _zones(page, "2026-06-15") == [None]


def test_a_headline_opening_with_the_country():
    assert named_country_zone("The union will strike on Friday.", "Malta ferry crews to strike") == (
        "Europe/Malta", "Malta")
    page = "The crews will hold a strike from 6am on Friday, 19 June 2026 at every port.\n"
    assert _titled_zones("Malta ferry crews to strike", page, "2026-06-15") == ["Europe/Malta"]


def test_a_place_with_a_preposition_still_comes_first():
    page = ("Workers in Lisbon will march at 10am on Saturday, 20 June 2026. "
            "Ireland and Ireland again.\n")
    assert _zones(page, "2026-06-15") == ["Europe/Lisbon"]
