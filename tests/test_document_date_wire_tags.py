"""A dateline whose day follows a wire service's tag (session 18, class D shape 3).

A release opens "(NewsWire) May 3, 2029 --", "HALIFAX, N.S. (WIRE SERVICE) -- May 3, 2029 --",
"GALWAY--(CityPress Ltd. - May 3, 2029) -" or "(AGENCY) May 3, 2029" alone on its line: the day is
when the story was filed, never an event of it, and the page's other days count from it.
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2030, 6, 1)
STORY = "The orchard society will hold its flower show on June 9."


def _run(text: str):
    return process_document(Document("release.md", text), Options(today=BUILD_DAY))


def _check(opening: str) -> None:
    result = _run(opening + STORY + "\n")
    assert result.reference.value == date(2029, 5, 3), opening
    assert not result.reference.inferred, opening
    assert [e.start for e in result.events] == [date(2029, 6, 9)], opening


def test_a_tag_before_the_day_opens_the_line() -> None:
    _check("(OrchardWire) May 3, 2029 -- ")
    _check("(NWS) — May 3, 2029 — ")


def test_a_place_and_a_tag_before_the_day() -> None:
    _check("HALIFAX, N.S. (WIRE SERVICE) -- May 3, 2029 -- ")
    _check("Lowtown, NB (NEWSDESK) May 3, 2029 -- ")
    _check("GALWAY--(GROWERS WIRE)--May 3, 2029--")


def test_a_day_inside_the_tags_bracket() -> None:
    _check("Halifax, Nova Scotia--(Cityfeed News - May 3, 2029) - ")


def test_a_tag_and_its_day_on_a_line_of_their_own() -> None:
    _check("Orchard society names its show judges\n(ORCHARDWIRE) May 3, 2029\n")


def test_a_bracket_that_is_no_wire_tag_makes_no_dateline() -> None:
    # a room in brackets before a dated programme line: the day is the session's
    result = _run("(Main Hall) 12 June 2029 – Keynote by the director, with lunch after.\n")
    assert result.reference.inferred
    assert [e.start for e in result.events] == [date(2029, 6, 12)]
    # a tag whose day is told later in the sentence is an agency dateline without a day
    result = _run("HALIFAX (WIRE SERVICE) -- The board will meet on May 3, 2029 to vote.\n")
    assert [e.start for e in result.events] == [date(2029, 5, 3)]
