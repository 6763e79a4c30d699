"""What a postnominal "due" follows is what is due: "This bulletin does not cover quarterly rent
payments due on March 31, 2027" is the rent payments' deadline, not the bulletin's."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PAGE = ("Council extends business rates relief\n\n"
         "Ratepayers in the Kelso district will get three more months to settle their rates.\n\n"
         "This bulletin does not cover quarterly rent payments due on March 31, 2027.\n")


def _titles() -> list[str]:
    result = process_document(Document(path="p.md", text=_PAGE, published=date(2027, 1, 20)),
                              Options(today=date(2027, 1, 20)))
    return [e.title for e in result.events if str(e.start)[:10] == "2027-03-31"]


def test_the_phrase_before_due_names_the_deadline():
    assert _titles() == ["Quarterly rent payments due"]
