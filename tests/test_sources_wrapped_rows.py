"""Markdown table rows that a copy wrapped over several lines are read as one row each.

Class E of round 29: a term-dates table whose label cell and date cells fell on separate lines
("| Spring term |" over "Mon 4 Jan – Fri 26 Mar | ... |") gave a one-day entry or none; joined
back, the row frames as a one-line row does (its label names its date range)."""
# Provenance: round 29 class E (flattened table rows); examples are our own.

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from calfeed.wrapped_rows import join_wrapped_rows

WRAPPED = ("Key dates 2027\n"
           "| Period | Staff dates | Pupil dates |\n"
           "|---|---|---|\n"
           "| Spring term |\n"
           "Mon 11 Jan – Fri 26 Mar | Tue 12 Jan – Fri 26 Mar |\n"
           "| Spring break | Mon 29 Mar – Fri 9 Apr | Mon 29 Mar – Fri 9 Apr |\n"
           "| Summer term |\n"
           "Mon 12 Apr – Fri 16 Jul |\n"
           "Tue 13 Apr – Fri 16 Jul |\n"
           "After the table\n")


def test_wrapped_row_is_joined_on_one_line_keeping_offsets():
    joined = join_wrapped_rows(WRAPPED)
    assert len(joined) == len(WRAPPED)
    lines = joined.split("\n")
    assert "| Spring term | Mon 11 Jan – Fri 26 Mar | Tue 12 Jan – Fri 26 Mar |" in lines
    assert "| Summer term | Mon 12 Apr – Fri 16 Jul | Tue 13 Apr – Fri 16 Jul |" in lines
    assert "After the table" in lines


def test_row_opened_by_a_lone_bar_is_joined():
    text = ("| Break | Closes | Opens |\n|---|---|---|\n|\nOctober break |\nFri 22 Oct 2027 |\nMon 1 Nov 2027 |\n")
    assert join_wrapped_rows(text).split("\n")[2] == "| October break | Fri 22 Oct 2027 | Mon 1 Nov 2027 |"


def test_unbarred_table_rows_are_joined():
    text = "Stage | When |\n---|---|\nSpring 2028 |\nPublic consultation |\nAutumn 2028 |\nAdoption |\n"
    lines = join_wrapped_rows(text).split("\n")
    assert lines[2:4] == ["Spring 2028 | Public consultation |", "Autumn 2028 | Adoption |"]


def test_lines_that_make_no_whole_row_are_left_alone():
    text = "| A | B | C |\n|---|---|---|\n| one |\n\nA paragraph after a blank line.\n"
    assert join_wrapped_rows(text) == text
    no_table = "Term 1 |\nMon 4 Jan | Fri 26 Mar |\n"
    assert join_wrapped_rows(no_table) == no_table


def test_read_document_joins_wrapped_rows():
    doc = parse_document(WRAPPED.encode(), "terms.txt")
    assert "| Spring term | Mon 11 Jan" in doc.text


def test_wrapped_term_row_gives_its_range():
    doc = parse_document(WRAPPED.encode(), "terms.txt")
    result = process_document(doc, Options(reference_date=date(2026, 11, 2), today=date(2026, 11, 2)))
    spans = {(str(e.start), str(e.end)) for e in result.events if e.title.startswith("Spring term")}
    assert ("2027-01-11", "2027-03-26") in spans
    summer = {(str(e.start), str(e.end)) for e in result.events if e.title.startswith("Summer term")}
    assert ("2027-04-12", "2027-07-16") in summer


def test_two_one_cell_rows_stay_two_rows():
    # Review 23 S2: a section row and a note row, each one cell wide, are no row wrapped in two.
    text = ("| Term | Begins | Finishes |\n|---|---|---|\n| **Spring 2028** |\n| *Dates to be confirmed* |\n"
            "| Term 1 | Mon 10 Jan 2028 | Fri 1 Apr 2028 |\n")
    assert join_wrapped_rows(text) == text


def test_a_lone_bar_still_closes_the_row_above():
    # A row whose last cell was closed on a line of its own (as copies of term tables do).
    text = ("| Term | Begins | Finishes | Notes |\n|---|---|---|---|\n| Term 2 |\n"
            "Mon 18 Apr 2028 | Fri 1 Jul 2028 |\n|\n| Break | Mon 4 Jul 2028 | Fri 15 Jul 2028 |\n|\n")
    lines = join_wrapped_rows(text).split("\n")
    assert lines[2] == "| Term 2 | Mon 18 Apr 2028 | Fri 1 Jul 2028 | |"


def test_a_long_line_under_a_bar_reads_in_linear_time():
    # Review 23 M4: a 100 KB line that opens like a separator and is none must not backtrack.
    import time
    for tail in (" " * 100_000 + "x", "| " + "-" * 50_000 + " " * 50_000 + "x", ("|---" + " ") * 25_000 + "x"):
        raw = ("Notes\n|---" + tail + "\nMore text\n").encode()
        started = time.perf_counter()
        doc = parse_document(raw, "long.txt")
        assert time.perf_counter() - started < 2.0
        assert "More text" in doc.text
