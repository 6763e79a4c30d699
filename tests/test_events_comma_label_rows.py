"""A list of days under a lead sentence, each row "<name>, <Month D, YYYY>": a closures page's
holidays ("- Harvest Day, October 6, 2031"). The comma only sets the row's name off its day, as
a dash does: each row is an entry on its day, titled by its own name, not by the lead sentence."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document


def _entries(text: str, published: date | None = None) -> list[tuple[str, str]]:
    events = process_document(Document(path="doc.md", text=text, published=published)).events
    return sorted((e.start.isoformat()[:10], e.title) for e in events)


def test_a_museums_closed_days_are_each_titled_by_their_row():
    text = ("Closed dates\n"
            "The museum is shut on the days below:\n"
            "- Presidents' Day, February 17, 2031\n"
            "- Juneteenth, June 19, 2031\n"
            "- Veterans Day, November 11, 2031\n"
            "- Boxing Day, December 26, 2031\n")
    assert _entries(text) == [
        ("2031-02-17", "Presidents' Day"), ("2031-06-19", "Juneteenth"), ("2031-11-11", "Veterans Day"),
        ("2031-12-26", "Boxing Day")]


def test_rows_of_plain_names_with_a_year_line_under_the_lead():
    text = ("Pool closures\n"
            "The pool will not open on these days:\n"
            "2030\n"
            "- Staff training, March 4, 2030\n"
            "- Deep clean, August 19, 2030\n"
            "- Lane repairs, October 2, 2030\n")
    assert _entries(text) == [
        ("2030-03-04", "Staff training"), ("2030-08-19", "Deep clean"), ("2030-10-02", "Lane repairs")]

