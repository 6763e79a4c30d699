"""Weekday hours that close at or after midnight ("Thursday to Saturday from 5PM to 2AM", "Sunday to
Wednesday 5PM to 12AM"): each night's window ends on the next morning, as a single weekday's does
("every Friday from 5PM to 2AM"); it was cut to its start."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2031, 6, 2)


def _entries(body: str) -> list[tuple[str, str, str]]:
    """(first start, first end, rule) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Market notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=ISSUED))
    return sorted((str(e.start), str(e.end), e.rrule or "") for e in result.events)


def test_a_weekday_range_open_past_midnight() -> None:
    assert _entries("The night market is open Thursday to Saturday from 5PM to 2AM.") == [
        ("2031-06-05 17:00:00", "2031-06-06 02:00:00", "FREQ=WEEKLY;BYDAY=TH,FR,SA")]


def test_a_weekday_range_open_until_midnight() -> None:
    assert _entries("The night market is open Sunday to Wednesday 5PM to 12AM.") == [
        ("2031-06-02 17:00:00", "2031-06-03 00:00:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,SU")]


def test_hours_within_the_day_stay_on_it() -> None:
    assert _entries("The night market is open Thursday to Saturday 5PM to 11PM.") == [
        ("2031-06-05 17:00:00", "2031-06-05 23:00:00", "FREQ=WEEKLY;BYDAY=TH,FR,SA")]
