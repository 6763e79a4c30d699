"""A dateline whose year is glued to the month's comma ("Kisumu 4th May,2022") dates the page
like any other (red team 44: "Nairobi 15th August,2019" was not read, and the page's date was
inferred from tense two months early)."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.timex import tag
from calfeed.timex.document_date import infer_reference_date

STORY = ("Kisumu 4th May,2022\n"
         "County officers were today briefed on the coming budget hearings.\n"
         "The hearings are expected to take place on 12th May in all wards.\n")


def test_a_dateline_with_its_year_glued_to_the_comma_dates_the_page():
    ref = infer_reference_date(Document("story.txt", STORY), tag(STORY, None), date(2026, 12, 3))
    assert ref.value == date(2022, 5, 4)
