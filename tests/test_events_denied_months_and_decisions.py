"""Denials of a month's occasion and decisions not to meet (session 27, ev27a; leftovers seen on real
club and parish pages):

- "There won't be a quiz night in December" denies as "there will not be" does: a contracted
  negation ("won't", "isn't", "aren't") before "be a" (absence_contractions);
- a weekday between "be a" and the event ("won't be a Wednesday soup supper in October") names
  which of the event's days is off, so the denial still holds;
- "has decided not to meet in August" / "agreed not to hold the dinner on 5 December": "not to"
  before a verb of denied_event_verbs is a decision against the happening (denials);
- the same sentences without the denial keep their entries.
"""
# Provenance: session 27, ev27a (our own sentences, after real newsletters' wordings).

from datetime import date

import pytest

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

LEAD = "Stretton Village Hall news\n\nThe next quiz night is on Friday 29 November 2024 at 7.30pm. "


def _result(text: str, today: date = date(2024, 11, 1)):
    return process_document(Document(path="p.txt", text=text), Options(today=today))


def _titles(text: str) -> list[tuple[str, object]]:
    return [(e.title, e.start) for e in _result(text).events]


@pytest.mark.parametrize("sentence, month", [
    ("There won't be a quiz night in December because of the Christmas party.", 12),
    ("There won’t be a quiz night in December.", 12),
    ("There isn't a coffee morning in December.", 12),
    ("There won't be a Wednesday soup supper in October; soup suppers start again in Advent.", 10),
    ("The committee has decided not to meet in August, as many members are away.", 8),
])
def test_a_denied_month_gives_no_entry_in_it(sentence, month):
    events = _result(LEAD + sentence).events
    assert not [e for e in events if e.start.month == month and e.start.year in (2024, 2025)
                and e.rrule is None and (e.end is None or e.end.month == month)]


def test_a_decision_not_to_hold_a_dated_event_is_a_report_line():
    result = _result(LEAD + "Members agreed not to hold the dinner on 5 December.")
    assert [e.start for e in result.events if "inner" in e.title] == []
    assert any("not to hold" in u.reason for u in result.unresolved)


@pytest.mark.parametrize("sentence, month", [
    ("There will be a quiz night in December, date to be confirmed.", 12),
    ("The committee has decided to meet in August.", 8),
])
def test_the_same_sentences_without_a_denial_keep_their_entry(sentence, month):
    events = _result(LEAD + sentence).events
    assert [e for e in events if e.start.month == month]
