"""A day a past expectation named ("It had been expected that the trust would send the panel its
figures by 2 June 2026") was looked for and did not come: no entry, while the page's own meeting
("The review meeting will go ahead at 2pm on Tuesday 16 June") keeps its own."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_NOTICE = ("On 4 May 2026 the Panel agreed to pause the review while the trust gathered its accounts. "
           "It had been expected that the trust would give the Panel a note on the progress of the public consultation by 2 June 2026 "
           "so that a new programme could be drawn up. Too little was sent to plan the rest of the review.\n"
           "The review meeting will go ahead at 2pm on Tuesday 16 June in the Harbour Hall.\n")


def _days() -> list[str]:
    result = process_document(Document(path="p.md", text=_NOTICE, published=date(2026, 6, 8)),
                              Options(today=date(2026, 6, 8)))
    return [str(e.start)[:10] for e in result.events]


def test_a_day_a_past_expectation_named_gives_no_entry():
    assert "2026-06-02" not in _days()


def test_the_meeting_keeps_its_entry():
    assert "2026-06-16" in _days()
