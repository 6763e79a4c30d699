"""A loose window that retells an event the page dates exactly gives no second entry
(calfeed.events.vague_retellings): "Harbour Sale is Nov. 18-21" and a caption "Harbour Sale
returns mid-November" are one sale. A loose telling that adds more than a verb to the name
tells of something else and stays."""
# Provenance: session 52, R65 page 20 (class 6, a vague month part beside an exact span).

from __future__ import annotations

from datetime import date

from events_helpers import BUILD_DAY
from calfeed.model import Event
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document

from calfeed.events.vague_retellings import without_vague_retellings

HEAD = ("---\ntitle: The coast's big sale is back: Harbour Sale 2016\n---\n"
        "The coast's big sale is back: Harbour Sale 2016\n\n"
        "Some 900 shops along the coast will cut prices during this year's Harbour Sale, the start of the "
        "winter shopping season.\n\n"
        "Harbour Sale is Nov. 18-21, and the town is working hard to get people to, well, spend.\n\n")


def _entries(text: str) -> list[tuple[str, str, str]]:
    events = process_document(parse_document(text.encode(), "page.md"), Options(today=BUILD_DAY)).events
    return [(e.title, str(e.start), str(e.end)) for e in events]


def test_a_caption_retelling_the_sale_loosely_gives_no_second_entry() -> None:
    text = HEAD + "Harbour Sale returns mid-November. Shops showing this poster take part.\n"
    assert _entries(text) == [("Harbour Sale", "2016-11-18", "2016-11-21")]


def _event(title: str, start: date, end: date, precision: str = "exact", window=None, kind: str = "event") -> Event:
    return Event(uid=title, title=title, kind=kind, start=start, end=end, all_day=True, precision=precision,
                 window=window)


SALE = _event("Harbour Sale", date(2016, 11, 18), date(2016, 11, 21))
MID = (date(2016, 11, 11), date(2016, 11, 20))


def test_a_loose_telling_with_more_than_a_verb_after_the_name_stays() -> None:
    tickets = _event("Harbour Sale tickets go on sale", *MID, precision="approximate", window=MID)
    assert without_vague_retellings([SALE, tickets]) == [SALE, tickets]


def test_a_loose_deadline_of_the_same_name_stays() -> None:
    closes = _event("Harbour Sale closes", *MID, precision="approximate", window=MID, kind="deadline")
    assert without_vague_retellings([SALE, closes]) == [SALE, closes]


def test_a_loose_window_that_misses_the_dated_days_stays() -> None:
    early = (date(2016, 11, 1), date(2016, 11, 10))
    returns = _event("Harbour Sale returns", *early, precision="approximate", window=early)
    assert without_vague_retellings([SALE, returns]) == [SALE, returns]


def test_a_loose_window_meeting_the_dated_days_goes() -> None:
    returns = _event("Harbour Sale returns", *MID, precision="approximate", window=MID)
    assert without_vague_retellings([SALE, returns]) == [SALE]
