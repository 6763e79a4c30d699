"""The review report lists a day that gave no entry and no reason, so a reader sees the loss;
it leaves out what the framer drops on purpose (past narration, the page's own date line,
a line that already gave an entry)."""

from __future__ import annotations

from datetime import date

from calfeed.model import BuildResult, Document
from calfeed.pipeline import process_document
from calfeed.report import render_html, render_markdown
from calfeed.report.silent import silent_dates


def result_of(text: str, published: date):
    return process_document(Document(path="doc.txt", text=text, published=published))


TEXT = ("Garden Club news\n\nOur spring show was held on 12 March 2025 and raised a record sum.\n\n"
        "The plant sale will be held on 14 June 2025 in the church hall.\n\n"
        "Tea rota\n\nMrs Patel 21 June 2025 Mr Okafor\n")


def test_a_day_that_frames_nothing_is_listed_and_past_and_read_days_are_not():
    text = TEXT
    found = [d.expr for d in silent_dates(result_of(text, date(2025, 4, 1)))]
    assert found == ["21 June 2025"]


def test_the_report_shows_the_silent_day_with_its_line():
    result = result_of(TEXT, date(2025, 4, 1))
    build = BuildResult(documents=[result], events=result.events, skipped=[])
    markdown = render_markdown(build)
    assert "Dates that gave nothing" in markdown and "**21 June 2025**" in markdown
    assert "Dates that gave nothing" in render_html(build)


def test_a_page_s_update_stamp_is_no_silent_day():
    text = "Tea rota\n\nLast updated 21 June 2025\n"
    assert silent_dates(result_of(text, date(2025, 4, 1))) == []


def test_a_day_after_the_page_told_in_the_past_tense_is_listed():
    """Round R48 class C: "suspended classes ... for Friday, September 21" on 20 September is
    a day to come that the past verb announces; while it gives no entry the report says so, and
    the day the order was signed (the page's own) stays out."""
    text = ("School news\n\nThe mayor suspended classes at every school in the city for Friday, "
            "September 21.\n\nHe signed the order on Thursday, September 20.\n")
    result = result_of(text, date(2018, 9, 20))
    assert not result.events and not result.unresolved
    assert [d.expr for d in silent_dates(result)] == ["Friday, September 21"]


def test_a_paragraph_line_lists_a_day_whose_own_sentence_gave_nothing():
    """R69 03's shape: a paragraph on one line whose later sentences gave entries; the first
    sentence's run of days framed nothing and is listed, not hidden by its neighbours' entries."""
    text = ("Auction rules\n\n(a) From 9am Monday 6th June 2022 until 5pm Friday 10th June 2022 offers on any "
            "item are welcome. At 1pm on 10th June there will be a break of half an hour in the sale. "
            "At 2pm the auction will resume in the hall.\n")
    result = result_of(text, date(2022, 5, 2))
    assert result.events
    assert [d.expr for d in silent_dates(result)] == ["9am Monday 6th June 2022 until 5pm Friday 10th June 2022"]


def test_the_page_s_own_day_told_in_the_future_tense_is_listed_when_it_gives_nothing():
    """R66/R68's shape: a page written on the day it announces ("Tonight, ... Monday 3 May, lanterns
    will be lit") had the day fall under "on or before the page's date" and vanish from the report;
    the future tense says it is still ahead, so while it gives no entry the report lists it."""
    text = ("Town news\n\nTonight, on the eve of the feast, Monday 3 May, lanterns will be lit across "
            "the old town.\n")
    result = result_of(text, date(2027, 5, 3))
    assert not result.events and not result.unresolved
    assert [d.expr for d in silent_dates(result)] == ["Monday 3 May"]


def test_the_page_s_own_day_told_in_the_past_tense_stays_out():
    text = "Town news\n\nThe lanterns were lit across the old town on Monday 3 May, the eve of the feast.\n"
    result = result_of(text, date(2027, 5, 3))
    assert not result.events
    assert silent_dates(result) == []


def test_a_dateline_on_the_page_s_own_day_is_no_silent_day():
    """R66's shape: "New Delhi, Nov 06: ... will shut ..." on 6 November is when the story was filed,
    though the sentence after it is told in the future tense; the day it announces is listed."""
    text = ("Temple news\n\nPune, May 03: Major shrines across the state will shut their doors on May 5 for "
            "nearly twelve hours because of the eclipse.\n")
    result = result_of(text, date(2027, 5, 3))
    assert [d.expr for d in silent_dates(result)] == ["May 5"]


def test_a_clock_and_the_page_s_own_weekday_are_no_silent_day():
    """A clock and a weekday that happens to be the page's day ("From 07:00 on Monday, this page will
    carry the latest news") write no day's number: a habit or a notice as often as an occasion, so
    it stays out, as a weekday alone does."""
    text = "Club news\n\nFrom 07:00 on Monday, this page will carry the latest news and reaction.\n"
    result = result_of(text, date(2027, 5, 3))
    assert not result.events
    assert silent_dates(result) == []


def test_the_page_s_own_day_written_with_its_year_is_no_silent_day():
    """R53's shape: a post's byline "By 3 May 2027" (the page's day, with its year) reads as a future
    "by" but is the page's stamp; the same day written without its year is still listed."""
    text = "Entry extension\n\nBy May 3, 2027Uncategorized\n\nThe hall will open its doors on May 3 for the fair.\n"
    result = result_of(text, date(2027, 5, 3))
    assert "May 3, 2027" not in [d.expr for d in silent_dates(result)]


def test_a_run_an_entry_already_spans_is_not_listed_again():
    """A table row restating the run the prose framed ('Kelso 2024.05.03~2024.05.19 Venue' under a
    page's stamp row) is the same entry told twice, not a loss: the report does not list it, while the
    page is dated inside the run (a run still open is otherwise listed when it gives nothing)."""
    text = ("Posted | 2024.05.10 | Views | 88 | |\n---|---|---|---|---|\nKelso 2024.05.03~2024.05.19 Venue\n"
            "The kites fly high.\n\nThe town's kite festival will be held on the common from May 3 to May 19, 2024.\n")
    result = result_of(text, date(2024, 5, 10))
    assert [(e.start, e.end) for e in result.events] == [(date(2024, 5, 3), date(2024, 5, 19))]
    assert silent_dates(result) == []
