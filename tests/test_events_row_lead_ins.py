"""Dated rows with no name of their own under a lead-in line that names them (row_lead_ins): each
row is one of what the lead-in lists, and a day the lead-in gives after a bound word ("until",
"prior to") is when the rows stop, no entry of its own."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str, published: date = date(2027, 4, 20)):
    result = process_document(Document(path="p.txt", text=text, published=published), Options(today=date(2027, 6, 1)))
    return sorted((str(e.start), e.title) for e in result.events)


def test_clock_rows_under_a_bounded_lead_in_are_its_items_and_the_bound_is_no_entry():
    text = ("The choir sings at the town hall concert on Saturday 12th June 2027 at 7.30pm.\n"
            "Until 12th June we are adding some extra rehearsals:\n"
            "Thu 13th May 19.30 to 21.00\n"
            "Mon 17th May 19.30 to 21.00\n"
            "Please bring your folders.\n")
    assert _entries(text) == [("2027-05-13 19:30:00", "Rehearsal"), ("2027-05-17 19:30:00", "Rehearsal"),
                              ("2027-06-12 19:30:00", "Town hall concert")]


def test_bulleted_rows_take_the_lead_in_noun_without_its_quantity_words():
    text = ("Before the summer break we hold two more pottery workshops:\n"
            "- Sat 22nd May, 14.00 to 16.00\n"
            "- Sat 29th May, 14.00 to 16.00\n")
    assert _entries(text) == [("2027-05-22 14:00:00", "Pottery workshop"), ("2027-05-29 14:00:00", "Pottery workshop")]


def test_a_single_row_or_a_row_with_words_of_its_own_keeps_its_own_name():
    one = ("Before the summer break we hold one more pottery workshop:\n"
           "- Sat 22nd May, 14.00 to 16.00\n\n"
           "Other news: the kiln is mended.\n")
    result = process_document(Document(path="p.txt", text=one, published=date(2027, 4, 20)), Options(today=date(2027, 6, 1)))
    assert not any("lead-in" in note for event in result.events for note in event.notes)
    worded = ("Until 12th June we are adding some extra rehearsals:\n"
              "Thu 13th May 19.30 to 21.00 (sectional rehearsal for the tenors)\n"
              "Mon 17th May 19.30 to 21.00\n"
              "Mon 24th May 19.30 to 21.00\n")
    assert _entries(worded) == [("2027-05-13 19:30:00", "Sectional rehearsal for the tenors"),
                                ("2027-05-17 19:30:00", "Rehearsal"), ("2027-05-24 19:30:00", "Rehearsal")]
