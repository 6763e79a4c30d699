"""What readers can come and collect over a window is an event over it: "People can collect their
permits from July 16 to July 30 at the shops" gave nothing, no event noun naming the
range (R61 20, class 7). verb_nominals: "collect" -> "Collection of <what>", only after "can",
"will" or "to"; a reader told to collect something by a day keeps that deadline.
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = (
    "Residents can collect the permits from July 16 to July 30 at any branch library, the mayor said.\n\n"
    "The council will collect garden waste on Saturday, June 14.\n\n"
    "Delegates must collect their badges by June 20.\n"
)


def _entries() -> list[tuple[str, str, str, str]]:
    doc = Document("d.md", _PAGE, title="Voucher scheme", published=date(2031, 6, 3))
    return sorted((str(e.start)[:10], str(e.end)[:10], e.kind, e.title)
                  for e in process_document(doc, Options(today=date(2032, 1, 1))).events)


def test_the_collection_window_is_an_entry():
    assert ("2031-07-16", "2031-07-30", "event", "Collection of the permits") in _entries()


def test_a_body_collecting_on_a_day():
    assert ("2031-06-14", "2031-06-14", "event", "Collection of garden waste") in _entries()


def test_collecting_by_a_day_stays_the_readers_deadline():
    assert [kind for start, _, kind, _ in _entries() if start == "2031-06-20"] == ["deadline"]
