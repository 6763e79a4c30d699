"""A stretch "from tomorrow until Tuesday next week" runs between two days counted from the page,
which the tagger reads apart (it joins only written days); read apart, the entry kept its first
day alone, or none at all (R61 20, class 7). told_ranges.open_month_ranges now closes a "from"
day with the one-day date that "to" / "until" alone leads to, unless a moving verb stands before
the "from" in its clause ("moved the hearing from tomorrow to Friday": the old day and the new).
A preorder is a happening of its own (event_nouns: "preorder", "preordering"), as a presale is.
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = (
    "The transit board yesterday urged riders to choose the digital pass to avoid queues at the kiosks.\n\n"
    "During the first round of preordering from tomorrow until Tuesday next week, residents can order "
    "the passes on the board's site or at kiosks, a spokeswoman said.\n\n"
    "The street festival runs from tomorrow to Friday in the old town.\n\n"
    "The council has moved the hearing from tomorrow to Friday.\n"
)


def _entries() -> list[tuple[str, str, str]]:
    doc = Document("d.md", _PAGE, title="Transit passes", published=date(2031, 6, 3))     # a Tuesday
    return sorted((str(e.start)[:10], str(e.end)[:10], e.title)
                  for e in process_document(doc, Options(today=date(2032, 1, 1))).events)


def test_the_preorder_runs_to_tuesday_of_next_week():
    assert ("2031-06-04", "2031-06-10", "Preordering") in _entries()


def test_a_festival_from_tomorrow_to_friday_is_one_stretch():
    assert ("2031-06-04", "2031-06-06", "Street festival") in _entries()


def test_a_moved_hearing_keeps_its_new_day_alone():
    hearings = [(start, end) for start, end, title in _entries() if "Hearing" in title]
    assert hearings == [("2031-06-06", "2031-06-06")]
