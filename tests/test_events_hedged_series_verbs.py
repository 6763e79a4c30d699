"""A habit's adverb inside the verb of a series' sentence (session 27, ev27a; a leftover seen on a real
society page: "These programs are usually held at 2:00 PM on the third Sunday of the month, except for
December"):

- "are usually held" is the event's verb as "are held" is: the series gives its entry, kept as the
  usual pattern (approximate, with its note) as any hedged series is;
- the hedge keeps denying a venue's turn ("The shop usually closes on Mondays": no closing series) and
  a day ("The AGM is usually held in March": no entry for March).
"""
# Provenance: session 27, ev27a (the society page's sentence and our own variants).

from datetime import date, datetime

import pytest

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str):
    return process_document(Document(path="p.txt", text=text), Options(today=date(2024, 12, 2))).events


@pytest.mark.parametrize("sentence, rule", [
    ("These programs are usually held at 2:00 PM on the third Sunday of the month, except for December.",
     "FREQ=MONTHLY;BYDAY=3SU;BYMONTH=1,2,3,4,5,6,7,8,9,10,11"),
    ("Our meetings are normally held on the second Tuesday of the month at 7pm.", "FREQ=MONTHLY;BYDAY=2TU"),
])
def test_a_hedged_verb_keeps_the_series_as_the_usual_pattern(sentence, rule):
    events = _events(sentence)
    assert [e.rrule for e in events] == [rule]
    assert events[0].precision == "approximate"
    assert isinstance(events[0].start, datetime)


def test_the_same_series_without_the_hedge_is_exact():
    events = _events("These programs are held at 2:00 PM on the third Sunday of the month, except for December.")
    assert [e.precision for e in events] == ["exact"]


@pytest.mark.parametrize("sentence", [
    "The shop usually closes on Mondays.",
    "The AGM is usually held in March.",
])
def test_the_hedge_still_denies_a_turn_or_a_month(sentence):
    assert _events(sentence) == []
