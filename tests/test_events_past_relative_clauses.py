"""A relative clause told in the past between a subject and its main verb ("The regatta which had
been postponed has been moved to ...") is the subject's history: the main verb dates the sentence
(stated_schedules._relative_before)."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str):
    doc = Document(path="p.txt", text=text, title=None, published=date(2026, 3, 2))
    return sorted((str(e.start), str(e.end), e.title) for e in process_document(doc, Options(today=date(2026, 6, 1))).events)


def test_a_past_relative_clause_does_not_make_the_move_history():
    text = "The county regatta which had been postponed has been rescheduled to April 11 to April 12, organisers said.\n"
    assert _entries(text) == [("2026-04-11", "2026-04-12", "County regatta")]

