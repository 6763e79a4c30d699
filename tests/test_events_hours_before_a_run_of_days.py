"""A range of clocks written right before the range of days it is the hours of ("closed from 9 am
to 5 pm between 1 July and 31 August") gives those hours on each day of the range: a daily series
bounded by the range's last day, not one timed entry on the page's day, which the tagger dates
day-less clocks by (R66 class 1, page 13's shape, in words of our own). A season's range may run
longer than a festival's month (daily_runs.MAX_SEASON_DAYS)."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PUBLISHED = date(2031, 5, 20)


def _entries(body: str) -> list[tuple[str, datetime, datetime, str | None]]:
    doc = Document(path="notice.txt", text="Road notes\n\n" + body + "\n", title=None, published=PUBLISHED)
    result = process_document(doc, Options(today=PUBLISHED))
    return sorted((e.title, e.start, e.end, e.rrule) for e in result.events)


def test_hours_before_a_between_range_are_each_days():
    assert _entries("The river road is closed from 9am to 5pm between June 15 and September 15.") == [
        ("River road closure", datetime(2031, 6, 15, 9, 0), datetime(2031, 6, 15, 17, 0),
         "FREQ=DAILY;UNTIL=20310915T235959")]


def test_hours_before_a_from_range_are_each_days():
    assert _entries("The river road is closed from 9am to 5pm from 1 July to 31 August.") == [
        ("River road closure", datetime(2031, 7, 1, 9, 0), datetime(2031, 7, 1, 17, 0),
         "FREQ=DAILY;UNTIL=20310831T235959")]


def test_hours_then_a_comma_before_the_range_are_each_days():
    assert _entries("The river road is closed from 9am to 5pm, between 15 June and 15 September, the council said.") == [
        ("River road closure", datetime(2031, 6, 15, 9, 0), datetime(2031, 6, 15, 17, 0),
         "FREQ=DAILY;UNTIL=20310915T235959")]


def test_hours_then_a_comma_before_a_from_range_are_each_days():
    # the row ", from" of clock_run_links (the lead's read-through: each row has its own example)
    assert _entries("The river road is closed from 9am to 5pm, from 1 July to 31 August.") == [
        ("River road closure", datetime(2031, 7, 1, 9, 0), datetime(2031, 7, 1, 17, 0),
         "FREQ=DAILY;UNTIL=20310831T235959")]


def test_hours_with_a_word_between_them_and_the_days_stay_apart():
    # "and" is no link of the hours to the days: the hours are the page day's, as before
    assert [r[3] for r in _entries("The river road is closed from 9am to 5pm and between 1 July and 31 August.")
            if r[3]] == []
