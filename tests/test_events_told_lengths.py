"""A stretch's length told in a later sentence carries on the day an earlier one opened it: "On
December 1, the Orlen book fair opened in the town hall." ... "The annual fair will run for 12 days."
runs 1 to 12 December (R80 class 1: the exhibition came out as its opening day alone). The length's
sentence is a short subject, auxiliaries and a carrying-on verb (continued_length_verbs) and writes no
date; the day's sentence names the subject's head with a start word and writes no other date. A
pronoun subject reaches only its own paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_events


def _spans(text: str, published: str) -> set[tuple[date, date | None]]:
    return {(e.start, e.end) for e in page_events(text, published)}


RUNS = [
    ("On December 1, the Orlen book fair opened in the town hall.\n\nIt brought together forty publishers.\n\n"
     "The annual fair will run for 12 days.", "2031-12-01", (date(2031, 12, 1), date(2031, 12, 12))),
    ("The Pellow lantern festival opens on 4 June 2031. It will last for five days.", "2031-05-01",
     (date(2031, 6, 4), date(2031, 6, 8))),
]


@pytest.mark.parametrize("text, published, span", RUNS)
def test_a_length_told_later_ends_the_opened_day(text, published, span):
    spans = _spans(text, published)
    assert span in spans, spans


NOT_RUNS = [
    ("On December 1, the Orlen book fair opened in the town hall.\n\nThe repairs will last for 12 days.",
     "2031-12-01", date(2031, 12, 1)),
    ("The Pellow lantern festival opens on 4 June 2031.\n\nA new bridge was built.\n\nIt will last for five days.",
     "2031-05-01", date(2031, 6, 4)),
]


@pytest.mark.parametrize("text, published, day", NOT_RUNS)
def test_a_length_of_something_else_leaves_the_day_alone(text, published, day):
    spans = _spans(text, published)
    assert (day, day) in spans, spans
