"""A series bounded by a day written with a range of clocks ("Daily until 20 September, 10:30-12:00"):
the clocks are the hours of each day of the series, not of its last day alone; a window closing at or
after midnight closes on the next morning, and the series' last day is the day written."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2031, 6, 2)


def _entries(body: str) -> list[tuple[str, str, str, str | None, str]]:
    """(first start, first end, rule, zone, title) of each entry of a one-paragraph notice."""
    doc = Document(path="notice.txt", text="Harbour notes\n\n" + body + "\n", title=None, published=ISSUED)
    result = process_document(doc, Options(today=ISSUED))
    return sorted((str(e.start), str(e.end), e.rrule or "", e.tz, e.title) for e in result.events)


def test_daily_hours_written_after_the_last_day() -> None:
    assert _entries("Boat trips to the island: Daily until September 20th, 10:30-12:00, 15 euros.") == [
        ("2031-06-02 10:30:00", "2031-06-02 12:00:00", "FREQ=DAILY;UNTIL=20310920T235959", None,
         "Boat trips to the island")]


def test_a_window_past_midnight_ends_the_next_morning_and_the_series_on_the_day_written() -> None:
    assert _entries("Lantern walks in Bergen: daily until 14 August, 22:00-00:30.") == [
        ("2031-06-02 22:00:00", "2031-06-03 00:30:00", "FREQ=DAILY;UNTIL=20310814T235959", "Europe/Oslo",
         "Lantern walks")]


def test_a_weekly_series_takes_the_hours_too() -> None:
    assert _entries("Guided tours of the mill run every Saturday until 30 August, 11:00-12:30.") == [
        ("2031-06-07 11:00:00", "2031-06-07 12:30:00", "FREQ=WEEKLY;BYDAY=SA;UNTIL=20310830T235959", None,
         "Guided tours of the mill run")]


def test_one_clock_after_the_last_day_is_no_hours() -> None:
    assert _entries("The museum is open daily until 31 August, and tickets cost 5 euros.") == [
        ("2031-06-02", "2031-06-02", "FREQ=DAILY;UNTIL=20310831", None, "Museum open")]
