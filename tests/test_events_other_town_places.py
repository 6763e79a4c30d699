"""Places the gazetteer knew but the text wrote in a way no reader took (R69 class 4):

- a town's other name (town_other_names.en.tsv: "Mysore" for Mysuru, "Kiev" for Kyiv) reads as that town;
- a dateline closed by a colon, with the town's two names either side of a slash ("Mysore/Mysuru: The
  ..."), as Indian papers write it; only a city too large to be a label's word;
- a lower-case noun for a part of a town before "of" ("the outskirts of Pune", "the suburbs of Sapporo
  city") places as "in" does;
- a named district, a comma, then a part of a great city ("in Gangnam District, central Seoul");
- a phone number of the North American plan whose area code is one island nation's (nanp_area_zones:
  "246-555-0142" is Barbados);
- a region's name that opens a longer town's ("Somerset West", South Africa) is no region (Somerset, England).
"""

from __future__ import annotations

from events_helpers import page_entries, page_zones

from calfeed.events.regions import heading_regions


def _zones(text: str) -> list[str | None]:
    return page_zones(text, "2027-03-10")


def test_an_old_city_name_after_in():
    assert _zones("The book fair in Bombay will open at 10 am on June 23.") == ["Asia/Kolkata"]


def test_a_colon_dateline_with_old_and_new_names():
    text = "Mysore/Mysuru: The palace lighting will be held on June 23 between 7 pm and 7.30 pm."
    assert _zones(text) == ["Asia/Kolkata"]


def test_a_colon_dateline_with_one_name():
    text = "Kyiv: The city council will meet at 10 am on June 23."
    assert _zones(text) == ["Europe/Kyiv"]


def test_a_label_colon_is_no_dateline():
    text = "Note: The council will meet at 10 am on June 23."
    assert _zones(text) == [None]


def test_the_outskirts_of_a_city():
    text = ("From 1 to 9 June, ice is hauled from the outskirts of Sapporo city to the parks.\n"
            "The carving contest starts at 11:15 on June 23.")
    assert [zone for zone in _zones(text) if zone] == ["Asia/Tokyo"]


def test_a_district_then_a_part_of_a_great_city():
    text = ("Pupils take a mock test at a school in Mapo District, central Seoul, on May 2.\n"
            "The real test will run from 8:50 a.m. to 4 p.m. on June 23.")
    assert set(_zones(text)) == {"Asia/Seoul"}


def test_an_island_area_code_without_plus_one():
    text = ("The street parade will gather at 9:00 a.m. on June 23 at the cricket ground.\n"
            "Call the festival office: 246-555-0142")
    assert _zones(text) == ["America/Barbados"]


def test_a_mainland_area_code_says_nothing():
    text = ("The street parade will gather at 9:00 a.m. on June 23 at the cricket ground.\n"
            "Call the festival office: 212-555-0142")
    assert _zones(text) == [None]


def test_a_town_named_after_a_region_and_a_compass_word():
    assert heading_regions(["Hillcrest Primary, Somerset West"]) == []


def test_the_region_itself_still_reads():
    assert [written for _, written in heading_regions(["Hillcrest Primary, Somerset"])] == ["Somerset"]


def test_the_story_starts_after_the_colon_dateline():
    text = "Mysore/Mysuru: The annual palace lighting will be held on June 23 between 7 pm and 7.30 pm."
    assert [title for title, _, _ in page_entries(text, "2027-03-10")] == ["Annual palace lighting"]
