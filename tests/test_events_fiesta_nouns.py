"""A fiesta is an event held somewhere (event_nouns.en.tsv: "fiesta", "fiestas"): a city's name
before it places the event as before "festival" ("the Tucson Balloon Fiesta" is in Tucson), and a
sentence dating one gives its entry. Before, a balloon festival named this way floated (R68 08's
shape, class 5). Texts are our own."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

ISSUED = date(2031, 10, 3)     # a Friday


def _entries(text: str) -> list[tuple[str, str | None]]:
    return [(e.title, e.tz) for e in tagged_events("Fiesta news\n\n" + text, published=ISSUED)
            if isinstance(e.start, datetime)]


def test_a_city_before_a_fiesta_places_it() -> None:
    assert _entries("The Tucson Balloon Fiesta will start at 7 a.m. on Saturday.\n") == [
        ("Tucson Balloon Fiesta", "America/Phoenix")]


def test_a_city_before_fiestas_places_them() -> None:
    assert [tz for _, tz in _entries("The Tucson fiestas will open at 7 p.m. on Saturday.\n")] == ["America/Phoenix"]
