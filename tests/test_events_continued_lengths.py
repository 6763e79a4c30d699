"""A length told right after a day in the same clause carries the day on: "would commence on Feb. 12
and continue for 9 days" runs 12 to 20 February, the first day counted (R80 class 1: the
exams and the exhibition came out as their first day alone). The words between are "and"
(continued_length_links), auxiliaries (continued_length_auxiliaries: "will", "would") and a verb of
continued_length_verbs ("continue for", "run for") right before the length; a length that is only
how long something else takes ("and paid for 10 days") or a vague one gives no end."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_events


def _spans(text: str, published: str) -> set[tuple[date, date | None]]:
    return {(e.start, e.end) for e in page_events(text, published)}


RUNS = [
    ("The Varley district examinations would commence on Feb. 12 and continue for 9 days, the board said.",
     "2031-02-10", (date(2031, 2, 12), date(2031, 2, 20))),
    ("The Orlen book fair will open on December 1 and will run for 12 days in the town hall.",
     "2031-11-02", (date(2031, 12, 1), date(2031, 12, 12))),
    ("The Tessel river festival begins on 3 June and lasts for two weeks.", "2031-05-01",
     (date(2031, 6, 3), date(2031, 6, 16))),
]


@pytest.mark.parametrize("text, published, span", RUNS)
def test_a_length_carrying_a_day_on_ends_it(text, published, span):
    spans = _spans(text, published)
    assert span in spans, spans


NOT_RUNS = [
    ("The Orlen book fair will open on December 1 and was planned for 12 days.", "2031-11-02", date(2031, 12, 1)),
    ("The Orlen book fair will open on December 1 and will run for about 12 days.", "2031-11-02",
     date(2031, 12, 1)),
    ("The Orlen book fair will open on December 1. It was delayed for 12 days last year.", "2031-11-02",
     date(2031, 12, 1)),
]


@pytest.mark.parametrize("text, published, day", NOT_RUNS)
def test_a_length_of_something_else_leaves_the_day_alone(text, published, day):
    spans = _spans(text, published)
    assert (day, day) in spans, spans
