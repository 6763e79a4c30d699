""""7.30pm for 8pm": the British way of saying when to gather and when things begin. The first clock
times the entry (when to be there), the second is a note on it ("starts 8pm"), not a clock with no
day of its own sent to the report, nor a second entry."""
# Provenance: session 27, class "community and membership newsletters" (ev27c's half A: a
# horticultural society's "second Tuesday of every month except August, 7.30pm for 8pm" sent
# "8pm" to the report as a clock with no day).

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = Options(today=date(2026, 11, 29))


def _run(text: str, published: date):
    return process_document(Document("club.txt", text, published=published), TODAY)


def test_the_second_clock_of_a_series_is_a_note() -> None:
    result = _run("The Society meets in the Village Hall on the second Tuesday of every month, 7.30pm for 8pm.\n",
                  date(2031, 1, 5))
    assert [(str(e.start)[:16], e.rrule) for e in result.events] == [("2031-01-14 19:30", "FREQ=MONTHLY;BYDAY=2TU")]
    assert any("8pm" in note for note in result.events[0].notes)
    assert not [u for u in result.unresolved if "8pm" in u.expr]


def test_the_second_clock_of_a_dinner_is_a_note() -> None:
    result = _run("Annual dinner: Friday 14 March 2031 at the Bull Hotel, 7pm for 7.30pm. Tickets £32.\n",
                  date(2031, 1, 5))
    assert [str(e.start)[:16] for e in result.events] == ["2031-03-14 19:00"]
    assert any("7.30pm" in note for note in result.events[0].notes)
    assert not result.unresolved


def test_a_clock_for_a_length_is_no_pair() -> None:
    result = _run("Beginners' yoga: Monday 6 January 2031 at 7pm for an hour, in the Scout Hut.\n", date(2031, 1, 2))
    assert [str(e.start)[:16] for e in result.events] == ["2031-01-06 19:00"]
