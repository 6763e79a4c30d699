"""An end folded into the entry of its start is quoted by that entry, so the report does not list it as a day that
gave nothing: "The book fair opens on 12 June. It runs until 15 June." is one entry from the 12th to the 15th that
reads both sentences."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.report.silent import silent_dates

PAGE = date(2025, 5, 6)


def test_a_folded_end_is_quoted_and_not_listed_as_silent() -> None:
    result = process_document(Document(path="doc.txt", text="The book fair opens on 12 June. It runs until 15 June.\n",
                                       published=PAGE), Options(today=PAGE))
    assert [(str(e.start), str(e.end)) for e in result.events] == [("2025-06-12", "2025-06-15")]
    assert [s.expr for s in result.events[0].sources] == ["12 June", "15 June"]
    assert silent_dates(result) == []
