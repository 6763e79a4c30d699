"""Round-15 classes C6, C8, C11 (session 12, lb), in layouts and wordings of my own.

C8: a clock's colon or dot is no label's colon. "Title – day clock (note), day (note), day
clock (note)" is a list of the title's days: each date is its own occasion named by the title,
the first one included, with its clock whether written "3:30" or "3.30"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from calfeed.model import Document
from calfeed.pipeline import process_document

DAY = date(2024, 1, 10)


def tagged_events(text: str, published: date | None = DAY):
    """The events a build writes for ``text`` (the pipeline, as the CLI runs it)."""
    return process_document(Document(path="doc.txt", text=text, published=published)).events


LISTED_DAYS = {
    "clock with a colon": (
        "Spring term letter\n\nDear families,\n\nMeet the Teacher – Tue 5th March 3:45 – 5:15 (Years 1 and 2), "
        "Thursday 7th March (Willow Class), Friday 8th March 4:00 – 6:00 (all year groups)\n",
        "Meet the Teacher",
        [datetime(2024, 3, 5, 15, 45), date(2024, 3, 7), datetime(2024, 3, 8, 16, 0)]),
    "clock with a dot": (
        "Spring term letter\n\nDear families,\n\nMeet the Teacher – Tue 5th March 3.45 – 5.15 (Years 1 and 2), "
        "Thursday 7th March (Willow Class)\n",
        "Meet the Teacher",
        [datetime(2024, 3, 5, 15, 45), date(2024, 3, 7)]),
    "two days joined by and": (
        "Summer fixtures\n\nSports Day – Wed 12th June 1:15 (Key Stage 2) and Thursday 13th June 9:30 (Key Stage 1)\n",
        "Sports Day",
        [datetime(2024, 6, 12, 13, 15), datetime(2024, 6, 13, 9, 30)]),
}


@pytest.mark.parametrize("text, title, starts", LISTED_DAYS.values(), ids=LISTED_DAYS.keys())
def test_a_dash_label_names_every_day_of_its_list(text, title, starts):
    events = sorted(tagged_events(text), key=lambda e: str(e.start))
    assert [e.title for e in events] == [title] * len(starts)
    assert [e.start for e in events] == starts


def test_a_clock_colon_is_no_label_colon():
    text = "Open mornings\n\nOpen morning – Sat 9th March 10:30, and Saturday 16th March\n"
    assert {e.title for e in tagged_events(text)} == {"Open morning"}


def test_a_sentence_between_the_dates_is_no_list():
    text = ("Choir news\n\nChoir concert – Friday 22nd March 6:30, then the choir sings at the fete on "
            "Saturday 23rd March\n")
    assert "Choir concert" not in {e.title for e in tagged_events(text) if e.start == date(2024, 3, 23)}
