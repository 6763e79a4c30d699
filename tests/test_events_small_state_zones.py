"""Small states' and territories' places have their zones (R82 class 5). The gazetteer holds towns
over 15,000 people, so the states of Micronesia, Andorra's parishes, Liechtenstein's municipalities and
the Pacific's and Caribbean's islands were no places at all: a clock "in Kosrae" or "in Ordino" floated,
and a town written with its state beside it ("Colonia, Yap", also as a dateline) was read at its larger
namesake abroad (Colonia, New Jersey). regions.en.tsv now lists them (zones from the tz database's
zone1970.tab; a name that is also a word, a surname or a town elsewhere only qualifies: "Rota" alone
is still the Spanish town). Texts are our own.
"""

from __future__ import annotations

from events_helpers import page_events

PUBLISHED = "2031-05-05"     # a Monday


def _zones(text: str) -> list[str | None]:
    return [e.tz for e in page_events(text, PUBLISHED)]


def test_a_dateline_town_with_its_state_is_read_in_that_state():
    page = ("Colonia, Yap. May 5, 2031. The state fisheries board will hold a hearing on the new quotas on "
            "Thursday, May 8, 2031 at 10:00 AM at the board's office.\n")
    assert _zones(page) == ["Pacific/Chuuk"]


def test_a_town_qualified_by_its_state_in_the_sentence():
    assert _zones("The reef survey briefing will start at 2 p.m. on Friday, May 9, in Kolonia, Pohnpei.\n") \
        == ["Pacific/Pohnpei"]


def test_a_state_alone_is_a_place():
    assert _zones("The canoe race will start at 7 a.m. on Saturday, May 10, in Kosrae.\n") == ["Pacific/Kosrae"]
    assert _zones("The canoe race will start at 7 a.m. on Saturday, May 10, in Chuuk.\n") == ["Pacific/Chuuk"]


def test_a_parish_of_andorra_after_a_venue():
    assert _zones("The brass quintet will play at 21:00 on Wednesday, May 7, in the chapel of Sant Pere, "
                  "Ordino.\n") == ["Europe/Andorra"]
    assert _zones("The cheese fair opens at 10:00 on Saturday, May 10, in Canillo.\n") == ["Europe/Andorra"]


def test_liechtenstein_and_monaco_towns():
    assert _zones("The village band will march at 18:00 on Friday, May 9, in Schaan.\n") == ["Europe/Vaduz"]
    assert _zones("The vintage car parade will leave at 15:00 on Sunday, May 11, from the square in "
                  "Monte Carlo.\n") == ["Europe/Monaco"]


def test_pacific_and_caribbean_islands():
    assert _zones("The fishing derby will open at 6 a.m. on Saturday, May 10, on Aitutaki.\n") \
        == ["Pacific/Rarotonga"]
    assert _zones("The harbour fireworks will start at 9 p.m. on Saturday, May 10, in Grand Cayman.\n") \
        == ["America/Cayman"]


def test_a_qualifying_island_alone_keeps_its_larger_namesake():
    assert _zones("The sherry fair will open at 11:00 on Saturday, May 10, in Rota.\n") == ["Europe/Madrid"]
