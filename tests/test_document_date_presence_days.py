"""A day that belongs to a promised presence ("every choir in the line-up confirmed its presence
on 12 September"): the past verb confirms, the day is when they will be there, so it does not say
the page was written after it (R78 class 5: read as past, it dated a festival notice after its
own festival and moved its year-less days a year on)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

TEXT = ("Dear friends, the Marrow Hill open-air concert is back at the quarry stage. All six choirs "
        "have confirmed their presence on October 3rd 2032.\n")


def _reference(text: str):
    doc = Document(path="doc.txt", text=text, url="https://concerts.example/marrow-hill-news")
    return infer_reference_date(doc, tag(text, None), today=date(2033, 6, 1))


def test_a_confirmed_presence_on_a_day_does_not_date_the_page_after_it():
    found = _reference(TEXT)
    assert found.value is not None and found.value < date(2032, 10, 3), found


def test_a_past_act_on_a_day_still_dates_the_page_after_it():
    text = "All six choirs of the Marrow Hill concert confirmed their fees on October 3rd 2032.\n"
    found = _reference(text)
    assert found.value is not None and found.value >= date(2032, 10, 3), found
