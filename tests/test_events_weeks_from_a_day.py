"""A length in weeks told from a start day runs the day on (R81 class 3: the exams came out as their
first day alone): "will be conducted for two weeks from tomorrow" (lasting_spans: "for" before the
length, "from" before the day; weeks count whole days, the first day counted), and "will start on June
7, 2031 and will be conducted for two weeks" (continued_length_verbs: "conducted for", "held for" after
"be"). The first day told as the start of the same subject ("kicks off tomorrow, June 7") is
then the stretch's start, not an entry of its own (told_twice._fold_span_starts), and a bare-noun
stretch ("Exams") takes that sentence's name."""
# Provenance: session 68 (ev68c), R81 class 3 (page 03), in words of our own.

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import page_events


def _rows(text: str, published: str) -> list[tuple[str, date, date | None]]:
    return [(e.title, e.start, e.end) for e in page_events(text, published)]


RUNS = [
    ("The Harlow piano exams will be held for three weeks from May 5, the board said.", "2031-04-20",
     (date(2031, 5, 5), date(2031, 5, 25))),
    ("The Pilot Licence Examination will start on June 7, 2031 and will be conducted for two weeks.",
     "2031-06-01", (date(2031, 6, 7), date(2031, 6, 20))),
    ("The Vessel chess cup opens on 2 August 2031 and is held for two weeks in the old mill.", "2031-07-01",
     (date(2031, 8, 2), date(2031, 8, 15))),
]


@pytest.mark.parametrize("text, published, span", RUNS)
def test_a_length_in_weeks_runs_the_day_on(text, published, span):
    spans = [(s, e) for _, s, e in _rows(text, published)]
    assert span in spans, spans


def test_a_start_day_and_a_later_sentence_of_weeks_from_it_are_one_entry():
    text = ("By Ann Quill, staff writer\n\n"
            "Kestrel Town. The Pilot Licence Examination kicks off tomorrow June 7, 2031 across the "
            "district with 4,200 registered candidates.\n\n"
            "The exams are to be conducted for two weeks from tomorrow under the board's timetable.")
    rows = _rows(text, "2031-06-06")
    assert rows == [("Pilot Licence Examination", date(2031, 6, 7), date(2031, 6, 20))], rows


NOT_RUNS = [
    ("The Harlow piano exams will be held on May 5 and the results kept for three weeks.", "2031-04-20"),
    ("The Harlow piano exams will be held on May 5 and were planned for three weeks.", "2031-04-20"),
]


@pytest.mark.parametrize("text, published", NOT_RUNS)
def test_a_length_of_something_else_gives_no_end(text, published):
    spans = [(s, e) for _, s, e in _rows(text, published)]
    assert (date(2031, 5, 5), date(2031, 5, 25)) not in spans, spans
    assert any(s == date(2031, 5, 5) for s, _ in spans), spans
