"""A ferry notice names each sailing by its usual clock and gives the clock it will now run at: the
new clock is the sailing's entry ("The 6.10pm sailing to the mainland will depart at 5.40pm"), the
old one names which sailing it is (superseded._retimed); sailings and crossings are event nouns."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = (
    "The island ferry company has moved several crossings because of low tides at Marrow Quay.\n"
    "Tuesday\n"
    "The 6.10pm sailing to Marrow Quay on Tuesday will now depart Port Glen at 5.40pm, and boarding for "
    "foot passengers closes at 5pm.\n"
    "The late return sailing, first set to leave Marrow Quay at 9.20pm, will now depart three hours later at 12.20am.\n"
    "Wednesday\n"
    "The 7.05am crossing to Port Glen will leave Marrow Quay at 6.35am.\n"
)


def _clocks() -> list[str]:
    doc = Document("d.md", _PAGE, title="Ferry times change", published=date(2031, 3, 3))
    return sorted(str(e.start)[:16] for e in process_document(doc, Options(today=date(2032, 1, 1))).events
                  if e.kind == "event")


def test_each_sailing_is_at_its_new_clock():
    clocks = _clocks()
    assert "2031-03-04 17:40" in clocks and "2031-03-05 06:35" in clocks
    assert "2031-03-04 18:10" not in clocks and "2031-03-05 07:05" not in clocks
