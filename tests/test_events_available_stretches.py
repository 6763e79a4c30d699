"""A thing said to be available or valid over a range of days is an entry over that range, named
by the thing ("The Summer Rail Pass is available in the whole period from 2 July to 31 August": "Summer
Rail Pass", 2 July - 31 August). Before, the range gave nothing: no event noun named it (R61 18,
class 7). schedule_verbs' span "stretch": like "runs", but over a range of days only, so "available
until 31 May" stays the deadline other rules read.
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = (
    "The Summer Rail Pass goes on sale on 20 May 2031.\n\n"
    "The Summer Rail Pass is available in the whole period from 2 July 2031 to 31 August 2031.\n\n"
    "The student card is valid from 1 September 2031 to 31 October 2031.\n\n"
    "The early bird offer is available until 31 May 2031.\n\n"
    "The old day ticket was available from 1 March 2031 to 31 March 2031.\n"
)


def _entries() -> list[tuple[str, str, str, str]]:
    doc = Document("d.md", _PAGE, title="Rail offers", published=date(2031, 5, 2))
    return sorted((str(e.start)[:10], str(e.end)[:10], e.kind, e.title)
                  for e in process_document(doc, Options(today=date(2032, 1, 1))).events)


def test_the_pass_is_an_entry_over_its_months():
    assert ("2031-07-02", "2031-08-31", "event", "Summer Rail Pass") in _entries()


def test_a_valid_card_likewise():
    assert ("2031-09-01", "2031-10-31", "event", "Student card") in _entries()


def test_available_until_a_day_stays_a_deadline():
    assert [kind for start, _, kind, _ in _entries() if start == "2031-05-31"] == ["deadline"]


def test_a_past_availability_gives_nothing():
    assert not [e for e in _entries() if e[0].startswith("2031-03")]
