"""A town read in the country the page names, when a namesake of comparable size lies there.

"San Jose" alone is California's, the largest town so called; on a page that names Costa
Rica (or the Philippines) and no place in the United States it is that country's town, whose
own spelling may carry an accent ("San José"). A village namesake does not move a great city.
"""

from __future__ import annotations

from datetime import date

from events_helpers import framed_by_title as framed

OFFICE = "The permit office in San Jose will be open at 9am on Saturday 10 March 2018 for renewals."


def _office_zone(more: str = "") -> str | None:
    return framed(OFFICE + more, published=date(2018, 3, 1))["Permit office open"].tz


def test_the_largest_namesake_keeps_a_bare_name():
    assert _office_zone() == "America/Los_Angeles"


def test_a_named_country_chooses_its_namesake_spelt_with_an_accent():
    assert _office_zone("\n\nRenewals are free for anyone who lives in Costa Rica.") == "America/Costa_Rica"


def test_a_named_country_chooses_its_namesake_spelt_alike():
    assert _office_zone("\n\nRenewals are free for anyone who works in the Philippines.") == "Asia/Manila"


def test_a_page_naming_the_largest_namesake_s_country_keeps_it():
    text = "\n\nRenewals are free for anyone who works in the Philippines or in California."
    assert _office_zone(text) == "America/Los_Angeles"


def test_a_village_namesake_does_not_move_a_great_city():
    text = ("The book fair in Paris will be open at 9am on Saturday 10 March 2018 for publishers.\n\n"
            "Our stand is shared with a printer in Texas.")
    assert framed(text, published=date(2018, 3, 1))["Book fair"].tz == "Europe/Paris"
