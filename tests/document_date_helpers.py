"""One path from a page's text to the date calfeed infers for it, for the document-date tests: the
tagger, then infer_reference_date on a fixed build day, so no test depends on today's date."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document, ReferenceDate
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

BUILD_DAY = date(2026, 12, 1)


def inferred_reference(text: str, *, url: str | None = None, today: date = BUILD_DAY) -> ReferenceDate:
    doc = Document(path="doc.txt", text=text, url=url)
    return infer_reference_date(doc, tag(text, None), today=today)


def reference_day(text: str) -> date | None:
    """The inferred day alone."""
    return inferred_reference(text).value
