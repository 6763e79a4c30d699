"""A utility named after the country it serves ("the Jamaica Public Service") places a notice
that names no town (R63 page 08): its clocks are that country's. "Jamaica" alone is the country,
not the neighbourhood of New York the gazetteer also holds."""

from __future__ import annotations

from events_helpers import page_zones


def test_a_public_service_named_after_its_country_gives_the_zone():
    text = ("The Jamaica Public Service says crews will cut the supply on Thursday, June 1, "
            "from 9am to 2pm for pole repairs.")
    assert page_zones(text, "2023-05-29") == ["America/Jamaica"]


def test_the_country_named_after_in_is_the_country():
    assert page_zones("The fair opens in Jamaica on Thursday, June 1 at 10am.", "2023-05-29") == ["America/Jamaica"]
