"""Two clock windows of one day joined by "and then from" or "and from" ("allowed from 5 am to 6 am
and then from 8 pm to 11 pm"): each window is an entry of the same act, not only the first
(round 68 page 05's shape, in words of our own)."""

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str):
    result = process_document(Document(path="p.txt", text=text, published=date(2031, 10, 20)),
                              Options(today=date(2031, 10, 20)))
    return sorted(result.events, key=lambda e: str(e.start))


def _windows(text: str) -> list[tuple[datetime, datetime]]:
    return [(e.start, e.end) for e in _events(text)]


def test_a_second_window_after_and_then_from_is_kept():
    """On the parent only the morning window gave an entry."""
    windows = _windows("On the fair day (November 16), lighting of lanterns would be allowed from 5 am to 6 am "
                       "and then from 8 pm to 11 pm.")
    assert (datetime(2031, 11, 16, 20, 0), datetime(2031, 11, 16, 23, 0)) in windows
    assert (datetime(2031, 11, 16, 5, 0), datetime(2031, 11, 16, 6, 0)) in windows


def test_a_second_window_after_comma_and_then_from_is_kept():
    windows = _windows("On the fair day (November 16), lighting of lanterns would be allowed from 5 am to 6 am, "
                       "and then from 8 pm to 11 pm.")
    assert (datetime(2031, 11, 16, 20, 0), datetime(2031, 11, 16, 23, 0)) in windows


def test_a_second_window_after_and_from_is_kept():
    windows = _windows("On the fair day (November 16), lighting of lanterns would be allowed from 5 am to 6 am "
                       "and from 8 pm to 11 pm.")
    assert (datetime(2031, 11, 16, 20, 0), datetime(2031, 11, 16, 23, 0)) in windows

