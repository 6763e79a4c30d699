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
