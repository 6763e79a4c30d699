"""Dates in tables and flattened web columns, and a clock stated once in the intro timing the
listed days of a table. Probes in our own wording and
layouts, not copied from any page:

- a ruled table whose rows hold only their date (the link cells empty or "No Agenda") lists
  the meetings the intro speaks of: each row is that meeting, named by the body the intro
  names and timed by the clock it states; a row's bracketed note names its own meeting;
- a table flattened one cell a line, indented, blank lines between the cells ("| March 3 |" /
  "Tuesday |" / "Enrolment closes |"): the row runs over the blank lines, and the weekday cell
  only restates the row's day (no entry, no title);
- a timeline table of months ("| April 2032 |" / "Submission deadline for full papers |"): the
  month's row is named by the cell below it.
"""
# Provenance: Round 20 class D and the table half of class H.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _rows(result) -> dict[str, str]:
    return {str(e.start)[:16]: e.title for e in result.events}


def test_date_only_rows_of_a_ruled_table_are_the_intro_s_meetings_timed_by_its_clock():
    text = ("Council Calendar 2031-32\n"
            "Ordinary sessions of the Harbour Town Council are held in the Old Library. "
            "Sessions will start at 7:30 p.m. unless noted otherwise.\n"
            "Session Date | Agenda | Minutes | Video |\n"
            "|---|---|---|---|\n"
            "March 4, 2031 | |||\n"
            "April 1, 2031 | |||\n"
            "May 6, 2031 (Annual Town Meeting) | No Agenda | No Video | |\n"
            "June 3, 2031 | |||\n"
            "July 1, 2031 | |||\n")
    rows = _rows(_run(text, published=date(2031, 2, 1)))
    for day in ("2031-03-04", "2031-04-01", "2031-06-03", "2031-07-01"):
        assert f"{day} 19:30" in rows, rows
        assert "Harbour Town Council" in rows[f"{day} 19:30"], rows
    assert rows.get("2031-05-06 19:30") == "Annual Town Meeting", rows
    assert not any(title.startswith("No ") for title in rows.values()), rows


def test_a_row_set_one_indented_cell_a_line_runs_past_blank_lines_and_its_weekday_is_no_entry():
    pad = "                    \n"
    text = ("Spring Term 2031\n"
            f"| March 3 | \n{pad}          Monday  | \n{pad}{pad}          Enrolment closes  | \n{pad}"
            f"| March 9-13 | \n{pad}          Sunday-Thursday  | \n{pad}{pad}          Reading week  | \n{pad}"
            f"| March 20 | \n{pad}          Thursday  | \n{pad}{pad}          Grades due from tutors  | \n{pad}")
    result = _run(text, published=date(2031, 1, 10))
    rows = _rows(result)
    assert rows.get("2031-03-03") == "Enrolment closes", rows
    assert rows.get("2031-03-20") == "Grades due from tutors", rows
    assert any(e.title == "Reading week" and str(e.start)[:10] == "2031-03-09" for e in result.events), rows
    assert len(result.events) == 3, rows


def test_a_timeline_of_months_takes_each_month_s_name_from_the_cell_below():
    text = ("Symposium timeline\n"
            "| January 2032 |\n"
            "Call for contributions opens |\n"
            "| April 2032 |\n"
            "Full papers due |\n"
            "| June 2032 |\n"
            "Authors notified |\n")
    result = _run(text, published=date(2031, 11, 2))
    titles = {str(e.start)[:7]: e.title for e in result.events}
    assert titles.get("2032-01") == "Call for contributions opens", titles
    assert titles.get("2032-04") == "Full papers due", titles
    assert titles.get("2032-06") == "Authors notified", titles


def test_a_term_table_set_one_cell_a_line_names_each_date_by_the_description_above_it():
    text = ("Key dates for the 2030-2031 session\n"
            "|\nAUTUMN |\nLENT |\nEASTER |\n"
            "Deadline for changing a module option |\n"
            "October 4 |\nJanuary 17 |\nApril 25 |\n"
            "Coursework extensions must be approved by the tutor before this date. |\n"
            "|\nFebruary 7 |\nMay 9 |\n"
            "Teaching ends |\n"
            "December 6 |\nMarch 14 |\nJune 13 |\n"
            "*Dates for resits are published separately. |\n")
    result = _run(text, published=date(2030, 7, 1))
    titles: dict[str, list[str]] = {}
    for e in result.events:
        titles.setdefault(str(e.start)[:10], []).append(e.title)
    assert titles.get("2030-10-04") == ["Deadline for changing a module option"], titles
    assert titles.get("2031-04-25") == ["Deadline for changing a module option"], titles
    assert titles.get("2031-02-07", [""])[0].startswith("Coursework extensions"), titles
    for day in ("2030-12-06", "2031-03-14", "2031-06-13"):
        assert titles.get(day) == ["Teaching ends"], titles
    assert len(result.events) == 8, titles
