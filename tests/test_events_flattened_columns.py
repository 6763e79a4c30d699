"""A board calendar flattened to a run of bare days, one a line, under a header of
several columns ("Committee meeting date" / "Reports due to the clerk" / "Agenda published", or the
columns' words run together on one line): each day is an entry of its column, a meeting or a
deadline due for that row's meeting, and a clock the page states once for a column ("Committee
meetings start at 7.00 pm", "no later than 12 noon") times every day of it, not the day written
nearest (flat_columns)."""
# Provenance: Round 14 (tb); red team 14 C3.

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events


def _entries(text: str, published: date) -> list[tuple[str, str, str]]:
    return sorted((str(e.start)[:16], e.kind, e.title) for e in tagged_events(text, published=published))


CELL_LINES = ("Planning Committee – 2025 meeting calendar\n\n"
              "Committee meeting date\nReports due to the clerk\nAgenda published\n\n"
              "Wednesday 12 February 2025\n\nWednesday 29 January 2025\n\nWednesday 5 February 2025\n\n"
              "Wednesday 9 April 2025\n\nWednesday 26 March 2025\n\nWednesday 2 April 2025\n\n"
              "Wednesday 11 June 2025\n\nWednesday 28 May 2025\n\nWednesday 4 June 2025\n\n"
              "Reports must reach the clerk no later than 12 noon on the due date.\n\n"
              "Committee meetings start at 7.00 pm in the council chamber.\n")


def test_a_header_of_cell_lines_over_bare_days_gives_each_day_its_columns_entry_and_clock() -> None:
    got = _entries(CELL_LINES, date(2025, 1, 5))
    meetings = [start for start, kind, _ in got if kind == "meeting"]
    assert meetings == ["2025-02-12 19:00:00"[:16], "2025-04-09 19:00", "2025-06-11 19:00"]
    due = {start: title for start, kind, title in got if kind == "deadline"}
    assert due["2025-01-29 12:00"] == "Reports due to the clerk (Committee meeting Wednesday 12 February 2025)"
    assert set(due) == {"2025-01-29 12:00", "2025-03-26 12:00", "2025-05-28 12:00"}
    assert not any(start.startswith("2025-06-04 ") or "no later" in title for start, _, title in got)


def test_a_pipe_header_over_bare_days_in_a_year_less_calendar() -> None:
    text = ("Friends of the Museum – trustees' calendar 2025\n\n"
            "Trustees' meeting | Papers due | Minutes circulated\n\n"
            "Thursday, March 6\n\nThursday, February 20\n\nThursday, March 20\n\n"
            "Thursday, June 5\n\nThursday, May 22\n\nThursday, June 19\n\n"
            "Thursday, September 4\n\nThursday, August 21\n\nThursday, September 18\n\n"
            "Papers are due by 5 p.m. Meetings begin at 2:30 p.m.\n")
    got = _entries(text, date(2025, 1, 5))
    assert [s for s, k, _ in got if k == "meeting"] == ["2025-03-06 14:30", "2025-06-05 14:30", "2025-09-04 14:30"]
    assert [s for s, k, _ in got if k == "deadline"] == ["2025-02-20 17:00", "2025-05-22 17:00", "2025-08-21 17:00"]


def test_a_header_run_together_on_one_line_shows_its_width_by_the_days() -> None:
    text = ("Governing Body calendar 2025\n\n"
            "Full governing body meeting dates Items for the agenda due to the clerk Papers due for circulation\n\n"
            "Monday 3 March 2025\n\nMonday 10 February 2025\n\nMonday 24 February 2025\n\n"
            "Monday 16 June 2025\n\nMonday 26 May 2025\n\nMonday 9 June 2025\n\n"
            "Monday 6 October 2025\n\nMonday 15 September 2025\n\nMonday 29 September 2025\n\n"
            "Meetings commence at 6pm. Items and papers are due by 4pm on the date shown.\n")
    got = _entries(text, date(2025, 1, 5))
    assert [s for s, k, _ in got if k == "meeting"] == ["2025-03-03 18:00", "2025-06-16 18:00", "2025-10-06 18:00"]
    assert len([s for s, k, _ in got if k == "deadline" and s.endswith("16:00")]) == 6


def test_a_plain_list_of_days_in_order_is_no_flattened_table() -> None:
    text = ("Parish council meetings 2025\n"
            "All meetings are held in the village hall\n\n"
            "Tuesday 14 January 2025\n\nTuesday 11 March 2025\n\nTuesday 13 May 2025\n\nTuesday 8 July 2025\n\n"
            "Meetings start at 7.30pm.\n")
    got = _entries(text, date(2025, 1, 5))
    assert not any(kind == "deadline" or title.startswith("Deadline") for _, kind, title in got)


def test_days_whose_columns_do_not_follow_on_are_no_flattened_table() -> None:
    text = ("Club diary\n"
            "Socials and outings\n\n"
            "Saturday 8 March 2025\n\nSaturday 1 February 2025\n\nSaturday 5 April 2025\n\n"
            "Saturday 22 March 2025\n\nSaturday 10 May 2025\n\nSaturday 3 May 2025\n\n"
            "Items are due by 5pm.\n")
    got = _entries(text, date(2025, 1, 5))
    assert not any(title.startswith("Deadline") for _, _, title in got)
