"""A blog post's date line ("Friday, December 21, 2012") alone on its first line is its date even
when one vague month it tells ahead ("will be in mid December") lies most of a year past it: a day
the post announces in the present tense with its year written ("is now set as Sat. Dec. 13, 2013")
and falling after the line shows that the line is when the post was written (round 42 class 1)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date


def _reference(text: str):
    doc = Document(path="doc.txt", text=text)
    return infer_reference_date(doc, tag(text, None), today=date(2026, 12, 1))


def test_a_later_day_announced_with_its_year_keeps_the_heading():
    text = ("Tuesday, November 20, 2018\n\n"
            "A note for the members' diary.\n\n"
            "The next picnic is booked for Sat. May 11, 2019 at the lake shelter. Our picnics were once held "
            "in June. After that one, all our coming picnics will be in early November, after the harvest.\n")
    found = _reference(text)
    assert not found.inferred and found.value == date(2018, 11, 20), found


def test_an_old_story_under_a_later_today_line_is_still_outrun():
    # the site's clock line above a story whose days, written with their year, lie before it
    text = ("Tuesday, 3 October, 2023\n\n"
            "Lantern parade to return to the riverside\n\n"
            "The parade is set for June 20, 2023, the festival office said. The town's lantern parade "
            "will be held along the riverside on June 20, and workshops will run on June 13 at the library.\n")
    found = _reference(text)
    assert found.inferred and found.value < date(2023, 6, 13), found
