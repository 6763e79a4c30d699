"""Glued-cell splits that must not fire on ordinary prose: four digits before a month are two glued days
only where they open a line or a cell and the month has no day of its own (in a sentence they are a clock,
a count or a number: "the 0820 May 3 bus"); a lower-case word glued to digits before a month is a label
and a day only for a cell label (term, week, day ...) or where the page shows other glued cells ("sars2",
"mp3", "phase2" are words of their own)."""
# Provenance: review 24 M5 and M6 (probes of the glued-runs patch 0053703), in wordings of our own.

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag

REF = date(2030, 11, 20)


def _values(text: str):
    return [(t.text, t.value) for t in tag(text, REF)]


def test_a_clock_before_a_month_and_its_day_is_no_day_range():
    assert _values("The 0820 May 3 coach leaves from the depot.") == [("May 3", "2031-05-03")]
    assert _values("Last orders at 2230 June 30 before the bar closes.") == [("June 30", "2031-06-30")]


def test_a_number_in_a_sentence_before_a_month_and_year_is_no_day_range():
    assert _values("Order 2128 March 2029 was never delivered.") == [("March 2029", "2029-03")]
    assert _values("Attendance passed 1422 April 2029, a record.") == [("April 2029", "2029-04")]


def test_a_clocked_departure_before_a_month_day_keeps_its_entry():
    text = "The ferry sails at 0730 June 14 from the north pier.\n"
    result = process_document(Document(path="p.txt", text=text, title=None), Options(today=REF))
    assert [e.start for e in result.events] == [date(2031, 6, 14)]


def test_a_word_glued_to_digits_in_prose_keeps_its_digits():
    assert _values("The sars2 April wave closed two schools.") == [("April", "2030-04")]
    assert _values("Our phase3 June 2029 rollout is done.") == [("June 2029", "2029-06")]


def test_glued_days_at_a_cell_start_and_a_cell_label_still_split():
    # The class 0053703 fixed: a table row's day pair, a term label glued to its first day.
    assert _values("| 1115 March 2031") == [("1115 March 2031", "2031-03-11")]
    assert ("1115 March 2031", "2031-03-11") in _values("Half-term\n1115 March 2031")
    assert _values("Summer term7 April 2031") == [("Summer", "2030-SU"), ("7 April 2031", "2031-04-07")]


def test_a_word_glued_to_a_day_splits_where_the_page_has_other_glued_cells():
    text = "Fixtures\nSaturdayMarch 82:30 p.m. home\naway5 April 2031\n"
    assert ("5 April 2031", "2031-04-05") in _values(text)
