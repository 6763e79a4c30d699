"""A town that shares its name with a town in another country is read in the territory or country
the page names (R81 pages 09 and 02, class 1). Before, "St. Thomas" was always the Ontario town, also
as "St. Thomas, U.S. Virgin Islands" (the qualifier was cut at "U.S."); "in Puerto Rico" was a
Colombian town of that name (as "in Lebanon" was a town in the United States: a country's own name now
outranks a smaller town of its name in the gazetteer); Puerto Rico named in passing placed nothing
(its small namesakes abroad vetoed it); and Puerto Rico's island municipalities were no places at all.

- The Virgin Islands' St. Thomas and St. John, and Puerto Rico's Vieques and Culebra, are namesakes
  of their own (island_towns.en.tsv; places.en.tsv for the two the gazetteer lacks).
- A qualifier of several words with dots ("U.S. Virgin Islands") is read whole (places._region_at).
- A territory's other names count where the page names its country anywhere (country_other_names:
  "V.I.", "USVI"), a dotted abbreviation also before the noun it qualifies ("the V.I. Legislature"),
  and a sentence's opening article is no part of a longer name ("The U.S. Virgin Islands ...").
- A dateline's town is read in that country too (event_zones: "ST. THOMAS —").
- With nothing to choose between them, the island and the Ontario town (of like size) leave the clock
  floating; a page naming Ontario keeps Ontario's. Texts are our own.
"""

from __future__ import annotations

from events_helpers import page_events

PUBLISHED = "2031-05-05"     # a Monday


def _zones(text: str) -> list[str | None]:
    return [e.tz for e in page_events(text, PUBLISHED)]


def test_a_town_qualified_by_its_territory_with_dots():
    assert _zones("The harbour parade will start at 2 p.m. on Saturday, May 10, in St. Thomas, U.S. Virgin "
                  "Islands.\n") == ["America/St_Thomas"]


def test_the_territory_named_as_a_sentences_subject_chooses_the_island():
    page = ("The harbour parade will start at 2 p.m. on Saturday, May 10, in St. Thomas.\n\n"
            "The U.S. Virgin Islands tourism office expects three cruise ships.\n")
    assert _zones(page) == ["America/St_Thomas"]


def test_a_dateline_and_the_territorys_initials_before_its_bodies():
    page = ("ST. THOMAS — All offices of the V.I. Lottery will close at noon on Friday for the carnival, "
            "the V.I. Legislature said.\n")
    assert _zones(page) == ["America/St_Thomas"]


def test_the_ontario_town_where_the_page_names_ontario():
    assert _zones("The harbour parade will start at 2 p.m. on Saturday, May 10, in St. Thomas, Ontario.\n") \
        == ["America/Toronto"]


def test_the_island_or_the_ontario_town_is_left_open():
    assert _zones("The harbour parade will start at 2 p.m. on Saturday, May 10, in St. Thomas.\n") == [None]


def test_puerto_rico_is_the_territory_not_a_colombian_town():
    assert _zones("The ferries to Vieques and Culebra in Puerto Rico will be halted at noon on Tuesday, the port "
                  "authority said.\n") == ["America/Puerto_Rico"]


def test_a_country_is_not_a_smaller_town_of_its_name():
    assert _zones("The trade fair will open at 10 am on Tuesday in Lebanon.\n") == ["Asia/Beirut"]


def test_puerto_rico_named_in_passing_places_the_ferries():
    page = ("Storm watch for Puerto Rico\n\nThe port authority said the ferries serving Culebra and Vieques "
            "will be halted at noon on Tuesday.\n")
    assert _zones(page) == ["America/Puerto_Rico"]


def test_an_island_municipality_is_a_place():
    assert _zones("The ferries will be halted at noon on Tuesday in Culebra.\n") == ["America/Puerto_Rico"]
