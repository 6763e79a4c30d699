"""Where a page's clocks run when its place words have namesakes, brands or unknown islands.

- The one-zone country a page names most chooses among the namesakes of a town it names: a
  regatta "in Plymouth" on a page about Montserrat is in Montserrat, not Devon (the larger
  namesake), though no contact detail says so (event_zones.DocumentZones.home).
- A town named like a hotel chain, alone after "in" ("the forum ... in Pullman"), is the hotel:
  the programme's clocks run in the town its address line gives (hotel_brand_towns).
- A venue whose name opens with "San" ("the San Felipe University hall") is not in San, Mali.
- The British Virgin Islands' islands are places ("Cane Garden Bay, Tortola")."""

from __future__ import annotations

from events_helpers import page_zones

REGATTA = ("Harbour week programme\n\n"
           "The tourism board of Montserrat has set out its harbour week. The regatta will be held in Plymouth "
           "on Saturday 12 July 2025 from 2pm to 6pm, and the board of Montserrat expects visitors from every "
           "parish of Montserrat.")

FORUM = ("Culture ministers meet\n\n"
         "Abidjan, Ivory Coast\n\n"
         "July 3, 2025 at 10 am: opening of the forum of ministers on new funds for the arts in Pullman\n"
         "July 4, 2025 at 4 pm: opening of the photo exhibition at the National Gallery")

GALA = ("Dance gala announced\n\n"
        "The dance gala of the city's cultural guild will be held on 19 July 2025 at the San Felipe University "
        "hall, and doors open at 7:00 pm.")

WATER = ("Water works notice\n\n"
         "Households in Cane Garden Bay, Tortola are told that the pipe repairs will close the road on Tuesday "
         "8 July 2025 from 8:30 a.m. until 2:15 p.m.")


def test_the_country_a_page_names_chooses_the_towns_namesake():
    assert page_zones(REGATTA, "2025-06-20") == ["America/Montserrat"]


def test_a_hotel_brand_alone_after_in_is_no_town():
    assert page_zones(FORUM, "2025-06-20") == ["Africa/Abidjan", "Africa/Abidjan"]


def test_a_venue_opening_with_san_is_not_in_san():
    assert "Africa/Bamako" not in page_zones(GALA, "2025-06-20")


def test_an_island_of_the_british_virgin_islands_is_a_place():
    assert page_zones(WATER, "2025-06-20") == ["America/Tortola"]
