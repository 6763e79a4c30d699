"""The misspelt month names of months.tsv are read as their months, and each stays within the nine letters that
the readers of glued cells and runs (glued_cells, glued_runs) take for a month word."""

from __future__ import annotations

from datetime import date

from calfeed.timex import tag
from calfeed.timex.lexicon import load_table

LONGEST_MONTH_WORD = 9


def test_every_month_word_fits_the_glued_readers():
    assert all(3 <= len(row["word"]) <= LONGEST_MONTH_WORD for row in load_table("en", "months"))


def test_a_misspelt_month_with_its_day_is_that_day():
    found = tag("Exams resume on Febuary 3, 2027 in the main hall.", date(2027, 1, 10))
    assert [(t.text, t.value) for t in found] == [("Febuary 3, 2027", "2027-02-03")]
