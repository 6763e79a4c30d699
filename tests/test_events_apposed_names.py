"""An event described and then named in apposition ("the region's biggest food fair, the 12th
annual Brackenport Chowderfest on March 20-21") was titled by the descriptor (R71 class 5, page
06): the name after the comma says which event it is, so it titles the entry; so does a name
opening the clause before its descriptor (R70 18: "Harbour Lights, the coast's favourite winter
festival comes back on ..."), never a fronted place or adverb. A descriptor that is a name itself
keeps its title. The pages are my own."""

from __future__ import annotations

from events_helpers import page_events


def _titles(text: str) -> list[str]:
    return [e.title for e in page_events(text, "2026-01-12", "doc.txt")]


def test_the_name_after_the_descriptor_titles_the_entry():
    text = ("Every spring the townsfolk flock to the region’s biggest food fair, the 12th annual "
            "Brackenport Chowderfest on March 20-21 at the harbour green.")
    assert _titles(text) == ["12th annual Brackenport Chowderfest"]


def test_a_name_set_off_by_commas_before_its_day():
    text = "Crowds will gather for the county’s oldest music festival, the Harrow Folk Weekend, on March 20-21."
    assert _titles(text) == ["Harrow Folk Weekend"]


def test_a_named_descriptor_keeps_its_name():
    text = "The town hosts the Brackenport Craft Fair, the largest in the north, on 20 March."
    assert _titles(text) == ["Brackenport Craft Fair"]


def test_a_name_opening_the_clause_before_its_descriptor():
    text = ("Harbour Lights, the coast's favourite winter festival comes back on Saturday, March 13th "
            "and lasts until April 18th.")
    assert _titles(text) == ["Harbour Lights"]


def test_a_fronted_place_or_adverb_is_no_name():
    assert _titles("In Brackenport, the spring fair returns on Saturday, March 13th.") == ["Spring fair"]
    assert _titles("Meanwhile, the spring fair returns on Saturday, March 13th.") == ["Spring fair"]


def test_a_town_after_the_descriptor_is_no_name():
    text = "Crowds will gather for the county’s oldest music festival, Dundee, on March 20-21."
    assert _titles(text) == ["County’s oldest music festival"]


def test_a_town_after_an_institute_in_the_descriptor_is_no_name():
    text = ("The students will host the annual convention of the Institute of Marine Studies, Plymouth, "
            "on March 20-21.")
    assert all(t != "Plymouth" for t in _titles(text))


def test_a_building_or_venue_after_the_descriptor_is_no_name():
    assert all("Hotel" not in t for t in _titles("Guests are invited to a gala dinner, Seaview Hotel, on March 20th."))
    assert all("Hall" not in t for t in _titles("Queen Street Hall, the club's spring dance returns on Saturday, March 13th."))
