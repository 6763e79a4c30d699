"""Diary rows with a week or start prefix, series limited to listed months, and two tagger gaps.
A diary row's date line may carry
a prefix: the week it begins ("Wk beg 10th May", "w/c", "WB 1/3"), where the row starts
("From Thurs 22nd July") or the month it runs through ("Throughout June"); the row takes that
date or week and the line below as its name, never the previous row's date and never the
prefix as a title. "The third Friday of odd numbered months" and "the first Saturday of every
other month" are monthly series limited to those months, never a bare Friday; months listed
after "except for" all leave the series. "Dec.15" (no blank after the dot) is a day."""
# Provenance: Round-17 red-team classes C3 and C4.

from __future__ import annotations

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str):
    return process_document(Document("page.md", text), Options(today=BUILD_DAY))


def _day(value) -> date:
    return value.date() if isinstance(value, datetime) else value


def _entries(result) -> list[tuple[date, date | None, str]]:
    return sorted((_day(e.start), _day(e.end) if e.end else None, e.title) for e in result.events)


DIARY = ("Hillside Infants - Summer diary\n\nTues 4th May\nClass photos\nWk beg 10th May\nWalk to school week\n"
         "Throughout June\nSwimming lessons for Year 2\nMon 7th June\nInset day\nWeds 16th June\nSports day\n"
         "Wk beg 21st June\nBook week\nFrom Thurs 22nd July\nSummer break\n")


def test_a_week_commencing_row_is_the_week_it_names_titled_by_the_line_below():
    entries = _entries(_run(DIARY))
    assert (date(2027, 5, 10), date(2027, 5, 16), "Walk to school week") in entries, entries
    assert (date(2027, 6, 21), date(2027, 6, 27), "Book week") in entries, entries
    assert not any(title.lower().startswith(("wk beg", "throughout", "from")) for _, _, title in entries), entries


def test_a_prefixed_day_or_month_row_takes_its_own_date_not_the_previous_rows():
    entries = _entries(_run(DIARY))
    assert (date(2027, 7, 22), date(2027, 7, 22), "Summer break") in entries, entries
    assert (date(2027, 6, 1), date(2027, 6, 30), "Swimming lessons for Year 2") in entries, entries
    assert (date(2027, 6, 16), date(2027, 6, 16), "Sports day") in entries, entries     # "Weds" is Wednesday
    assert len(entries) == 7, entries


def test_a_numeric_week_beginning_names_its_week():
    entries = _entries(_run("Key dates (2027)\n\nWB 1/3 - Book week\nWB 15/3 - Science week\nMon 12/4 - Term starts\n"))
    assert (date(2027, 3, 1), date(2027, 3, 7), "Book week") in entries, entries
    assert (date(2027, 3, 15), date(2027, 3, 21), "Science week") in entries, entries


def test_the_nth_weekday_of_odd_numbered_months_is_a_series_in_those_months():
    result = _run("Friends of the Park\n\nThe committee meets on the third Friday of odd numbered months at 7pm "
                  "in the pavilion.\n")
    assert len(result.events) == 1, _entries(result)
    assert result.events[0].rrule == "FREQ=MONTHLY;BYDAY=3FR;BYMONTH=1,3,5,7,9,11", result.events[0].rrule


def test_the_nth_weekday_of_every_other_month_repeats_every_two_months():
    result = _run("Allotment Society\n\nWork parties are held on the first Saturday of every other month "
                  "from 10am to 12pm.\n")
    assert [e.rrule for e in result.events] == ["FREQ=MONTHLY;BYDAY=1SA;INTERVAL=2"], _entries(result)


def test_every_month_listed_after_except_leaves_the_series():
    result = _run("Library Board\n\nThe board meets on the fourth Monday of the month at 6:30 p.m., "
                  "except for July and December.\n")
    assert [e.rrule for e in result.events] == ["FREQ=MONTHLY;BYDAY=4MO;BYMONTH=1,2,3,4,5,6,8,9,10,11"], \
        [e.rrule for e in result.events]


def test_an_abbreviated_month_glued_to_its_day_by_the_dot_is_a_day():
    result = _run("Winter exam schedule\n\nTTh 11:00 a.m., Tuesday, Dec.15 at 1:00 p.m.\n"
                  "MWF 10:00 a.m., Wednesday, Dec.16 at 8:00 a.m.\n")
    starts = sorted(e.start for e in result.events)
    assert starts == [datetime(2026, 12, 15, 13, 0), datetime(2026, 12, 16, 8, 0)], _entries(result)


def test_a_week_of_row_with_a_day_range_runs_over_those_days_not_to_sunday():
    # "Week of Nov. 8 - 12" names five school days; read as "the week of Nov. 8" it ran to Sunday 14th
    # and lost its exactness. "Book fair" is an event noun, not the verb "book" of "Book your seat".
    page = ("Maple Street Elementary newsletter, 1 October 2027\n\nComing up\n\n"
            "- Week of Nov. 8 - 12: Book fair in the gym\n- Week of November 15: Parent conferences\n")
    entries = _entries(_run(page))
    assert (date(2027, 11, 8), date(2027, 11, 12), "Book fair") in entries, entries
    assert [e for e in entries if e[2] == "Parent conferences"][0][:2] == (date(2027, 11, 15), date(2027, 11, 21)), entries
