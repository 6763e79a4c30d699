"""Denied gatherings, in wordings of our own (session 26, class: negated future lines became entries):

- "we will not have <event>" / "won't be holding <event>" / "will not be having <event>" deny the
  event like "will not meet" does, so the day gives a report line, not an entry;
- the denial may come after the date when the date opens its clause and a comma closes it
  ("Oct. 14, we will not have bingo"), also where the splitter kept an abbreviation's sentence
  going before it ("... 7 p.m. Oct. 14, we will not have bingo");
- "will not have to <verb>" lifts an obligation: the day still counts;
- a fronted date whose clause goes on to something else than a denial keeps its entry.
"""
# Provenance: session 26, pr26 (redteam round 35 class D; our own sentences).

from datetime import date

import pytest

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _result(text: str, today: date = date(2027, 1, 1)):
    return process_document(Document(path="p.txt", text=text), Options(today=today))


def _days(text: str) -> list[date]:
    return [e.start if isinstance(e.start, date) else e.start.date() for e in _result(text).events]


@pytest.mark.parametrize("sentence", [
    "We will not have a quiz night on 12 March 2027.",
    "The club won't be holding its annual dinner on Thursday 11 March 2027.",
    "Sadly we will not be having the coffee morning on 5 March 2027 because of the roof repairs.",
    "March 10, 2027, we will not have bingo in the parish hall.",
    "On 10 March 2027, the club won't be holding a meeting.",
    "Bingo: every Wednesday, 7 p.m. March 10, 2027, we will not have bingo.",
])
def test_a_denied_gathering_gives_no_entry(sentence):
    result = _result(sentence)
    assert not result.events
    assert any("cancelled or no longer held" in u.reason for u in result.unresolved)


def test_a_lifted_obligation_keeps_its_day():
    days = _days("Members will not have to register before the open day on 12 March 2027.")
    assert date(2027, 3, 12) in days


def test_a_fronted_date_without_a_denial_keeps_its_entry():
    days = _days("March 10, 2027, we will have bingo in the parish hall.")
    assert days == [date(2027, 3, 10)]


@pytest.mark.parametrize("sentence", [
    "Parish notices\n\nOn Friday 12 March 2027, we will not have the usual book stall, but the Spring concert "
    "goes ahead at 7pm.",
    "Parish notices\n\nOn Friday 12 March 2027, we will not have the tea urn, however the Spring concert "
    "still starts at 7pm.",
])
def test_a_fronted_denial_of_something_else_keeps_the_sentence_event(sentence):
    # the denied object (a stall, an urn) is not the concert the sentence goes on to keep
    result = _result(sentence)
    assert [e.start.date() for e in result.events] == [date(2027, 3, 12)]
    assert all("concert" in e.title.lower() for e in result.events)
    assert not any("cancelled or no longer held" in u.reason for u in result.unresolved)


def test_a_notice_that_was_not_given_keeps_its_day_off_the_calendar():
    # R63 class 9 (page 08's shape): "has not announced any X for D" says nothing is set for D; the
    # planned cuts of the next day, told in the same sentence, keep theirs
    result = _result("While the utility has not announced any repair-related power outages for March 3, "
                     "Founders Day, several planned power outages are set for Thursday, March 4, in parts "
                     "of three counties.")
    assert [e.start for e in result.events] == [date(2027, 3, 4)]
    assert any("cancelled or no longer held" in u.reason for u in result.unresolved)


def test_a_notice_that_was_given_keeps_its_day():
    assert _days("The utility has announced power outages for March 3, 2027.") == [date(2027, 3, 3)]
