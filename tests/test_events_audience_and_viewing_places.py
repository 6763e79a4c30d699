"""Where a broadcast is heard is not where its event is, and where a spectacle is watched from is
(R68 22, class 5): a tall ships' parade whose story says it went out on daily broadcasts to local
stations in a far country was timed in that country's zone. A place after a phrase of
audience_reach_phrases ("broadcasts to") is no place of the page; a place after a phrase of
viewing_place_leads ("viewed from") is one, as after "in"; "Seaton Carew" is a gazetteer row
(places.en.tsv). Texts are our own, of the same shape."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

ISSUED = date(2031, 8, 11)     # a Monday

BROADCAST = "The fleet's visit has drawn wide coverage, with daily broadcasts to local stations in Canada.\n\n"


def _zones(text: str) -> list[str | None]:
    return [e.tz for e in tagged_events("Harbour news\n\n" + text, published=ISSUED)]


def test_a_place_a_broadcast_is_sent_to_is_not_the_event_s() -> None:
    assert _zones(BROADCAST + "The farewell parade is due to sail tomorrow (Tuesday) at 15:30hrs.\n") == [None]


def test_each_broadcast_phrase_row_keeps_the_place_off() -> None:
    for phrase in ("broadcast to", "broadcasts live to", "broadcast live to", "coverage to", "relayed to"):
        text = (f"The fleet's visit was {phrase} local stations in Canada.\n\n"
                "The farewell parade is due to sail tomorrow (Tuesday) at 15:30hrs.\n")
        assert _zones(text) == [None], phrase


def test_the_place_a_spectacle_is_viewed_from_zones_it() -> None:
    text = BROADCAST + "The farewell parade is due to sail tomorrow (Tuesday) at 15:30hrs, and can be viewed from Redcar.\n"
    assert _zones(text) == ["Europe/London"]


def test_each_viewing_lead_row_places_the_event() -> None:
    for lead in ("viewed from", "watched from", "seen from"):
        text = f"The farewell parade is due to sail tomorrow (Tuesday) at 15:30hrs and is best {lead} Redcar.\n"
        assert _zones(text) == ["Europe/London"], lead


def test_seaton_carew_is_a_place() -> None:
    text = "The farewell parade is due to sail tomorrow (Tuesday) at 15:30hrs and can be watched from Seaton Carew.\n"
    assert _zones(text) == ["Europe/London"]


def test_a_place_after_in_still_places_the_event() -> None:
    assert _zones("The farewell parade in Hartlepool is due to sail tomorrow (Tuesday) at 15:30hrs.\n") == ["Europe/London"]
