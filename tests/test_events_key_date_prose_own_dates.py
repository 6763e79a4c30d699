"""A key-dates widget's row ("01 May 2026" / "FOR ENTRIES SUBMITTED AFTER THIS DATE") may be
followed by a sentence that tells days of its own, with their years ("Entries submitted ... until
31 October 2026 will be judged at the Panel Meeting held in November 2026."). That
sentence is no item of the row's day: its own days are the entries it announces (the closing day
of the window and the meeting), not one more entry on the row's day titled by the whole sentence."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PAGE = """Key Dates

02 March 2026

ENTRIES OPEN

Send your entries at any time: the prize stays open all year.

30 April 2026

FOR ENTRIES SUBMITTED BEFORE THIS DATE

Entries submitted up to, and including, the 30 April will be judged at the panel meeting on 18 May 2026.

01 May 2026

FOR ENTRIES SUBMITTED AFTER THIS DATE

Entries submitted on and after 1 May, and until 31 October 2026 will be judged at the Panel Meeting held in November 2026.
"""


def test_a_rows_sentence_with_days_of_its_own_gives_their_entries():
    result = process_document(Document(path="keys.md", text=PAGE, published=date(2026, 2, 20)),
                              Options(today=date(2026, 2, 20)))
    starts = {e.start.isoformat()[:10]: e for e in result.events}
    assert "2026-10-31" in starts
    assert any(e.start.isoformat()[:7] == "2026-11" and "meeting" in e.title.lower() for e in result.events)
    assert not any(len(e.title) > 80 for e in result.events)
