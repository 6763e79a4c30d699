"""An event noun in a clause that "before" opens past the date speaks of something later, not of
what the date's own subject does: "The spring leg will wrap June 9 in Dunmore before the quartet
flies home to play festival slots" dates the leg's last show, no festival."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_NEWS = ("The quartet announced a spring run of club shows on Tuesday.\n\n"
         "The spring leg will wrap June 9 in Dunmore before the quartet flies home to play festival slots.\n")


def _titles() -> list[str]:
    result = process_document(Document(path="p.md", text=_NEWS, published=date(2027, 2, 2)),
                              Options(today=date(2027, 2, 3)))
    return [e.title for e in result.events]


def test_a_noun_after_before_names_no_entry_on_the_date():
    assert all("festival" not in t.lower() for t in _titles())
