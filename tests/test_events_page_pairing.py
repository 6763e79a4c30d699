"""Key-dates lists that write each date on one line and its label on another are paired the
way the whole page is written, not only the way one short run looks (session 26, class
"label and date on different lines"):

- a label wrapped over two lines, with blank lines around it as around every other item, is
  one label: it neither cuts the list into two runs nor turns its direction round;
- when every date line of a run sits tight against the line on one side and a blank line
  parts it from the other, the tight side is its label's side;
- a run a section heading cuts short ("Interim report" / "Publish interim report" / "Q1 2031")
  pairs the way the page's other runs do;
- a date line led by how it covers the days ("Until end October 2031") is a value line too;
- a date line that is a row of such a list is never taken for the page's own date line;
- a line restating the heading's day more loosely stays inside the heading's month: a span
  over two months ("February/March 2031") is a period of its own.
"""
# Provenance: session 26 (la26): red team 35 class A, red team 34 class 2.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import process_document


def _entries(text: str, published: date | None = None) -> set[tuple[str, str, str]]:
    result = process_document(Document(path="doc.txt", text=text, published=published))
    return {(e.title, str(e.start)[:10], str(e.end)[:10] if e.end else "") for e in result.events}


def _by_day(got: set[tuple[str, str, str]]) -> dict[str, set[str]]:
    days: dict[str, set[str]] = {}
    for title, start, _ in got:
        days.setdefault(start, set()).add(title)
    return days


def test_a_wrapped_label_keeps_a_date_first_list_date_first() -> None:
    text = ("Bursary cycle\n\n"
            "Steps\n\n"
            "14 October 2030\n\n"
            "Bursary round opens\n\n"
            "03 March 2031\n\n"
            "Outline bid deadline\n\n"
            "April/May 2031\n\n"
            "Selection Panel and Trustees\n"
            "Committee reads the outline bids\n\n"
            "June 2031\n\n"
            "Applicants told of the outcome\n"
            "and full forms sent out\n\n"
            "20 July 2031\n\n"
            "Full bid deadline\n\n"
            "October 2031\n\n"
            "Grants paid\n")
    days = _by_day(_entries(text, published=date(2030, 9, 1)))
    assert "Bursary round opens" in days.get("2030-10-14", set())
    assert "Outline bid deadline" in days.get("2031-03-03", set())
    assert any("Selection Panel" in t or "reads the outline bids" in t for t in days.get("2031-04-01", set()))
    assert any(t.startswith("Applicants told of the outcome") for t in days.get("2031-06-01", set()))
    assert "Full bid deadline" in days.get("2031-07-20", set())
    assert not any(t == "Steps" for titles in days.values() for t in titles)


def test_tight_pairs_tell_the_side_of_a_key_dates_list() -> None:
    text = ("Payroll calendar\n\n"
            "6th April\n"
            "Start of the payroll year\n\n"
            "31st May\n"
            "Last day to hand staff their year-end certificates\n\n"
            "6th July\n"
            "Last day to file the benefits return\n\n"
            "19th July\n"
            "Last day to pay the benefits charge\n")
    days = _by_day(_entries(text, published=date(2031, 3, 1)))
    assert days.get("2031-04-06") == {"Start of the payroll year"}
    assert days.get("2031-05-31") == {"Last day to hand staff their year-end certificates"}
    assert days.get("2031-07-06") == {"Last day to file the benefits return"}
    assert days.get("2031-07-19") == {"Last day to pay the benefits charge"}


def test_dates_ending_in_a_colon_over_their_labels_are_not_the_page_date() -> None:
    text = ("18th June 2031:\n\n"
            "Early-bird booking closes\n\n"
            "2nd July 2031:\n\n"
            "Poster abstracts due\n\n"
            "9th July 2031:\n\n"
            "Booking closes\n\n"
            "20th August 2031:\n\n"
            "Posters hung in the foyer\n")
    days = _by_day(_entries(text))
    assert "Early-bird booking closes" in days.get("2031-06-18", set())
    assert "Poster abstracts due" in days.get("2031-07-02", set())
    assert "Booking closes" in days.get("2031-07-09", set())


def test_a_short_run_follows_the_pages_label_first_pattern() -> None:
    text = ("Our revised plan is set out below.\n\n\n"
            "Evidence gathering\n\n"
            "Ask the operators for their data\n\n"
            "Until end October 2031\n\n"
            "Survey the shop owners\n\n"
            "November 2031\n\n"
            "Interim findings\n\n"
            "Publish interim findings\n\n"
            "Q1 2032\n\n"
            "Closing stage\n\n"
            "Hold the hearings\n\n"
            "Q2 2032\n\n"
            "Publish the closing findings\n\n"
            "Q3 2032\n")
    got = _entries(text, published=date(2031, 8, 1))
    starts = {title: start for title, start, _ in got}
    assert starts.get("Ask the operators for their data", "").startswith("2031-10")
    assert starts.get("Survey the shop owners", "").startswith("2031-11")
    assert starts.get("Publish interim findings") == "2032-01-01"
    assert starts.get("Hold the hearings") == "2032-04-01"
    assert starts.get("Publish the closing findings") == "2032-07-01"


def test_a_looser_date_under_a_day_heading_stays_in_its_month() -> None:
    text = ("01 March 2031\n\n"
            "Outline bids due\n\n"
            "March/April 2031\n\n"
            "Panel reads the outline bids\n\n"
            "15 May 2031\n\n"
            "Full bids due\n\n"
            "June 2031\n\n"
            "Awards announced\n")
    got = _entries(text, published=date(2031, 1, 10))
    spans = {title: (start, end) for title, start, end in got}
    assert spans.get("Outline bids due", ("",))[0] == "2031-03-01"
    assert spans.get("Panel reads the outline bids") == ("2031-03-01", "2031-04-30")
    assert spans.get("Full bids due", ("",))[0] == "2031-05-15"
