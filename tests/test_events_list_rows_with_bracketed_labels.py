"""List rows led by their day, the weekday after a dash and the row's name in brackets ("- 10 May -
Saturday (rest day by the calendar);"): each row is an entry named by its bracket, on the
day the weekday fits, and rows of one name on days in a row are one entry. A list of days gone by
("- 10 February - Monday (won 3-1 at home);") gives none. Pages of our own wording; before the rule
the rows gave nothing (the weekday ran each day on to the next such weekday, and no separator named
the row)."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries

DECREE = """Velmora, Ostrava Republic -- Under the decree of 3 February 2031, in connection with the Harvest holiday
in 2031, 12 and 13 May are set as additional rest days for all staff.
Under the decree, staff in the republic will be off work on these days:
- 10 May - Saturday (rest day by the calendar);
- 11 May - Sunday (harvest holiday non-working day);
- 12 May - Monday (additional non-working day);
- 13 May - Tuesday (additional non-working day)."""


def test_each_row_is_named_by_its_bracket() -> None:
    entries = page_entries(DECREE, "2031-03-02")
    assert ("Rest day by the calendar", "event", date(2031, 5, 10)) in entries
    assert ("Harvest holiday non-working day", "event", date(2031, 5, 11)) in entries
    assert ("Additional non-working day", "event", date(2031, 5, 12)) in entries


def test_rows_of_one_name_on_following_days_are_one_entry() -> None:
    from events_helpers import page_events
    rest = [e for e in page_events(DECREE, "2031-03-02") if e.title == "Additional non-working day"]
    assert [(e.start, e.end) for e in rest] == [(date(2031, 5, 12), date(2031, 5, 13))]


def test_a_list_of_past_results_gives_no_entry() -> None:
    results = """Results of the Velmora Rovers this season:
- 10 February - Monday (won 3-1 at home);
- 17 February - Monday (lost 0-2 away);"""
    assert page_entries(results, "2031-03-02") == []


def test_a_note_on_how_sure_the_day_is_names_nothing() -> None:
    tentative = """The Velmora choir will sing on these days:
- 14 June - Saturday (TBC);"""
    assert [t for t, _, _ in page_entries(tentative, "2031-03-02")] != ["TBC"]


def test_a_note_that_goes_on_from_the_row_or_holds_a_figure_names_nothing() -> None:
    rows = """The Velmora hall will host these days:
- 14 June - Saturday (and every second Saturday);
- 21 June - Saturday (with the choir, 7 p.m.);"""
    titles = [t for t, _, _ in page_entries(rows, "2031-03-02")]
    assert not any(t.startswith(("And every", "With the choir")) for t in titles), titles
