"""A stage act's noun ("performance", "show") names an event when a part of the day stands right
before it ("a dawn performance", "the evening show"), as when a performer or venue follows it; so the
later of two events in one sentence names its own day ("continues with an evening concert ... and will
culminate with a dawn performance ... on Wednesday morning"). Alone, the noun is still a news word."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2031, 6, 2)


def _entries(body: str) -> list[tuple[str, str]]:
    """(day, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Fair notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=ISSUED))
    return sorted((str(e.start)[:10], e.title) for e in result.events)


def test_the_later_event_of_the_sentence_names_its_day() -> None:
    assert _entries("Organisers said the fair goes on with a night-time concert by the harbour and will close "
                    "with a dawn performance in the old chapel set for the first light of the equinox on "
                    "Wednesday morning.") == [("2031-06-04", "Dawn performance")]


def test_a_sunset_show() -> None:
    assert _entries("The week closes with a sunset show on Saturday 7 June.") == [
        ("2031-06-07", "Sunset show")]


def test_a_result_is_no_stage_act() -> None:
    assert _entries("The bank's performance improved on Wednesday.") == []
    assert _entries("Figures show that sales rose on 3 June.") == []


def test_plural_performances_at_a_part_of_the_day_are_a_standing_schedule() -> None:
    assert _entries("Also on offer are two afternoon performances at 12pm and 12.30pm from Monday to Wednesday, "
                    "and at 3pm and 3.30pm on Sundays.") == []
