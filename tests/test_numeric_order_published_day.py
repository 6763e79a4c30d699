"""A dated figure that is the document's own published day in one order only ("From the
Rector 10-4-2026", published 4 October 2026) shows the order of its figures: the title is the
page's date, not an entry on 10 April, and its other ambiguous days are read the same way."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.numeric_order import day_first_in


def test_the_published_day_shows_the_order():
    text = "From the Rector 10-4-2026\n\nThe bazaar is on 11/12/2026."
    assert day_first_in(text, default=True, published=date(2026, 10, 4)) is False
    assert day_first_in(text, default=False, published=date(2026, 4, 10)) is True
    # a figure that is the day either way, or no figure that is the day, shows nothing
    assert day_first_in("Notes 5-5-2026: fair on 11/12/2026", default=True, published=date(2026, 5, 5)) is True
    assert day_first_in("Notes 3-4-2026: fair on 11/12/2026", default=True, published=date(2026, 6, 1)) is True


def test_a_letter_dated_month_first_in_its_title_gives_no_entry_on_the_swapped_day():
    text = ("From the Rector 10-4-2026\n\n"
            "Our harvest supper will be on Saturday, November 14, 2026 at 6:30pm in the parish hall.")
    doc = Document("letter.md", text, title="From the Rector 10-4-2026", published=date(2026, 10, 4))
    days = sorted(str(e.start)[:10] for e in process_document(doc, Options(today=date(2026, 12, 1))).events)
    assert days == ["2026-11-14"]
