"""Round-12 red-team classes of the document's date: a conference page's edition year
("ICCE2023", "ACM MM 2025"), a blog address's day ("/2025/04/25/")."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _starts(text: str, **fields) -> list[object]:
    return sorted(e.start for e in _run(text, **fields).events)


def test_an_acronym_glued_to_its_year_in_the_title_dates_a_year_less_table():
    text = ("| Track | Submission Due | Notification |\n|---|---|---|\n"
            "| Papers | Aug 18 | Sept 1 |\n| Workshops | May 15 | May 22 - 31 |\n")
    result = _run(text, title="ICCE2023 Important Dates", url="https://eds.example.org/ICCE2023/important-dates")
    assert {e.start.year for e in result.events} == {2023}
    assert "ICCE2023" in result.reference.reason


def test_an_edition_runs_from_the_longest_gap_its_last_days_in_its_year():
    text = ("Important Deadlines\nDecember 15\nReviewing starts.\nMarch 15\nAuthors notified of decision.\n"
            "May 15\nFinal, revised, and camera-ready paper due.\n")
    starts = _starts(text, title="InSITE2024 Overview")
    assert starts == [date(2023, 12, 15), date(2024, 3, 15), date(2024, 5, 15)]


def test_an_acronym_beside_its_year_in_the_opening_heading_counts():
    text = ("ACM MM 2025 Important Dates\n\nPaper submission: April 11\nNotification: July 5\n"
            "Conference: October 27\n")
    assert {s.year for s in _starts(text)} == {2025}


def test_an_address_names_the_edition_in_lower_case():
    text = "Important dates\n\nPaper submission: April 11\nNotification: July 5\n"
    assert {s.year for s in _starts(text, url="https://acmmm2025.org/dates")} == {2025}


def test_a_plain_word_or_a_fiscal_year_beside_a_year_is_no_edition():
    text = "Paper submission: April 11\nNotification: July 5\n"
    for title in ("Annual Report 2023", "FY2023 Budget Dates", "Budget 2023"):
        assert 2023 not in {s.year for s in _starts(text, title=title)}, title


def test_a_year_the_text_writes_outranks_the_name():
    text = "Paper submission: April 11, 2024\nNotification: July 5, 2024\n"
    assert {s.year for s in _starts(text, title="ICCE2023 Important Dates")} == {2024}


def test_a_dated_address_is_the_day_the_post_was_filed():
    text = ("Start your week at the Book Club on Monday, April 28 at 5:30 p.m.\n"
            "The crafting event is on Saturday, May 3 at 2 p.m.\n")
    result = _run(text, url="https://www.example-news.com/2025/04/25/library-news-251/")
    assert result.reference.value == date(2025, 4, 25) and "/2025/04/25/" in result.reference.reason
    assert datetime(2025, 4, 28, 17, 30) in [e.start for e in result.events]


def test_a_dated_address_month_bounds_the_tenses_reading():
    text = "The autumn term closes on Tuesday 19 December 2023.\n"
    result = _run(text, url="https://www.example-school.uk/2023/10/19/mail-information-13/")
    assert result.reference.value == date(2023, 10, 19)
    result = _run(text, url="https://www.example-school.uk/2023/10/mail-information-13/")
    assert date(2023, 10, 1) <= result.reference.value <= date(2023, 10, 31)


def test_a_dated_address_that_breaks_a_tense_is_not_the_publication_day():
    text = "The meeting was held on 12 May 2025 in Leeds.\n"
    result = _run(text, url="https://www.example-news.com/2025/04/25/meeting/")
    assert result.reference.value > date(2025, 5, 12)
