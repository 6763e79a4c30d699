"""A rule on a date an applicant will pick ("the closing date must be before 30 June 2028") is a
bound on that choice: no deadline, no event. The call's own closing day keeps its entry."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_CALL = ("Seminar grants: spring call\n\n"
         "Applications are due by 15 March 2027 (at 12.00 GMT).\n\n"
         "Each application should give:\n\n"
         "  • Title of the seminar\n"
         "  • Date of seminar - first and last dates (where the last date must be before 30 June 2028)\n"
         "  • Names of the two organisers\n")


def _days() -> list[str]:
    result = process_document(Document(path="p.md", text=_CALL, published=date(2027, 1, 10)),
                              Options(today=date(2027, 1, 10)))
    return [str(e.start)[:10] for e in result.events]


def test_a_bound_on_a_chosen_date_gives_no_entry():
    assert "2028-06-30" not in _days()


def test_the_call_keeps_its_closing_day():
    assert "2027-03-15" in _days()
