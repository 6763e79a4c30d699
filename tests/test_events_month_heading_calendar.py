"""School calendars written under month headings, Irish and British style (round 29, class F).

"School closed on Friday the 4th" is the school's state that day, not a past closure; a row
wholly in brackets ("(Half-term break Monday the 15th to Friday the 19th)") is still a labelled
row; a day under "May" keeps May when the next heading "June" follows on the line below."""
# Provenance: round 29 class F (stpatricks_calendar); wording our own.

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str):
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2026, 8, 20)))
    return sorted((str(e.start), str(e.end), e.title) for e in result.events)


CALENDAR = ("School Calendar 2026/27\n"
            "February\n"
            "School closes on Friday the 12th\n"
            "(Half-term break Monday the 15th to Friday the 19th)\n"
            "May\n"
            "Bank holiday Monday the 3rd\n"
            "June\n"
            "School closed on Friday the 4th\n"
            "Bank holiday Monday the 7th of June\n")


def test_bracketed_row_is_a_labelled_range():
    assert ("2027-02-15", "2027-02-19", "Half-term break") in _events(CALENDAR)


def test_day_under_a_month_heading_keeps_it_when_the_next_heading_follows():
    found = _events(CALENDAR)
    assert ("2027-05-03", "2027-05-03", "Bank holiday") in found
    assert not any(start == "2027-06-03" for start, _, _ in found)


def test_school_closed_is_a_state_that_day():
    found = _events(CALENDAR)
    assert ("2027-06-04", "2027-06-04", "School closed") in found
    assert ("2027-06-07", "2027-06-07", "Bank holiday") in found


def test_a_told_closure_stays_history():
    text = "Flood news\nThe museum closed on 3 March 2026 after the flood, the council said on 10 March 2026.\n"
    assert _events(text) == []


def test_a_closed_line_without_its_day_stays_as_it_was():
    from calfeed.timex.tense import _stated_closure
    note = "Saturday, May 27\nLibrary Closed\nMonday, May 29"
    at = note.index("Closed")
    assert not _stated_closure(note, at, at + len("Closed"), "en")
    line = "June\nLibrary closed on Friday the 4th"
    at = line.index("closed")
    assert _stated_closure(line, at, at + len("closed"), "en")
