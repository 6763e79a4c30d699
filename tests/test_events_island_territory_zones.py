"""The Channel Islands' and the Isle of Man's pages: their clocks run in the islands' own zones
(R80 pages 01 and 07 were left floating).

- A host under the islands' own second-level labels (".co.im", ".gov.je", ".org.gg") places the page
  as any country-coded address does; a bare ".im" or ".gg" host, sold as a generic name, does not
  (second_level_country_zones.en.tsv).
- A law's title naming a territory in brackets ("the Harbour Dues (Jersey) Law 2011") places a
  notice issued under it (statute_places); "(Amendment) Act" names no territory.
- The islands' towns the gazetteer lacks or shares with a London suburb ("St Helier", "Port Erin")
  are places of their own (places.en.tsv); a name shared with larger towns abroad ("Ramsey") is
  read in the islands when the page's address is theirs.
"""

from __future__ import annotations

from events_helpers import page_zones

REGATTA = "The harbour regatta starts at 10.15am on Saturday 14 June 2025 from the north quay.\n\n"


def test_an_isle_of_man_second_level_address_places_the_page():
    assert page_zones(REGATTA + "Entries: https://www.quayregatta.co.im/entries\n", "2025-05-01") == ["Europe/Isle_of_Man"]


def test_a_jersey_government_address_places_the_page():
    assert page_zones(REGATTA + "Details at www.harbours.gov.je\n", "2025-05-01") == ["Europe/Jersey"]


def test_a_bare_generic_host_under_the_same_code_places_nothing():
    assert page_zones(REGATTA + "Stream it at https://www.sailcast.gg/live\n", "2025-05-01") == [None]


def test_a_law_naming_its_territory_in_brackets_places_the_notice():
    notice = ("Notice is given under Article 7 of the Harbour Dues (Jersey) Law 2011 that the slipway "
              "will be closed on Tuesday 17 June 2025 from 7 a.m. to 11 a.m.\n")
    assert page_zones(notice, "2025-06-01") == ["Europe/Jersey"]


def test_a_bracketed_word_that_is_no_territory_places_nothing():
    notice = ("Notice is given under the Harbour Dues (Amendment) Law 2011 that the slipway will be "
              "closed on Tuesday 17 June 2025 from 7 a.m. to 11 a.m.\n")
    assert page_zones(notice, "2025-06-01") == [None]


def test_st_helier_is_the_jersey_town():
    assert page_zones("The book fair opens at 10am on Saturday 14 June 2025 in St Helier.\n", "2025-05-01") == ["Europe/Jersey"]


def test_port_erin_is_the_isle_of_man_village():
    assert page_zones("The beach sprint starts at 9.30am on Sunday 15 June 2025 at Port Erin.\n", "2025-05-01") \
        == ["Europe/Isle_of_Man"]


def test_a_shared_town_name_is_read_where_the_pages_address_is():
    page = ("The craft market opens at 10am on Saturday 14 June 2025 in Ramsey.\n\n"
            "Stall bookings: www.craftstalls.org.im\n")
    assert page_zones(page, "2025-05-01") == ["Europe/Isle_of_Man"]
