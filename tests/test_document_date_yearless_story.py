"""A story that writes no year: its past and future days place it between them."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

STORY = ("Representatives of twelve countries met in Bangkok on 14-15 October to agree a plan. A first training "
         "course will take place in Hanoi from 2 to 6 December. Member States are invited to nominate "
         "participants by 15 November.")


def test_a_yearless_story_is_dated_between_its_past_and_future_days():
    result = process_document(Document("a.txt", STORY), Options(today=date(2026, 11, 29)))
    assert date(2026, 10, 16) <= result.reference.value <= date(2026, 11, 15)
    deadline = next(e for e in result.events if e.kind == "deadline")
    assert deadline.start == date(2026, 11, 15)       # not a year after the build


def test_only_future_days_still_count_from_the_build_day():
    result = process_document(Document("a.txt", "The course will take place from 2 to 6 December."),
                              Options(today=date(2026, 11, 29)))
    assert result.reference.value == date(2026, 11, 29)
