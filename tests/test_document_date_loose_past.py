"""A past told only by a year long before the day a text announces says nothing of when it was written."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def _reference(text: str) -> date:
    doc = Document(path="doc.txt", text=text)
    return infer_reference_date(doc, tag(text, None), today=date(2026, 11, 30)).value


def test_a_founding_year_long_before_does_not_date_an_announcement():
    text = ("500 NGOs gather for 23rd CONGO General Assembly\n25 November 2007 8:48 pm\n\n"
            "Date: 5-7 December 2007\nVenue: Geneva, Switzerland\n\n"
            "The Conference of NGOs (CONGO) will hold its 23rd General Assembly in Geneva, Switzerland, "
            "from 5 to 7 December.\n\n"
            "The participants are also expected to focus on future plans, as both the Universal Declaration "
            "of Human Rights and CONGO will welcome their 60th anniversary in 2008.\n\n"
            "CONGO is a membership-based association of non-governmental organisations. Founded in 1948, "
            "CONGO has worked to ensure NGOs' presence at governments' discussion at the United Nations.\n")
    value = _reference(text)
    assert date(2007, 9, 1) <= value < date(2007, 12, 5)


def test_a_loose_past_within_the_year_still_bounds_from_below():
    text = "The centre received a grant in 2026. The new wing will open on 12 March 2027."
    assert date(2026, 1, 1) <= _reference(text) < date(2027, 3, 12)
