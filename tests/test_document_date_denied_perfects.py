"""A present perfect that is denied ("has not explained ... till August 31") says nothing has
happened yet, so the day in its clause is no past that the page was written after (R62 class 2:
such a sentence dated a page after its own deadline, and the deadline went to the next year)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

TEXT = ("On Thursday the board said the window for claims has been extended from 31st July 2018 to "
        "31st August 2018.\nThe board has not explained the group of applicants who can file claims till August 31.\n")


def test_a_denied_perfect_does_not_date_the_page_after_its_day():
    ref = infer_reference_date(Document("page.md", TEXT), tag(TEXT, None), date(2026, 11, 29))
    assert ref.value is not None and ref.value < date(2018, 7, 31)
    assert "explained" not in ref.reason and "contradiction" not in ref.reason
