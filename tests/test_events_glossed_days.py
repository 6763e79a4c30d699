"""A relative day with its date written in brackets after it ("on Monday next week (4 October)",
"tomorrow (Friday, 12 March)"): the bracketed date is the writer's reading of the relative words,
so the entry is on it, once, whatever day the document's date (a guess on an undated report)
would count the relative words to."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from events_helpers import tagged_events


def _days(text: str, **fields) -> list[tuple[str, date]]:
    return [(e.title, e.start.date() if isinstance(e.start, datetime) else e.start)
            for e in tagged_events(text, **fields)]


def test_an_undated_report_puts_next_weeks_monday_on_its_bracketed_day():
    text = ("Addressing the county assembly on September 29, the governor said the clinics had been slow.\n"
            "The vaccination drive will start on Monday next week (4 October), a health officer said.")
    result = process_document(Document(path="doc.txt", text=text), Options(today=date(2031, 3, 3)))
    assert result.reference.inferred
    drive = [(e.title, str(e.start)[5:10]) for e in result.events if "drive" in e.title]
    assert drive == [("Vaccination drive starts", "10-04")]


def test_the_written_day_wins_over_the_relative_words_when_they_disagree():
    text = "The hearing will be held next week (12 August), officials said."
    assert _days(text, published=date(2027, 5, 4)) == [("Hearing", date(2027, 8, 12))]


def test_tomorrow_glossed_with_its_weekday_and_day_gives_one_entry():
    text = "The board vote is set for tomorrow (Friday, 12 March) in the council chamber."
    assert _days(text, published=date(2027, 3, 11)) == [("Board vote", date(2027, 3, 12))]


def test_a_bracket_that_is_not_a_day_leaves_the_relative_words_alone():
    text = "The hearing will be held tomorrow (weather permitting) in the town hall, officials said."
    assert _days(text, published=date(2027, 5, 4)) == [("Hearing", date(2027, 5, 5))]
