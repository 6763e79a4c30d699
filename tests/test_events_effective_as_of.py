"""A change that "will be effective as of" a day enters into effect that day (milestone_verbs: "be
effective as of / from", "becomes effective as of / from"). "as of" leads a count's stamp too
("as of 3 May, 40 cases"), so the day gave nothing (R60 13); the phrase's own words now keep it
(naming.milestone_phrase_before). The day's lead is part of the phrase so "effective until 31
March" stays the deadline it was, and the phrase dates only the day it leads to, not a later
clause's (naming._day_bound_elsewhere, milestone_day_links); a plain day in that later clause,
after a comma and a clause joiner, stays an entry of its own (plain_dates.sentence_taken).
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = (
    "The shorter week will be effective as of 3rd January 2032 across all ministries, and Monday, "
    "5th January 2032, will be a public holiday.\n\n"
    "The new bus timetable becomes effective from 7 February 2032.\n\n"
    "The parking permit is effective until 31 March 2032.\n"
)


def _entries() -> list[tuple[str, str, str]]:
    doc = Document("d.md", _PAGE, title="Working week", published=date(2031, 12, 7))
    return sorted((str(e.start)[:10], e.kind, e.title)
                  for e in process_document(doc, Options(today=date(2032, 6, 1))).events)


def test_effective_as_of_is_the_entry_into_effect():
    assert ("2032-01-03", "milestone", "Entry into effect of the shorter week") in _entries()


def test_becomes_effective_from_likewise():
    assert ("2032-02-07", "milestone", "Entry into effect of the new bus timetable") in _entries()


def test_effective_until_stays_a_deadline():
    assert [kind for start, kind, _ in _entries() if start == "2032-03-31"] == ["deadline"]


def test_the_holiday_of_the_next_clause_stays():
    assert ("2032-01-05", "event", "Public holiday") in _entries()

