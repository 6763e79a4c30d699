"""A participle that modifies the noun after it tells no past (session 18, class D shape 1).

"Guided walks on 12 April", "Faith based workshop on Saturday 12 April", "Youth led session on
12 April", "Free guided tours": the "-ed" word (or irregular "led") opens a noun phrase, so the day
is not read as gone by, the page's date is not pushed after it and the day is not moved to a
year before. A participle with its object or preposition after it ("Organised the walks on 12
April", "Posted on 12 April") or after a subject ("Residents planted trees") is still a past.
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2030, 1, 15)
AUTUMN_BUILD = date(2030, 9, 1)     # April and May lie behind it: read as ahead, they are next year's


def _days(text: str, today: date = BUILD_DAY) -> list[date]:
    result = process_document(Document("notice.md", text), Options(today=today))
    return sorted(e.start if not hasattr(e.start, "date") else e.start.date() for e in result.events)


def test_a_participle_opening_a_noun_phrase_looks_ahead() -> None:
    assert _days("Guided walks on 12 April.\nFamily picnic on 3 May.\n", AUTUMN_BUILD) == [
        date(2031, 4, 12), date(2031, 5, 3)]
    assert _days("Organised rambles: 12 April, 3 May and 7 June.\n", AUTUMN_BUILD) == [
        date(2031, 4, 12), date(2031, 5, 3), date(2031, 6, 7)]


def test_a_participle_after_a_compound_head_looks_ahead() -> None:
    # Saturday 13 April is a Saturday in 2030: the day stays in the year ahead, not the one gone by
    assert _days("Faith based retreat on Saturday 13 April at the abbey. Family picnic on Saturday 4 May.\n") == [
        date(2030, 4, 13), date(2030, 5, 4)]
    assert _days("Youth led session on 12 April.\nFamily picnic on 3 May.\n", AUTUMN_BUILD) == [
        date(2031, 4, 12), date(2031, 5, 3)]
    assert _days("Free guided tours on Saturday 13 April. Family picnic on Saturday 4 May.\n") == [
        date(2030, 4, 13), date(2030, 5, 4)]


def test_a_participle_with_its_object_or_preposition_is_still_a_past() -> None:
    # "Organised the rambles on 12 April": a past act; the picnic ahead is the only entry
    assert _days("Organised the rambles on 12 April.\nFamily picnic on 3 May.\n") == [date(2030, 5, 3)]
    assert _days("Posted on 12 April.\nFamily picnic on 3 May.\n") == [date(2030, 5, 3)]
