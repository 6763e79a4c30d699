"""A run's length right after its first day ends it: "will be held in the square on Friday for a
four-day run" runs Friday to Monday (R76 class 4: the festival came out as its first day alone).
The words between the day and the length are a lead of run_length_leads ("for a") and the noun after
the length one of run_length_nouns (run, festival, period, season ...): a length of something that
merely takes that long ("for a two-day delay") gives no end."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_events


def _spans(text: str, published: str) -> set[tuple[date, date | None]]:
    return {(e.start, e.end) for e in page_events(text, published)}


RUNS = [
    ("The Corrow Folk Fair will be held in the old market square on Friday for a four-day run, the "
     "organisers said.", "2031-05-06", (date(2031, 5, 9), date(2031, 5, 12))),
    ("The Varn Gallery exhibition of river paintings opens on 12 June for a two-week run.", "2031-05-06",
     (date(2031, 6, 12), date(2031, 6, 25))),
    ("The riverside market in Dunmore opens on 4 July for a ten-day period.", "2031-06-01",
     (date(2031, 7, 4), date(2031, 7, 13))),
    ("The Pellow kite festival returns to the dunes on Friday, 3 October, for a three-day festival.",
     "2031-09-01", (date(2031, 10, 3), date(2031, 10, 5))),
    ("The Harrowgate players will take the stage at the Mill Theatre on 2 March for a full six-day "
     "engagement.", "2031-01-20", (date(2031, 3, 2), date(2031, 3, 7))),
]


@pytest.mark.parametrize("text, published, span", RUNS)
def test_a_run_length_after_a_day_ends_it(text, published, span):
    spans = _spans(text, published)
    assert span in spans, spans


NOT_RUNS = [
    ("The riverside market in Dunmore opens on 4 July for a ten-day delay.", "2031-06-01", date(2031, 7, 4)),
    ("The Dunmore council meets on Friday for a four-day review of the budget.", "2031-05-06", date(2031, 5, 9)),
]


@pytest.mark.parametrize("text, published, day", NOT_RUNS)
def test_a_length_that_names_no_run_leaves_the_day_alone(text, published, day):
    spans = _spans(text, published)
    assert (day, day) in spans, spans
