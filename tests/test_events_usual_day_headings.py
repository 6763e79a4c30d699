"""A holiday heading a table of changed days ("1 January" / "New Year's Day" over "| Usual day |
New day |") is the day the table moves things away from: the page's name gives it no entry, while
each moved row keeps its new day."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = ("Holiday library hours\n"
         "1 January\n"
         "New Year's Day\n"
         "| Usual day | New day |\n|---|---|\n"
         "| Wednesday, 31 December | No Change |\n"
         "| Thursday, 1 January | Saturday, 3 January |\n")


def _days() -> list[str]:
    result = process_document(Document(path="p.md", text=_PAGE, title="Holiday library hours",
                                       published=date(2025, 12, 1)),
                              Options(today=date(2025, 12, 1)))
    return sorted(str(e.start)[:10] for e in result.events)


def test_the_heading_day_gives_the_page_no_entry():
    assert "2026-01-01" not in _days()


def test_the_moved_row_keeps_its_new_day():
    assert "2026-01-03" in _days()
