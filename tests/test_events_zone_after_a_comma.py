"""A clock range whose zone follows a comma ("June 5th, 2027, 6:30 a.m. – 9:00 a.m., PDT (June
6th, 11:30 p.m. – 2:00 a.m. ChST)") is in that zone: the bracketed equivalent in a second zone
restates the same moment for other readers and must not lend the entry its zone (the tagger's
zoneTail takes ", PDT" when the abbreviation ends its clause)."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[str, str | None]]:
    result = process_document(Document(path="p.txt", text=text, published=date(2027, 5, 1)),
                              Options(today=date(2027, 5, 1)))
    return [(e.start.isoformat()[:16], e.tz) for e in result.events]


def test_the_first_zone_after_a_comma_wins_over_the_bracketed_one():
    text = ("Register here for the Harbour Forum's second webinar, June 5th, 2027, 6:30 a.m. – 9:00 a.m., "
            "PDT (June 6th, 11:30 p.m. – 2:00 a.m. ChST). The session will be recorded.\n")
    assert _entries(text) == [("2027-06-05T06:30", "America/Los_Angeles")]


def test_a_clause_that_runs_on_after_the_comma_lends_no_zone():
    text = "The quiz starts on Friday 4 June 2027 at 7:30 p.m., WHO staff included.\n"
    assert [tz for _, tz in _entries(text)] == [None]
