"""One definition of a guessed page date for the rules
on guessed days (calfeed.events.guessed_dates). A page date is a guess when the text does not
give its day; a bare clock writes no day; on a page dated by the build day, days counted from it
and clocks put on it stay as approximate entries. Probes in our own wording."""
# Provenance: Session 14 review, items 1 (a-c) and 8.

from __future__ import annotations

from datetime import date, datetime

from calfeed.events.guessed_days import on_guessed_day
from calfeed.model import Document, Interval, ReferenceDate, Timex
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _rows(result) -> dict[str, tuple[str, str]]:
    return {str(e.start)[:16]: (e.title, e.precision) for e in result.events}


def test_a_bare_clock_writes_no_day_that_bears_out_a_guessed_weekend():
    text = ("Riverside gets ready for its Lantern Festival this weekend. Volunteers should arrive by 10 a.m.\n\n"
            "The Lantern Festival runs Saturday, August 16 from 2 p.m. to 9 p.m. at Riverside Park.\n")
    result = _run(text)
    days = {k[:10] for k in _rows(result)}
    assert days == {"2025-08-16"}, _rows(result)          # no festival on the guessed weekend
    assert any("this weekend" in u.reason for u in result.unresolved)


def test_a_clock_on_the_day_of_a_dateline_without_its_year_is_an_entry():
    text = "SPRINGFIELD, Nov. 3 — The city council will vote on the budget at 7 p.m. in City Hall.\n"
    rows = _rows(_run(text))
    assert "2026-11-03 19:00" in rows, rows


def test_a_clock_on_the_day_of_a_dated_address_is_an_entry():
    text = "The city council will vote on the budget at 7 p.m. in City Hall.\n"
    rows = _rows(_run(text, url="https://news.example.org/2017/11/01/council-budget/"))
    assert "2017-11-01 19:00" in rows, rows


def test_a_clock_on_the_day_the_text_calls_today_is_an_entry():
    text = ("Today (17 July) the village fete committee has news.\n\n"
            "The Parish Council meets at 7 p.m. in the Village Hall to plan the fete.\n")
    rows = _rows(_run(text))
    assert any(k.endswith("07-17 19:00") for k in rows), rows


def test_a_weekday_counted_from_the_build_day_stays_approximate():
    rows = _rows(_run("The market is open this Saturday from 9 a.m. on the green.\n"))
    assert rows.get("2026-12-05 09:00", ("", ""))[1] == "approximate", rows


def test_a_clock_on_a_build_day_page_stays_approximate():
    rows = _rows(_run("The parish council meets at 7 p.m. in the Village Hall.\n"))
    assert rows.get("2026-11-30 19:00", ("", ""))[1] == "approximate", rows


def _timex(start: int, text: str, value: str, raw: str, at: datetime, granularity: str) -> Timex:
    end = at.replace(minute=at.minute + 1) if granularity == "minute" else at.replace(day=at.day + 1)
    return Timex(start, start + len(text), text, "TIME" if "T" in value else "DATE", value, raw_value=raw,
                 interval=Interval(at, end, granularity))


def test_a_written_day_with_its_clock_in_the_sentence_is_the_clock_s_day():
    """"on October 3 at 11am ..., doors open at 10.30am" on a page guessed to be 3 October: the
    written day holds a clock, so it ends within that day; it still names the day."""
    guess = ReferenceDate(date(2025, 10, 3), True, "a guess", earliest=date(2025, 10, 3))
    written = _timex(20, "October 3 at 11am", "2025-10-03T11:00", "XXXX-10-03T11:00", datetime(2025, 10, 3, 11, 0),
                     "minute")
    clock = _timex(60, "10.30am", "2025-10-03T10:30", "T10:30", datetime(2025, 10, 3, 10, 30), "minute")
    assert on_guessed_day(clock, guess, [clock])
    assert not on_guessed_day(clock, guess, [written, clock])
