"""R67 class 1 (page 13's shape): a subject said to be back, or applicable, over a run of days with
both ends written is an entry over those days, titled by its subject, as "available" is. Test texts
are our own, of the same shape."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2030, 10, 7)


def _entries(body: str) -> list[tuple[str, str, str, str]]:
    """(first day, last day, kind, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Town notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=ISSUED))
    return sorted((str(e.start)[:10], str(e.end or e.start)[:10], e.kind, e.title) for e in result.events)


def test_will_be_back_over_a_run_of_days() -> None:
    assert _entries("After a long gap, the car-sharing scheme will be back in Leeds from 4 November to 14 November.") == [
        ("2030-11-04", "2030-11-14", "event", "Car-sharing scheme")]


def test_is_back_over_a_run_of_days() -> None:
    assert _entries("The night market is back from 4 November to 14 November.") == [
        ("2030-11-04", "2030-11-14", "event", "Night market")]


def test_are_back_over_a_run_of_days() -> None:
    assert _entries("The food stalls are back on the square from 4 November to 14 November.") == [
        ("2030-11-04", "2030-11-14", "event", "Food stalls")]


def test_applicable_over_a_run_of_days() -> None:
    assert _entries("The winter fares will be applicable from 4 November to 14 November.") == [
        ("2030-11-04", "2030-11-14", "event", "Winter fares")]


def test_pushed_back_to_a_day_stays_a_move() -> None:
    assert _entries("The derby has been pushed back to 4 November.") == [
        ("2030-11-04", "2030-11-04", "event", "Derby")]


def test_back_on_one_day_or_in_the_past_gives_nothing() -> None:
    assert _entries("The night market will be back on 4 November.") == []
    assert _entries("The night market was back from 4 March to 14 March.") == []
