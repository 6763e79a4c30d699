"""Days glossed with their weekday in brackets. "from March 2 (Monday) to March 6 (Friday)" is
written as "from Monday, March 2 to Friday, March 6": on a page that writes no date, the weekdays
pick the year (a past year the page writes steering the choice), where the bracketed weekday was
read apart and the year came from the day of the build. "today (Sunday)" on a page dated the
Saturday is the Sunday (a print edition's date line is the evening before), and a stretch of a
written length whose opening the day's sentence ties to it ("today (Sunday) as the three-day
regatta begins") runs for that length."""

from __future__ import annotations

from datetime import date

from events_helpers import BUILD_DAY, page_events
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag
from calfeed.sources import parse_document


def _undated(text: str):
    page = f"---\ntitle: Notice\n---\n{text}\n"
    return process_document(parse_document(page.encode(), "page.txt"), Options(today=BUILD_DAY)).events


def test_bracketed_weekdays_pick_the_range_year_on_an_undated_page():
    text = ("The riverside book market will be held in Marlow from March 2 (Monday) to March 6 (Friday). "
            "It was last held there in 2017.")
    events = _undated(text)
    assert [(e.start, e.end) for e in events] == [(date(2020, 3, 2), date(2020, 3, 6))]


def test_bracketed_weekday_of_a_single_day_picks_its_year():
    text = "The allotment society will hold its seed swap on March 7 (Saturday). The society was founded in 2016."
    assert [e.start for e in _undated(text)] == [date(2020, 3, 7)]


def test_today_glossed_with_the_next_weekday_is_the_next_day():
    text = "The annual boat race will be held today (Sunday) at the boathouse."
    assert [e.start for e in page_events(text, "2024-05-11")] == [date(2024, 5, 12)]


def test_today_glossed_with_a_weekday_further_off_stays_the_page_day():
    found = tag("The annual boat race will be held today (Wednesday) at the boathouse.", date(2024, 5, 11))
    assert [t.value for t in found if t.text == "today"] == ["2024-05-11"]


def test_today_glossed_with_the_day_before_is_that_day():
    found = tag("The fundraising gala was held today (Friday) in the town hall.", date(2024, 5, 11))
    assert [t.value for t in found if t.text == "today"] == ["2024-05-10"]


def test_a_lengthed_stretch_that_opens_as_the_day_runs_its_length():
    text = "Crews from both rowing clubs meet once more today (Sunday) as the yearly four-day Millbrook Regatta begins."
    events = page_events(text, "2024-05-11")
    assert [(e.start, e.end) for e in events] == [(date(2024, 5, 12), date(2024, 5, 15))]


def test_a_lengthed_stretch_told_as_over_keeps_the_single_day():
    text = "The two rowing clubs meet on Sunday, May 12, as the four-day Millbrook Regatta ended last year."
    events = page_events(text, "2024-05-01")
    assert [(e.start, e.end) for e in events] == [(date(2024, 5, 12), date(2024, 5, 12))]
