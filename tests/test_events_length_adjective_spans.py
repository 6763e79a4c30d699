"""A length written as the adjective of what starts ("the 56-day pilgrimage will commence on June
28", "the three-day festival begins on 5 June") says when it ends: the entry runs from the day for
that many days, the last inclusive (lasting_spans._lengthed_starts). Before, the day stood alone
and the stretch was lost (R61 09, class 7: "will commence on June 28 ... and culminate ... on
August 22", the end too far from the start for told_ranges).
"""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = (
    "Leh: The annual 40-day river pilgrimage will commence on July 3 under strict health rules, and "
    "end, as the custom holds, on the full moon day of August 11, officials said on Friday.\n\n"
    "The three-day folk festival begins on 5 June in the market square.\n\n"
    "After a five-day strike the bus depot will reopen on 9 June.\n"
)


def _entries() -> list[tuple[str, str, str]]:
    doc = Document("d.md", _PAGE, title="Seasons and festivals", published=date(2031, 3, 7))
    return sorted((str(e.start)[:10], str(e.end)[:10], e.title)
                  for e in process_document(doc, Options(today=date(2032, 1, 1))).events)


def _span(word: str) -> list[tuple[str, str]]:
    return [(start, end) for start, end, title in _entries() if word in title.lower()]


def test_the_pilgrimage_runs_its_forty_days():
    assert _span("pilgrimage") == [("2031-07-03", "2031-08-11")]


def test_a_three_day_festival_ends_on_its_third_day():
    assert _span("festival") == [("2031-06-05", "2031-06-07")]


def test_the_length_of_another_thing_gives_no_end():
    assert all(start == end for start, end, _ in _entries() if start == "2031-06-09") and any(start == "2031-06-09" for start, _, _ in _entries())
