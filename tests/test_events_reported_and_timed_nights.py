"""An impersonal report before a schedule ("It is reported that the trial closure of the sluice is
scheduled from 2 am to 6 am") dates the reported clause: its subject names the entry, where the
"it" that stands for nothing left the clause unnamed and the clock gave nothing. And a night named
by its two days ("On the night of June 8-9, the lifting bridges will be raised") gives way to the timed
entries the same paragraph then tells of that night: its whole-days entry showed the work on the
first day, before the night's midnight."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import page_events


def _entries(text: str, published: str):
    return [(e.title, e.start, e.end, e.all_day) for e in page_events(text, published)]


def test_an_impersonal_report_dates_its_clause():
    text = "It is reported that the trial closure of the sluice at Chester is scheduled from 2 am to 6 am on June 9."
    assert _entries(text, "2023-06-01") == [
        ("Trial closure of the sluice", datetime(2023, 6, 9, 2), datetime(2023, 6, 9, 6), False)]


def test_an_impersonal_report_in_the_past_opens_its_clause_too():
    text = "It was announced that the river parade in Chester will start at 2 pm on June 9."
    assert [(t, s) for t, s, _, _ in _entries(text, "2023-06-01")] == [("River parade", datetime(2023, 6, 9, 14))]


def test_a_timed_night_drops_its_whole_days_entry():
    text = ("On the night of June 8-9, the two lifting bridges at Chester will be raised. "
            "It is reported that the trial closure of the sluice is scheduled from 2 am to 6 am.")
    entries = _entries(text, "2023-06-01")
    assert [e[3] for e in entries] == [False]
    assert entries[0][1] == datetime(2023, 6, 9, 2)


def test_an_untimed_night_keeps_its_days():
    text = "On the night of June 8-9, the two lifting bridges at Chester will be raised."
    assert [(s, e) for _, s, e, _ in _entries(text, "2023-06-01")] == [(date(2023, 6, 8), date(2023, 6, 9))]


def test_a_night_timed_in_another_paragraph_keeps_its_days():
    text = ("On the night of June 8-9, the two lifting bridges at Chester will be raised.\n\n"
            "The trial closure of the sluice is scheduled from 2 am to 6 am.")
    assert any(all_day for _, _, _, all_day in _entries(text, "2023-06-01"))
