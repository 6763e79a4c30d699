"""A venue's exceptional hours under a heading that names the year ("HOLIDAY OPENING HOURS 2031" over
"2 Jan, closed" / "19 Jun, eve of Midsummer, open 10.00–15.00"): every row is that year's, the
timed rows too, and the page is read from before its first row, so the rows before a guessed page
day are not dropped as gone by. A row's closing "closed" is the venue's state that day, no past verb."""
# Provenance: session 59, R72 class 1 (a year heading over a museum's list of days; its timed rows
# went to the year after it and its other rows were read as a past).

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2035, 12, 1)
TEXT = ("Holiday opening hours\nRiverside Gallery\nQuay Street 9\n"
        "HOLIDAY OPENING HOURS 2031\n"
        "2 Jan, closed\n"
        "11 Apr, Good Friday, closed\n"
        "19 Jun, eve of Midsummer, open 10.00–15.00\n"
        "21 Jun, Midsummer, closed\n"
        "24 Dec, closed\n"
        "30 Dec, year-end sale day, open 10.00–14.00\n")


def _run(text: str = TEXT):
    return process_document(Document("page.md", text), Options(today=BUILD_DAY))


def test_the_heading_year_dates_the_page_before_its_first_row():
    result = _run()
    assert result.reference.value == date(2031, 1, 1)
    assert "HOLIDAY OPENING HOURS 2031" in result.reference.reason


def test_every_row_falls_in_the_heading_year():
    result = _run()
    values = {t.text: t.value for t in result.timexes}
    assert values["2 Jan"] == "2031-01-02" and values["11 Apr"] == "2031-04-11"
    assert values["19 Jun"] == "2031-06-19" and values["24 Dec"] == "2031-12-24"


def test_the_timed_rows_keep_the_heading_year():
    starts = {e.start for e in _run().events}
    assert datetime(2031, 6, 19, 10, 0) in starts
    assert datetime(2031, 12, 30, 10, 0) in starts


def test_a_closing_state_word_is_no_past_tense():
    result = _run()
    assert all(t.tense != "past" for t in result.timexes if t.text in ("2 Jan", "11 Apr", "24 Dec"))


def test_a_date_with_its_own_year_leaves_the_page_to_its_tenses():
    result = _run(TEXT + "Updated on 3 March 2031.\n")
    assert result.reference.value != date(2031, 1, 1)
