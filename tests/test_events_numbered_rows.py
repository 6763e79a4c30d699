"""A table's row labelled only by its number ("1" | "Wednesday 29 January – Thursday 10 April" | "11
weeks") under a heading naming the parts it numbers ("2025 State School term dates") is that part:
"Term 1". The row's other cell, a length ("10 weeks"), names nothing, and the written range is
exact: neither the length beside it nor the layout makes it a guess (session 32, rt45 class "table
rows with no title word of their own": Queensland term rows titled "Weeks", approximate).
The heading's noun is one of numbered_parts.en.txt ("term", "semester", "round", "stage").
"""
# Provenance: session 32 (ev32a): rt45 au_brisbane_shs_term_dates.

from __future__ import annotations

from events_helpers import page_events


def _events(text: str, published: str) -> dict[str, tuple[str, str, str]]:
    return {str(e.start)[:10]: (e.title, str(e.end)[:10] if e.end else "", e.precision)
            for e in page_events(text, published, "doc.md")}


def test_rows_written_a_cell_a_line() -> None:
    text = ("2031 State School term dates\n"
            "The 2031 school calendar is available to download from the department's website.\n"
            "1\n"
            "| Wednesday 29 January – Thursday 10 April\n"
            "| 11 weeks\n"
            "|\n"
            "2\n"
            "| Monday 28 April – Friday 20 June\n"
            "| 8 weeks\n"
            "|\n"
            "3\n"
            "| Tuesday 8 July – Friday 12 September\n"
            "| 10 weeks\n"
            "|\n"
            "4\n"
            "| Tuesday 30 September – Friday 5 December | 10 weeks |\n")
    got = _events(text, "2030-11-01")
    assert got.get("2031-01-29") == ("Term 1", "2031-04-10", "exact"), got
    assert got.get("2031-04-28") == ("Term 2", "2031-06-20", "exact"), got
    assert got.get("2031-07-08") == ("Term 3", "2031-09-12", "exact"), got
    assert got.get("2031-09-30") == ("Term 4", "2031-12-05", "exact"), got


def test_rows_of_a_pipe_table() -> None:
    text = ("## Semester dates 2032\n\n"
            "| 1 | 16 February 2032 – 5 June 2032 | 16 weeks |\n"
            "| 2 | 20 July 2032 – 6 November 2032 | 16 weeks |\n")
    got = _events(text, "2031-12-01")
    assert got.get("2032-02-16", ("",))[0] == "Semester 1", got
    assert got.get("2032-07-20", ("",))[0] == "Semester 2", got
    assert all(v[2] == "exact" for v in got.values()), got


def test_plain_lines_under_a_heading_of_rounds() -> None:
    text = ("Grant round dates\n\n"
            "1\n"
            "3 March 2032 – 14 April 2032\n\n"
            "2\n"
            "1 September 2032 – 13 October 2032\n")
    got = _events(text, "2032-01-10")
    assert got.get("2032-03-03", ("",))[0] == "Round 1", got
    assert got.get("2032-09-01", ("",))[0] == "Round 2", got


def test_a_numbered_item_with_words_keeps_them() -> None:
    text = ("Term dates 2031\n\n"
            "1. Staff development day\n"
            "Monday 27 January 2031\n\n"
            "2. Students return\n"
            "Tuesday 28 January 2031\n")
    got = _events(text, "2030-11-01")
    assert not any(title in ("Term 1", "Term 2") for title, _, _ in got.values()), got


def test_sentences_under_the_heading_are_no_heading() -> None:
    text = ("2031 State School term dates\n"
            "Students starting Year 7 will begin the school year on Wednesday 29 January 2031.\n"
            "All students in Years 8 – 12 return on Thursday 30 January 2031.\n"
            "1\n"
            "| Wednesday 29 January – Thursday 10 April\n"
            "| 11 weeks\n"
            "|\n"
            "2\n"
            "| Monday 28 April – Friday 20 June | 8 weeks |\n")
    got = _events(text, "2030-11-01")
    assert got.get("2031-04-28", ("",))[0] == "Term 2", got
    assert not any(title.startswith("Year ") for title, _, _ in got.values()), got
