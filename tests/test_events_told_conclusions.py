"""The end of a stretch told paragraphs after its start, by a subject naming the same thing again.

"The ninth Riverside Poetry Festival will start ... from 12th of next month" and, a few short paragraphs on, "The
three-day event concludes on 14th of next month": one festival from the 12th to the 14th, not a one-day
festival and a separate "three-day event". "conclude" and "end" tell an end as "finish" does; over blank lines the
subject must name the start's thing again (a generic head such as "event", or a head the start's sentence
writes), and a length it tells must fit. (R72 class 3.)
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PAGE = date(2025, 5, 6)
STORY = ("The ninth edition of the annual Riverside Poetry Festival will start at the Old Mill in Bristow from "
         "12th of next month.\n\nThe gathering explores how verse meets music and film.\n\n"
         "The organisers hope to bring together many voices.\n\nThe programme has readings and panels.\n\n"
         "The {length} event concludes on 14th of next month.\n")


def _spans(text: str) -> list[tuple[str, str, str]]:
    result = process_document(Document(path="doc.txt", text=text, published=PAGE), Options(today=PAGE))
    return [(e.title, str(e.start), str(e.end)) for e in result.events]


def test_an_event_concluding_paragraphs_later_ends_the_festival_it_names_again() -> None:
    got = _spans(STORY.format(length="three-day"))
    assert got == [("Annual Riverside Poetry Festival", "2025-06-12", "2025-06-14")], got


def test_a_length_that_does_not_fit_keeps_them_apart() -> None:
    got = _spans(STORY.format(length="five-day"))
    assert ("Annual Riverside Poetry Festival", "2025-06-12", "2025-06-14") not in got, got


def test_a_pronoun_that_ends_on_a_day_ends_the_stretch_begun_before() -> None:
    got = _spans("The book fair opens on 12 June. It ends on 15 June.\n")
    assert [(start, end) for _, start, end in got] == [("2025-06-12", "2025-06-15")], got
